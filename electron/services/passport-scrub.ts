import * as nodeFs from 'node:fs/promises'
import type { Store } from './store/open-store'

/** Where the folder keeps other copies of the directory: earlier revisions, merged sync copies,
 * backups made before a migration, damaged files in quarantine. */
const COPIES: { folder: string; name: RegExp }[] = [
  { folder: 'history/@directory', name: /\.json$/ },
  { folder: 'trash', name: /directory.*\.json$/ },
  { folder: 'backups/migrations', name: /directory\.json$/ },
  { folder: 'quarantine', name: /directory.*\.json$/ },
]

/**
 * After passport data was deleted from the directory: deleted means deleted, so every other copy
 * of the directory in the data folder loses it too. A copy that parses loses the passport data of
 * these people; one that does not (damaged, in quarantine) loses every passport field, since whose
 * it is cannot be told. Best effort, file by file: the directory itself is already saved.
 */
export async function scrubDirectoryCopies(store: Store, ids: Set<string>): Promise<number> {
  let scrubbed = 0
  for (const { folder, name } of COPIES) {
    const names = await nodeFs.readdir(store.path(folder)).catch(() => [] as string[])
    for (const file of names.filter((n) => name.test(n) && !n.endsWith('.reason.json'))) {
      const rel = `${folder}/${file}`
      try {
        const text = await nodeFs.readFile(store.path(rel), 'utf8')
        const clean = scrubText(text, ids)
        if (clean === text) continue
        await store.writeText(rel, clean)
        scrubbed++
      } catch {
        // The next deletion tries again; the directory itself holds no such data any more.
      }
    }
  }
  return scrubbed
}

function scrubText(text: string, ids: Set<string>): string {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return text
      .replace(/"passportSealed"\s*:\s*"[^"]*"/g, '"passportSealed": ""')
      .replace(/"passport"\s*:\s*\{[^{}]*\}/g, '"passport": {}')
  }
  const people = (data as { directory?: { people?: unknown } })?.directory?.people
  if (!Array.isArray(people)) return text
  let changed = false
  for (const person of people as Record<string, unknown>[]) {
    if (!person || typeof person !== 'object' || !ids.has(String(person.id))) continue
    if ('passport' in person || 'passportSealed' in person) {
      delete person.passport
      delete person.passportSealed
      changed = true
    }
  }
  return changed ? `${JSON.stringify(data, null, 2)}\n` : text
}
