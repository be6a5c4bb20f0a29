// Kills a saving process with SIGKILL at random moments and checks, after each kill, that every
// acknowledged save is on disk, whole, and that opening the folder quarantines nothing.
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import { VisitFileSchema } from '../../electron/services/store/schema'

const saver = fileURLToPath(new URL('./saver.ts', import.meta.url))

export interface CycleResult {
  acked: number
  lost: string[]
  quarantined: number
}

/** One cycle: start the saver, let it save for `runMs`, kill it, verify the folder. */
export async function crashCycle(dataDir: string, runMs: number): Promise<CycleResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', saver, dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const acked = new Map<string, { revision: number; notesLength: number }>()
  let count = 0
  let buffer = ''
  let errors = ''
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      let nl: number
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl)
        buffer = buffer.slice(nl + 1)
        if (line === 'ready') resolve()
        const m = /^ack (\S+) (\d+) (\d+)$/.exec(line)
        if (m) {
          acked.set(m[1]!, { revision: Number(m[2]), notesLength: Number(m[3]) })
          count++
        }
      }
    })
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`saver exited (${code ?? signal}): ${errors}`))
    })
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await ready
  await new Promise((resolve) => setTimeout(resolve, runMs))
  child.kill('SIGKILL')
  await exited

  const lost: string[] = []
  for (const [id, want] of acked) {
    try {
      const file = VisitFileSchema.parse(
        JSON.parse(await readFile(join(dataDir, 'visits', `${id}.json`), 'utf8')),
      )
      // A save may have landed after its acknowledgement was due: never older than acknowledged.
      if (file.revision < want.revision)
        lost.push(`${id}: revision ${file.revision} < ${want.revision}`)
      if (file.revision === want.revision && file.visit.notes.length !== want.notesLength)
        lost.push(`${id}: revision ${want.revision} has other content`)
    } catch (err) {
      lost.push(`${id}: ${(err as Error).message}`)
    }
  }
  const api = await createAppApi({ dataDir, bundledDir: repoBundledDir })
  const report = await api.getStorageReport()
  await api.close()
  return { acked: count, lost, quarantined: report.quarantined.length }
}

/** `npm run test:soak [-- --cycles N]`: the full loop, with figures. */
async function main() {
  const { mkdtemp, rm } = await import('node:fs/promises')
  const { tmpdir } = await import('node:os')
  const at = process.argv.indexOf('--cycles')
  const cycles = at > 0 ? Number(process.argv[at + 1]) : 1000
  const dataDir = await mkdtemp(join(tmpdir(), 'dp-soak-'))
  let acked = 0
  let failures = 0
  const t0 = Date.now()
  try {
    for (let n = 1; n <= cycles; n++) {
      const result = await crashCycle(dataDir, 20 + Math.floor(Math.random() * 200))
      acked += result.acked
      if (result.lost.length || result.quarantined) {
        failures++
        console.error(
          `cycle ${n}: lost ${JSON.stringify(result.lost)}, quarantined ${result.quarantined}`,
        )
      }
      if (n % 50 === 0 || n === cycles)
        console.log(`${n}/${cycles} cycles, ${acked} acknowledged saves, ${failures} failed cycles`)
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
  console.log(
    `Crash loop: ${cycles} SIGKILLs, ${acked} acknowledged saves checked, ${failures} cycles lost data or quarantined a file (${((Date.now() - t0) / 1000).toFixed(0)} s).`,
  )
  if (failures) process.exitCode = 1
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
