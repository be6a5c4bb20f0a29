// Two laptops on one network share: two node hosts over one data folder, two windows each, all
// saving the same visit as fast as they can. Every save appends its own mark to the visit's notes
// over the revision it read; a conflict reads again and retries. Compare-and-swap holds when no
// revision is acknowledged twice and the visit on disk at the end carries every acknowledged mark.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { VisitRecord } from '../../shared/api/contract'
import type { Envelope } from '../../shared/api/errors'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import { aesBox } from '../../electron/services/personal-data'
import { HostProcess } from '../helpers/host-process'

export interface TwoWritersResult {
  acknowledged: number
  conflicts: number
  /** Revisions acknowledged to more than one writer. */
  twice: number[]
  /** Acknowledged marks missing from the visit on disk at the end. */
  lost: string[]
  finalRevision: number
}

async function rawCall<T>(
  host: HostProcess,
  method: string,
  args: unknown[],
): Promise<Envelope<T>> {
  const response = await fetch(new URL('/api/call', host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify({ method, args }),
  })
  return (await response.json()) as Envelope<T>
}

/** Runs the two hosts for `seconds` over a fresh folder and checks what they acknowledged. */
export async function twoWriters(seconds: number): Promise<TwoWritersResult> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dp-two-writers-'))
  const api = await createAppApi({
    dataDir,
    bundledDir: repoBundledDir,
    secrets: aesBox(Buffer.alloc(32, 1)),
  })
  const visitId = (await api.createVisitFromTemplate('tpl-zhambyl-2025')).visit.id
  await api.close()
  // Two computers: each its own key folder (and so its own identity) and preferences.
  const hosts = ['a', 'b'].map(
    (name) =>
      new HostProcess(dataDir, {
        DELEGATION_PLANNER_KEY_FILE: join(`${dataDir}.${name}.keys`, 'personal-data.key'),
        DELEGATION_PLANNER_PREFERENCES_FILE: `${dataDir}.${name}.preferences.json`,
      }),
  )
  const acked = new Map<number, string[]>()
  let conflicts = 0
  try {
    await Promise.all(hosts.map((h) => h.start()))
    const until = Date.now() + seconds * 1000
    const writer = async (host: HostProcess, name: string) => {
      let n = 0
      while (Date.now() < until) {
        const got = await rawCall<VisitRecord>(host, 'getVisit', [visitId])
        if (!got.ok) throw new Error(`${name}: getVisit ${got.error.message}`)
        const mark = `${name}${++n};`
        const { visit, revision } = got.value
        const saved = await rawCall<VisitRecord>(host, 'saveVisit', [
          { ...visit, notes: `${visit.notes}${mark}`.slice(-20_000) },
          revision,
        ])
        if (saved.ok) {
          const list = acked.get(saved.value.revision) ?? []
          list.push(mark)
          acked.set(saved.value.revision, list)
        } else if (saved.error.code === 'conflict') conflicts++
        else throw new Error(`${name}: saveVisit ${saved.error.code} ${saved.error.message}`)
      }
    }
    await Promise.all([
      writer(hosts[0]!, 'a'),
      writer(hosts[0]!, 'A'),
      writer(hosts[1]!, 'b'),
      writer(hosts[1]!, 'B'),
    ])
  } finally {
    await Promise.all(hosts.map((h) => h.stop()))
  }
  try {
    const file = JSON.parse(await readFile(join(dataDir, 'visits', `${visitId}.json`), 'utf8')) as {
      revision: number
      visit: { notes: string }
    }
    const marks = new Set(file.visit.notes.match(/[aAbB]\d+;/g) ?? [])
    const all = [...acked.values()].flat()
    return {
      acknowledged: all.length,
      conflicts,
      twice: [...acked].filter(([, m]) => m.length > 1).map(([r]) => r),
      lost: all.filter((m) => !marks.has(m)),
      finalRevision: file.revision,
    }
  } finally {
    if (process.env.KEEP_TWO_WRITERS) console.log('kept', dataDir)
    else await rm(dataDir, { recursive: true, force: true })
    for (const name of ['a', 'b']) {
      await rm(`${dataDir}.${name}.preferences.json`, { force: true })
      await rm(`${dataDir}.${name}.keys`, { recursive: true, force: true })
    }
  }
}

/** `npm run test:soak -- --two-writers [--seconds 30]` */
async function main() {
  const at = process.argv.indexOf('--seconds')
  const seconds = at > 0 ? Number(process.argv[at + 1]) : 30
  const r = await twoWriters(seconds)
  if (r.lost.length) console.log('lost', r.lost, 'twice', r.twice)
  console.log(
    `Two writers: 2 hosts × 2 windows on one folder for ${seconds} s: ${r.acknowledged} saves acknowledged, ${r.conflicts} conflicts, ${r.twice.length} revisions acknowledged twice, ${r.lost.length} acknowledged saves lost (final revision ${r.finalRevision}).`,
  )
  if (r.twice.length || r.lost.length) process.exitCode = 1
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
