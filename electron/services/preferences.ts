import * as nodeFs from 'node:fs/promises'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { z } from 'zod'
import { UI_LANGUAGES } from '../../shared/api/contract'
import { AppError } from '../../shared/api/errors'
import { TEMP_PREFIX, writeFileDurable } from './store/atomic-write'

/**
 * What is one officer's, not the department's: the interface language and which folder is the
 * archive (a synced folder, a network share). Kept on the computer, outside the data folder.
 */
export const PreferencesSchema = z.object({
  language: z.enum(UI_LANGUAGES).optional(),
  dataDir: z.string().min(1).max(4096).optional(),
  /** The chosen folder has been opened as an archive once: from then on it must look like one. */
  dataDirOpened: z.boolean().optional(),
})
export type Preferences = z.infer<typeof PreferencesSchema>

/** The preferences, or none when the file is missing or unreadable (never a failed start). */
export async function readPreferences(file: string): Promise<Preferences> {
  try {
    const parsed = PreferencesSchema.safeParse(JSON.parse(await nodeFs.readFile(file, 'utf8')))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

/** Changes some preferences, keeping the others (durable write, user-only folder). */
export async function updatePreferences(file: string, patch: Preferences): Promise<Preferences> {
  const next = { ...(await readPreferences(file)), ...patch }
  for (const key of Object.keys(next) as (keyof Preferences)[])
    if (next[key] === undefined) delete next[key]
  await nodeFs.mkdir(dirname(file), { recursive: true, mode: 0o700 })
  await writeFileDurable(file, `${JSON.stringify(next, null, 2)}\n`)
  return next
}

/** The folder to open at start, and the chosen one when it could not be (a drive not there). */
export interface StartFolder {
  dataDir: string
  unavailable?: string
}

/**
 * The data folder to open: the one named at start (command line, environment), else the one the
 * officer chose, else the default. A chosen folder that is missing — or empty although it was an
 * archive before (a network share not mounted) — is not made into a new archive: the default
 * folder opens and the window says why.
 */
export async function startFolder(
  explicit: string | undefined,
  prefs: Preferences,
  fallback: string,
): Promise<StartFolder> {
  if (explicit) return { dataDir: resolve(explicit) }
  if (!prefs.dataDir) return { dataDir: resolve(fallback) }
  const chosen = resolve(prefs.dataDir)
  const names = await nodeFs.readdir(chosen).catch(() => null)
  const archive = names !== null && (names.includes('directory.json') || names.includes('visits'))
  if (names === null || (prefs.dataDirOpened && !archive))
    return { dataDir: resolve(fallback), unavailable: chosen }
  return { dataDir: chosen }
}

/**
 * Checks a folder the officer wants as the archive: an absolute path to a folder that is empty
 * (files and folders starting with a dot aside, such as Syncthing's `.stfolder`) or already an
 * archive, and that this user can write to. A missing folder is made. Answers the path resolved.
 */
export async function checkDataFolder(path: string): Promise<string> {
  const fail = (key: string) => new AppError('invalid', `data folder: ${key}`, { key, path })
  const trimmed = path.trim()
  if (!isAbsolute(trimmed)) throw fail('error.dataFolderRelative')
  const dir = resolve(trimmed)
  try {
    await nodeFs.mkdir(dir, { recursive: true })
  } catch {
    throw fail('error.dataFolderUnwritable')
  }
  let names: string[]
  try {
    names = await nodeFs.readdir(dir)
  } catch {
    throw fail('error.dataFolderUnwritable')
  }
  const visible = names.filter((n) => !n.startsWith('.'))
  const archive = names.includes('directory.json') || names.includes('visits')
  if (visible.length > 0 && !archive) throw fail('error.dataFolderNotArchive')
  const probe = join(dir, `${TEMP_PREFIX}probe`)
  try {
    await nodeFs.writeFile(probe, 'ok')
    await nodeFs.rm(probe, { force: true })
  } catch {
    throw fail('error.dataFolderUnwritable')
  }
  return dir
}
