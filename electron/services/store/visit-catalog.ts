import { createHash } from 'node:crypto'
import type { VisitSummary } from '../../../shared/api/contract'
import type { VisitDigest } from '../../../shared/domain/visit-digest'
import { writeFileDurable } from './atomic-write'
import { jsonLines, readJsonLines } from './json-lines'
import type { Store } from './open-store'
import { schemaFingerprint } from './validated-catalog'
import { VisitFileSchema } from './schema'

/**
 * What identifies a file's content on disk: an atomic replace by anyone makes a new inode, and
 * any write in place changes the change time, which no tool can set back (utimes sets only the
 * access and modification times, and itself changes the change time).
 */
export interface Stamp {
  ino: number
  size: number
  mtimeMs: number
  ctimeMs: number
}
export const sameStamp = (a: Stamp, b: Stamp): boolean =>
  a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs
export const stampOfStat = (s: Stamp): Stamp => ({
  ino: s.ino,
  size: s.size,
  mtimeMs: s.mtimeMs,
  ctimeMs: s.ctimeMs,
})

/** One file of the visits folder as last read: its stamp, the visit's summary and digest. */
export interface CatalogEntry {
  id: string
  stamp: Stamp
  /** When the stamp was taken (this computer's clock). */
  seenAt: number
  summary: VisitSummary
  digest: VisitDigest
}

/**
 * A file changed this shortly before its stamp was taken may change again within the same tick
 * of a coarse file-system clock (FAT and some network shares count in seconds) and keep its
 * stamp: such an entry is read again at the next start rather than trusted (git's 'racily clean'
 * entries are the model). Generous, for clocks of file servers a little behind this computer's.
 */
const RACY_MS = 5000

/** Raise when the summary or the digest gains or changes a field. */
const CATALOG_FORMAT = 2
const CATALOG_FILE = 'index/visits.jsonl'
/** The catalog's earlier, single-JSON form: removed when the new one is written. */
const OLD_CATALOG_FILE = 'index/visits.json'

/** The first line of the catalog; then a line `[file name, entry]` per visit file. */
interface CatalogHeader {
  format: number
  schema: string
}

/**
 * The visits folder as last read, by file name, kept in `index/visits.jsonl`: at start a file whose
 * stamp is unchanged (and was not racy when taken) is not read at all, so opening a large archive
 * costs one `stat` per visit, and the host holds summaries and digests, not visits. It is derived
 * data, tied to the schema's fingerprint: missing, damaged or outdated, every file is read again.
 */
export class VisitCatalog {
  private constructor(
    private readonly store: Store,
    private readonly stored: Map<string, CatalogEntry>,
    private readonly fingerprint: string,
  ) {}

  static async open(store: Store): Promise<VisitCatalog> {
    const fingerprint = createHash('sha256')
      .update(`${CATALOG_FORMAT}:${schemaFingerprint(VisitFileSchema)}`)
      .digest('hex')
      .slice(0, 32)
    let stored = new Map<string, CatalogEntry>()
    try {
      let header: CatalogHeader | undefined
      await readJsonLines(
        store.path(CATALOG_FILE),
        (line) => {
          if (!header) {
            header = line as CatalogHeader
            if (header?.format !== CATALOG_FORMAT || header.schema !== fingerprint)
              throw new Error('outdated')
            return
          }
          const [name, entry] = Array.isArray(line) ? (line as [unknown, CatalogEntry]) : []
          if (typeof name === 'string' && entry && wellFormed(entry)) stored.set(name, entry)
        },
        { shareStrings: true },
      )
    } catch {
      // Missing, damaged or outdated: every file is read.
      stored = new Map()
    }
    return new VisitCatalog(store, stored, fingerprint)
  }

  /** The stored entry of a file, if its stamp is the one given and it was not racy when taken. */
  trusted(name: string, stamp: Stamp): CatalogEntry | undefined {
    const entry = this.stored.get(name)
    if (!entry || !sameStamp(entry.stamp, stamp)) return undefined
    return isRacy(entry) ? undefined : entry
  }

  /** Writes the entries given (derived data: a failed write costs only reads at the next start). */
  async write(entries: Map<string, CatalogEntry>): Promise<void> {
    if (this.store.report.readOnly) return
    const header: CatalogHeader = { format: CATALOG_FORMAT, schema: this.fingerprint }
    await writeFileDurable(
      this.store.path(CATALOG_FILE),
      jsonLines([header, ...entries]),
      this.store.fs,
    ).then(
      () => this.store.fs.unlink(this.store.path(OLD_CATALOG_FILE)).catch(() => undefined),
      () => undefined,
    )
  }
}

export function isRacy(entry: Pick<CatalogEntry, 'stamp' | 'seenAt'>): boolean {
  return entry.seenAt - Math.max(entry.stamp.mtimeMs, entry.stamp.ctimeMs) < RACY_MS
}

function wellFormed(entry: CatalogEntry): boolean {
  const s = entry?.stamp
  return (
    typeof entry?.id === 'string' &&
    typeof entry.seenAt === 'number' &&
    typeof s?.ino === 'number' &&
    typeof s.size === 'number' &&
    typeof s.mtimeMs === 'number' &&
    typeof s.ctimeMs === 'number' &&
    typeof entry.summary?.id === 'string' &&
    typeof entry.digest?.id === 'string' &&
    Array.isArray(entry.digest.agreements) &&
    Array.isArray(entry.digest.participantIds)
  )
}
