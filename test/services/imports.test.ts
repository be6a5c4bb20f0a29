import { describe, expect, test } from 'vitest'
import { readBundle, writeBundle, BUNDLE_FORMAT } from '../../electron/services/bundles'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import type { Migration } from '../../electron/services/store/migrations'
import type { PlannerApi } from '../../shared/api/contract'
import { AppError } from '../../shared/api/errors'
import { fixedClock } from '../../shared/time/clock'
import { tempDir } from '../helpers/temp-dir'
import { wordProgramme } from '../helpers/word-programme'

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64')
const openApi = async (): Promise<PlannerApi> =>
  createAppApi({
    dataDir: await tempDir(),
    bundledDir: repoBundledDir,
    clock: fixedClock('2026-11-28T07:40:00Z'),
  })

const acceptAll = (draft: {
  items: { key: string }[]
  documents: { key: string }[]
  people: { key: string }[]
}) => ({
  items: draft.items.map((i) => i.key),
  documents: draft.documents.map((d) => d.key),
  people: draft.people.map((p) => p.key),
})

describe('visit bundles', () => {
  test('export → import as replacement is exact; as a copy gets a new id', async () => {
    const api = await openApi()
    const made = await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-12-07' })
    const file = await api.exportVisit(made.visit.id, 'bundle', {})
    expect(file.fileName).toMatch(/\.dvisit\.json$/)
    const text = Buffer.from(file.base64, 'base64').toString('utf8')
    expect(JSON.parse(text).format).toBe(BUNDLE_FORMAT)

    // On another machine: an empty data folder.
    const other = await openApi()
    const replaced = await other.importBundle(text, 'replace')
    expect(replaced.visit).toEqual(made.visit)
    const names = (await other.getDirectory()).directory.people.map((p) => p.fullName)
    expect(names).toContain('Есмагамбетова Айжан Серикбаевна')
    // Replacing again over the existing one keeps it equal and bumps the revision.
    const again = await other.importBundle(text, 'replace')
    expect(again.visit).toEqual(made.visit)
    expect(again.revision).toBe(replaced.revision + 1)
    const copy = await other.importBundle(text, 'copy')
    expect(copy.visit.id).not.toBe(made.visit.id)
    expect({ ...copy.visit, id: made.visit.id, createdAt: made.visit.createdAt }).toEqual(
      made.visit,
    )
  })

  test('passport data stays out of a bundle unless asked', async () => {
    const api = await openApi()
    const made = await api.createVisitFromTemplate('tpl-zhambyl-2025')
    const { directory, revision } = await api.getDirectory()
    await api.saveDirectory(
      {
        ...directory,
        people: directory.people.map((p) =>
          p.id === 'p-esmagambetova' ? { ...p, passport: { number: '55511122' } } : p,
        ),
      },
      revision,
    )
    const plain = await api.exportVisit(made.visit.id, 'bundle', {})
    expect(Buffer.from(plain.base64, 'base64').toString()).not.toContain('55511122')
    const full = await api.exportVisit(made.visit.id, 'bundle', { includeSensitive: true })
    expect(Buffer.from(full.base64, 'base64').toString()).toContain('55511122')
  })

  test('an older bundle is migrated, a newer one refused with its version, junk refused', async () => {
    const api = await openApi()
    const made = await api.createVisitFromTemplate('tpl-zhambyl-2025')
    const text = writeBundle(made.visit, { people: [], organisations: [], venues: [] }, new Date())
    // Pretend the app is at version 2 and v1 → v2 renamed a field.
    const step: Migration = {
      from: 1,
      description: 'test: title gets a prefix',
      migrate: (d) => ({
        ...d,
        visit: { ...(d.visit as object), title: `v2 ${made.visit.title}` },
      }),
    }
    const migrated = readBundle(text, [step], 2)
    expect(migrated.migratedFrom).toBe(1)
    expect(migrated.visit.title).toBe(`v2 ${made.visit.title}`)
    const newer = text.replace('"schemaVersion": 1', '"schemaVersion": 99')
    await expect(api.importBundle(newer, 'copy')).rejects.toMatchObject({
      code: 'invalid',
      details: { key: 'import.errors.newerBundle', version: 99 },
    })
    await expect(api.importBundle('{"format":"x"}', 'copy')).rejects.toBeInstanceOf(AppError)
    await expect(api.importBundle('{not json', 'copy')).rejects.toMatchObject({
      details: { key: 'import.errors.badBundle' },
    })
  })
})

describe('Word programme import', () => {
  test('day heading rows spanning the table, times in several spellings, unreadable rows reported', async () => {
    const api = await openApi()
    const draft = await api.readImport('programme.docx', b64(await wordProgramme()), { year: 2025 })
    expect(draft.kind).toBe('docx')
    expect(draft.items.map((i) => [i.date, i.start, i.end, i.kind])).toEqual([
      ['2025-11-18', '10:00', '11:00', 'meeting'],
      ['2025-11-18', '14:00', '14:45', 'signing'],
      ['2025-11-20', '10:00', '12:30', 'excursion'],
    ])
    expect(draft.items[0]).toMatchObject({
      venueName: 'Дом Правительства Ленинградской области',
      people: ['Кялин Александр'],
    })
    expect(draft.items[0]?.source.text).toContain('10.00–11.00 | Встреча с вице-губернатором')
    expect(draft.problems).toEqual([
      { text: 'по согласованию | Гатчина', reason: 'Не найдено название мероприятия.' },
    ])
    expect(draft.visit.title).toContain('пребывания делегации Жамбылской области')

    // Accepting matches the venues of the directory and makes the visit.
    const record = await api.acceptImport(draft, acceptAll(draft))
    expect(record.visit.items).toHaveLength(3)
    expect(record.visit.items[0]?.venueId).toBe('lo-government-house')
    expect(record.visit.items[2]?.venueId).toBe('leningrad-npp')
    expect([record.visit.startDate, record.visit.endDate]).toEqual(['2025-11-18', '2025-11-20'])
  })

  test('a ZIP that is not a Word file, an empty file and binary junk are refused clearly', async () => {
    const api = await openApi()
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8])
    await expect(api.readImport('x.docx', b64(zip), {})).rejects.toMatchObject({
      details: { key: 'import.errors.unreadable' },
    })
    await expect(api.readImport('x.txt', '', {})).rejects.toMatchObject({ code: 'invalid' })
    await expect(api.readImport('x.bin', b64('abc\u0000def'), {})).rejects.toMatchObject({
      details: { key: 'import.errors.unreadable' },
    })
  })
})

describe('calendar import through the API', () => {
  test('an ICS file becomes a visit with only the accepted items', async () => {
    const api = await openApi()
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:a',
      'SUMMARY:Встреча в Доме Правительства',
      'DTSTART:20261208T070000Z',
      'DTEND:20261208T080000Z',
      'LOCATION:Дом Правительства Ленинградской области',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b',
      'SUMMARY:Личное',
      'DTSTART:20261208T150000Z',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n')
    const draft = await api.readImport('cal.ics', b64(ics), {})
    expect(draft.items.map((i) => [i.title, i.start])).toEqual([
      ['Встреча в Доме Правительства', '10:00'],
      ['Личное', '18:00'],
    ])
    const record = await api.acceptImport(draft, { items: ['i1'], documents: [], people: [] })
    expect(record.visit.items.map((i) => i.title)).toEqual(['Встреча в Доме Правительства'])
    expect(record.visit.items[0]?.venueId).toBe('lo-government-house')
  })
})

describe('CLI import', () => {
  test('import reads the type from the content and prints the new id', async () => {
    const { runCli } = await import('../../electron/cli/index')
    const { writeFile } = await import('node:fs/promises')
    const { join } = await import('node:path')
    const dir = await tempDir()
    const docx = join(dir, 'программа.docx')
    await writeFile(docx, await wordProgramme())
    let out = ''
    let err = ''
    const io = { out: (t: string) => (out += t), err: (t: string) => (err += t) }
    const code = await runCli(
      ['import', docx, '--year', '2025', '--data-dir', dir],
      io,
      repoBundledDir,
      fixedClock('2026-11-28T07:40:00Z'),
    )
    expect(code, err).toBe(0)
    const id = out.trim()
    expect(id).toMatch(/^[a-z0-9]{16}$/)
    out = ''
    await runCli(['show', id, '--data-dir', dir], io, repoBundledDir)
    const shown = JSON.parse(out) as { visit: { items: { date: string; title: string }[] } }
    expect(shown.visit.items.map((i) => i.date)).toEqual(['2025-11-18', '2025-11-18', '2025-11-20'])
    out = ''
    expect(
      await runCli(['import', join(dir, 'missing.ics'), '--data-dir', dir], io, repoBundledDir),
    ).toBe(1)
    expect(err).toContain('cannot read')
  })
})
