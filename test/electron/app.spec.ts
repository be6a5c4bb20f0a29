import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

// The Electron binary cannot be downloaded on every machine: run where one exists, skip elsewhere.
const distPath = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join('node_modules', 'electron', 'dist')
const binary = join(
  distPath,
  process.platform === 'win32'
    ? 'electron.exe'
    : process.platform === 'darwin'
      ? 'Electron.app/Contents/MacOS/Electron'
      : 'electron',
)
const available = existsSync(binary)
const reason = `Electron binary not found at ${binary}: set ELECTRON_OVERRIDE_DIST_PATH to run the desktop tests`
if (!available) console.log(`[electron] skipped: ${reason}`)

test.skip(!available, reason)

test('the desktop app opens the visit list in a hardened window', async () => {
  const app = await electron.launch({
    executablePath: binary,
    args: ['.', '--no-sandbox'],
    env: { ...process.env, DELEGATION_PLANNER_DATA: join('test-results', 'electron-data') },
  })
  const window = await app.firstWindow()
  await expect(window.getByRole('heading', { name: 'Визиты', level: 1 })).toBeVisible()
  // Isolated and sandboxed: the page sees no Node and only the two bridge functions.
  const page = await window.evaluate(() => {
    const g = globalThis as unknown as {
      require?: unknown
      process?: unknown
      plannerBridge?: object
    }
    return {
      require: typeof g.require,
      process: typeof g.process,
      bridge: Object.keys(g.plannerBridge ?? {}).sort(),
    }
  })
  expect(page).toEqual({ require: 'undefined', process: 'undefined', bridge: ['call', 'onEvent'] })
  await app.close()
})
