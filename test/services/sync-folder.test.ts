import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runCli } from '../../electron/cli/index'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import { TEMP_PREFIX } from '../../electron/services/store/atomic-write'
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
