import { readdirSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createAppApi, type AppApi } from '../../electron/services/create-app-api'
import { readImportIsolated, stretchedForLoad } from '../../electron/services/import-runner'
import { readImportFile } from '../../electron/services/import-service'
import { parsePressRelease } from '../../shared/import/parse-press-release'
import { repoBundledDir } from '../../electron/services/paths'
import { startNodeHost, type NodeHost } from '../../electron/node-host/server'
import { AppError, type Envelope } from '../../shared/api/errors'
import type { ImportDraft } from '../../shared/import/draft'
import { isMessageKey, translateComputed } from '../../shared/i18n/translate'
import { fixedClock } from '../../shared/time/clock'
import { tempDir } from '../helpers/temp-dir'
import { wordProgramme } from '../helpers/word-programme'

const options = { year: 2026, today: '2026-12-02', timeZone: 'Europe/Moscow' }
const calendars = 'test/fixtures/calendars'
const mammothSamples = 'node_modules/mammoth/test/test-data'

/** The sentence the officer reads for an import error, in Russian, with its reason translated. */
function said(err: unknown): string {
  expect(err).toBeInstanceOf(AppError)
  const { key, ...params } = (err as AppError).details ?? {}
  expect(typeof key === 'string' && isMessageKey(key)).toBe(true)
  const text = translateComputed('ru', key as string, params as Record<string, string | number>)
  // Translated through and through: no key, no English reason, no empty placeholder.
  expect(text).not.toMatch(/import\.|undefined|\{\{|[A-Za-z]{3,} [A-Za-z]{3,}/)
  return text
}

/** A Word file whose document.xml inflates to about `mb` megabytes of varied text. */
async function heavyDocx(mb: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await wordProgramme())
  const words = ['Встреча', 'делегации', 'Жамбылской', 'области', 'губернатором', 'АЭС', 'Гатчина']
  let seed = 7
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff)
  const paragraphs: string[] = []
  let size = 0
  while (size < mb * 1024 * 1024) {
    let text = ''
    for (let n = 0; n < 12; n++) text += `${words[next() % words.length]}${next() % 1000} `
    const p = `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`
    paragraphs.push(p)
    size += Buffer.byteLength(p)
  }
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`,
  )
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 1 },
  })
}

/** What the worker runs, here in the test's own thread (the worker adds only the budget). */
const readHere = (name: string, bytes: Buffer) =>
  readImportFile(name, bytes, options, (text, o) => parsePressRelease(text, o))

describe('imports run apart, under a budget', () => {
  let dir: string
  let api: AppApi
  let host: NodeHost

  beforeAll(async () => {
    dir = await tempDir()
    const renderer = await tempDir()
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>x</title>')
    api = await createAppApi({
      dataDir: dir,
      bundledDir: repoBundledDir,
      clock: fixedClock('2026-12-02T09:00:00Z'),
    })
    host = await startNodeHost({ api, rendererDir: renderer, port: 0 })
  })
  afterAll(async () => {
    await host.close()
    await api.close()
  })

  const post = async <T>(method: string, args: unknown[]) => {
    const response = await fetch(new URL('/api/call', host.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ method, args }),
    })
    return (await response.json()) as Envelope<T>
  }

  test('a rule whose dates never occur ends with a clear note, and the server answers other calls meanwhile', async () => {
    const ics = readFileSync(join(calendars, 'rrule-never-secondly.ics'))
    let importDone = false
    const importing = post<ImportDraft>('readImport', [
      'never.ics',
      ics.toString('base64'),
      { year: 2026 },
    ]).finally(() => (importDone = true))
    const list = await post<unknown[]>('listVisits', [])
    expect(list.ok).toBe(true)
    // The list was answered while the import was still being read in its worker.
    expect(importDone).toBe(false)
    const draft = await importing
    expect(draft.ok).toBe(true)
    if (!draft.ok) return
    expect(draft.value.items).toHaveLength(0)
    expect(draft.value.problems[0]?.reason).toMatch(/правило повторения не даёт дат/)
  })

  test('a file that takes longer than its budget is stopped with a message naming the limit', async () => {
    // A 300 KB 'press release' takes about a second to read here: far beyond 50 ms.
    const sentence =
      '18 ноября делегация Жамбылской области посетила Ленинградскую АЭС, где встретилась с директором станции Иваном Петровым и подписала меморандум о сотрудничестве. '
    const slow = Buffer.from(Array.from({ length: 2000 }, () => sentence).join('\n\n'))
    const err = await readImportIsolated('slow.txt', slow, options, {
      timeMs: 50,
      heapMb: 256,
    }).catch((e: unknown) => e)
    expect((err as AppError).details).toMatchObject({ key: 'import.errors.timeout', seconds: 0 })
    expect(said(err)).toMatch(/читается слишком долго/)
  })

  test("the budget is the file's: starting the worker and loading its reader do not count", async () => {
    // Loading the Word reader in a fresh worker takes seconds here (more under load); reading
    // this programme takes a fraction of one. A budget of one second is for the reading.
    const draft = await readImportIsolated('programme.docx', await wordProgramme(), options, {
      timeMs: 1_000,
      heapMb: 256,
    })
    expect(draft.items.length).toBeGreaterThan(0)
  })

  test('on a machine busier than its cores the time budget stretches, at most threefold', () => {
    expect(stretchedForLoad(10_000, 0.5, 2)).toBe(10_000)
    expect(stretchedForLoad(10_000, 4, 2)).toBe(20_000)
    expect(stretchedForLoad(10_000, 40, 2)).toBe(30_000)
  })

  test('a file that needs more memory than its budget is stopped with a message', async () => {
    const budget = { timeMs: 60_000, heapMb: 48 }
    // A real programme reads well within the budget; a 7 MB document text does not.
    const small = await readImportIsolated('programme.docx', await wordProgramme(), options, budget)
    expect(small.items.length).toBeGreaterThan(0)
    const err = await readImportIsolated('heavy.docx', await heavyDocx(7), options, budget).catch(
      (e: unknown) => e,
    )
    expect((err as AppError).details).toMatchObject({ key: 'import.errors.tooComplex' })
    expect(said(err)).toMatch(/слишком много памяти/)
  })

  test('a Word file whose text inflates to ~49 MB is refused before any parser reads it', async () => {
    const docx = await heavyDocx(49)
    expect(docx.length).toBeLessThan(20 * 1024 * 1024)
    const err = await api
      .readImport('heavy.docx', docx.toString('base64'), { year: 2026 })
      .catch((e: unknown) => e)
    expect((err as AppError).details).toMatchObject({ key: 'import.errors.zipUnsafe' })
    expect(said(err)).toMatch(/слишком много или слишком большие части/)
  })

  test('a large text part under another name than .xml is held to the same limit', async () => {
    const zip = await JSZip.loadAsync(await heavyDocx(9))
    const text = await zip.file('word/document.xml')!.async('nodebuffer')
    zip.remove('word/document.xml')
    zip.file('word/document.dat', text)
    const renamed = await zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 1 },
    })
    const err = await readHere('renamed.docx', renamed).catch((e: unknown) => e)
    expect((err as AppError).details).toMatchObject({ key: 'import.errors.zipUnsafe' })
  })

  test('texts and files over their limits are refused with messages naming the limit', async () => {
    const text = Buffer.from('Делегация посетила Ленинградскую область. '.repeat(260_000))
    expect(text.length).toBeGreaterThan(19 * 1024 * 1024)
    const tooLongText = await api
      .readImport('release.txt', text.toString('base64'), { year: 2026 })
      .catch((e: unknown) => e)
    expect((tooLongText as AppError).details).toMatchObject({
      key: 'import.errors.textTooLarge',
      limitMb: 2,
    })
    expect(said(tooLongText)).toMatch(/больше 2 МБ/)
    const thirty = Buffer.alloc(30 * 1024 * 1024, 0x41)
    const tooBig = await post('readImport', ['big.txt', thirty.toString('base64'), { year: 2026 }])
    expect(tooBig).toMatchObject({
      ok: false,
      error: { details: { key: 'import.errors.tooLarge', limitMb: 20 } },
    })
  })

  test('a press release read in the worker: the page date anchors "сегодня", the dictionary gives names, the region is ours', async () => {
    const text = Buffer.from(
      'Сегодня губернатор Ленинградской области Александр Дрозденко встретился с акимом Жамбылской области Ербол Карашукеевым. Делегацию Павла Малкова принял заместитель министра.',
    )
    const draft = await api.readImport('release.txt', text.toString('base64'), {
      publishedOn: '2025-11-18',
    })
    expect(draft.visit).toMatchObject({
      startDate: '2025-11-18',
      partnerCountry: 'Казахстан',
      partnerRegion: 'Жамбылская область',
    })
    expect(draft.confidence?.dates).toEqual({ level: 'sure', reason: 'text' })
    expect(draft.people.map((p) => p.fullName)).toContain('Павел Малков')
  })

  test('every calendar of the real-world set imports or fails with a translated message', async () => {
    const names = readdirSync(calendars).filter((n) => n.endsWith('.ics'))
    expect(names.length).toBeGreaterThanOrEqual(10)
    const outcomes: string[] = []
    for (const name of names) {
      const bytes = readFileSync(join(calendars, name))
      try {
        const draft = await readHere(name, bytes)
        outcomes.push(`${name}: ${draft.items.length} items`)
      } catch (err) {
        outcomes.push(`${name}: ${said(err)}`)
      }
    }
    expect(outcomes.filter((o) => o.includes('items'))).toHaveLength(names.length - 1)
    expect(outcomes.find((o) => o.startsWith('truncated'))).toMatch(/повреждён или обрезан/)
  }, 120_000)

  test('every Word file of mammoth’s own tests imports or fails with a translated message', async () => {
    const names = readdirSync(mammothSamples).filter((n) => /\.(docx|zip)$/.test(n))
    expect(names.length).toBeGreaterThanOrEqual(15)
    for (const name of names) {
      const bytes = readFileSync(join(mammothSamples, name))
      await readHere(name, bytes).then(
        (draft) => expect(draft.kind).toBeTruthy(),
        (err: unknown) => said(err),
      )
    }
  }, 120_000)
})
