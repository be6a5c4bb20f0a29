import { readFile, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { runCli } from '../../electron/cli/index'
import { createAppApi, type AppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import { ArchiveSearch, INDEX_FILE, INDEX_FORMAT } from '../../electron/services/search-service'
import { encodePostings } from '../../shared/search/search-index'
import { Store } from '../../electron/services/store/open-store'
import type { VisitFile } from '../../electron/services/store/schema'
import { schemaFingerprint } from '../../electron/services/store/validated-catalog'
import { systemClock } from '../../shared/time/clock'
import { tempDir } from '../helpers/temp-dir'

describe('archive search through the API', () => {
  test('the index follows saves, deletions, directory edits and a restart', async () => {
    const dir = await tempDir()
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    const made = await api.createVisitFromTemplate('tpl-zhambyl-2025')
    expect(
      (await api.searchArchive('Жамбылская область', { kinds: ['visit'] })).map((h) => h.visitId),
    ).toEqual([made.visit.id])
    const saved = await api.saveVisit(
      { ...made.visit, title: 'Визит делегации провинции Хэйлунцзян' },
      made.revision,
    )
    expect(await api.searchArchive('Хэйлунцзян', {})).toHaveLength(1)
    expect(await api.searchArchive('Heilongjiang', {})).toHaveLength(0) // a different spelling system
    const { directory, revision } = await api.getDirectory()
    await api.saveDirectory(
      {
        ...directory,
        people: directory.people.map((p) =>
          p.id === 'p-voronkov' ? { ...p, fullName: 'Воронцов Михаил' } : p,
        ),
      },
      revision,
    )
    expect((await api.searchArchive('Воронцов', { kinds: ['person'] })).map((h) => h.id)).toEqual([
      'person:p-voronkov',
    ])

    const reopened = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    expect(await reopened.searchArchive('Хэйлунцзян', {})).toHaveLength(1)
    await reopened.deleteVisit(saved.visit.id)
    expect(await reopened.searchArchive('Хэйлунцзян', {})).toEqual([])
  })

  test('the index is written to its file, reused at the next start, and brought up to date', async () => {
    const dir = await tempDir()
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    const a = await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-12-07' })
    const b = await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2027-03-01' })
    // The index is opened when first searched (a run that never searches does not read it).
    await api.searchArchive('Жамбылская', {})
    await api.close()
    // Lines of JSON: the format, a line per visit, the index's lines, and the count of lines.
    const lines = (await readFile(join(dir, INDEX_FILE), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown)
    expect(lines[0]).toEqual({ format: INDEX_FORMAT })
    expect(lines.at(-1)).toEqual({ end: lines.length - 1 })
    const visitLines = lines.filter((l): l is string[] => Array.isArray(l) && l[0] === 'v')
    expect(visitLines.map((l) => l[1]).sort()).toEqual([a.visit.id, b.visit.id].sort())

    const store = await Store.open({ dataDir: dir, clock: systemClock })
    const indexOf = async (api: AppApi) => {
      const summaries = await api.listVisits()
      const records = await Promise.all(summaries.map((v) => api.getVisit(v.id)))
      const { directory } = await api.getDirectory()
      return ArchiveSearch.open(
        store,
        summaries,
        directory,
        async (id) => records.find((r) => r.visit.id === id)?.visit,
      )
    }
    const second = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    expect((await indexOf(second)).report).toEqual({ outcome: 'loaded', reindexed: 0 })
    // Entries read from the file still show the words that matched, taken from the visit.
    const [hit] = await second.searchArchive('меморандума', { kinds: ['agreement'] })
    expect(hit?.matched).toContain('Меморандум')

    // Another writer (a second window, a sync tool) changes one visit and removes another.
    const path = join(dir, 'visits', `${a.visit.id}.json`)
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as VisitFile
    onDisk.revision += 1
    onDisk.visit.title = 'Визит делегации провинции Хэйлунцзян'
    await writeFile(path, JSON.stringify(onDisk))
    await unlink(join(dir, 'visits', `${b.visit.id}.json`))
    const next = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    expect((await next.searchArchive('Хэйлунцзян', {})).map((h) => h.visitId)).toEqual([a.visit.id])
    expect(
      (await next.searchArchive('Жамбылская', { kinds: ['visit'] })).map((h) => h.visitId),
    ).toEqual([a.visit.id])
    expect((await indexOf(next)).report.outcome).toBe('loaded')

    // A file cut at the end of a line (a copy interrupted) is not taken as whole.
    const whole = await readFile(join(dir, INDEX_FILE), 'utf8')
    await writeFile(join(dir, INDEX_FILE), whole.split('\n').slice(0, -3).join('\n'))
    expect((await indexOf(next)).report).toMatchObject({ reason: 'unreadable or damaged' })
    // A damaged index file is rebuilt from the visits, never trusted.
    await writeFile(join(dir, INDEX_FILE), '{"format":1,"visits":{"x":')
    const rebuilt = await indexOf(next)
    expect(rebuilt.report).toMatchObject({ outcome: 'rebuilt', reason: 'unreadable or damaged' })
    expect(await rebuilt.search('Хэйлунцзян', {})).toHaveLength(1)
    // An index of another format is rebuilt.
    await writeFile(join(dir, INDEX_FILE), JSON.stringify({ format: INDEX_FORMAT + 1 }))
    expect((await indexOf(next)).report).toMatchObject({ outcome: 'rebuilt', reindexed: 1 })
    // An entry no visit lists could never be removed: such an index is damaged too.
    const ghost = [
      { format: INDEX_FORMAT },
      ['f', [{}]],
      ['e', 'visit:ghost', 'visit', 'ghost', 'Призрак', 0],
      ['t', 'призрак', encodePostings([0, 3]), []],
      { end: 3 },
    ]
    await writeFile(join(dir, INDEX_FILE), ghost.map((l) => JSON.stringify(l)).join('\n'))
    const cleaned = await indexOf(next)
    expect(cleaned.report.outcome).toBe('rebuilt')
    expect(await cleaned.search('Призрак', {})).toEqual([])
  })

  test('a visit file changed on disk since it was last checked is validated again', async () => {
    const dir = await tempDir()
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    const made = await api.createVisitFromTemplate('tpl-zhambyl-2025')
    await createAppApi({ dataDir: dir, bundledDir: repoBundledDir }) // records it as checked
    const path = join(dir, 'visits', `${made.visit.id}.json`)
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as VisitFile
    await writeFile(path, JSON.stringify({ ...onDisk, visit: { ...onDisk.visit, items: 'many' } }))
    const reopened = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    // Quarantined, and its last good revision put back in its place.
    expect((await reopened.getStorageReport()).quarantined.map((q) => q.file)).toEqual([
      `visits/${made.visit.id}.json`,
    ])
    const back = await reopened.getVisit(made.visit.id)
    expect(back.visit.items).toEqual(made.visit.items)
  })

  test('the record of checked files is tied to the schema: a new default checks every file', () => {
    const base = z.object({ title: z.string() })
    expect(schemaFingerprint(base)).toBe(schemaFingerprint(z.object({ title: z.string() })))
    expect(schemaFingerprint(base)).not.toBe(
      schemaFingerprint(base.extend({ note: z.string().default('') })),
    )
  })

  test('CLI search --json prints ranked hits', async () => {
    const dir = await tempDir()
    let out = ''
    const io = { out: (t: string) => (out += t), err: () => undefined }
    await runCli(['from-template', 'tpl-zhambyl-2025', '--data-dir', dir], io)
    out = ''
    expect(await runCli(['search', 'меморандума', '--json', '--data-dir', dir], io)).toBe(0)
    const hits = JSON.parse(out) as { kind: string; score: number; matched: string[] }[]
    expect(hits.length).toBeGreaterThan(1)
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a))
    expect(hits.flatMap((h) => h.matched)).toContain('Меморандум')
  })
})
