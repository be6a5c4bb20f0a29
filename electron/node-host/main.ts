import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { createAppApi } from '../services/create-app-api'
import { defaultKeyFile } from '../services/personal-data'
import { readPreferences, startFolder } from '../services/preferences'
import { defaultDataDir, repoBundledDir, repoRendererDir } from '../services/paths'
import { ProcessPdfPrinter } from './pdf-printer-process'
import { startNodeHost } from './server'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4173' },
    host: { type: 'string', default: '127.0.0.1' },
    'data-dir': { type: 'string' },
  },
})

const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port: ${values.port}`)
  process.exit(2)
}
if (!existsSync(join(repoRendererDir, 'index.html'))) {
  console.error('The renderer is not built yet: run `npm run build` first.')
  process.exit(2)
}
// PDFs are printed by Chromium, driven from a process of its own (built beside this file; from the
// sources when run through tsx, which the child inherits).
const here = dirname(fileURLToPath(import.meta.url))
const printEntry = existsSync(join(here, 'print-process.js'))
  ? join(here, 'print-process.js')
  : join(here, 'print-process.ts')
const printer = new ProcessPdfPrinter(printEntry)
// The officer's own preferences live on the computer, beside the personal-data key.
const preferencesFile =
  process.env.DELEGATION_PLANNER_PREFERENCES_FILE ??
  join(dirname(defaultKeyFile()), 'preferences.json')
// A folder named at start wins; else the one the officer chose in the settings; else the default.
const explicit = values['data-dir'] ?? process.env.DELEGATION_PLANNER_DATA
const start = await startFolder(explicit, await readPreferences(preferencesFile), defaultDataDir())
const dataDir = start.dataDir
const api = await createAppApi({
  dataDir,
  dataFolder: { fixed: explicit !== undefined, unavailable: start.unavailable },
  bundledDir: repoBundledDir,
  printer,
  watch: true,
  preferencesFile,
})
const host = await startNodeHost({
  api,
  onEvent: api.onEvent,
  rendererDir: repoRendererDir,
  port,
  host: values.host,
})
console.log(`Delegation Planner at ${host.url}`)
console.log(`Data folder: ${dataDir}`)

// Start Chromium now, so the first PDF comes out as fast as the next ones.
printer.warmUp().catch(() => console.warn('Chromium not found: PDF export is unavailable.'))

const stop = () =>
  void Promise.all([host.close(), printer.close(), api.close()]).then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
