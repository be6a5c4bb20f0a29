import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PRODUCT_NAME = 'Delegation Planner'

/**
 * The repository (or unpacked app) this code runs from: the nearest folder above it with a
 * package.json and the shipped data. Sources (electron/services/) and builds (out/cli/,
 * out/main/chunks/…) sit at different depths, so it is found, not assumed.
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir
    const up = dirname(dir)
    if (up === dir) return fileURLToPath(new URL('../..', import.meta.url))
    dir = up
  }
}

const root = findRoot()

/** The folder with the shipped templates and venues when running from the repository. */
export const repoBundledDir = join(root, 'data')

/** The folder with the built renderer when running from the repository. */
export const repoRendererDir = join(root, 'out', 'renderer')

/** Where the desktop app keeps its data (Electron's userData + '/data'), used by the CLI and web host too. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.DELEGATION_PLANNER_DATA) return env.DELEGATION_PLANNER_DATA
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME, 'data')
  if (platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME, 'data')
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME, 'data')
}
