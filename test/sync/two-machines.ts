// Two "computers" sharing one archive through real Syncthing daemons (Debian's syncthing 1.19):
// each daemon has its own home, listens on 127.0.0.1 only, with discovery, relays, NAT and usage
// reporting off; each computer runs its own node host over its own copy of the folder. The test
// edits on both sides, concurrently and while one daemon is stopped, resolves the conflicts the
// engine leaves through the app's merge, and checks that every acknowledged edit is on both sides.
// Passport data entered on either side is sealed with the department key one made and the other
// imported, and opens on both.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DepartmentKeyStatus, StorageReport, VisitRecord } from '../../shared/api/contract'
import { HostProcess } from '../helpers/host-process'

const FOLDER = 'dp-archive'
const SETTLE_MS = 90_000

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function until<T>(what: string, check: () => Promise<T | undefined>, ms = SETTLE_MS) {
  const end = Date.now() + ms
  for (;;) {
    const value = await check().catch(() => undefined)
    if (value !== undefined) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await sleep(250)
  }
}

class Computer {
  home = ''
  data = ''
  keys = ''
  deviceId = ''
  listen = 0
  gui = 0
  apiKey = `dp-test-${Math.random().toString(36).slice(2, 14)}`
  daemon: ChildProcess | null = null
  host: HostProcess | null = null

  constructor(readonly name: string) {}

  async prepare(root: string) {
    this.home = join(root, `${this.name}-syncthing`)
    this.data = join(root, `${this.name}-archive`)
    this.keys = join(root, `${this.name}-keys`)
    await mkdir(this.data, { recursive: true })
    await mkdir(join(this.data, '.stfolder'), { recursive: true })
    await mkdir(this.keys, { recursive: true })
    execFileSync('syncthing', ['generate', `--home=${this.home}`, '--no-default-folder'], {
      stdio: 'ignore',
    })
    this.deviceId = execFileSync('syncthing', ['serve', `--home=${this.home}`, '--device-id'], {
      encoding: 'utf8',
    }).trim()
    this.listen = await freePort()
    this.gui = await freePort()
  }

  async configure(peer: Computer) {
    const device = (c: Computer) =>
      `<device id="${c.deviceId}" name="${c.name}" compression="metadata" introducer="false"><address>tcp://127.0.0.1:${c.listen}</address></device>`
    const xml = `<configuration version="36">
  <folder id="${FOLDER}" label="archive" path="${this.data}" type="sendreceive" rescanIntervalS="3" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
    <filesystemType>basic</filesystemType>
    <device id="${this.deviceId}"></device>
    <device id="${peer.deviceId}"></device>
    <minDiskFree unit="%">0</minDiskFree>
    <maxConflicts>10</maxConflicts>
  </folder>
  ${device(this)}
  ${device(peer)}
  <gui enabled="true" tls="false"><address>127.0.0.1:${this.gui}</address><apikey>${this.apiKey}</apikey></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:${this.listen}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <startBrowser>false</startBrowser>
    <crashReportingEnabled>false</crashReportingEnabled>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <minHomeDiskFree unit="%">0</minHomeDiskFree>
  </options>
</configuration>
`
    await writeFile(join(this.home, 'config.xml'), xml)
  }

  async startDaemon() {
    this.daemon = spawn(
      'syncthing',
      [
        'serve',
        `--home=${this.home}`,
        '--no-browser',
        '--no-restart',
        `--logfile=${join(this.home, 'log.txt')}`,
      ],
      { stdio: 'ignore', env: { ...process.env, STNODEFAULTFOLDER: '1', STNOUPGRADE: '1' } },
    )
    await until(`${this.name}'s daemon`, async () => {
      const r = await fetch(`http://127.0.0.1:${this.gui}/rest/system/ping`, {
        headers: { 'X-API-Key': this.apiKey },
      })
      return r.ok ? true : undefined
    })
  }

  async stopDaemon() {
    const d = this.daemon
    if (!d || d.exitCode !== null) return
    await new Promise<void>((resolve) => {
      d.once('exit', () => resolve())
      d.kill('SIGTERM')
    })
    this.daemon = null
  }

  async startHost() {
    this.host = new HostProcess(this.data, {
      // Each computer has its own identity, key and preferences, as two laptops do.
      DELEGATION_PLANNER_KEY_FILE: join(this.keys, 'personal-data.key'),
      DELEGATION_PLANNER_PREFERENCES_FILE: join(this.keys, 'preferences.json'),
    })
    await this.host.start()
  }

  async stopHost() {
    await this.host?.stop()
    this.host = null
  }

  call<T>(method: string, args: unknown[] = []): Promise<T> {
    return this.host!.call<T>(method, args).catch((err: unknown) => {
      throw new Error(`${this.name}: ${(err as Error).message}`)
    })
  }
}

/** The visit files as they are on disk: what the engine must make equal on both sides. */
async function visitFiles(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const name of await readdir(join(dir, 'visits')).catch(() => [] as string[]))
    if (name.endsWith('.json') && !name.startsWith('.~dp-'))
      out.set(name, await readFile(join(dir, 'visits', name), 'utf8'))
  return out
}

async function converged(a: Computer, b: Computer): Promise<true | undefined> {
  const [fa, fb] = [await visitFiles(a.data), await visitFiles(b.data)]
  if (fa.size !== fb.size) return undefined
  for (const [name, text] of fa) if (fb.get(name) !== text) return undefined
  const [da, db] = await Promise.all([
    readFile(join(a.data, 'directory.json'), 'utf8').catch(() => ''),
    readFile(join(b.data, 'directory.json'), 'utf8').catch(() => ''),
  ])
  return da === db ? true : undefined
}

/** Resolves every copy the engine left, on the computer that sees it, taking both sides' edits. */
async function resolveCopies(c: Computer): Promise<number> {
  const report = await c.call<StorageReport>('getStorageReport')
  let n = 0
  for (const copy of report.syncConflicts ?? []) {
    try {
      const merge = await c.call<{ revision: number }>('getSyncMerge', [copy.visitId, copy.file])
      await c.call('resolveSyncMerge', [copy.visitId, copy.file, {}, merge.revision])
      n++
    } catch {
      // The other computer merged it first and the engine already took the copy away here, or
      // a newer revision arrived meanwhile: the next round looks again.
    }
  }
  return n
}

async function main() {
  // The node host serves the built window; build it once on a fresh checkout.
  if (!existsSync('out/renderer/index.html'))
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' })
  const root = await mkdtemp(join(tmpdir(), 'dp-sync-'))
  const a = new Computer('laptop-a')
  const b = new Computer('laptop-b')
  let edits = 0
  let resolved = 0
  /** Every acknowledged edit: a visit, and the text its notes or a title must end up with. */
  const expected: { visitId: string; check: (v: VisitRecord['visit']) => boolean; what: string }[] =
    []
  try {
    await a.prepare(root)
    await b.prepare(root)
    await a.configure(b)
    await b.configure(a)
    await a.startDaemon()
    await b.startDaemon()
    await a.startHost()
    await b.startHost()

    // 1. A visit made on A reaches B.
    const made = await a.call<VisitRecord>('createVisitFromTemplate', [
      'tpl-zhambyl-2025',
      { startDate: '2026-12-07' },
    ])
    edits++
    const v1 = made.visit.id
    await until('the new visit on B', async () =>
      (await b.call<VisitRecord>('getVisit', [v1]).catch(() => undefined)) ? true : undefined,
    )

    // 2. Concurrent edits of different visits.
    const onB = await b.call<VisitRecord>('createVisit', [
      {
        title: 'Визит делегации провинции Хэйлунцзян',
        startDate: '2027-03-02',
        endDate: '2027-03-04',
      },
    ])
    const v2 = onB.visit.id
    const cur1 = await a.call<VisitRecord>('getVisit', [v1])
    await Promise.all([
      a.call('saveVisit', [{ ...cur1.visit, notes: 'A: заметка к визиту 1' }, cur1.revision]),
      b.call('saveVisit', [{ ...onB.visit, notes: 'B: заметка к визиту 2' }, onB.revision]),
    ])
    edits += 3
    expected.push(
      {
        visitId: v1,
        what: 'A notes on visit 1',
        check: (v) => v.notes.includes('A: заметка к визиту 1'),
      },
      {
        visitId: v2,
        what: 'B notes on visit 2',
        check: (v) => v.notes.includes('B: заметка к визиту 2'),
      },
    )
    await until('convergence after edits of different visits', () => converged(a, b))
    // Each app has read what the engine delivered (its watcher settles a moment after the file).
    await until('both apps on the same revisions', async () => {
      for (const id of [v1, v2]) {
        const [x, y] = await Promise.all([
          a.call<VisitRecord>('getVisit', [id]),
          b.call<VisitRecord>('getVisit', [id]),
        ])
        if (x.revision !== y.revision) return undefined
      }
      return true
    })

    // 3. The same visit edited on both while B's daemon is stopped: the engine leaves a copy.
    await b.stopDaemon()
    const ra = await a.call<VisitRecord>('getVisit', [v1])
    await a.call('saveVisit', [
      {
        ...ra.visit,
        items: ra.visit.items.map((i) => (i.id === 'i05' ? { ...i, title: `${i.title} (A)` } : i)),
      },
      ra.revision,
    ])
    const rb = await b.call<VisitRecord>('getVisit', [v1])
    await b.call('saveVisit', [
      {
        ...rb.visit,
        items: rb.visit.items.map((i) =>
          i.id === 'i08' ? { ...i, start: '13:00', end: '14:00' } : i,
        ),
      },
      rb.revision,
    ])
    edits += 2
    expected.push(
      {
        visitId: v1,
        what: 'A renamed the meeting',
        check: (v) => v.items.find((i) => i.id === 'i05')!.title.endsWith('(A)'),
      },
      {
        visitId: v1,
        what: 'B moved lunch',
        check: (v) => v.items.find((i) => i.id === 'i08')!.start === '13:00',
      },
    )
    // 4. A directory edit on A while B is away.
    const dir = await a.call<{
      directory: { people: { id: string; phone?: string }[] }
      revision: number
    }>('getDirectory')
    await a.call('saveDirectory', [
      {
        ...dir.directory,
        people: dir.directory.people.map((p) =>
          p.id === 'p-kyalin' ? { ...p, phone: '+7 812 000-00-00' } : p,
        ),
      },
      dir.revision,
    ])
    edits++
    await b.startDaemon()

    // The copy appears on one side or both; whoever sees it merges.
    await until('the two versions of visit 1 to meet', async () => {
      const [ca, cb] = await Promise.all([
        a.call<StorageReport>('getStorageReport'),
        b.call<StorageReport>('getStorageReport'),
      ])
      return (ca.syncConflicts?.length ?? 0) + (cb.syncConflicts?.length ?? 0) > 0
        ? true
        : undefined
    })
    resolved += await resolveCopies(a)
    await sleep(3000)
    resolved += await resolveCopies(b)
    await until('convergence after the merge', async () => {
      const [ca, cb] = await Promise.all([
        a.call<StorageReport>('getStorageReport'),
        b.call<StorageReport>('getStorageReport'),
      ])
      if ((ca.syncConflicts?.length ?? 0) + (cb.syncConflicts?.length ?? 0) > 0) {
        resolved += await resolveCopies(a)
        resolved += await resolveCopies(b)
        return undefined
      }
      return converged(a, b)
    })

    // Every acknowledged edit is on both sides, as each computer's app reads it.
    let lost = 0
    for (const c of [a, b]) {
      await until(`${c.name} to read the merged visit`, async () => {
        const visits = await c.call<unknown[]>('listVisits', [])
        return visits ? true : undefined
      })
      for (const e of expected) {
        const v = await until(
          `${c.name}: ${e.what}`,
          async () => {
            const r = await c.call<VisitRecord>('getVisit', [e.visitId])
            return e.check(r.visit) ? r.visit : undefined
          },
          20_000,
        ).catch(() => undefined)
        if (!v) {
          lost++
          console.error(`lost on ${c.name}: ${e.what}`)
        }
      }
      // The directory edit, as the app on each computer reads it.
      const phone = await until(
        `${c.name}: the directory edit`,
        async () => {
          const d = await c.call<{ directory: { people: { id: string; phone?: string }[] } }>(
            'getDirectory',
          )
          const p = d.directory.people.find((x) => x.id === 'p-kyalin')?.phone
          return p === '+7 812 000-00-00' ? p : undefined
        },
        20_000,
      ).catch(() => undefined)
      if (!phone) {
        lost++
        console.error(`lost on ${c.name}: the directory edit`)
      }
    }

    // 5. Passport data under the department key: made on A, its file imported on B; data entered
    // on either side opens on both, and the shared folder never holds it in the clear.
    const passport = (number: string) => ({ series: 'N', number, expiresOn: '2031-05-01' })
    const setPassport = async (c: Computer, personId: string, number: string) => {
      const d = await c.call<{ directory: { people: { id: string }[] }; revision: number }>(
        'getDirectory',
      )
      await c.call('saveDirectory', [
        {
          ...d.directory,
          people: d.directory.people.map((p) =>
            p.id === personId ? { ...p, passport: passport(number) } : p,
          ),
        },
        d.revision,
      ])
      edits++
    }
    await a.call('createDepartmentKey', ['Комитет по внешним связям'])
    await setPassport(a, 'p-esmagambetova', '11223344')
    const keyFile = await a.call<{ base64: string }>('exportDepartmentKey', ['Жамбыл-2026 весна'])
    await until('B to see the archive’s department key', async () => {
      const k = await b.call<DepartmentKeyStatus>('getDepartmentKey')
      return k.archive && k.sealed.locked === 1 ? true : undefined
    })
    const imported = await b.call<DepartmentKeyStatus>('importDepartmentKey', [
      Buffer.from(keyFile.base64, 'base64').toString('utf8'),
      'Жамбыл-2026 весна',
    ])
    if (imported.opened !== 1) throw new Error(`B opened ${imported.opened} passports, not 1`)
    await setPassport(b, 'p-kyalin', '55667788')
    for (const c of [a, b]) {
      for (const [personId, number] of [
        ['p-esmagambetova', '11223344'],
        ['p-kyalin', '55667788'],
      ] as const) {
        const seen = await until(
          `${c.name}: the passport of ${personId}`,
          async () => {
            const d = await c.call<{
              directory: { people: { id: string; passport?: { number?: string } }[] }
            }>('getDirectory')
            const p = d.directory.people.find((x) => x.id === personId)
            return p?.passport?.number === number ? true : undefined
          },
          30_000,
        ).catch(() => undefined)
        if (!seen) {
          lost++
          console.error(`lost on ${c.name}: the passport of ${personId}`)
        }
      }
      const raw = await readFile(join(c.data, 'directory.json'), 'utf8')
      if (/11223344|55667788|"dp1:/.test(raw))
        throw new Error(`${c.name}: passport data not sealed with the department key`)
    }

    if (resolved === 0)
      throw new Error('the same visit changed on both sides left no conflict to resolve')
    console.log(`sync: ${edits} edits, ${resolved} conflicts resolved, ${lost} lost`)
    if (lost > 0) process.exitCode = 1
  } catch (err) {
    process.exitCode = 1
    throw err
  } finally {
    for (const c of [a, b]) {
      await c.stopHost().catch(() => undefined)
      await c.stopDaemon().catch(() => undefined)
    }
    if (process.exitCode) console.error(`kept for a look: ${root}`)
    else await rm(root, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
