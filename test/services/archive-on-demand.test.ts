// The archive on demand: the host keeps each visit's summary and digest and reads a whole visit
// only when it is opened or a view needs its programme.
import type * as FsPromises from 'node:fs/promises'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import { writeArchive } from '../bench/archive-data'
import { tempDir } from '../helpers/temp-dir'
import { zhambyl } from '../helpers/zhambyl'

/** Every file read through node:fs/promises, by path. */
const reads = vi.hoisted(() => ({ paths: [] as string[] }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>()
  const readFile = ((...args: Parameters<typeof actual.readFile>) => {
    reads.paths.push(String(args[0]))
    return actual.readFile(...args)
  }) as typeof actual.readFile
  const patched = { ...actual, readFile }
  return { ...patched, default: patched }
})

/** The visit files read since the last call. */
function visitReads(): string[] {
  const out = reads.paths
    .filter((p) => /[/\\]visits[/\\][^/\\]+\.json$/.test(p))
    .map((p) => p.split(/[/\\]/).at(-1)!)
  reads.paths = []
  return out
}

const COUNT = 40

describe('an archive loaded on demand', () => {
  beforeEach(() => {
    // The files were written a minute 'ago': their stamps are settled, not racy (see VisitCatalog).
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 60_000)
  })
  afterEach(() => vi.useRealTimers())

  test('a second start reads no visit file, lists every visit, and reads one when it is opened', async () => {
    const dir = await tempDir()
    await writeArchive(dir, COUNT, zhambyl.visit)
    const first = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    expect(await first.listVisits()).toHaveLength(COUNT)
    await first.close()
    expect(visitReads()).toHaveLength(COUNT)

    const again = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    const list = await again.listVisits()
    expect(list).toHaveLength(COUNT)
    expect(list.find((v) => v.id === 'bench000007')).toMatchObject({
      title: 'Визит делегации: область Жетысу (Казахстан), №7',
      itemCount: zhambyl.visit.items.length,
      revision: 1,
    })
    expect(visitReads()).toEqual([])
    const opened = await again.getVisit('bench000007')
    expect(opened.visit.items).toHaveLength(zhambyl.visit.items.length)
    expect(visitReads()).toEqual(['bench000007.json'])
    await again.getVisit('bench000007')
    expect(visitReads()).toEqual([])
    await again.close()
  })

  test('the archive-wide views read only the visits whose programme they show', async () => {
    const dir = await tempDir()
    await writeArchive(dir, COUNT, zhambyl.visit)
    await (await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })).close()
    visitReads()
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    const overview = await api.archiveOverview()
    expect(overview.byYear.reduce((n, y) => n + y.incoming + y.outgoing, 0)).toBe(COUNT)
    const register = await api.listAgreements()
    expect(register.length).toBe(COUNT * zhambyl.visit.agreements.length)
    const history = await api.counterpartHistory({
      country: 'Беларусь',
      region: 'Витебская область',
    })
    expect(history.filter((e) => e.kind === 'visit').length).toBeGreaterThan(0)
    // No visit ahead (the generated years end in 2025): no programme needed so far.
    expect(visitReads()).toEqual([])
    // The journal of 2012: the incoming visits of that year only.
    const journal = await api.listJournal('2012-01-01', '2012-12-31')
    // Generated: 2012 is visit 2 + 16k; every third visit is outgoing (0, 18 are).
    expect(visitReads().sort()).toEqual(['bench000002.json', 'bench000034.json'])
    expect(journal.every((e) => ['bench000002', 'bench000034'].includes(e.visitId))).toBe(true)
    await api.close()
  })

  test('a file changed between starts is read again: a new title is listed, a damaged file quarantined', async () => {
    const dir = await tempDir()
    await writeArchive(dir, COUNT, zhambyl.visit)
    await (await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })).close()
    const path = (id: string) => join(dir, 'visits', `${id}.json`)
    const file = JSON.parse(await readFile(path('bench000003'), 'utf8'))
    file.visit.title = 'Визит, переименованный на другом компьютере'
    file.revision = 2
    await writeFile(path('bench000003'), JSON.stringify(file))
    await writeFile(path('bench000004'), '{"schemaVersion":1,"revision":1,"visit":{"id":')
    visitReads()
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    expect([...new Set(visitReads())].sort()).toEqual(['bench000003.json', 'bench000004.json'])
    const list = await api.listVisits()
    expect(list.find((v) => v.id === 'bench000003')).toMatchObject({
      title: 'Визит, переименованный на другом компьютере',
      revision: 2,
    })
    expect(list.some((v) => v.id === 'bench000004')).toBe(false)
    expect((await api.getStorageReport()).quarantined.map((q) => q.file)).toContain(
      'visits/bench000004.json',
    )
    await api.close()
  })

  test('a file written moments before its stamp was taken is read again at the next start', async () => {
    vi.useRealTimers()
    vi.useFakeTimers({ toFake: ['Date'] })
    const dir = await tempDir()
    await writeArchive(dir, 3, zhambyl.visit)
    // Stamps taken at once: the files could still change within the same tick of a coarse clock.
    await (await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })).close()
    visitReads()
    await (await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })).close()
    expect(visitReads()).toHaveLength(3)
  })
})
