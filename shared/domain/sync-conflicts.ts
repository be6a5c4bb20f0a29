// The copies sync engines make when two computers changed the same file: recognised by name, so
// that a copy is never loaded as the visit itself and the officer is told there are two versions.

export const SYNC_ENGINES = [
  'syncthing',
  'nextcloud',
  'owncloud',
  'dropbox',
  'onedrive',
  'unknown',
] as const
export type SyncEngine = (typeof SYNC_ENGINES)[number]

export interface SyncConflict {
  visitId: string
  /** The copy's file name in the visits folder. */
  file: string
  engine: SyncEngine
}

const ID = '[A-Za-z0-9_-]{1,64}?'
const PATTERNS: [SyncEngine, RegExp][] = [
  // abc.sync-conflict-20261129-104233-ABCDEF7.json (Syncthing, all versions since 0.11)
  ['syncthing', new RegExp(`^(${ID})\\.sync-conflict-\\d{8}-\\d{6}-[A-Z0-9]{7}\\.json$`)],
  // abc (conflicted copy 2026-11-29 104233).json; abc (conflicted copy ivanova 2026-11-29 …).json
  ['nextcloud', new RegExp(`^(${ID}) \\(conflicted copy(?: [^)]*)?\\)\\.json$`)],
  // abc_conflict-20261129-104233.json (ownCloud desktop client)
  ['owncloud', new RegExp(`^(${ID})_conflict-\\d{8}-\\d{6}\\.json$`)],
  // abc (Ivanova's conflicted copy 2026-11-29).json; abc (Case Conflict).json
  [
    'dropbox',
    new RegExp(`^(${ID}) \\((?:[^)]*'s conflicted copy[^)]*|Case Conflict(?: \\d+)?)\\)\\.json$`),
  ],
]

/**
 * What a file in the visits folder is: the visit `<id>.json`, a sync engine's copy of one, or
 * something else. OneDrive's copies ('abc-LAPTOP7.json') look like ordinary names, so they are
 * recognised only against the ids of the visits present (`knownIds`).
 */
export function classifyVisitFile(
  name: string,
  knownIds: ReadonlySet<string>,
):
  | { kind: 'visit'; id: string }
  | { kind: 'conflict'; id: string; engine: SyncEngine }
  | { kind: 'other' } {
  for (const [engine, re] of PATTERNS) {
    const m = re.exec(name)
    if (m) return { kind: 'conflict', id: m[1]!, engine }
  }
  const plain = /^([A-Za-z0-9_-]{1,64})\.json$/.exec(name)
  if (!plain) return { kind: 'other' }
  const stem = plain[1]!
  if (knownIds.has(stem)) return { kind: 'visit', id: stem }
  const dash = stem.lastIndexOf('-')
  if (
    dash > 0 &&
    knownIds.has(stem.slice(0, dash)) &&
    /^[A-Za-z0-9]{1,15}$/.test(stem.slice(dash + 1))
  )
    return { kind: 'conflict', id: stem.slice(0, dash), engine: 'onedrive' }
  return { kind: 'visit', id: stem }
}
