import * as fs from 'node:fs/promises'
import { recordEvents } from '../helpers/events'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runCli } from '../../electron/cli/index'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import { aesBox } from '../../electron/services/personal-data'
import { fixedClock } from '../../shared/time/clock'
import { tempDir } from '../helpers/temp-dir'
import { givePassport } from '../helpers/passport'

const clock = fixedClock('2026-11-28T10:00:00.000Z')
const secrets = aesBox(Buffer.alloc(32, 5))

const openApi = (dataDir: string, watch = false) =>
  createAppApi({ dataDir, bundledDir: repoBundledDir, clock, secrets, watch })

async function zhambylFolder() {
  const dir = await tempDir()
  const api = await openApi(dir)
  await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-12-07' })
  return { dir, api }
}

const read = (dir: string, rel: string) => fs.readFile(join(dir, rel), 'utf8')

describe('the directory is never replaced by an empty one', () => {
  test('a damaged directory.json is restored from its last good revision and the damaged file is kept', async () => {
    const { dir, api } = await zhambylFolder()
    const before = await api.getDirectory()
    const people = before.directory.people.length
    expect(people).toBeGreaterThan(5)
    // The last save is the one the damage hits: the history holds it too.
    const last = await api.saveDirectory(before.directory, before.revision)
    const damaged = (await read(dir, 'directory.json')).slice(0, 300)
    await fs.writeFile(join(dir, 'directory.json'), damaged)

    const reopened = await openApi(dir)
    const after = await reopened.getDirectory()
    expect(after.directory.people).toHaveLength(people)
    expect(after.revision).toBeGreaterThan(last.revision)
    const report = await reopened.getStorageReport()
    const entry = report.quarantined.find((q) => q.file === 'directory.json')
    expect(entry).toMatchObject({ restoredFrom: last.revision, restoredAs: after.revision })
    expect(await read(dir, entry!.movedTo)).toBe(damaged)
    // The restored file is on disk, whole: a third start finds nothing to quarantine.
    const third = await openApi(dir)
    expect((await third.getDirectory()).directory.people).toHaveLength(people)
    expect((await third.getStorageReport()).quarantined).toHaveLength(1)
  })

  test('a second app holding the directory picks up the restored one, never an empty one', async () => {
    const { dir, api: maker } = await zhambylFolder()
    const { directory, revision } = await maker.getDirectory()
    await maker.saveDirectory(directory, revision)
    await maker.close()
    const first = await openApi(dir, true)
    const log = recordEvents(first)
    const second = await openApi(dir)
    const people = (await second.getDirectory()).directory.people.length
    await fs.writeFile(join(dir, 'directory.json'), '\u0000'.repeat(200))
    // The first app's folder watch notices, quarantines the file and restores the last good one.
    await log.until((e) => e.type === 'directory' && e.outside, 'the restored directory')
    const seen = await first.getDirectory()
    expect(seen.directory.people).toHaveLength(people)
    // The second app's save over its older revision is a conflict, not an empty directory.
    const held = await second.getDirectory()
    await expect(second.saveDirectory(held.directory, held.revision)).rejects.toMatchObject({
      code: 'conflict',
    })
    const onDisk = JSON.parse(await read(dir, 'directory.json')) as {
      directory: { people: unknown[] }
    }
    expect(onDisk.directory.people).toHaveLength(people)
    await first.close()
  })

  test('a damaged directory with no good revision is not replaced by an empty file', async () => {
    const dir = await tempDir()
    await openApi(dir)
    await fs.rm(join(dir, 'history', '@directory'), { recursive: true })
    await fs.writeFile(join(dir, 'directory.json'), '{"schemaVersion":1,"revis')
    const api = await openApi(dir)
    expect((await api.getStorageReport()).quarantined.map((q) => q.file)).toEqual([
      'directory.json',
    ])
    await expect(fs.stat(join(dir, 'directory.json'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  test('deleted passport data does not stay in the directory history', async () => {
    const { dir, api } = await zhambylFolder()
    const saved = await givePassport(api)
    await api.saveDirectory(saved.directory, saved.revision)
    const history = join(dir, 'history', '@directory')
    const sealedIn = async () => {
      let n = 0
      for (const name of await fs.readdir(history))
        if ((await fs.readFile(join(history, name), 'utf8')).includes('passportSealed')) n++
      return n
    }
    expect(await sealedIn()).toBeGreaterThan(0)
    const visit = (await api.listVisits())[0]!
    await api.deletePersonalData(visit.id)
    expect(await sealedIn()).toBe(0)
  })
})

describe('settings are never replaced by defaults', () => {
  const newer = JSON.stringify({
    schemaVersion: 2,
    revision: 7,
    planning: { roadSpeedKmh: 55, hostRegion: 'Ленинградская область' },
    costNorms: { sample: false, currency: 'RUB', groups: [{ id: 'g1', name: 'Делегация' }] },
    seededTemplates: ['tpl-zhambyl-2025'],
    somethingNew: { kept: true },
  })

  test('a settings.json from a newer version stays byte-identical after a start, a CLI run and a save attempt', async () => {
    const { dir } = await zhambylFolder()
    await fs.writeFile(join(dir, 'settings.json'), newer)
    const api = await openApi(dir)
    expect((await api.getStorageReport()).refused).toContainEqual({
      file: 'settings.json',
      schemaVersion: 2,
    })
    await expect(
      api.saveSettings({ planning: (await api.getSettings()).planning }),
    ).rejects.toMatchObject({ code: 'io', details: { key: 'error.newerFile' } })
    const io = { out: () => undefined, err: () => undefined }
    expect(await runCli(['list', '--json', '--data-dir', dir], io, repoBundledDir, clock)).toBe(0)
    expect(await read(dir, 'settings.json')).toBe(newer)
  })

  test('a template the officer deleted is not copied in again while the settings are unreadable', async () => {
    const { dir } = await zhambylFolder()
    await fs.unlink(join(dir, 'templates', 'tpl-kz-ambassador-2023.json'))
    await fs.writeFile(join(dir, 'settings.json'), newer)
    const reopened = await openApi(dir)
    expect((await reopened.listTemplates()).map((t) => t.id)).not.toContain(
      'tpl-kz-ambassador-2023',
    )
  })

  test('a damaged settings file is restored from its last good revision', async () => {
    const { dir, api } = await zhambylFolder()
    const settings = await api.getSettings()
    await api.saveSettings({ planning: { ...settings.planning, roadSpeedKmh: 61 } })
    await api.saveSettings({ planning: { ...settings.planning, roadSpeedKmh: 62 } })
    await fs.writeFile(join(dir, 'settings.json'), '{"schemaVersion":1,"plan')
    const reopened = await openApi(dir)
    expect((await reopened.getSettings()).planning.roadSpeedKmh).toBe(62)
    const entry = (await reopened.getStorageReport()).quarantined.find(
      (q) => q.file === 'settings.json',
    )
    expect(entry?.restoredFrom).toBeGreaterThan(1)
  })

  test('fields this version does not know survive a save', async () => {
    const { dir } = await zhambylFolder()
    const file = JSON.parse(await read(dir, 'settings.json')) as Record<string, unknown>
    await fs.writeFile(
      join(dir, 'settings.json'),
      JSON.stringify({ ...file, laterFeature: { on: true } }),
    )
    const api = await openApi(dir)
    const settings = await api.getSettings()
    await api.saveSettings({ planning: { ...settings.planning, roadSpeedKmh: 58 } })
    const after = JSON.parse(await read(dir, 'settings.json')) as Record<string, unknown>
    expect(after.laterFeature).toEqual({ on: true })
    expect((after.planning as { roadSpeedKmh: number }).roadSpeedKmh).toBe(58)
  })
})

describe('files are judged by what they hold', () => {
  test('a visit edited in place with the same size and modification time is validated again', async () => {
    const { dir, api } = await zhambylFolder()
    const id = (await api.listVisits())[0]!.id
    const path = join(dir, 'visits', `${id}.json`)
    await openApi(dir) // the validated catalog now knows the file
    const before = await fs.stat(path)
    const text = await fs.readFile(path, 'utf8')
    const edited = text
      .replace('"status": "draft"', '"status": "drafx"')
      .replace(/"date": "2026-12-07"/, '"date": "2026-99-99"')
    expect(edited).not.toBe(text)
    expect(Buffer.byteLength(edited)).toBe(before.size)
    await fs.writeFile(path, edited)
    await fs.utimes(path, before.atime, before.mtime)

    const reopened = await openApi(dir)
    const visit = await reopened.getVisit(id)
    expect(visit.visit.status).toBe('draft')
    expect(visit.visit.items.every((i) => i.date !== '2026-99-99')).toBe(true)
    expect((await reopened.getStorageReport()).quarantined.map((q) => q.file)).toEqual([
      `visits/${id}.json`,
    ])
  })

  test('bytes that are not UTF-8 are quarantined as they are, never saved over as U+FFFD', async () => {
    const { dir, api } = await zhambylFolder()
    const id = (await api.listVisits())[0]!.id
    const path = join(dir, 'visits', `${id}.json`)
    const text = await fs.readFile(path)
    const at = text.indexOf(Buffer.from('"title": "')) + 10
    const damaged = Buffer.concat([
      text.subarray(0, at),
      Buffer.from([0xff, 0xfe]),
      text.subarray(at),
    ])
    await fs.writeFile(path, damaged)

    const reopened = await openApi(dir)
    const entry = (await reopened.getStorageReport()).quarantined[0]!
    expect(entry).toMatchObject({ file: `visits/${id}.json`, reason: 'not valid UTF-8 text' })
    expect(Buffer.compare(await fs.readFile(join(dir, entry.movedTo)), damaged)).toBe(0)
    // The last good revision is back in its place, without a replacement character anywhere.
    const restored = await fs.readFile(path, 'utf8')
    expect(restored).not.toContain('\uFFFD')
    expect((await reopened.getVisit(id)).visit.title).toBe((await api.getVisit(id)).visit.title)
  })
})
