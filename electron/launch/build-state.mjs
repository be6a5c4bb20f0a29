/* global console, process */
// Whether the build in out/ is there and newer than the sources, and building it when not: for
// `npm start`, `npm run cli` and the test helpers that start the compiled tools.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The files a complete build has. */
export const BUILT = [
  'out/main/index.js',
  'out/main/import-worker.js',
  'out/cli/index.js',
  'out/node-host/index.js',
  'out/renderer/index.html',
].map((f) => join(root, f))

/** The newest modification time under a folder, in milliseconds. */
function newest(dir) {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

/** True when a built file is missing or older than a source. */
export function buildIsStale() {
  if (BUILT.some((f) => !existsSync(f))) return true
  const sources = Math.max(...['electron', 'renderer', 'shared'].map((d) => newest(join(root, d))))
  return sources > Math.min(...BUILT.map((f) => statSync(f).mtimeMs))
}

/** Builds when the build is stale; exits the process when the build fails. */
export function ensureBuilt() {
  if (!buildIsStale()) return
  console.error('Building the app…')
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  if (build.status !== 0) process.exit(build.status ?? 1)
}
