/* global console, process */
// `npm start`: builds when the build is missing or older than the sources, then starts the desktop
// app where an Electron binary is installed, else browser mode (its address printed). Arguments
// after `--` go to browser mode (`--port`, `--data-dir`).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const built = [join(root, 'out/main/index.js'), join(root, 'out/renderer/index.html')]

/** The newest modification time under a folder (sources), in milliseconds. */
function newest(dir) {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

const stale =
  built.some((f) => !existsSync(f)) ||
  Math.max(...['electron', 'renderer', 'shared'].map((d) => newest(join(root, d)))) >
    Math.min(...built.map((f) => statSync(f).mtimeMs))
if (stale) {
  console.log('Building the app…')
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  )
  if (build.status !== 0) process.exit(build.status ?? 1)
}

/** The Electron binary's path, when it was downloaded (it cannot be everywhere). */
function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron')
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

const binary = process.env.ELECTRON_OVERRIDE_DIST_PATH ? 'electron' : electronBinary()
const args = process.argv.slice(2)
const child = binary
  ? spawn(
      process.execPath,
      [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'preview'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    )
  : (console.log('No Electron binary here: starting browser mode.'),
    spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'electron/node-host/main.ts'), ...args],
      {
        cwd: root,
        stdio: 'inherit',
      },
    ))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
