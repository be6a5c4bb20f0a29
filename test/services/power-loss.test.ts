import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createAppApi, type AppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import { aesBox } from '../../electron/services/personal-data'
import { fixedClock } from '../../shared/time/clock'
import { PowerLossFs, type Fate } from '../helpers/power-loss-fs'
import { tempDir } from '../helpers/temp-dir'

const clock = fixedClock('2026-11-28T10:00:00.000Z')
const secrets = aesBox(Buffer.alloc(32, 3))
const open = (dataDir: string, sim?: PowerLossFs) =>
  createAppApi({ dataDir, bundledDir: repoBundledDir, clock, secrets, fs: sim })

/** What the app said was saved before the power went, and what it was saving when it went. */
interface Acknowledged {
  visit: { revision: number; notes: string }[]
  inFlightNotes?: string
  directoryRevision: number
  roadSpeedKmh?: number
}

/** The save path of a working session: visit saves, a directory save, a settings save. */
async function session(api: AppApi, visitId: string, acked: Acknowledged): Promise<void> {
  for (let n = 1; n <= 3; n++) {
    const { visit, revision } = await api.getVisit(visitId)
    const notes = `сохранение ${n}`
    acked.inFlightNotes = notes
    const saved = await api.saveVisit({ ...visit, notes }, revision)
    acked.visit.push({ revision: saved.revision, notes })
    acked.inFlightNotes = undefined
  }
  const { directory, revision } = await api.getDirectory()
  const dir = await api.saveDirectory(
    { ...directory, people: directory.people.map((p, i) => (i ? p : { ...p, position: 'Аким' })) },
    revision,
  )
  acked.directoryRevision = dir.revision
  const settings = await api.getSettings()
  await api.saveSettings({ planning: { ...settings.planning, roadSpeedKmh: 57 } })
  acked.roadSpeedKmh = 57
  const { visit, revision: last } = await api.getVisit(visitId)
  acked.inFlightNotes = 'последнее'
  const saved = await api.saveVisit({ ...visit, notes: 'последнее' }, last)
  acked.visit.push({ revision: saved.revision, notes: 'последнее' })
  acked.inFlightNotes = undefined
}

describe('power loss at every fsync of the save path (SQLite-style)', () => {
  let base = ''
  let visitId = ''
  let fsyncs = 0

  afterAll(() => fs.rm(base, { recursive: true, force: true }))
  beforeAll(async () => {
    // Not tempDir(): that one is emptied after each test, and the tests share this folder.
    base = await fs.mkdtemp(join(tmpdir(), 'dp-power-'))
    const api = await open(base)
    visitId = (await api.createVisitFromTemplate('tpl-zhambyl-2025')).visit.id
    await api.close()
    // A dry run counts the fsyncs of the session, start-up included.
    const dry = await tempDir()
    await fs.cp(base, dry, { recursive: true })
    const sim = new PowerLossFs()
    await session(await open(dry, sim), visitId, { visit: [], directoryRevision: 0 })
    fsyncs = sim.syncs
  })

  const fates: Record<string, (what: string, n: number) => Fate> = {
    'every unsynced write kept': () => 'keep',
    'every unsynced write dropped': () => 'drop',
    'every unsynced write garbled': () => 'garble',
    'unsynced writes kept, dropped or garbled in turn': (_, n) =>
      (['keep', 'drop', 'garble'] as const)[n % 3]!,
  }

  for (const [name, fate] of Object.entries(fates)) {
    test(`${name}: the folder opens with every acknowledged save`, async () => {
      expect(fsyncs).toBeGreaterThanOrEqual(6)
      for (let crashAt = 1; crashAt <= fsyncs; crashAt++) {
        const dir = await tempDir()
        await fs.cp(base, dir, { recursive: true })
        const sim = new PowerLossFs(crashAt)
        const acked: Acknowledged = { visit: [], directoryRevision: 0 }
        let before = { revision: 0, directory: 0 }
        try {
          const api = await open(dir, sim)
          before = {
            revision: (await api.getVisit(visitId)).revision,
            directory: (await api.getDirectory()).revision,
          }
          await session(api, visitId, acked)
        } catch (err) {
          if (!sim.off) throw err
        }
        let n = 0
        await sim.powerLoss((what) => fate(what, n++))

        const where = `crash at fsync ${crashAt} of ${fsyncs}`
        const after = await open(dir)
        expect((await after.getStorageReport()).quarantined, where).toEqual([])
        const { visit, revision } = await after.getVisit(visitId)
        const last = acked.visit.at(-1)
        expect(revision, where).toBeGreaterThanOrEqual(last?.revision ?? before.revision)
        // The file holds a whole version: the last acknowledged, or the one being saved.
        if (last && revision === last.revision) expect(visit.notes, where).toBe(last.notes)
        if (revision > (last?.revision ?? before.revision))
          expect(visit.notes, where).toBe(acked.inFlightNotes)
        const directory = await after.getDirectory()
        expect(directory.revision, where).toBeGreaterThanOrEqual(acked.directoryRevision)
        expect(directory.directory.people.length, where).toBeGreaterThan(5)
        if (acked.roadSpeedKmh)
          expect((await after.getSettings()).planning.roadSpeedKmh, where).toBe(57)
        await after.close()
        await fs.rm(dir, { recursive: true, force: true })
      }
    }, 180_000)
  }

  test('the simulator is not toothless: a save that skips the fsync of its file loses it', async () => {
    const dir = await tempDir()
    await fs.cp(base, dir, { recursive: true })
    const path = join(dir, 'visits', `${visitId}.json`)
    const sim = new PowerLossFs()
    const handle = await sim.open(`${path}.tmp`, 'wx')
    await handle.writeFile('{"schemaVersion":1,"revision":99}', 'utf8')
    await handle.close()
    await sim.rename(`${path}.tmp`, path)
    const folder = await sim.open(join(dir, 'visits'), 'r')
    await folder.sync()
    await folder.close()
    // Renamed and made durable, but the content itself never reached the disk.
    await sim.powerLoss(() => 'drop')
    expect(await fs.readFile(path, 'utf8')).toBe('')
  })
})
