import mammoth from 'mammoth'
import { describe, expect, test } from 'vitest'
import { runCli } from '../../electron/cli/index'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import { fixedClock } from '../../shared/time/clock'
import { tempDir } from '../helpers/temp-dir'

describe('editions through the API and the CLI', () => {
  test('issue, unchanged, a programme export issues one, the CLI lists them with their changes', async () => {
    const dir = await tempDir()
    const clock = fixedClock('2026-11-28T15:40:00Z')
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir, clock })
    const made = await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-12-07' })
    expect(await api.issueEdition(made.visit.id)).toMatchObject({ number: 1, changes: [] })
    expect(await api.issueEdition(made.visit.id)).toMatchObject({ number: 1, unchanged: true })

    // Move the NPP tour by an hour and add an item: an export makes edition 2.
    const current = await api.getVisit(made.visit.id)
    const items = current.visit.items.map((i) =>
      i.title.includes('Ленинградскую АЭС') ? { ...i, start: '12:00', end: '13:30' } : i,
    )
    await api.saveVisit(
      {
        ...current.visit,
        items: [
          ...items,
          {
            id: 'press1',
            kind: 'press',
            date: '2026-12-09',
            start: '13:45',
            end: '14:00',
            title: 'Пресс-подход',
            participantIds: [],
          },
        ],
      },
      current.revision,
    )
    expect((await api.listEditions(made.visit.id)).pending.map((c) => c.kind).sort()).toEqual([
      'added',
      'retimed',
    ])
    const docx = await api.exportVisit(made.visit.id, 'docx', {})
    const docxText = (await mammoth.extractRawText({ buffer: Buffer.from(docx.base64, 'base64') }))
      .value
    expect(docxText).toContain('Редакция 2 от 28.11.2026 18:40')
    expect(docxText).toContain('Изменения по сравнению с редакцией 1')
    expect(docxText).toContain('Добавлено: 09.12.2026, 13:45–14:00 — «Пресс-подход».')
    await api.exportVisit(made.visit.id, 'ics', {})
    const { editions, pending } = await api.listEditions(made.visit.id)
    expect(editions.map((e) => e.number)).toEqual([1, 2])
    expect(pending).toEqual([])
    // An export of something else (a bundle) is not an edition.
    await api.exportVisit(made.visit.id, 'bundle', {})
    expect((await api.listEditions(made.visit.id)).editions).toHaveLength(2)

    let out = ''
    const io = { out: (t: string) => (out += t), err: () => undefined }
    expect(
      await runCli(['issue-edition', made.visit.id, '--data-dir', dir], io, repoBundledDir, clock),
    ).toBe(0)
    expect(out.trim()).toBe('2')
    out = ''
    expect(
      await runCli(
        ['editions', made.visit.id, '--json', '--data-dir', dir],
        io,
        repoBundledDir,
        clock,
      ),
    ).toBe(0)
    const listed = JSON.parse(out) as {
      number: number
      issuedAt: string
      changes: { kind: string; itemId: string; text: string }[]
    }[]
    expect(listed.map((e) => e.number)).toEqual([1, 2])
    expect(listed[1]!.changes.map((c) => [c.kind, c.itemId])).toEqual(
      expect.arrayContaining([['added', 'press1']]),
    )
    expect(listed[1]!.changes.map((c) => c.text).join(' ')).toContain(
      'время изменено с 10:00–12:30 на 12:00–13:30',
    )
    // A new visit from this one starts with no editions.
    const copy = await api.createVisitFrom(
      { kind: 'visit', id: made.visit.id },
      { startDate: '2027-03-01' },
    )
    expect((await api.listEditions(copy.visit.id)).editions).toEqual([])
    // Issuing an edition does not touch the visit file (no clash with the officer's saves).
    const before = await api.getVisit(copy.visit.id)
    await api.issueEdition(copy.visit.id)
    expect((await api.getVisit(copy.visit.id)).revision).toBe(before.revision)
    // Editions survive a restart.
    const reopened = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir, clock })
    expect((await reopened.listEditions(made.visit.id)).editions.map((e) => e.number)).toEqual([
      1, 2,
    ])
  })
})
