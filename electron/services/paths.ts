import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PRODUCT_NAME = 'Delegation Planner'

/** The folder with the shipped templates and venues when running from the repository. */
export const repoBundledDir = fileURLToPath(new URL('../../data', import.meta.url))

/** The folder with the built renderer when running from the repository. */
export const repoRendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url))

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
