/* global console, process */
// `npm start`: builds when the build is missing or older than the sources, then starts the desktop
// app where an Electron binary is installed, else browser mode (its address printed). Arguments
// after `--` go to browser mode (`--port`, `--data-dir`).
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { ensureBuilt, root } from './build-state.mjs'

ensureBuilt()

/** The Electron binary's path, when it was downloaded (it cannot be everywhere). */
function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron')
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

const desktop = Boolean(process.env.ELECTRON_OVERRIDE_DIST_PATH) || electronBinary() !== null
if (!desktop) console.log('No Electron binary here: starting browser mode.')
const child = desktop
  ? spawn(
      process.execPath,
      [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'preview'],
      { cwd: root, stdio: 'inherit' },
    )
  : spawn(process.execPath, [join(root, 'out/node-host/index.js'), ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
    })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
