import * as fs from 'node:fs/promises'
import { recordEvents } from '../helpers/events'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runCli } from '../../electron/cli/index'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import { TEMP_PREFIX } from '../../electron/services/store/atomic-write'
import type { Directory } from '../../shared/domain/directory'
import type { Visit } from '../../shared/domain/visit'
import { tempDir } from '../helpers/temp-dir'

describe('a data folder carried by a sync engine', () => {
  test('the app writes a .stignore for its temporary and per-computer files, once, keeping edits', async () => {
    const dir = await tempDir()
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    await api.close()
    const text = await fs.readFile(join(dir, '.stignore'), 'utf8')
    expect(text).toContain(`(?d)${TEMP_PREFIX}*`)
    expect(text).toContain('/index')
    await fs.writeFile(join(dir, '.stignore'), `${text}// mine\n`)
    await (await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })).close()
    expect(await fs.readFile(join(dir, '.stignore'), 'utf8')).toContain('// mine')
  })

  test('a conflict copy beside a visit is reported, never loaded as the visit, and left as it is', async () => {
    const dir = await tempDir()
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    const made = await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-12-07' })
    const id = made.visit.id
    await api.close()
    // What Syncthing leaves when another computer saved the same visit: its version, renamed.
    const main = join(dir, 'visits', `${id}.json`)
    const file = JSON.parse(await fs.readFile(main, 'utf8')) as {
      revision: number
      visit: { title: string }
    }
    const copyName = `${id}.sync-conflict-20261129-104233-ABCDEF7.json`
    const theirs = {
      ...file,
      revision: file.revision + 1,
      visit: { ...file.visit, title: 'Их версия' },
    }
    await fs.writeFile(join(dir, 'visits', copyName), JSON.stringify(theirs))

    const again = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    expect((await again.listVisits()).filter((v) => v.id === id)).toHaveLength(1)
    const record = await again.getVisit(id)
    expect(record.visit.title).toBe(made.visit.title)
    const report = await again.getStorageReport()
    expect(report.syncConflicts).toEqual([{ visitId: id, file: copyName, engine: 'syncthing' }])
    expect(report.quarantined).toEqual([])
    // Saving goes to the visit's own file; the copy stays for the officer to resolve.
    await again.saveVisit({ ...record.visit, notes: 'правка' }, record.revision)
    await again.close()
    expect(JSON.parse(await fs.readFile(main, 'utf8')).visit.notes).toBe('правка')
    expect(JSON.parse(await fs.readFile(join(dir, 'visits', copyName), 'utf8')).visit.title).toBe(
      'Их версия',
    )

    // The CLI says so: JSON with the conflicts, and exit 0 (nothing is damaged).
    let out = ''
    const code = await runCli(
      ['check', '--json', '--data-dir', dir],
      { out: (t) => (out += t), err: () => undefined },
      repoBundledDir,
    )
    expect(code).toBe(0)
    const json = JSON.parse(out) as { quarantined: unknown[]; syncConflicts: unknown[] }
    expect(json.quarantined).toEqual([])
    expect(json.syncConflicts).toEqual([{ visitId: id, file: copyName, engine: 'syncthing' }])
    // A damaged file still makes it exit non-zero.
    await fs.writeFile(join(dir, 'visits', 'broken.json'), '{')
    expect(
      await runCli(
        ['check', '--json', '--data-dir', dir],
        { out: () => undefined, err: () => undefined },
        repoBundledDir,
      ),
    ).toBe(1)
  })
})

describe('two versions of a visit, merged', () => {
  const A = { id: 'aaaaaaaaaaaaaaaa', name: 'LAPTOP-A', author: 'ivanova' }
  const B = { id: 'bbbbbbbbbbbbbbbb', name: 'LAPTOP-B', author: 'petrov' }

  /** A visit both laptops had at revision 2, then each changed on its own; B's copy beside A's. */
  async function diverged(
    ours: (v: Visit) => Visit,
    theirs: (v: Visit) => Visit,
  ): Promise<{ dir: string; id: string; copy: string }> {
    const dir = await tempDir()
    const a = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir, machine: A })
    const made = await a.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-12-07' })
    const id = made.visit.id
    const shared = await a.saveVisit({ ...made.visit, notes: 'общая версия' }, made.revision)
    await a.close()
    const other = await tempDir()
    await fs.cp(dir, other, { recursive: true })
    const b = await createAppApi({ dataDir: other, bundledDir: repoBundledDir, machine: B })
    await b.saveVisit(theirs(shared.visit), shared.revision)
    await b.close()
    const a2 = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir, machine: A })
    await a2.saveVisit(ours(shared.visit), shared.revision)
    await a2.close()
    const copy = `${id}.sync-conflict-20261129-104233-BBBBBBB.json`
    await fs.copyFile(join(other, 'visits', `${id}.json`), join(dir, 'visits', copy))
    return { dir, id, copy }
  }

  test('changes to different items and fields merge by themselves; the copy goes to the trash', async () => {
    const { dir, id, copy } = await diverged(
      (v) => ({
        ...v,
        items: v.items.map((i) => (i.id === 'i05' ? { ...i, start: '10:30', end: '11:30' } : i)),
      }),
      (v) => ({
        ...v,
        title: `${v.title} (уточнено)`,
        items: v.items.filter((i) => i.id !== 'i04'),
      }),
    )
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir, machine: A })
    const merge = await api.getSyncMerge(id, copy)
    expect(merge).toMatchObject({ hasBase: true, conflicts: [], engine: 'syncthing' })
    expect(merge.theirs).toMatchObject({ name: 'LAPTOP-B', author: 'petrov' })
    expect(merge.ours).toMatchObject({ name: 'LAPTOP-A', author: 'ivanova' })
    expect(merge.taken).toBeGreaterThanOrEqual(2)
    const record = await api.resolveSyncMerge(id, copy, {}, merge.revision)
    expect(record.visit.title).toMatch(/\(уточнено\)$/)
    expect(record.visit.items.some((i) => i.id === 'i04')).toBe(false)
    expect(record.visit.items.find((i) => i.id === 'i05')!.start).toBe('10:30')
    expect((await api.getStorageReport()).syncConflicts).toEqual([])
    await api.close()
    await expect(fs.stat(join(dir, 'visits', copy))).rejects.toThrow()
    expect((await fs.readdir(join(dir, 'trash'))).some((n) => n.endsWith(copy))).toBe(true)
    // The merged revision remembers both laptops' saves.
    const file = JSON.parse(await fs.readFile(join(dir, 'visits', `${id}.json`), 'utf8')) as {
      lineage: { machine: string }[]
    }
    expect(new Set(file.lineage.map((e) => e.machine))).toEqual(new Set([A.id, B.id]))
  })

  test('the same item changed on both laptops is the officer’s choice; a stale revision is refused', async () => {
    const { dir, id, copy } = await diverged(
      (v) => ({
        ...v,
        items: v.items.map((i) => (i.id === 'i05' ? { ...i, title: 'Встреча (A)' } : i)),
      }),
      (v) => ({
        ...v,
        items: v.items.map((i) => (i.id === 'i05' ? { ...i, title: 'Встреча (B)' } : i)),
      }),
    )
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir, machine: A })
    const merge = await api.getSyncMerge(id, copy)
    expect(merge.conflicts.map((c) => c.key)).toEqual(['items:i05'])
    await expect(api.resolveSyncMerge(id, copy, {}, merge.revision - 1)).rejects.toThrow()
    const record = await api.resolveSyncMerge(id, copy, { 'items:i05': 'theirs' }, merge.revision)
    expect(record.visit.items.find((i) => i.id === 'i05')!.title).toBe('Встреча (B)')
    await api.close()
  })
})

describe('changes made from outside while the app runs', () => {
  test('a changed visit, a new copy and a removed visit are picked up and reported to the windows', async () => {
    const dir = await tempDir()
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir, watch: true })
    const made = await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-12-07' })
    const id = made.visit.id
    const seen = recordEvents(api)
    // Our own save is a change of this app, not one from outside.
    await api.saveVisit({ ...made.visit, notes: 'своя правка' }, made.revision)
    expect(seen.events).toContainEqual({ type: 'visit', id, outside: false })
    const path = join(dir, 'visits', `${id}.json`)
    const file = JSON.parse(await fs.readFile(path, 'utf8')) as { revision: number; visit: Visit }
    const changed = {
      ...file,
      revision: file.revision + 1,
      visit: { ...file.visit, title: 'Снаружи' },
    }
    await fs.writeFile(`${path}.part`, JSON.stringify(changed))
    await fs.rename(`${path}.part`, path)
    await seen.until((e) => e.type === 'visit' && e.id === id && e.outside, 'the change outside')
    expect((await api.getVisit(id)).visit.title).toBe('Снаружи')
    expect((await api.searchArchive('снаружи', {})).some((h) => h.visitId === id)).toBe(true)

    const copy = `${id} (conflicted copy 2026-11-29 104233).json`
    await fs.writeFile(join(dir, 'visits', copy), JSON.stringify(file))
    await seen.until((e) => e.type === 'copies', 'the copy')
    expect((await api.getStorageReport()).syncConflicts).toEqual([
      { visitId: id, file: copy, engine: 'nextcloud' },
    ])

    // The directory replaced by the sync engine: read again, the windows told.
    const dirPath = join(dir, 'directory.json')
    const stored = JSON.parse(await fs.readFile(dirPath, 'utf8')) as {
      revision: number
      updatedAt: string
      directory: { venues: { id: string; name: string }[] }
    }
    stored.revision += 1
    stored.updatedAt = '2026-11-29T08:00:00.000Z'
    stored.directory.venues = stored.directory.venues.map((v) =>
      v.id === 'leningrad-npp' ? { ...v, name: 'Ленинградская АЭС-2' } : v,
    )
    await fs.writeFile(`${dirPath}.part`, JSON.stringify(stored))
    await fs.rename(`${dirPath}.part`, dirPath)
    await seen.until((e) => e.type === 'directory' && e.outside, 'the directory')
    expect(
      (await api.getDirectory()).directory.venues.find((v) => v.id === 'leningrad-npp')!.name,
    ).toBe('Ленинградская АЭС-2')

    // A template a colleague saved arrives, is renamed, then removed.
    const seeded = JSON.parse(
      await fs.readFile(join(dir, 'templates', 'tpl-zhambyl-2025.json'), 'utf8'),
    ) as { id: string; title: string }
    const tplPath = join(dir, 'templates', 'tpl-colleague.json')
    await fs.writeFile(
      tplPath,
      JSON.stringify({ ...seeded, id: 'tpl-colleague', title: 'Шаблон коллеги' }),
    )
    await seen.until((e) => e.type === 'templates' && e.outside, 'the template')
    expect((await api.listTemplates()).map((t) => t.title)).toContain('Шаблон коллеги')
    const before = seen.events.length
    await fs.writeFile(
      tplPath,
      JSON.stringify({ ...seeded, id: 'tpl-colleague', title: 'Шаблон коллеги (правка)' }),
    )
    for (let n = 0; n < 100; n++) {
      if ((await api.listTemplates()).some((t) => t.title === 'Шаблон коллеги (правка)')) break
      await new Promise((r) => setTimeout(r, 50))
    }
    expect((await api.listTemplates()).map((t) => t.title)).toContain('Шаблон коллеги (правка)')
    expect(seen.events.slice(before).some((e) => e.type === 'templates')).toBe(true)
    await fs.rm(tplPath)
    for (let n = 0; n < 100; n++) {
      if (!(await api.listTemplates()).some((t) => t.id === 'tpl-colleague')) break
      await new Promise((r) => setTimeout(r, 50))
    }
    expect((await api.listTemplates()).some((t) => t.id === 'tpl-colleague')).toBe(false)

    await fs.rm(path)
    await fs.rm(join(dir, 'visits', copy))
    for (let n = 0; n < 100 && (await api.listVisits()).some((v) => v.id === id); n++)
      await new Promise((r) => setTimeout(r, 50))
    expect((await api.listVisits()).some((v) => v.id === id)).toBe(false)
    await api.close()
  })
})

describe('who has a visit open', () => {
  test('a lease per computer: seen by the other, given up on close, ignored when stale', async () => {
    const dir = await tempDir()
    const A = { id: 'aaaaaaaaaaaaaaaa', name: 'LAPTOP-A', author: 'ivanova' }
    const B = { id: 'bbbbbbbbbbbbbbbb', name: 'LAPTOP-B', author: 'petrov' }
    let now = new Date('2026-11-29T07:42:00.000Z')
    const clock = { now: () => now }
    const a = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir, machine: A, clock })
    const made = await a.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-12-07' })
    const id = made.visit.id
    expect((await a.holdVisit(id)).others).toEqual([])
    const b = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir, machine: B, clock })
    const seen = await b.holdVisit(id)
    expect(seen.others).toEqual([
      { name: 'LAPTOP-A', author: 'ivanova', since: now.toISOString(), renewed: now.toISOString() },
    ])
    expect((await a.holdVisit(id)).others.map((o) => o.author)).toEqual(['petrov'])
    // A closes the visit: B no longer sees it.
    await a.releaseVisit(id)
    expect((await b.holdVisit(id)).others).toEqual([])
    // A lease not renewed for more than three minutes is someone who left without saying so.
    await a.holdVisit(id)
    now = new Date(now.getTime() + 4 * 60_000)
    expect((await b.holdVisit(id)).others).toEqual([])
    // Quitting the app gives up its leases.
    await b.close()
    expect((await fs.readdir(join(dir, 'locks'))).filter((n) => n.includes(B.id))).toEqual([])
    await a.close()
  })
})

describe('the history of a visit', () => {
  test('each revision with who saved it where and what changed; any one can be brought back', async () => {
    const dir = await tempDir()
    const A = { id: 'aaaaaaaaaaaaaaaa', name: 'LAPTOP-A', author: 'ivanova' }
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir, machine: A })
    const made = await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-12-07' })
    const r2 = await api.saveVisit({ ...made.visit, notes: 'вторая' }, made.revision)
    const r3 = await api.saveVisit(
      {
        ...r2.visit,
        items: r2.visit.items.map((i) =>
          i.id === 'i08' ? { ...i, start: '13:00', end: '14:00' } : i,
        ),
      },
      r2.revision,
    )
    const list = await api.listRevisions(made.visit.id)
    expect(list.map((r) => [r.revision, r.current])).toEqual([
      [3, true],
      [2, false],
      [1, false],
    ])
    expect(list[0]).toMatchObject({ name: 'LAPTOP-A', author: 'ivanova' })
    expect(list[0]!.changes.join(' ')).toMatch(/«Обед» \(\d\d\.\d\d\.\d{4}\): время изменено/)
    expect(list[1]!.changes).toEqual(['Изменено: заметки.'])
    const back = await api.restoreRevision(made.visit.id, 1, r3.revision)
    expect(back.revision).toBe(4)
    expect(back.visit.notes).toBe(made.visit.notes)
    expect(back.visit.items.find((i) => i.id === 'i08')!.start).toBe(
      made.visit.items.find((i) => i.id === 'i08')!.start,
    )
    await expect(api.restoreRevision(made.visit.id, 1, r3.revision)).rejects.toThrow()
    await expect(api.restoreRevision(made.visit.id, 99, back.revision)).rejects.toThrow()
    await api.close()
  })
})

describe('the department’s settings and the officer’s own', () => {
  test('the interface language is kept on the computer; norms and rules stay in the shared folder', async () => {
    const prefs = join(await tempDir(), 'preferences.json')
    const shared = await tempDir()
    const api = await createAppApi({
      dataDir: shared,
      bundledDir: repoBundledDir,
      preferencesFile: prefs,
    })
    const saved = await api.saveSettings({
      language: 'en',
      planning: { ...(await api.getSettings()).planning, roadSpeedKmh: 40 },
    })
    expect(saved.language).toBe('en')
    await api.close()
    expect(JSON.parse(await fs.readFile(prefs, 'utf8'))).toEqual({ language: 'en' })
    const folder = JSON.parse(await fs.readFile(join(shared, 'settings.json'), 'utf8')) as {
      language: string
      planning: { roadSpeedKmh: number }
    }
    expect(folder.planning.roadSpeedKmh).toBe(40)
    expect(folder.language).toBe('ru')
    // Another officer on the same shared folder keeps their own language, sees the same rules.
    const other = await createAppApi({
      dataDir: shared,
      bundledDir: repoBundledDir,
      preferencesFile: join(await tempDir(), 'preferences.json'),
    })
    const theirs = await other.getSettings()
    expect(theirs.language).toBe('ru')
    expect(theirs.planning.roadSpeedKmh).toBe(40)
    await other.close()
  })
})

describe('the department’s settings changed on another computer', () => {
  test('read again while running, never saved over from memory, and a copy is merged', async () => {
    const dir = await tempDir()
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir, watch: true })
    const seen = recordEvents(api)
    const path = join(dir, 'settings.json')
    const file = JSON.parse(await fs.readFile(path, 'utf8')) as {
      planning: { roadSpeedKmh: number; nightStart: string; letterhead: { contacts: string } }
      costNorms: { sample: boolean }
    }
    // Another officer's laptop set the road speed; the sync engine replaces the file.
    const theirs = { ...file, planning: { ...file.planning, roadSpeedKmh: 35 } }
    await fs.writeFile(`${path}.part`, JSON.stringify(theirs))
    await fs.rename(`${path}.part`, path)
    await seen.until((e) => e.type === 'settings' && e.outside, 'the settings')
    expect((await api.getSettings()).planning.roadSpeedKmh).toBe(35)
    // Replaced again, and this officer saves the norms before the app has looked: kept both.
    await fs.writeFile(
      path,
      JSON.stringify({ ...theirs, planning: { ...theirs.planning, nightStart: '23:00' } }),
    )
    const norms = { ...(await api.getSettings()).costNorms, sample: false }
    await api.saveSettings({ costNorms: norms })
    const saved = JSON.parse(await fs.readFile(path, 'utf8')) as typeof file
    expect(saved.planning.nightStart).toBe('23:00')
    expect(saved.costNorms.sample).toBe(false)
    await api.close()

    // Two laptops apart: a Syncthing copy with the approved norms and a letterhead phone.
    const copy = {
      ...saved,
      planning: {
        ...saved.planning,
        nightStart: '22:00',
        letterhead: { ...saved.planning.letterhead, contacts: '+7 812 000' },
      },
    }
    await fs.writeFile(
      join(dir, 'settings.sync-conflict-20261129-104233-PETROV7.json'),
      JSON.stringify(copy),
    )
    const again = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    const report = await again.getStorageReport()
    expect(report.settingsCopies).toEqual([
      expect.objectContaining({
        file: 'settings.sync-conflict-20261129-104233-PETROV7.json',
        taken: ['planning.letterhead'],
        differing: ['planning.nightStart'],
      }),
    ])
    const merged = await again.getSettings()
    expect(merged.planning.letterhead.contacts).toBe('+7 812 000')
    expect(merged.planning.nightStart).toBe('23:00')
    await fs.access(join(dir, report.settingsCopies![0]!.movedTo))
    await again.close()
  })
})

describe('two versions of the directory', () => {
  test('the copy is merged into the directory at start and while running; nothing either side added is lost', async () => {
    const dir = await tempDir()
    const api = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-12-07' })
    const shared = JSON.parse(await fs.readFile(join(dir, 'directory.json'), 'utf8')) as {
      revision: number
      directory: Directory
    }
    // This computer adds a phone number to Kyalin...
    const ours = await api.getDirectory()
    await api.saveDirectory(
      {
        ...ours.directory,
        people: ours.directory.people.map((p) =>
          p.id === 'p-kyalin' ? { ...p, phone: '+7 812 111-11-11' } : p,
        ),
      },
      ours.revision,
    )
    await api.close()
    // ...while the other added a person and gave Kyalin an e-mail and another position.
    const theirs = {
      ...shared,
      revision: shared.revision + 1,
      directory: {
        ...shared.directory,
        people: [
          ...shared.directory.people.map((p) =>
            p.id === 'p-kyalin'
              ? { ...p, email: 'kyalin@example.org', position: 'Вице-губернатор (уточнено)' }
              : p,
          ),
          {
            id: 'p-new-colleague',
            fullName: 'Петров Пётр Петрович',
            position: 'Консультант',
            side: 'host',
            precedence: 50,
            languages: ['ru'],
          },
        ],
      },
    }
    const copy = 'directory.sync-conflict-20261129-104233-PETROV7.json'
    await fs.writeFile(join(dir, copy), JSON.stringify(theirs))

    const again = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir })
    const people = (await again.getDirectory()).directory.people
    const kyalin = people.find((p) => p.id === 'p-kyalin')!
    expect(kyalin.phone).toBe('+7 812 111-11-11')
    expect(kyalin.email).toBe('kyalin@example.org')
    expect(kyalin.position).not.toBe('Вице-губернатор (уточнено)')
    expect(people.some((p) => p.id === 'p-new-colleague')).toBe(true)
    const report = await again.getStorageReport()
    expect(report.directoryCopies).toEqual([
      expect.objectContaining({
        file: copy,
        added: ['Петров Пётр Петрович'],
        differing: [kyalin.fullName],
      }),
    ])
    const movedTo = report.directoryCopies![0]!.movedTo
    expect(await fs.readFile(join(dir, movedTo), 'utf8')).toContain('Вице-губернатор (уточнено)')
    await expect(fs.stat(join(dir, copy))).rejects.toThrow()
    await again.close()

    // While running: a Nextcloud copy of the directory appears and is merged.
    const live = await createAppApi({ dataDir: dir, bundledDir: repoBundledDir, watch: true })
    const seen = recordEvents(live)
    const later = JSON.parse(await fs.readFile(join(dir, 'directory.json'), 'utf8')) as {
      directory: Directory
    }
    const venue = {
      ...later.directory.venues[0]!,
      id: 'v-colleague',
      name: 'Выставочный центр «Экспофорум»',
    }
    await fs.writeFile(
      join(dir, 'directory (conflicted copy 2026-11-29 110000).json'),
      JSON.stringify({
        ...later,
        directory: { ...later.directory, venues: [...later.directory.venues, venue] },
      }),
    )
    await seen.until((e) => e.type === 'directory' && e.outside, 'the merged copy')
    expect((await live.getDirectory()).directory.venues.some((v) => v.id === 'v-colleague')).toBe(
      true,
    )
    await live.close()
  })
})
