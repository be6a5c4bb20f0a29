// Save latency against a single-file lowdb baseline and the raw floor, and the node host's peak
// memory, on generated archives. Numbers, not tests: `npm run bench` prints them.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import { Store } from '../../electron/services/store/open-store'
import { VisitsService } from '../../electron/services/visits-service'
import { systemClock } from '../../shared/time/clock'
import type { Visit } from '../../shared/domain/visit'
import { writeArchive } from './archive-data'

export interface StorageFigures {
  rows: { name: string; budgetMs?: number; runs: number; medianMs: number; p95Ms: number }[]
  figures: Record<string, number>
}

const quantile = (times: number[], q: number) => {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}

/** The raw floor: write the same bytes to a temporary file, fsync it, rename it over the target. */
async function floorWrite(dir: string, bytes: string): Promise<void> {
  const temp = join(dir, 'floor.tmp')
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temp, join(dir, 'floor.json'))
}

/** Editing saves: a few visits, each saved many times, as an officer edits one visit at a time. */
const VISITS_EDITED = 10
const SAVES_PER_VISIT = 20

export async function storageRows(
  sample: Visit,
  counts = [100, 1000, 5000],
): Promise<StorageFigures> {
  const rows: StorageFigures['rows'] = []
  const figures: Record<string, number> = {}
  for (const count of counts) {
    const dataDir = await mkdtemp(join(tmpdir(), 'dp-save-'))
    try {
      await writeArchive(dataDir, count, sample)
      // Files older than the catalog's racy window, as an archive's are (see VisitCatalog).
      await new Promise((resolve) => setTimeout(resolve, 6000))
      const api = await createAppApi({ dataDir, bundledDir: repoBundledDir })
      const list = await api.listVisits()
      const first: number[] = []
      const saves: number[] = []
      const floor: number[] = []
      for (let v = 0; v < VISITS_EDITED; v++) {
        let record = await api.getVisit(list[(v * 37) % list.length]!.id)
        const bytes = await readFile(join(dataDir, 'visits', `${record.visit.id}.json`), 'utf8')
        for (let n = 0; n <= SAVES_PER_VISIT; n++) {
          // The floor and the save alternate, so both meet the same disk conditions.
          const f0 = performance.now()
          await floorWrite(dataDir, bytes)
          if (n > 0) floor.push(performance.now() - f0)
          const t0 = performance.now()
          record = await api.saveVisit({ ...record.visit, notes: `правка ${n}` }, record.revision)
          ;(n === 0 ? first : saves).push(performance.now() - t0)
        }
      }
      await api.close()
      const p50 = quantile(saves, 0.5)
      const floorP50 = quantile(floor, 0.5)
      rows.push(
        {
          name: `Save, ${count} visits: p50 (budget: 2 × floor)`,
          budgetMs: count === 5000 ? 2 * floorP50 : undefined,
          runs: saves.length,
          medianMs: p50,
          p95Ms: quantile(saves, 0.95),
        },
        {
          name: `Save, ${count} visits: p99`,
          runs: saves.length,
          medianMs: quantile(saves, 0.99),
          p95Ms: quantile(saves, 0.99),
        },
        {
          name: `Save, ${count} visits: first save of a visit after start`,
          runs: first.length,
          medianMs: quantile(first, 0.5),
          p95Ms: quantile(first, 0.95),
        },
        {
          name: `Raw floor (write + fsync + rename, same bytes), ${count} visits`,
          runs: floor.length,
          medianMs: floorP50,
          p95Ms: quantile(floor, 0.95),
        },
      )
      if (count === 5000 || count === counts.at(-1)) {
        figures.save_p50_ms = p50
        figures.save_p99_ms = quantile(saves, 0.99)
        figures.save_first_p50_ms = quantile(first, 0.5)
        figures.save_floor_p50_ms = floorP50
        figures.save_ratio_to_floor = p50 / floorP50
        const baseline = await singleFileBaseline(dataDir, list.length)
        figures.save_baseline_p50_ms = baseline
        figures.save_speedup_over_baseline = baseline / p50
        rows.push({
          name: `Single-file lowdb baseline (all ${count} visits in one file): one save`,
          budgetMs: undefined,
          runs: 5,
          medianMs: baseline,
          p95Ms: baseline,
        })
        // The first start after an upgrade (or with the index removed) rebuilds the search index
        // from every visit file; every later start reads it. Both are reported; the budget holds
        // for the usual start.
        figures.host_rebuild_peak_rss_mb = await hostPeakRss(dataDir)
        figures.host_peak_rss_mb = await hostPeakRss(dataDir)
        rows.push(...(await syncRows(dataDir, count)))
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  }
  return { rows, figures }
}

/**
 * A shared archive: the update after one visit file was replaced from outside (as a sync engine
 * does), and the full comparison of every file with what is loaded (the safety net).
 */
async function syncRows(dataDir: string, count: number): Promise<StorageFigures['rows']> {
  const store = await Store.open({ dataDir, clock: systemClock })
  const visits = await VisitsService.open(store, () => 'x')
  await visits.noteStamps()
  const ids = visits.list().map((v) => v.id)
  const one: number[] = []
  for (let n = 0; n < 20; n++) {
    const id = ids[(n * 53) % ids.length]!
    const path = join(dataDir, 'visits', `${id}.json`)
    const file = JSON.parse(await readFile(path, 'utf8')) as { revision: number; visit: Visit }
    file.revision += 1
    file.visit = { ...file.visit, notes: `с другого компьютера ${n}` }
    await writeFile(`${path}.part`, JSON.stringify(file))
    await rename(`${path}.part`, path)
    const t0 = performance.now()
    const result = await visits.refreshFile(`${id}.json`)
    one.push(performance.now() - t0)
    if (result.kind !== 'changed') throw new Error(`external change not seen: ${result.kind}`)
  }
  const scans: number[] = []
  for (let n = 0; n < 5; n++) {
    const t0 = performance.now()
    await visits.rescan()
    scans.push(performance.now() - t0)
  }
  return [
    {
      name: `Shared archive, ${count} visits: update after one external change`,
      budgetMs: 20,
      runs: one.length,
      medianMs: quantile(one, 0.5),
      p95Ms: quantile(one, 0.95),
    },
    {
      name: `Shared archive, ${count} visits: full rescan for changes`,
      budgetMs: 1000,
      runs: scans.length,
      medianMs: quantile(scans, 0.5),
      p95Ms: quantile(scans, 0.95),
    },
  ]
}

/** The whole archive as one lowdb file, as a naive app would keep it: one visit changed, all written. */
async function singleFileBaseline(dataDir: string, count: number): Promise<number> {
  const visits: unknown[] = []
  const names = (await readdir(join(dataDir, 'visits'))).filter((n) => n.endsWith('.json'))
  for (const name of names.slice(0, count))
    visits.push(JSON.parse(await readFile(join(dataDir, 'visits', name), 'utf8')))
  const db = new Low<{ visits: { visit: { notes: string } }[] }>(
    new JSONFile(join(dataDir, 'single-file-db.json')),
    { visits: visits as { visit: { notes: string } }[] },
  )
  await db.write()
  const times: number[] = []
  for (let n = 0; n < 5; n++) {
    db.data.visits[n]!.visit.notes = `правка ${n}`
    const t0 = performance.now()
    await db.write()
    times.push(performance.now() - t0)
  }
  return quantile(times, 0.5)
}

/** Starts the browser-mode host on the archive, drives it a little, and reads its peak RSS. */
async function hostPeakRss(dataDir: string): Promise<number> {
  // The built host, as `npm start` runs it (tsx's transpiler would count in the memory).
  const built = existsSync('out/node-host/index.js')
  const entry = built
    ? ['out/node-host/index.js']
    : ['--import', 'tsx', 'electron/node-host/main.ts']
  const child = spawn(process.execPath, [...entry, '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const found = /Delegation Planner at (http:\/\/\S+)/.exec(out)
        if (found) resolve(found[1]!)
      })
      child.once('exit', (code) => reject(new Error(`host exited ${code}`)))
    })
    const call = async (method: string, args: unknown[] = []) => {
      const response = await fetch(new URL('/api/call', url), {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Origin: new URL(url).origin,
          Authorization: `Bearer ${new URL(url).searchParams.get('token')}`,
        },
        body: JSON.stringify({ method, args }),
      })
      return ((await response.json()) as { value: unknown }).value
    }
    const list = (await call('listVisits')) as { id: string }[]
    for (const q of ['Жамбылская область', 'меморандум', 'Zhambyl'])
      await call('searchArchive', [q, {}])
    for (const v of list.slice(0, 20)) await call('getVisit', [v.id])
    await call('archiveOverview')
    await call('listAgreements')
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8')
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0)
    return kb / 1024
  } finally {
    // Closed as an officer closes it: the index and the catalog are written before it exits.
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
}
