import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, test } from 'vitest'
import { runCli } from '../../electron/cli/index'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import { startNodeHost } from '../../electron/node-host/server'
import { fixedClock } from '../../shared/time/clock'
import { tempDir } from '../helpers/temp-dir'
import { hasChromium } from '../helpers/chromium-printer'

const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })

async function cli(args: string[], today = '2026-11-28T09:00:00Z') {
  let out = ''
  let err = ''
  const io = { out: (t: string) => (out += t), err: (t: string) => (err += t) }
  const code = await runCli(args, io, repoBundledDir, fixedClock(today))
  return { code, out, err }
}

describe('CLI', () => {
  test('templates --json lists the sample templates with id and title', async () => {
    const dir = await tempDir()
    const { code, out } = await cli(['templates', '--json', '--data-dir', dir])
    expect(code).toBe(0)
    const templates = JSON.parse(out) as { id: string; title: string }[]
    expect(templates).toHaveLength(3)
    expect(templates.every((t) => t.id && t.title)).toBe(true)
  })

  test('call creates a visit that list and show then print', async () => {
    const dir = await tempDir()
    const created = await cli([
      'call',
      'createVisitFromTemplate',
      '["tpl-zhambyl-2025"]',
      '--data-dir',
      dir,
    ])
    expect(created.code).toBe(0)
    const id = (JSON.parse(created.out) as { visit: { id: string } }).visit.id
    const list = JSON.parse((await cli(['list', '--json', '--data-dir', dir])).out) as {
      id: string
    }[]
    expect(list.map((v) => v.id)).toEqual([id])
    const shown = await cli(['show', id, '--data-dir', dir])
    expect((JSON.parse(shown.out) as { visit: { items: unknown[] } }).visit.items).toHaveLength(24)
  })

  test('from-template --start moves the programme; conflicts --json reports what it implies', async () => {
    const dir = await tempDir()
    const made = await cli([
      'from-template',
      'tpl-zhambyl-2025',
      '--start',
      '2026-12-07',
      '--data-dir',
      dir,
    ])
    expect(made.code).toBe(0)
    const id = made.out.trim()
    expect(id).toMatch(/^[a-z0-9]{16}$/)
    const visit = (
      JSON.parse((await cli(['show', id, '--data-dir', dir])).out) as {
        visit: { startDate: string; endDate: string; items: { date: string }[] }
      }
    ).visit
    expect([visit.startDate, visit.endDate]).toEqual(['2026-12-07', '2026-12-11'])
    expect(visit.items.every((i) => i.date >= '2026-12-07' && i.date <= '2026-12-11')).toBe(true)

    const { code, out } = await cli(['conflicts', id, '--json', '--data-dir', dir])
    expect(code).toBe(0)
    const report = JSON.parse(out) as {
      conflicts: { kind: string; itemIds: string[]; message: string }[]
      tasks: { kind: string; key: string; due: string; itemIds: string[]; message: string }[]
    }
    // The NPP wants its passport list 30 days ahead: 10 Dec − 30 = 10 Nov, already missed.
    const passport = report.conflicts.find(
      (c) => c.kind === 'access-overdue' && c.message.includes('паспорт'),
    )
    expect(passport?.message).toContain('Ленинградская АЭС')
    expect(passport?.itemIds.length).toBeGreaterThan(0)
    // The drive from Saint Petersburg to Sosnovy Bor does not fit the 90 minutes given.
    const drive = report.conflicts.find((c) => c.kind === 'transfer-too-short')
    expect(drive?.message).toMatch(/Ленинградская АЭС.*130 мин.*90 мин/)
    const task = report.tasks.find((t) => t.key === 'access:leningrad-npp:1')
    expect(task).toMatchObject({ kind: 'access', due: '2026-11-10' })
    expect(task?.message).toContain('паспортными данными')
    expect(report.tasks.map((t) => t.kind)).toEqual(
      expect.arrayContaining(['hotel', 'transport', 'gifts', 'flags', 'flowers', 'report']),
    )
  })

  test('reschedule moves a visit in place, holidays skipped; a missing start is refused in Russian', async () => {
    const dir = await tempDir()
    const id = (
      await cli(['from-template', 'tpl-zhambyl-2025', '--start', '2026-12-07', '--data-dir', dir])
    ).out.trim()
    const moved = await cli([
      'reschedule',
      id,
      '--start',
      '2026-12-30',
      '--skip-weekends',
      '--skip-holidays',
      '--data-dir',
      dir,
    ])
    expect(moved.code).toBe(0)
    const shown = JSON.parse((await cli(['show', id, '--data-dir', dir])).out) as {
      revision: number
      visit: { startDate: string; endDate: string; items: { date: string }[] }
    }
    // 30 December, then 31 December and the New Year holidays skipped: the other four days land on 11–14 January.
    expect([shown.visit.startDate, shown.visit.endDate]).toEqual(['2026-12-30', '2027-01-14'])
    expect(moved.out.trim()).toBe(`${id}\t2026-12-30–2027-01-14`)
    expect(shown.revision).toBe(2)
    expect(shown.visit.items.every((i) => i.date >= '2026-12-30' && i.date <= '2027-01-14')).toBe(
      true,
    )
    const list = JSON.parse((await cli(['list', '--json', '--data-dir', dir])).out) as unknown[]
    expect(list).toHaveLength(1) // moved in place: no copy
    const bad = await cli(['reschedule', id, '--data-dir', dir])
    expect(bad.code).not.toBe(0)
    expect(bad.err).toMatch(/[а-я]/)
  })

  test('from-template refuses a malformed start date', async () => {
    const dir = await tempDir()
    const { code, err } = await cli([
      'from-template',
      'tpl-zhambyl-2025',
      '--start',
      '7.12',
      '--data-dir',
      dir,
    ])
    expect(code).toBe(1)
    expect(err).toContain('invalid arguments')
  })

  test('call answers the error envelope and exit 1 for bad arguments', async () => {
    const dir = await tempDir()
    const { code, out } = await cli(['call', 'getVisit', '["../x"]', '--data-dir', dir])
    expect(code).toBe(1)
    expect(JSON.parse(out)).toMatchObject({ ok: false, error: { code: 'invalid' } })
  })

  test('import takes several files and folders in one run, and says in Russian what it could not read', async () => {
    const dir = await tempDir()
    const inbox = await tempDir()
    await fs.copyFile('test/fixtures/calendars/binary-attachment.ics', join(inbox, 'npp-tour.ics'))
    await fs.copyFile('test/fixtures/calendars/rfc6868-parameters.ics', join(inbox, 'talks.ics'))
    await fs.writeFile(join(inbox, 'empty.txt'), '')
    const single = join(await tempDir(), 'release.txt')
    await fs.copyFile(
      'test/fixtures/press-releases/zhambyl-delegation-leningrad-oblast.txt',
      single,
    )
    const { code, out, err } = await cli(['import', inbox, single, '--data-dir', dir])
    expect(code).toBe(1)
    const lines = out.trim().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines.every((l) => /^[A-Za-z0-9_-]+\t\//.test(l))).toBe(true)
    expect(err).toContain('empty.txt')
    expect(err).toContain('Не удалось прочитать файл: файл пустой')
    const list = JSON.parse((await cli(['list', '--json', '--data-dir', dir])).out) as unknown[]
    expect(list).toHaveLength(3)
  })

  test('export --doc makes every paper of a visit, the format from the file name', async () => {
    const dir = await tempDir()
    const id = (
      await cli(['from-template', 'tpl-zhambyl-2025', '--start', '2026-12-14', '--data-dir', dir])
    ).out.trim()
    const made = async (doc: string, file: string, ...more: string[]) => {
      const out = join(dir, file)
      const r = await cli(['export', id, '--doc', doc, '--out', out, ...more, '--data-dir', dir])
      expect(r.err).toBe('')
      expect(r.code).toBe(0)
      return fs.readFile(out)
    }
    const zip = (b: Buffer) => expect(b.subarray(0, 2).toString()).toBe('PK')
    for (const [doc, file, ...more] of [
      ['briefing', 'briefing.docx'],
      ['programme', 'programme.docx'],
      ['working', 'working.docx'],
      // The one site of the visit that admits by list; its letter is not signable yet.
      ['access', 'npp.docx', '--waive'],
      ['estimate', 'estimate.xlsx'],
      ['report', 'report.docx'],
      ['press', 'press.docx'],
      ['journal', 'journal.xlsx'],
    ] as const)
      zip(await made(doc, file, ...more))
    // The letter's personal-data notice stands over the list, never over the letterhead.
    const letter = await JSZip.loadAsync(await fs.readFile(join(dir, 'npp.docx')))
    const headers = Object.keys(letter.files).filter((f) => /^word\/header\d*\.xml$/.test(f))
    for (const h of headers)
      expect(await letter.file(h)!.async('string')).not.toContain('персональные данные')
    const body = await letter.file('word/document.xml')!.async('string')
    expect(body.indexOf('Содержит персональные данные')).toBeGreaterThan(body.indexOf('Уважаем'))
    expect(body.indexOf('Содержит персональные данные')).toBeLessThan(
      body.indexOf('Список участников посещения объекта'),
    )
    expect((await made('calendar', 'visit.ics')).toString()).toContain('BEGIN:VCALENDAR')
    expect(
      (await made('guest', 'guest.docx', '--lang', 'ru+en', '--waive')).length,
    ).toBeGreaterThan(1000)
    const wrong = await cli(['export', id, '--doc', 'estimate', '--out', join(dir, 'e.docx')])
    expect([wrong.code, wrong.err.trim()]).toEqual([
      1,
      "--doc estimate is made as pdf or xlsx, not 'docx'",
    ])
    const open = await cli([
      'export',
      id,
      '--doc',
      'guest',
      '--out',
      join(dir, 'guest.pdf'),
      '--data-dir',
      dir,
    ])
    expect(open.code).toBe(1)
    expect(open.err).toContain('Программа для гостей не выпущена')
    const unsigned = await cli([
      'export',
      id,
      '--doc',
      'access',
      '--out',
      join(dir, 'a.pdf'),
      '--data-dir',
      dir,
    ])
    expect(unsigned.code).toBe(1)
    expect(unsigned.err).toContain('Письмо не выпущено')
  })

  test.skipIf(!hasChromium)(
    'export --doc prints the estimate, the report and the working programme as PDF in the bundled fonts',
    async () => {
      const dir = await tempDir()
      const id = (
        await cli(['from-template', 'tpl-zhambyl-2025', '--start', '2026-12-14', '--data-dir', dir])
      ).out.trim()
      for (const [doc, words] of [
        ['estimate', 'СМЕТА'],
        ['report', 'ОТЧЁТ'],
        ['working', 'РАБОЧАЯ ПРОГРАММА'],
      ] as const) {
        const out = join(dir, `${doc}.pdf`)
        const r = await cli(['export', id, '--doc', doc, '--out', out, '--data-dir', dir])
        expect([r.code, r.err]).toEqual([0, ''])
        expect(pdfText(out).toUpperCase()).toContain(words)
        // Only the bundled faces: a sign they lack ('→', '≈') pulled in a system font.
        const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' })
          .split('\n')
          .slice(2)
          .filter(Boolean)
          .map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
        expect(fonts.filter((f) => !/^(PT(Sans|Serif)|NotoSansSC)/.test(f))).toEqual([])
      }
    },
  )

  test('check exits non-zero when a file was quarantined', async () => {
    const dir = await tempDir()
    expect((await cli(['check', '--data-dir', dir])).code).toBe(0)
    await fs.writeFile(join(dir, 'visits', 'bad.json'), '{"schemaVersion":1,')
    const { code, out } = await cli(['check', '--json', '--data-dir', dir])
    expect(code).toBe(1)
    expect((JSON.parse(out) as { quarantined: { file: string }[] }).quarantined[0]?.file).toBe(
      'visits/bad.json',
    )
  })
})

describe('browser-mode host', () => {
  test('answers POST /api/call with the envelope and refuses foreign origins and non-JSON', async () => {
    const dir = await tempDir()
    const renderer = await tempDir()
    await fs.writeFile(join(renderer, 'index.html'), '<!doctype html><title>x</title>')
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    const host = await startNodeHost({ api, rendererDir: renderer, port: 0 })
    try {
      const post = (body: string, headers: Record<string, string> = {}) =>
        fetch(new URL('/api/call', host.url), {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${host.token}`,
            ...headers,
          },
          body,
        })
      const ok = await post(JSON.stringify({ method: 'listTemplates', args: [] }))
      expect(((await ok.json()) as { ok: boolean; value: unknown[] }).value).toHaveLength(3)
      expect((await post('{nope')).status).toBe(400)
      expect(
        (await post(JSON.stringify({ method: 'listVisits' }), { Origin: 'https://evil.example' }))
          .status,
      ).toBe(403)
      const page = await fetch(new URL('/visits/abc', host.url))
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
      expect(await page.text()).toContain('<title>x</title>')
      for (const path of [
        '/%2e%2e/%2e%2e/etc/passwd',
        '/..%2F..%2F..%2Fetc%2Fpasswd',
        '/assets/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
      ]) {
        const res = await fetch(`${host.url.replace(/\/$/, '')}${path}`)
        expect(await res.text()).not.toContain('root:')
      }
    } finally {
      await host.close()
    }
  })

  test('a long list is sent in pieces and reads back exactly as one JSON answer would', async () => {
    const dir = await tempDir()
    const renderer = await tempDir()
    await fs.writeFile(join(renderer, 'index.html'), '<!doctype html><title>x</title>')
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    // A long register (a large archive holds 15,000 agreements), with text as hostile as any field.
    const rows = Array.from({ length: 1_234 }, (_, n) => ({
      id: `ag-${n}`,
      title: n % 2 ? `Меморандум «${n}» "quoted" \\ \u2028 ${'я'.repeat(n % 50)}` : undefined,
      parties: n % 3 ? [] : ['ЛГУ', null],
    }))
    api.listAgreements = () => Promise.resolve(rows as never)
    const host = await startNodeHost({ api, rendererDir: renderer, port: 0 })
    try {
      const res = await fetch(new URL('/api/call', host.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
        body: JSON.stringify({ method: 'listAgreements', args: [] }),
      })
      expect(await res.text()).toBe(JSON.stringify({ ok: true, value: rows }))
    } finally {
      await host.close()
    }
  })
})
