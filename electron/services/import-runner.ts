import { existsSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { AppError, type Envelope } from '../../shared/api/errors'
import type { ImportDraft } from '../../shared/import/draft'
import type { ReadOptions } from './import-service'

/** What one import may spend: beyond it the worker is stopped and the officer told why. */
export interface ImportBudget {
  timeMs: number
  heapMb: number
}

export const IMPORT_BUDGET: ImportBudget = { timeMs: 10_000, heapMb: 512 }

/** A worker that has not even loaded its reader after this long is given up. */
const BOOT_LIMIT_MS = 60_000

/**
 * The time budget is for a free core: on a machine already busier than its cores (another
 * program compiling, a virus scan) it stretches with the load, up to three times.
 */
export function stretchedForLoad(timeMs: number, load = loadavg()[0]!, cores = cpus().length) {
  const factor = Math.min(3, Math.max(1, load / Math.max(1, cores)))
  return Math.round(timeMs * factor)
}

/**
 * The worker's module: the TypeScript source beside this one where the app runs from source (the
 * node host, tests), the built entry where it runs built (electron-vite's second main entry, in
 * `out/main/`, beside the bundle or one folder up from a chunk).
 */
const workerModule = () => {
  const here = import.meta.url
  if (here.endsWith('.ts')) return new URL('./import-worker.ts', here).href
  const candidates = ['./import-worker.js', '../import-worker.js', '../main/import-worker.js'].map(
    (p) => new URL(p, here),
  )
  return (candidates.find((url) => existsSync(fileURLToPath(url))) ?? candidates[0]!).href
}

// Evaluated as the worker's script: loads the worker module, through tsx when it is source.
const BOOT = `(async () => {
  const { workerData } = require('node:worker_threads')
  if (workerData.module.endsWith('.ts')) (await import('tsx/esm/api')).register()
  await import(workerData.module)
})().catch((err) => { process.nextTick(() => { throw err }) })`

const refused = (key: string, details: Record<string, unknown>) =>
  new AppError('invalid', `import: ${key}`, { key, ...details })

/**
 * Reads a file to import in a worker thread with a time and a heap limit, so that the windows'
 * calls are answered meanwhile and a hostile file costs at most the budget. Answers the draft, or
 * throws an AppError with a translated key (too slow, too big, unreadable), never a raw error.
 */
export async function readImportIsolated(
  fileName: string,
  bytes: Buffer,
  options: ReadOptions,
  budget: ImportBudget = IMPORT_BUDGET,
): Promise<ImportDraft> {
  // Imports wait their turn: two at a time at most, each within its own budget.
  while (running >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve))
  running++
  try {
    return await readInWorker(fileName, bytes, options, budget)
  } finally {
    running--
    waiting.shift()?.()
  }
}

const MAX_WORKERS = 2
let running = 0
const waiting: (() => void)[] = []

function readInWorker(
  fileName: string,
  bytes: Buffer,
  options: ReadOptions,
  budget: ImportBudget,
): Promise<ImportDraft> {
  const copy = new Uint8Array(bytes.byteLength)
  copy.set(bytes)
  let worker: Worker
  try {
    worker = new Worker(BOOT, {
      eval: true,
      workerData: { module: workerModule(), fileName, bytes: copy, options },
      transferList: [copy.buffer],
      resourceLimits: { maxOldGenerationSizeMb: budget.heapMb, maxYoungGenerationSizeMb: 64 },
      stdout: true,
      stderr: true,
    })
  } catch (err) {
    console.error(`Import worker could not start: ${(err as Error).message}`)
    return Promise.reject(refused('import.errors.failed', {}))
  }
  return new Promise<ImportDraft>((resolve, reject) => {
    let settled = false
    const finish = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      outcome()
    }
    const timeout = (ms: number) =>
      setTimeout(
        () =>
          finish(() =>
            reject(refused('import.errors.timeout', { seconds: Math.round(budget.timeMs / 1000) })),
          ),
        ms,
      )
    // Until the worker has its reader loaded, only a generous start-up guard runs; the file's
    // budget starts when the reading does.
    let timer = timeout(BOOT_LIMIT_MS)
    worker.on('message', (message: Envelope<ImportDraft> | { started: true }) => {
      if ('started' in message) {
        clearTimeout(timer)
        timer = timeout(stretchedForLoad(budget.timeMs))
        return
      }
      const envelope = message
      finish(() => {
        if (envelope.ok) resolve(envelope.value)
        else {
          const { code, message, details } = envelope.error
          reject(new AppError(code, message, details))
        }
      })
    })
    worker.once('error', (err: Error & { code?: string }) =>
      finish(() => {
        if (err.code === 'ERR_WORKER_OUT_OF_MEMORY')
          return reject(refused('import.errors.tooComplex', { limitMb: budget.heapMb }))
        // The worker itself failed (its module missing from a build, say): worth a line in the
        // log, which never holds the file's content.
        console.error(`Import worker failed: ${err.code ?? ''} ${err.message}`)
        reject(refused('import.errors.failed', {}))
      }),
    )
    worker.once('exit', () => finish(() => reject(refused('import.errors.failed', {}))))
  })
}
