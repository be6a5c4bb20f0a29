import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ICAL from 'ical.js'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { runCli } from '../../electron/cli/index'
import { filePrinter, hasChromium } from '../helpers/chromium-printer'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import type { PlannerApi, VisitRecord } from '../../shared/api/contract'
import { fixedClock } from '../../shared/time/clock'
import { tempDir } from '../helpers/temp-dir'
import { withFictionalPassports } from '../helpers/fictional-passports'

const printer = filePrinter()

const KAZAKH = 'Әлия Құрманғазықызы Үсенова, Өскемен, Һ, Іле, ң'

async function zhambyl(
  dir?: string,
): Promise<{ api: PlannerApi; dir: string; record: VisitRecord }> {
  dir ??= await tempDir()
  const api = await createAppApi({
    dataDir: dir,
    bundledDir: repoBundledDir,
    clock: fixedClock('2026-11-28T07:40:00Z'),
    printer,
  })
  const made = await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-12-07' })
  // …and a Kazakh place name in a programme item.
  const created = await api.saveVisit(
    {
      ...made.visit,
      items: made.visit.items.map((i) =>
        i.kind === 'departure' ? { ...i, title: `${i.title} (${KAZAKH})` } : i,
      ),
    },
    made.revision,
  )
  const { directory, revision } = await api.getDirectory()
  // A Kazakh name with every letter the fonts must carry, and passport data that must stay out.
  await api.saveDirectory(
    {
      ...directory,
      people: directory.people.map((p) =>
        p.id === 'p-taraz-city'
          ? { ...p, fullName: KAZAKH, passport: { series: 'N', number: '98765432' } }
          : p,
      ),
    },
    revision,
  )
  return { api, dir, record: created }
}

/** A new data folder with the Zhambyl visit made from its template by the CLI: [folder, visit id]. */
async function zhambylFolder(
  clock = fixedClock('2026-11-28T07:40:00Z'),
): Promise<[string, string]> {
  const dir = await tempDir()
  let id = ''
  await runCli(
    ['from-template', 'tpl-zhambyl-2025', '--start', '2026-12-07', '--data-dir', dir],
    { out: (t) => (id += t), err: () => undefined },
    repoBundledDir,
    clock,
  )
  return [dir, id.trim()]
}

const pdfText = (file: string, ...args: string[]) =>
  execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' })
const squash = (s: string) => s.replace(/\s+/g, ' ')

describe.skipIf(!hasChromium)('briefing PDF (Debian Chromium)', () => {
  let file = ''
  let record: VisitRecord
  let api: PlannerApi
  let ownDir = ''
  afterAll(() => rm(ownDir, { recursive: true, force: true }))
  beforeAll(async () => {
    // Not tempDir(): that one is emptied after each test, and these tests share the file.
    ownDir = await mkdtemp(join(tmpdir(), 'dp-pdf-'))
    const z = await zhambyl(ownDir)
    api = z.api
    record = z.record
    const exported = await api.exportVisit(record.visit.id, 'pdf', {})
    expect(exported.mimeType).toBe('application/pdf')
    expect(exported.fileName).toMatch(
      /^Полная справка — Визит делегации Жамбылской .* — 2026-12-07\.pdf$/,
    )
    file = join(z.dir, 'briefing.pdf')
    await writeFile(file, Buffer.from(exported.base64, 'base64'))
  }, 60_000)

  test('A4, every font embedded and from the bundled PT families', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/)
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2)
    expect(fonts.length).toBeGreaterThan(0)
    for (const line of fonts) {
      expect(line).toMatch(/PT(Sans|Serif)/)
      expect(line.split(/\s+/).at(-5)).toBe('yes') // emb
    }
  })

  test('the text has every programme item, the Kazakh letters and "стр. 1 из N"', () => {
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1],
    )
    expect(pages).toBeGreaterThanOrEqual(6)
    const text = squash(pdfText(file, '-raw'))
    // Cells wrap lines anywhere (also after a hyphen): compare without any white space.
    const bare = text.replace(/\s+/g, '')
    for (const item of record.visit.items) expect(bare).toContain(item.title.replace(/\s+/g, ''))
    expect(text).toContain(KAZAKH)
    expect(text).toContain('Есмагамбетова Айжан Серикбаевна')
    expect(text).toContain(`стр. 1 из ${pages}`)
    expect(text).toContain(`стр. ${pages} из ${pages}`)
    expect(text).toContain('Для служебного пользования')
    expect(text).not.toContain('98765432')
  })

  test('passport data is printed only when asked, with the notice', async () => {
    const exported = await api.exportVisit(record.visit.id, 'pdf', { includeSensitive: true })
    const out = join(await tempDir(), 's.pdf')
    await writeFile(out, Buffer.from(exported.base64, 'base64'))
    const text = squash(pdfText(out, '-raw'))
    expect(text).toContain('N 98765432')
    expect(text).toContain('Содержит персональные данные')
  }, 30_000)

  test('the pocket programme is an A6 card, one page per day, with the tentative marks', async () => {
    const exported = await api.exportVisit(record.visit.id, 'pdf', { variant: 'pocket' })
    const out = join(await tempDir(), 'p.pdf')
    await writeFile(out, Buffer.from(exported.base64, 'base64'))
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' })
    expect(info).toMatch(/Pages:\s+5\b/)
    // A6 is 105 × 148 mm: 297.6 × 419.5 pt (Chromium rounds to the pixel).
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!
    expect(Math.abs(Number(w) - 297.6)).toBeLessThan(1.5)
    expect(Math.abs(Number(h) - 419.5)).toBeLessThan(1.5)
    expect(squash(pdfText(out, '-raw'))).toContain('время условное')
    expect(squash(pdfText(out, '-raw'))).toContain('Программа на 10 декабря 2026 г., четверг')
  }, 30_000)

  test('hostile text prints literally and runs nothing', async () => {
    const hostile = '<img src=x onerror=alert(1)> <script>document.title="pwned"</script>'
    const visit = { ...record.visit, title: hostile }
    const current = await api.getVisit(visit.id)
    await api.saveVisit(visit, current.revision)
    const exported = await api.exportVisit(visit.id, 'pdf', {
      sections: [{ id: 'cover', on: true }],
    })
    const out = join(await tempDir(), 'h.pdf')
    await writeFile(out, Buffer.from(exported.base64, 'base64'))
    expect(squash(pdfText(out, '-raw'))).toContain('<img src=x onerror=alert(1)>')
    expect(squash(pdfText(out, '-raw'))).toContain('<script>document.title="pwned"</script>')
  }, 30_000)
})

describe('calendar and Word exports', () => {
  test('ICS: one event per item, parsed back with ical.js; a participant’s own calendar', async () => {
    const { api, record } = await zhambyl()
    const file = await api.exportVisit(record.visit.id, 'ics', {})
    const text = Buffer.from(file.base64, 'base64').toString('utf8')
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    const calendar = new ICAL.Component(ICAL.parse(text))
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(events).toHaveLength(record.visit.items.length)
    const tour = events.find((e) => e.summary === 'Экскурсия на Ленинградскую АЭС')!
    expect(tour.location).toContain('Ленинградская АЭС')
    expect(tour.startDate.toString()).toBe('2026-12-10T10:00:00')
    expect(tour.startDate.zone?.tzid).toBe('Europe/Moscow')
    // 10:00 Moscow is 07:00 UTC.
    expect(tour.startDate.toUnixTime()).toBe(Date.UTC(2026, 11, 10, 7, 0) / 1000)
    const mine = await api.exportVisit(record.visit.id, 'ics', { personId: 'p-voronkov' })
    const own = new ICAL.Component(ICAL.parse(Buffer.from(mine.base64, 'base64').toString('utf8')))
    const expected = record.visit.items.filter((i) => i.participantIds.includes('p-voronkov'))
    expect(own.getAllSubcomponents('vevent')).toHaveLength(expected.length)
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(record.visit.items.length)
  })

  test('ICS escapes commas, semicolons and line breaks', async () => {
    const { api, record } = await zhambyl()
    const current = await api.getVisit(record.visit.id)
    const items = current.visit.items.map((i, n) =>
      n === 0 ? { ...i, title: 'Встреча; обед, фото\nи пресса \\ итог' } : i,
    )
    await api.saveVisit({ ...current.visit, items }, current.revision)
    const file = await api.exportVisit(record.visit.id, 'ics', {})
    const calendar = new ICAL.Component(
      ICAL.parse(Buffer.from(file.base64, 'base64').toString('utf8')),
    )
    const summaries = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary)
    expect(summaries).toContain('Встреча; обед, фото\nи пресса \\ итог')
  })

  test('DOCX: the programme table read back with mammoth', async () => {
    const { api, record } = await zhambyl()
    const file = await api.exportVisit(record.visit.id, 'docx', {})
    expect(file.fileName).toMatch(/\.docx$/)
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.base64, 'base64') })
    const text = squash(value)
    for (const item of record.visit.items) expect(text).toContain(squash(item.title))
    expect(text).toContain('10 декабря 2026 г., четверг')
    expect(text).toContain(KAZAKH)
  })
})

describe('CLI exports', () => {
  async function cli(args: string[]) {
    let out = ''
    let err = ''
    const code = await runCli(
      args,
      { out: (t) => (out += t), err: (t) => (err += t) },
      repoBundledDir,
      fixedClock('2026-11-28T07:40:00Z'),
    )
    return { code, out, err }
  }

  test.skipIf(!hasChromium)(
    'export-pdf, export-ics and export-docx write the file and print its path',
    async () => {
      const dir = await tempDir()
      const id = (
        await cli(['from-template', 'tpl-zhambyl-2025', '--start', '2026-12-07', '--data-dir', dir])
      ).out.trim()
      for (const [command, name] of [
        ['export-pdf', 'b.pdf'],
        ['export-ics', 'p.ics'],
        ['export-docx', 'p.docx'],
      ] as const) {
        const out = join(dir, name)
        const result = await cli([command, id, '--out', out, '--data-dir', dir, '--lang', 'en'])
        expect(result.code, result.err).toBe(0)
        expect(result.out.trim()).toBe(out)
        expect((await readFile(out)).length).toBeGreaterThan(1000)
      }
      expect(squash(pdfText(join(dir, 'b.pdf'), '-raw')).toLowerCase()).toContain(
        'briefing materials for the visit',
      )
      const missing = await cli(['export-pdf', id, '--data-dir', dir])
      expect(missing.code).toBe(1)
      expect(missing.err).toContain('--out')
    },
    60_000,
  )
})

describe('after-visit report and press release', () => {
  test.skipIf(!hasChromium)(
    'the report as PDF: what was signed and promised, passport data left out',
    async () => {
      const { api, record } = await zhambyl()
      const [first, ...rest] = record.visit.agreements
      const current = await api.getVisit(record.visit.id)
      await api.saveVisit(
        {
          ...current.visit,
          status: 'completed',
          agreements: [
            {
              ...first!,
              status: 'signed',
              signedOn: '2026-12-08',
              followUps: [{ id: 'f1', title: 'Летняя школа', due: '2027-07-15', done: false }],
            },
            ...rest,
          ],
        },
        current.revision,
      )
      const exported = await api.exportVisit(record.visit.id, 'report-pdf', {})
      expect(exported.fileName).toMatch(/^Отчёт о визите — Визит делегации Жамбылской .*\.pdf$/)
      const out = join(await tempDir(), 'r.pdf')
      await writeFile(out, Buffer.from(exported.base64, 'base64'))
      const text = squash(pdfText(out, '-raw'))
      expect(text).toContain('Отчёт о визите')
      expect(text).toContain('Подписанные документы')
      expect(text).toContain('Летняя школа')
      expect(text).toContain(KAZAKH)
      expect(text).not.toContain('98765432')
    },
    60_000,
  )

  test('the report as DOCX, and the press release as the officer edited it', async () => {
    const { api, record } = await zhambyl()
    const report = await api.exportVisit(record.visit.id, 'report-docx', {})
    const reportText = (
      await mammoth.extractRawText({ buffer: Buffer.from(report.base64, 'base64') })
    ).value
    expect(reportText).toContain('Отчёт о визите')
    expect(reportText).toContain('Ход визита')
    expect(reportText).toContain('Состав делегации')
    expect(reportText).not.toContain('98765432')

    const draft = await api.draftPressRelease(record.visit.id)
    // The visit is ahead (7 December, today 28 November): the future tense.
    expect(draft.title).toBe('Александр Кялин встретится с делегацией Жамбылской области')
    const edited = `${draft.title}\n\n${draft.paragraphs[0]}\n\nДобавлено пресс-службой.`
    const press = await api.exportVisit(record.visit.id, 'press-docx', { pressText: edited })
    const pressText = (
      await mammoth.extractRawText({ buffer: Buffer.from(press.base64, 'base64') })
    ).value
    expect(pressText).toContain('Добавлено пресс-службой.')
    expect(pressText).toContain('во главе с заместителем акима Жамбылской области')
  })
})

describe('the guest programme', () => {
  test.skipIf(!hasChromium)(
    'as PDF and DOCX through the CLI, with the approval block',
    async () => {
      const [dir, visitId] = await zhambylFolder(fixedClock('2026-11-28T07:40:00Z'))
      const id = visitId
      const io = { out: () => undefined, err: () => undefined }
      const pdf = join(dir, 'guest.pdf')
      const docx = join(dir, 'guest.docx')
      for (const [command, out] of [
        ['export-pdf', pdf],
        ['export-docx', docx],
      ] as const)
        expect(
          await runCli(
            [
              command,
              id.trim(),
              '--variant',
              'guest',
              '--approval',
              '--waive',
              '--out',
              out,
              '--data-dir',
              dir,
            ],
            io,
            repoBundledDir,
            fixedClock('2026-11-28T07:40:00Z'),
          ),
        ).toBe(0)
      const text = squash(pdfText(pdf, '-raw'))
      expect(text).toContain('УТВЕРЖДАЮ')
      expect(text).toContain('ПРОГРАММА')
      expect(text).toContain('пребывания делегации Жамбылской области Республики Казахстан')
      expect(text).toContain('8 декабря, вторник')
      expect(text).not.toContain('Редакция')
      expect(text).not.toContain('Для служебного пользования')
      // Initials are tied to their surname by a no-break space.
      const word = (await mammoth.extractRawText({ path: docx })).value.replace(/\u00a0/g, ' ')
      expect(word).toContain('УТВЕРЖДАЮ')
      expect(word).toContain('______________ А. Кялин')
      expect(word).toContain('10 декабря, четверг')
      // Bilingual: RU/EN and RU/ZH side by side as PDF (the Chinese glyphs embedded), RU/KK as DOCX.
      const bi = join(dir, 'guest-en.pdf')
      const zh = join(dir, 'guest-zh.pdf')
      const kk = join(dir, 'guest-kk.docx')
      for (const [command, lang, out] of [
        ['export-pdf', 'ru+en', bi],
        ['export-pdf', 'ru+zh', zh],
        ['export-docx', 'ru+kk', kk],
      ] as const)
        expect(
          await runCli(
            [command, id.trim(), '--lang', lang, '--waive', '--out', out, '--data-dir', dir],
            io,
            repoBundledDir,
            fixedClock('2026-11-28T07:40:00Z'),
          ),
        ).toBe(0)
      const english = squash(pdfText(bi, '-raw'))
      expect(english).toContain('PROGRAMME')
      expect(english).toContain('8 December, Tuesday')
      expect(english).toContain('Members of the delegation')
      expect(english).toContain('Alexander Kyalin')
      expect(squash(pdfText(zh, '-raw'))).toContain('日程安排')
      expect(execFileSync('pdffonts', [zh], { encoding: 'utf8' })).toMatch(/NotoSansSC/)
      const kazakh = (await mammoth.extractRawText({ path: kk })).value
      expect(kazakh).toContain('БАҒДАРЛАМА')
      expect(kazakh).toContain('Делегация құрамы')
      let bad = ''
      expect(
        await runCli(
          ['export-pdf', id.trim(), '--lang', 'ru+fr', '--out', bi, '--data-dir', dir],
          { out: () => undefined, err: (t) => (bad += t) },
          repoBundledDir,
        ),
      ).toBe(1)
      expect(bad).toContain('ru+kk')
      // An unknown variant is refused clearly.
      let err = ''
      expect(
        await runCli(
          ['export-pdf', id.trim(), '--variant', 'poster', '--out', pdf, '--data-dir', dir],
          { out: () => undefined, err: (t) => (err += t) },
          repoBundledDir,
        ),
      ).toBe(1)
      expect(err).not.toBe('')
    },
    60_000,
  )
})

describe('the access request', () => {
  test.skipIf(!hasChromium)(
    'letter and list as DOCX and PDF through the CLI, passport data only there, nothing logged',
    async () => {
      const [dir, visitId] = await zhambylFolder(fixedClock('2026-11-08T07:40:00Z'))
      const id = visitId
      const io = { out: () => undefined, err: () => undefined }
      const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
      const visit = (await api.getVisit(id.trim())).visit
      const current = await api.getDirectory()
      await api.saveDirectory(
        withFictionalPassports(current.directory, visit.participantIds),
        current.revision,
      )
      await api.close()
      const logged: string[] = []
      const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
        vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
          logged.push(args.map(String).join(' '))
        }),
      )
      const docx = join(dir, 'npp.docx')
      const pdf = join(dir, 'npp.pdf')
      const out: string[] = []
      const err: string[] = []
      try {
        for (const file of [docx, pdf])
          expect(
            await runCli(
              [
                'access-request',
                id.trim(),
                '--venue',
                'АЭС',
                '--out',
                file,
                '--waive',
                '--data-dir',
                dir,
              ],
              { out: (t) => out.push(t), err: (t) => err.push(t) },
              repoBundledDir,
              fixedClock('2026-11-08T07:40:00Z'),
            ),
          ).toBe(0)
        // A part that fits two venues is refused with their names.
        expect(
          await runCli(
            ['access-request', id.trim(), '--venue', 'гатч', '--out', docx, '--data-dir', dir],
            { out: (t) => out.push(t), err: (t) => err.push(t) },
            repoBundledDir,
          ),
        ).toBe(1)
      } finally {
        for (const s of spies) s.mockRestore()
      }
      expect(err.join('')).toContain('Большой Гатчинский дворец')
      const word = (await mammoth.extractRawText({ path: docx })).value
      expect(word).toContain('Директору филиала АО «Концерн Росэнергоатом»')
      expect(word).toContain('О посещении объекта «Ленинградская АЭС»')
      expect(word).toContain('N 00000001, выдан ОБРАЗЕЦ — МВД (вымышленное), 01.01.2020')
      expect(word).toContain('Адрес регистрации')
      const text = squash(pdfText(pdf, '-raw'))
      expect(text).toContain('Список участников посещения объекта «Ленинградская АЭС»')
      expect(text).toContain('ОБРАЗЕЦ: ул. Вымышленная, д. 1')
      // Nothing of it went to the console or to the CLI's output but the file names.
      const said = [...logged, ...out, ...err].join('\n')
      expect(said).not.toContain('00000001')
      expect(said).not.toContain('Вымышленная')
      // The plain briefing of the same visit carries none of it.
      const briefing = join(dir, 'briefing.pdf')
      await runCli(
        ['export-pdf', id.trim(), '--out', briefing, '--data-dir', dir],
        io,
        repoBundledDir,
      )
      expect(pdfText(briefing)).not.toContain('00000001')
    },
    90_000,
  )
})

describe('the cost estimate', () => {
  test('CLI --json, XLSX with live formulas, norms edited in the settings survive a restart', async () => {
    const [dir, id] = await zhambylFolder()
    let out = ''
    expect(
      await runCli(
        ['estimate', id.trim(), '--json', '--data-dir', dir],
        { out: (t) => (out += t), err: () => undefined },
        repoBundledDir,
      ),
    ).toBe(0)
    const json = JSON.parse(out) as {
      lines: { category: string; quantity: number; unitCost: number; total: number }[]
      total: number
      currency: string
    }
    expect(json.currency).toBe('RUB')
    expect(Object.keys(json.lines[0]!).sort()).toEqual(
      ['category', 'description', 'quantity', 'total', 'unit', 'unitCost'].sort(),
    )
    for (const l of json.lines) expect(l.total).toBeCloseTo(l.quantity * l.unitCost, 2)
    expect(json.total).toBeCloseTo(
      json.lines.reduce((s, l) => s + l.total, 0),
      2,
    )

    // The officer enters the region's own norms: no longer a sample, and the estimate follows.
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    const settings = await api.getSettings()
    expect(settings.costNorms.sample).toBe(true)
    await api.saveSettings({
      costNorms: {
        ...settings.costNorms,
        sample: false,
        groups: settings.costNorms.groups.map((g) => ({ ...g, mealsPerDay: 1000 })),
      },
    })
    await api.close()
    const again = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    const estimate = await again.getEstimate(id.trim())
    expect(estimate.sample).toBe(false)
    // A third of the daily norm per meal not served at an official lunch or reception.
    expect(estimate.lines.find((l) => l.category === 'meals')!.unitCost * 3).toBeCloseTo(1000, 6)
    const file = await again.exportVisit(id.trim(), 'estimate-xlsx', {})
    await again.close()
    expect(file.fileName).toMatch(/^Смета .*\.xlsx$/)
    const ExcelJS = (await import('exceljs')).default
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(file.base64, 'base64').buffer as ArrayBuffer)
    const sheet = book.getWorksheet('Смета')!
    const formulas: string[] = []
    let totalCell: { formula?: string; result?: unknown } | undefined
    sheet.eachRow((row) => {
      const g = row.getCell(7).value as { formula?: string; result?: unknown } | null
      if (g && typeof g === 'object' && 'formula' in g) formulas.push(g.formula!)
      if (String(row.getCell(3).value).startsWith('ВСЕГО')) totalCell = g ?? undefined
    })
    expect(formulas.some((f) => /^D\d+\*F\d+$/.test(f))).toBe(true)
    expect(formulas.some((f) => /^SUM\(G\d+:G\d+\)$/.test(f))).toBe(true)
    expect(totalCell?.result).toBe(estimate.total)
  })
})

describe('the journal of receptions of foreign citizens', () => {
  test('completed in place (kept across a restart), exported for a period as DOCX and XLSX, CLI --json', async () => {
    const [dir, id] = await zhambylFolder()
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    const [first] = await api.listJournal('2026-12-01', '2026-12-31')
    expect(first!.place).toBe('Дом Правительства Ленинградской области, Санкт-Петербург')
    await api.updateJournal(id.trim(), first!.itemId, {
      summary: '  Обсуждены проекты <b>образования</b>. ',
    })
    await api.updateJournal(id.trim(), null, {
      basis: 'Письмо акимата № 01-15',
      authorisedBy: 'Вице-губернатор А. Кялин',
      report: 'Губернатору Ленинградской области',
    })
    await expect(api.updateJournal(id.trim(), 'nope', { summary: 'x' })).rejects.toThrow()
    await api.close()
    let out = ''
    expect(
      await runCli(
        ['journal', '--from', '2026-12-01', '--to', '2026-12-31', '--json', '--data-dir', dir],
        { out: (t) => (out += t), err: () => undefined },
        repoBundledDir,
      ),
    ).toBe(0)
    const entries = JSON.parse(out) as {
      number: number
      summary: string
      basis: string
      missing: string[]
    }[]
    expect(entries).toHaveLength(5)
    expect(entries[0]).toMatchObject({
      number: 1,
      summary: 'Обсуждены проекты <b>образования</b>.',
      basis: 'Письмо акимата № 01-15',
      missing: [],
    })
    expect(entries[1]!.missing).toEqual(['summary'])

    const again = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    const docx = await again.exportJournal('2026-12-01', '2026-12-31', 'docx')
    const xlsx = await again.exportJournal('2026-12-01', '2026-12-31', 'xlsx')
    const none = await again.exportJournal('2027-01-01', '2027-01-31', 'docx')
    await again.close()
    expect(docx.fileName).toMatch(
      /^Журнал приёма иностранных граждан.*2026-12-01.*2026-12-31\.docx$/,
    )
    const word = (await mammoth.extractRawText({ buffer: Buffer.from(docx.base64, 'base64') }))
      .value
    expect(word).toContain('Журнал учёта приёма иностранных граждан за 01.12.2026–31.12.2026')
    expect(word).toContain('Характер и краткое содержание беседы')
    expect(word).toContain('Обсуждены проекты <b>образования</b>.')
    expect(word).toContain('Вице-губернатор А.\u00a0Кялин')
    expect(
      (await mammoth.extractRawText({ buffer: Buffer.from(none.base64, 'base64') })).value,
    ).toContain('За период встреч нет')
    const ExcelJS = (await import('exceljs')).default
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64').buffer as ArrayBuffer)
    const sheet = book.getWorksheet('Журнал')!
    expect(sheet.getRow(3).getCell(2).value).toBe('Дата и место встречи')
    expect(String(sheet.getRow(4).getCell(5).value)).toBe('Обсуждены проекты <b>образования</b>.')
    expect(sheet.rowCount).toBe(3 + 5)
  })
})
