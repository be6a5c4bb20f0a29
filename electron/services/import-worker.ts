// The import worker: reads one file into a draft, away from the thread that answers the windows.
// Started by `readImportIsolated` with a time and memory limit; whatever the file does to the
// parsers (a calendar rule that never ends, a Word file that inflates to gigabytes), only this
// thread is stopped.
import { parentPort, workerData } from 'node:worker_threads'
import { AppError } from '../../shared/api/errors'
import { parsePressRelease } from '../../shared/import/parse-press-release'
import { readImportFile, type ReadOptions } from './import-service'
import { loadMorphology } from './morphology'

interface Job {
  fileName: string
  bytes: Uint8Array
  options: ReadOptions
}

const job = workerData as Job
try {
  // The reader's own modules are loaded before the clock starts: the budget is the file's.
  const zip = job.bytes[0] === 0x50 && job.bytes[1] === 0x4b
  if (zip) await import('mammoth')
  // OpenCorpora's dictionaries for a press release only (~0.2 s, ~60 MB): not for a calendar or a
  // visit file.
  const head = Buffer.from(job.bytes.subarray(0, 64)).toString('utf8').trimStart()
  const release =
    !zip && !/\.(?:ics|json)$/iu.test(job.fileName) && !/^(?:\{|BEGIN:VCALENDAR)/iu.test(head)
  const morph = release ? await loadMorphology() : undefined
  parentPort!.postMessage({ started: true })
  const draft = await readImportFile(
    job.fileName,
    Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength),
    job.options,
    (text, o) =>
      parsePressRelease(text, {
        year: o.year,
        today: o.today,
        timeZone: o.timeZone,
        ...(o.publishedOn ? { publishedOn: o.publishedOn } : {}),
        ...(o.hostRegion ? { hostRegion: o.hostRegion } : {}),
        ...(morph ? { morph } : {}),
      }),
  )
  parentPort!.postMessage({ ok: true, value: draft })
} catch (err) {
  parentPort!.postMessage({
    ok: false,
    error:
      err instanceof AppError
        ? err.toInfo()
        : {
            code: 'invalid',
            message: 'import: the parser failed',
            details: { key: 'import.errors.failed' },
          },
  })
}
