import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import { Store } from '../../electron/services/store/open-store'
import { z } from 'zod'
import type { Migration } from '../../electron/services/store/migrations'
import { fixedClock } from '../../shared/time/clock'
import { tempDir } from '../helpers/temp-dir'

const clock = fixedClock('2026-11-28T10:00:00.000Z')
let counter = 0
const newId = () => `id${++counter}`

async function openApi(dataDir: string) {
  return createAppApi({ dataDir, bundledDir: repoBundledDir, clock, newId })
}

const draft = {
  title: 'Визит делегации Жамбылской области',
  partnerCountry: 'Казахстан',
  partnerRegion: 'Жамбылская область',
  startDate: '2026-03-02',
  endDate: '2026-03-06',
}

describe('a fresh data folder', () => {
  test('starts with the three sample templates and the shipped venues', async () => {
    const api = await openApi(await tempDir())
    const templates = await api.listTemplates()
    expect(templates.map((t) => t.id).sort()).toEqual([
      'tpl-kz-ambassador-2023',
      'tpl-zhambyl-2025',
      'tpl-zhetysu-consul-2025',
    ])
    const { directory } = await api.getDirectory()
    expect(directory.venues.map((v) => v.id)).toContain('leningrad-npp')
    expect(
      directory.venues
        .find((v) => v.id === 'leningrad-npp')
        ?.accessRequirements.some((r) => r.leadDays === 30),
    ).toBe(true)
  })

  test('the Zhambyl template names every event of the press release', async () => {
    const api = await openApi(await tempDir())
    const { visit } = await api.createVisitFromTemplate('tpl-zhambyl-2025')
    const venues = new Set(visit.items.map((i) => i.venueId))
    for (const id of [
      'pushkin-lgu',
      'lo-regional-management-centre',
      'memorial-genocide-victims',
      'gatchina-vysshiy-pilotazh',
      'gatchina-palace',
      'leningrad-npp',
      'sosnovy-bor-administration',
    ]) {
      expect(venues.has(id)).toBe(true)
    }
    expect(visit.items.filter((i) => i.kind === 'signing').map((i) => i.date)).toEqual([
      '2025-11-18',
      '2025-11-20',
    ])
    expect(visit.items.every((i) => i.tentative)).toBe(true)
  })

  test('a template deleted by the officer is not seeded again', async () => {
    const dir = await tempDir()
    await openApi(dir)
    await fs.unlink(join(dir, 'templates', 'tpl-kz-ambassador-2023.json'))
    const api = await openApi(dir)
    expect((await api.listTemplates()).map((t) => t.id)).not.toContain('tpl-kz-ambassador-2023')
  })
})

describe('visits', () => {
  test('a created and edited visit is found again after a restart', async () => {
    const dir = await tempDir()
    const api = await openApi(dir)
    const created = await api.createVisit(draft)
    const item = {
      id: 'i1',
      kind: 'meeting' as const,
      date: '2026-03-03',
      start: '10:00',
      end: '11:00',
      title: 'Встреча',
      participantIds: [],
    }
    const saved = await api.saveVisit({ ...created.visit, items: [item] }, created.revision)
    expect(saved.revision).toBe(created.revision + 1)

    const reopened = await openApi(dir)
    const again = await reopened.getVisit(created.visit.id)
    expect(again.visit.items).toEqual([item])
    expect(again.revision).toBe(saved.revision)
    expect((await reopened.listVisits()).map((v) => v.title)).toEqual([draft.title])
  })

  test('a save based on an old revision answers conflict and changes nothing', async () => {
    const dir = await tempDir()
    const api = await openApi(dir)
    const created = await api.createVisit(draft)
    await api.saveVisit({ ...created.visit, notes: 'first' }, created.revision)
    await expect(
      api.saveVisit({ ...created.visit, notes: 'stale' }, created.revision),
    ).rejects.toMatchObject({
      code: 'conflict',
      details: { currentRevision: created.revision + 1 },
    })
    expect((await api.getVisit(created.visit.id)).visit.notes).toBe('first')
  })

  test('a second process that saved in between is detected through the file, not memory', async () => {
    const dir = await tempDir()
    const first = await openApi(dir)
    const created = await first.createVisit(draft)
    const second = await openApi(dir)
    await second.saveVisit({ ...created.visit, notes: 'from the other window' }, created.revision)
    await expect(
      first.saveVisit({ ...created.visit, notes: 'mine' }, created.revision),
    ).rejects.toMatchObject({ code: 'conflict' })
  })

  test('earlier revisions are kept in history', async () => {
    const dir = await tempDir()
    const api = await openApi(dir)
    let record = await api.createVisit(draft)
    for (let n = 0; n < 3; n++)
      record = await api.saveVisit({ ...record.visit, notes: `v${n}` }, record.revision)
    const history = await fs.readdir(join(dir, 'history', record.visit.id))
    expect(history).toEqual(['000001.json', '000002.json', '000003.json'])
  })

  test('history holds each replaced revision as it was, and is pruned to its depth', async () => {
    const dir = await tempDir()
    const api = await openApi(dir)
    let record = await api.createVisit(draft)
    for (let n = 0; n < 40; n++)
      record = await api.saveVisit({ ...record.visit, notes: `v${n}` }, record.revision)
    const history = (await fs.readdir(join(dir, 'history', record.visit.id))).sort()
    expect(history.length).toBeGreaterThanOrEqual(20)
    expect(history.length).toBeLessThanOrEqual(25)
    expect(history.at(-1)).toBe('000040.json')
    const kept = JSON.parse(
      await fs.readFile(join(dir, 'history', record.visit.id, '000035.json'), 'utf8'),
    )
    expect(kept).toMatchObject({ revision: 35, visit: { notes: 'v33' } })
    // The current file is not touched by a later save of its history copy.
    const current = JSON.parse(
      await fs.readFile(join(dir, 'visits', `${record.visit.id}.json`), 'utf8'),
    )
    expect(current).toMatchObject({ revision: 41, visit: { notes: 'v39' } })
  })

  test('a deleted visit goes to the trash, not away', async () => {
    const dir = await tempDir()
    const api = await openApi(dir)
    const created = await api.createVisit(draft)
    await api.deleteVisit(created.visit.id)
    await expect(api.getVisit(created.visit.id)).rejects.toMatchObject({ code: 'not-found' })
    const trash = await fs.readdir(join(dir, 'trash'))
    expect(trash).toHaveLength(1)
    expect(trash[0]).toMatch(new RegExp(`^${created.visit.id}\\.`))
  })

  test('a visit made from a template is a draft with unsigned documents and brings its people', async () => {
    const api = await openApi(await tempDir())
    const { visit } = await api.createVisitFromTemplate('tpl-zhambyl-2025')
    expect(visit.id).not.toBe('tpl-zhambyl-2025')
    expect(visit.status).toBe('draft')
    expect(visit.agreements.every((a) => a.status === 'draft' && a.signedOn === undefined)).toBe(
      true,
    )
    const { directory } = await api.getDirectory()
    expect(directory.people.map((p) => p.id)).toContain('p-esmagambetova')
  })
})

describe('damaged and foreign files', () => {
  test('a truncated visit file is quarantined with a reason and the rest of the archive loads', async () => {
    const dir = await tempDir()
    const api = await openApi(dir)
    const good = await api.createVisit(draft)
    const text = await fs.readFile(join(dir, 'visits', `${good.visit.id}.json`), 'utf8')
    await fs.writeFile(join(dir, 'visits', 'broken.json'), text.slice(0, text.length / 2))
    await fs.writeFile(join(dir, 'visits', 'nul.json'), Buffer.alloc(64))

    const reopened = await openApi(dir)
    expect((await reopened.listVisits()).map((v) => v.id)).toEqual([good.visit.id])
    const report = await reopened.getStorageReport()
    expect(report.quarantined.map((q) => q.file).sort()).toEqual([
      'visits/broken.json',
      'visits/nul.json',
    ])
    expect(report.quarantined[0]?.reason).toMatch(/JSON/)
    const quarantine = await fs.readdir(join(dir, 'quarantine'))
    expect(quarantine.filter((n) => !n.endsWith('.reason.json'))).toHaveLength(2)
    // The damaged bytes are kept as they were.
    const kept = quarantine.find((n) => n.endsWith('visits__broken.json'))!
    expect(await fs.readFile(join(dir, 'quarantine', kept), 'utf8')).toBe(
      text.slice(0, text.length / 2),
    )
  })

  test('a file another program is still writing is read once whole, not quarantined', async () => {
    const dir = await tempDir()
    const api = await openApi(dir)
    const good = await api.createVisit(draft)
    const text = await fs.readFile(join(dir, 'visits', `${good.visit.id}.json`), 'utf8')
    const copy = join(dir, 'visits', 'copy.json')
    // A sync engine writing a copy in place: half of it now, the rest a moment later.
    const moved = JSON.parse(text) as { visit: { id: string } }
    const whole = JSON.stringify({ ...moved, visit: { ...moved.visit, id: 'copy' } })
    await fs.writeFile(copy, whole.slice(0, whole.length / 2))
    const finished = new Promise((resolve) => setTimeout(resolve, 300)).then(() =>
      fs.writeFile(copy, whole),
    )
    const reopened = await openApi(dir)
    await finished
    expect((await reopened.listVisits()).map((v) => v.id).sort()).toEqual(
      ['copy', good.visit.id].sort(),
    )
    expect((await reopened.getStorageReport()).quarantined).toEqual([])
  })

  test('a file that parses but breaks the schema is quarantined too', async () => {
    const dir = await tempDir()
    await openApi(dir)
    await fs.writeFile(
      join(dir, 'visits', 'odd.json'),
      JSON.stringify({ schemaVersion: 1, revision: 1, updatedAt: 'x', visit: {} }),
    )
    const report = await (await openApi(dir)).getStorageReport()
    expect(report.quarantined.map((q) => q.file)).toEqual(['visits/odd.json'])
  })

  test('a file from a newer version is refused and left untouched', async () => {
    const dir = await tempDir()
    await openApi(dir)
    const future = JSON.stringify({ schemaVersion: 99, something: 'new' })
    await fs.writeFile(join(dir, 'visits', 'future.json'), future)
    const api = await openApi(dir)
    expect((await api.getStorageReport()).refused).toEqual([
      { file: 'visits/future.json', schemaVersion: 99 },
    ])
    expect(await fs.readFile(join(dir, 'visits', 'future.json'), 'utf8')).toBe(future)
  })

  test('a damaged settings file does not stop the app: defaults are used and the file is quarantined', async () => {
    const dir = await tempDir()
    await openApi(dir)
    await fs.writeFile(join(dir, 'settings.json'), '{"schemaVersion":1,"language":')
    const api = await openApi(dir)
    expect((await api.getSettings()).language).toBe('ru')
    expect((await api.getStorageReport()).quarantined.map((q) => q.file)).toContain('settings.json')
  })

  test('a read-only data folder opens read-only and refuses saves with a clear key', async () => {
    const dir = await tempDir()
    const api = await openApi(dir)
    const created = await api.createVisit(draft)
    // The file system answers EROFS to every write, as a read-only mount does (root ignores chmod).
    const readOnlyFs = {
      open: async (path: string, flags: string, mode?: number) => {
        if (flags !== 'r') throw Object.assign(new Error('read-only'), { code: 'EROFS' })
        return fs.open(path, flags, mode)
      },
      rename: async () => {
        throw Object.assign(new Error('read-only'), { code: 'EROFS' })
      },
      unlink: async () => {
        throw Object.assign(new Error('read-only'), { code: 'EROFS' })
      },
    }
    const ro = await createAppApi({
      dataDir: dir,
      bundledDir: repoBundledDir,
      clock,
      newId,
      fs: readOnlyFs,
    })
    expect((await ro.getStorageReport()).readOnly).toBe(true)
    expect((await ro.getVisit(created.visit.id)).visit.title).toBe(draft.title)
    await expect(ro.createVisit(draft)).rejects.toMatchObject({
      code: 'io',
      details: { key: 'store.readOnly' },
    })
    await expect(ro.saveVisit(created.visit, created.revision)).rejects.toMatchObject({
      code: 'io',
      details: { key: 'store.readOnly' },
    })
  })

  test('a full disk fails the save with a clear key and keeps the previous version', async () => {
    const dir = await tempDir()
    const api = await openApi(dir)
    const created = await api.createVisit(draft)
    const file = join(dir, 'visits', `${created.visit.id}.json`)
    const before = await fs.readFile(file, 'utf8')
    const fullFs = {
      open: async (path: string, flags: string, mode?: number) => {
        const handle = await fs.open(path, flags, mode)
        if (flags === 'wx') {
          return new Proxy(handle, {
            get(target, prop) {
              if (prop === 'writeFile')
                return async () =>
                  Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' }))
              const value = Reflect.get(target, prop) as unknown
              return typeof value === 'function'
                ? (value as (...a: unknown[]) => unknown).bind(target)
                : value
            },
          })
        }
        return handle
      },
      rename: fs.rename,
      unlink: fs.unlink,
    }
    const full = await createAppApi({
      dataDir: dir,
      bundledDir: repoBundledDir,
      clock,
      newId,
      fs: fullFs,
    })
    await expect(
      full.saveVisit({ ...created.visit, notes: 'lost?' }, created.revision),
    ).rejects.toMatchObject({
      code: 'io',
      details: { key: 'store.diskFull' },
    })
    expect(await fs.readFile(file, 'utf8')).toBe(before)
    expect((await fs.readdir(join(dir, 'visits'))).filter((n) => n.includes('.tmp'))).toEqual([])
  })
})

describe('cut-off writes', () => {
  test('old temporary files of a write that never finished are swept at start; young ones stay', async () => {
    const dir = await tempDir()
    await openApi(dir)
    const old = join(dir, 'visits', '.~dp-abc.json.0123456789ab.tmp')
    const young = join(dir, 'visits', '.~dp-def.json.0123456789ab.tmp')
    await fs.writeFile(old, '{"half":')
    await fs.writeFile(young, '{"half":')
    const hourAgo = new Date(Date.now() - 3_600_000)
    await fs.utimes(old, hourAgo, hourAgo)
    const api = await openApi(dir)
    expect(await fs.readdir(join(dir, 'visits'))).toEqual(['.~dp-def.json.0123456789ab.tmp'])
    expect((await api.getStorageReport()).quarantined).toEqual([])
  })
})

describe('migrations', () => {
  test('an older file is backed up before it is migrated, and the backup holds the old bytes', async () => {
    const dir = await tempDir()
    await fs.mkdir(join(dir, 'visits'), { recursive: true })
    const old = JSON.stringify({ schemaVersion: 1, title: 'old', legacyNote: 'x' })
    await fs.writeFile(join(dir, 'visits', 'v.json'), old)
    const migrations: Migration[] = [
      { from: 1, description: 'drops legacyNote', migrate: ({ legacyNote: _n, ...d }) => d },
    ]
    const store = await Store.open({ dataDir: dir, clock, migrations, targetVersion: 2 })
    const schema = z.object({ schemaVersion: z.literal(2), title: z.string() })
    const loaded = await store.load('visits/v.json', schema)
    expect(loaded.status).toBe('ok')
    const backups = await fs.readdir(join(dir, 'backups', 'migrations'))
    expect(backups).toHaveLength(1)
    expect(backups[0]).toMatch(/-v1-v\.json$/)
    expect(await fs.readFile(join(dir, 'backups', 'migrations', backups[0]!), 'utf8')).toBe(old)
    expect(JSON.parse(await fs.readFile(join(dir, 'visits', 'v.json'), 'utf8'))).toEqual({
      schemaVersion: 2,
      title: 'old',
    })
  })

  test('every step of a migration chain runs in order', async () => {
    const { migrate } = await import('../../electron/services/store/migrations')
    const chain: Migration[] = [
      { from: 1, description: 'adds a', migrate: (d) => ({ ...d, a: 1 }) },
      { from: 2, description: 'adds b', migrate: (d) => ({ ...d, b: (d.a as number) + 1 }) },
    ]
    expect(migrate({ schemaVersion: 1 }, chain, 3)).toEqual({
      kind: 'migrated',
      from: 1,
      data: { schemaVersion: 3, a: 1, b: 2 },
    })
    expect(migrate({ schemaVersion: 1 }, [chain[1]!], 3)).toEqual({ kind: 'unversioned' })
  })
})
