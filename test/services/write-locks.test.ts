import * as fs from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import { aesBox } from '../../electron/services/personal-data'
import { Store } from '../../electron/services/store/open-store'
import { StoredDirectoryFileSchema } from '../../electron/services/store/schema'
import { WriteLocks, type LockFs } from '../../electron/services/store/write-lock'
import { AppError } from '../../shared/api/errors'
import { exportFileName } from '../../shared/exports/file-name'
import { fixedClock } from '../../shared/time/clock'
import { tempDir } from '../helpers/temp-dir'
import { givePassport } from '../helpers/passport'

const clock = fixedClock('2026-11-28T10:00:00.000Z')
// Short enough for a test, long enough that a loaded machine's pauses (the event loop of a busy
// test worker can stall for most of a second under stress-ng) never look like a dead holder.
const quick = { staleMs: 1_500, renewMs: 100, waitMs: 10_000 }

describe('write locks', () => {
  test('a holder whose task outlasts the stale time keeps its lock: it renews it', async () => {
    const dir = await tempDir()
    const a = new WriteLocks(dir, 'computer-a', undefined, quick)
    const b = new WriteLocks(dir, 'computer-b', undefined, quick)
    const order: string[] = []
    const first = a.run('visit-x', async () => {
      order.push('a in')
      // Three stale times long: only the renewals keep b out.
      await new Promise((resolve) => setTimeout(resolve, quick.staleMs * 3))
      order.push('a out')
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    const second = b.run('visit-x', async () => void order.push('b in'))
    await Promise.all([first, second])
    expect(order).toEqual(['a in', 'a out', 'b in'])
  })

  test('a lock another computer left behind is broken once it stayed unchanged for the stale time', async () => {
    const dir = await tempDir()
    await fs.writeFile(join(dir, '.~dp-visit-y.lock'), 'computer-z 4242 deadbeef')
    const locks = new WriteLocks(dir, 'computer-a', undefined, quick)
    let ran = false
    await locks.run('visit-y', async () => void (ran = true))
    expect(ran).toBe(true)
    await expect(fs.stat(join(dir, '.~dp-visit-y.lock'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  test('a lock appears with its holder already in it (a kill can never leave an empty lock)', async () => {
    const dir = await tempDir()
    const seenAtBirth: string[] = []
    const watching: LockFs = {
      open: (p, f, m) => fs.open(p, f, m),
      readFile: (p, e) => fs.readFile(p, e),
      writeFile: (p, d, flag) => fs.writeFile(p, d, { flag }),
      rename: (a, b) => fs.rename(a, b),
      link: async (a, b) => {
        await fs.link(a, b)
        // The moment the lock's name exists: a process killed now leaves this behind.
        seenAtBirth.push(await fs.readFile(b, 'utf8'))
      },
      unlink: (p) => fs.unlink(p),
      mkdir: (p) => fs.mkdir(p, { recursive: true }),
    }
    const locks = new WriteLocks(dir, 'computer-a', watching, quick)
    for (let n = 0; n < 5; n++) await locks.run('visit-w', async () => undefined)
    expect(seenAtBirth).toHaveLength(5)
    for (const holder of seenAtBirth) expect(holder).toMatch(/^computer-a \d+ [0-9a-f]+$/)
  })

  test('a lock of a process of this computer that is gone is broken at once', async () => {
    const dir = await tempDir()
    // No process has this number on Linux (pid_max is at most 2^22).
    await fs.writeFile(join(dir, '.~dp-visit-z.lock'), 'computer-a 99999999 deadbeef')
    const slow = { ...quick, staleMs: 60_000 }
    const locks = new WriteLocks(dir, 'computer-a', undefined, slow)
    const started = Date.now()
    await locks.run('visit-z', async () => undefined)
    expect(Date.now() - started).toBeLessThan(30_000)
  })

  test('a folder where no lock can be made answers the officer’s read-only message, not an internal error', async () => {
    const dir = await tempDir()
    const store = await Store.open({ dataDir: dir, clock })
    const refusing: LockFs = {
      open: async () => {
        throw Object.assign(new Error('read-only file system'), { code: 'EROFS' })
      },
      readFile: (p, e) => fs.readFile(p, e),
      writeFile: async () => {
        throw Object.assign(new Error('read-only file system'), { code: 'EROFS' })
      },
      rename: (a, b) => fs.rename(a, b),
      link: (a, b) => fs.link(a, b),
      unlink: (p) => fs.unlink(p),
      mkdir: (p) => fs.mkdir(p, { recursive: true }),
    }
    Object.assign(store, { locks: new WriteLocks(dir, 'computer-a', refusing, quick) })
    const err = await store.withLock('settings', async () => 'written').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).details).toMatchObject({ key: 'store.readOnly' })
  })

  test('the lock names the computer by its id and its host name', async () => {
    const dir = await tempDir()
    const store = await Store.open({ dataDir: dir, clock, owner: 'a1b2c3d4e5f60718' })
    let holder = ''
    await store.withLock('visit-n', async () => {
      holder = await fs.readFile(join(dir, 'locks', '.~dp-visit-n.lock'), 'utf8')
    })
    expect(holder.split(' ')[0]).toBe(`a1b2c3d4e5f60718@${hostname().replace(/\s/g, '')}`)
  })
})

describe('two processes meeting one damaged file', () => {
  test('both find the directory restored, neither finds it missing, and it is quarantined once', async () => {
    const dir = await tempDir()
    const api = await createAppApi({
      dataDir: dir,
      bundledDir: repoBundledDir,
      clock,
      secrets: aesBox(Buffer.alloc(32, 4)),
    })
    await api.createVisitFromTemplate('tpl-zhambyl-2025')
    const people = (await api.getDirectory()).directory.people.length
    await fs.writeFile(join(dir, 'directory.json'), '{"schemaVersion":1,"revision":3,')
    const [one, two] = await Promise.all([
      Store.open({ dataDir: dir, clock, owner: 'one' }),
      Store.open({ dataDir: dir, clock, owner: 'two' }),
    ])
    const [a, b] = await Promise.all([
      one.load('directory.json', StoredDirectoryFileSchema),
      two.load('directory.json', StoredDirectoryFileSchema),
    ])
    for (const loaded of [a, b]) {
      expect(loaded.status).toBe('ok')
      if (loaded.status === 'ok') expect(loaded.doc.data.directory.people).toHaveLength(people)
    }
    const kept = (await fs.readdir(join(dir, 'quarantine'))).filter(
      (n) => !n.endsWith('.reason.json'),
    )
    expect(kept).toHaveLength(1)
  })
})

describe('a damaged file with no good revision is not filled in by itself', () => {
  test('a template does not write a near-empty directory; the officer is told why', async () => {
    const dir = await tempDir()
    const options = { dataDir: dir, bundledDir: repoBundledDir, clock }
    await createAppApi(options)
    await fs.rm(join(dir, 'history', '@directory'), { recursive: true })
    await fs.writeFile(join(dir, 'directory.json'), '{"schemaVersion":1,"revis')
    const api = await createAppApi(options)
    await expect(api.createVisitFromTemplate('tpl-zhambyl-2025')).rejects.toMatchObject({
      details: { key: 'error.directoryUnrecovered' },
    })
    await expect(fs.stat(join(dir, 'directory.json'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  test('damaged settings with no good revision do not bring back the templates the officer deleted', async () => {
    const dir = await tempDir()
    const options = { dataDir: dir, bundledDir: repoBundledDir, clock }
    await createAppApi(options)
    await fs.unlink(join(dir, 'templates', 'tpl-kz-ambassador-2023.json'))
    await fs.rm(join(dir, 'history', '@settings'), { recursive: true, force: true })
    await fs.writeFile(join(dir, 'settings.json'), '{"schemaVersion":1,"plan')
    const api = await createAppApi(options)
    expect((await api.listTemplates()).map((t) => t.id)).not.toContain('tpl-kz-ambassador-2023')
    await expect(fs.stat(join(dir, 'settings.json'))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

describe('deleted passport data leaves no copy behind', () => {
  test('trash, quarantine and history copies of the directory lose it too', async () => {
    const dir = await tempDir()
    const api = await createAppApi({
      dataDir: dir,
      bundledDir: repoBundledDir,
      clock,
      secrets: aesBox(Buffer.alloc(32, 4)),
    })
    const made = await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-11-10' })
    await givePassport(api, { series: 'N', number: '98765432' })
    const current = await fs.readFile(join(dir, 'directory.json'), 'utf8')
    await fs.writeFile(join(dir, 'trash', '2026-11-01.directory.sync-conflict-1.json'), current)
    await fs.writeFile(join(dir, 'quarantine', 'x-directory.json'), current.slice(0, -40))
    await api.deletePersonalData(made.visit.id)
    for (const folder of ['trash', 'quarantine', 'history/@directory'])
      for (const name of await fs.readdir(join(dir, folder))) {
        const text = await fs.readFile(join(dir, folder, name), 'utf8')
        expect(text, `${folder}/${name}`).not.toMatch(/"passportSealed": "dp/)
      }
  })
})

test('an exported file name never carries bidirectional controls', () => {
  expect(exportFileName(['Справка', 'Визит \u202Efdp.exe'], 'pdf')).toBe(
    'Справка — Визит fdp.exe.pdf',
  )
})
