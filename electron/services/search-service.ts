import type { VisitRecord } from '../../shared/api/contract'
import type { Directory } from '../../shared/domain/directory'
import type { Visit } from '../../shared/domain/visit'
import { directoryEntries, visitEntries } from '../../shared/search/archive-entries'
import { SearchIndex, type SearchFilters, type SearchHit } from '../../shared/search/search-index'
import { writeFileDurable } from './store/atomic-write'
import { jsonLines, readJsonLines } from './store/json-lines'
import type { Store } from './store/open-store'

/**
 * The format of the index file. Raise it whenever what is indexed or how words become terms
 * changes (stemmer, transliteration, fields): an index of another format is rebuilt.
 */
export const INDEX_FORMAT = 6
export const INDEX_FILE = 'index/search.jsonl'
/** The index's earlier, single-JSON form: removed when the new one is written. */
const OLD_INDEX_FILE = 'index/search.json'
/** Saves are gathered for this long before the index is written again. */
const WRITE_DELAY_MS = 2000

/** What a visit's entries were built from: an entry is stale when its visit's key differs. */
const keyOf = (record: Pick<VisitRecord, 'revision' | 'updatedAt'>) =>
  `${record.revision}|${record.updatedAt}`

/**
 * The index file, as lines: `{ format }`; per visit `['v', id, key, entry ids]` (the key of the
 * revision its entries were built from); then the index's own lines (`SearchIndex.lines`).
 */
type VisitLine = ['v', string, string, string[]]

export interface IndexOpenReport {
  /** 'loaded' (file fresh), 'updated' (some visits re-indexed), 'rebuilt' (missing or unusable). */
  outcome: 'loaded' | 'updated' | 'rebuilt'
  reindexed: number
  reason?: string
}

/**
 * The archive's search index. At start it is read from `index/search.jsonl` and only the visits
 * changed since it was written are re-indexed; a missing, damaged or outdated file is rebuilt
 * from the visit files (the index is derived data: rebuilding it loses nothing). Every save keeps
 * it current in memory; it is written back shortly after the last change.
 */
class OutdatedIndex extends Error {
  constructor(readonly format: unknown) {
    super('outdated index')
  }
}

export class ArchiveSearch {
  private index = new SearchIndex()
  private visits = new Map<string, { key: string; entries: string[] }>()
  private directoryEntryIds: string[] = []
  /** Visits saved but not indexed yet, by id. */
  private pending = new Map<string, VisitRecord>()
  private timer: ReturnType<typeof setTimeout> | undefined
  private writing: Promise<void> = Promise.resolve()
  report: IndexOpenReport = { outcome: 'rebuilt', reindexed: 0 }

  private constructor(private readonly store?: Store) {}

  /** An index held in memory only (tests, the CLI on a read-only folder). */
  static inMemory(records: VisitRecord[], directory: Directory): ArchiveSearch {
    const search = new ArchiveSearch()
    for (const record of records) search.indexVisit(record)
    search.putDirectory(directory)
    return search
  }

  /** Loads the index file, brings it up to date with the visits given, and writes it back if needed. */
  static async open(
    store: Store,
    summaries: { id: string; revision: number; updatedAt: string }[],
    directory: Directory,
    visitOf: (id: string) => Promise<Visit | undefined>,
  ): Promise<ArchiveSearch> {
    const search = new ArchiveSearch(store)
    // Visits' texts are not kept (the archive stays on disk): hits are highlighted from the
    // written forms the index keeps of each term.
    const textsOf = () => undefined
    let reason: string | undefined
    try {
      const restoring = SearchIndex.restoring(textsOf)
      let format: unknown
      await readJsonLines(store.path(INDEX_FILE), (line) => {
        if (format === undefined) {
          format = (line as { format?: unknown } | null)?.format ?? null
          if (format !== INDEX_FORMAT) throw new OutdatedIndex(format)
        } else if (Array.isArray(line) && line[0] === 'v') {
          const [, id, key, entries] = line as VisitLine
          if (typeof id !== 'string' || typeof key !== 'string' || !Array.isArray(entries))
            throw new Error('malformed')
          search.visits.set(id, { key, entries })
        } else restoring.add(line)
      })
      search.index = restoring.done()
      // Every entry must belong to a listed visit, or it could never be removed again.
      const listed = new Set<string>()
      for (const v of search.visits.values()) for (const id of v.entries) listed.add(id)
      for (const id of search.index.ids()) if (!listed.has(id)) throw new Error('malformed')
    } catch (err) {
      reason =
        err instanceof OutdatedIndex
          ? `format ${String(err.format)}`
          : (err as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'missing'
            : 'unreadable or damaged'
      search.index = new SearchIndex(textsOf)
      search.visits = new Map()
    }
    const current = new Map(summaries.map((s) => [s.id, keyOf(s)]))
    let changed = 0
    for (const id of [...search.visits.keys()])
      if (!current.has(id)) {
        search.removeVisit(id)
        changed++
      }
    const stale = summaries.filter((s) => search.visits.get(s.id)?.key !== keyOf(s))
    // One visit read at a time: a rebuild of a large archive never holds it all.
    for (const summary of stale) {
      const visit = await visitOf(summary.id)
      if (visit)
        search.indexVisit({ visit, revision: summary.revision, updatedAt: summary.updatedAt })
    }
    changed += stale.length
    search.putDirectory(directory)
    if (stale.length > 0) search.index.compact()
    search.report = reason
      ? { outcome: 'rebuilt', reindexed: stale.length, reason }
      : { outcome: changed > 0 ? 'updated' : 'loaded', reindexed: changed }
    if (changed > 0 || reason) await search.flush(true)
    return search
  }

  /**
   * Notes a saved visit. It is indexed when next searched or written, not now: a save answers as
   * soon as its file is durable, and a visit saved many times while being edited is indexed once.
   */
  putVisit(record: VisitRecord): void {
    this.pending.set(record.visit.id, record)
    this.scheduleWrite()
  }

  /** Indexes the visits saved since the last search. */
  private applyPending(): void {
    if (this.pending.size === 0) return
    const records = [...this.pending.values()]
    this.pending.clear()
    for (const record of records) this.indexVisit(record)
  }

  private indexVisit(record: VisitRecord): void {
    this.removeVisit(record.visit.id)
    const entries = visitEntries(record.visit)
    for (const entry of entries) this.index.put(entry)
    this.visits.set(record.visit.id, { key: keyOf(record), entries: entries.map((e) => e.id) })
    this.scheduleWrite()
  }

  removeVisit(id: string): void {
    this.pending.delete(id)
    const known = this.visits.get(id)
    if (!known) return
    for (const entryId of known.entries) this.index.remove(entryId)
    this.visits.delete(id)
    this.scheduleWrite()
  }

  /** The directory is small and merged with the shipped data at start: it is always re-indexed. */
  putDirectory(directory: Directory): void {
    for (const id of this.directoryEntryIds) this.index.remove(id)
    const entries = directoryEntries(directory)
    for (const entry of entries) this.index.put(entry)
    this.directoryEntryIds = entries.map((e) => e.id)
  }

  /**
   * Ranked hits, with the words they matched as the archive writes them (the index keeps a few
   * written forms of each term, so no visit is read to answer).
   */
  async search(query: string, filters: SearchFilters, limit?: number): Promise<SearchHit[]> {
    this.applyPending()
    return this.index.search(query, filters, limit)
  }

  /** Writes any pending change now (on quit; `force` writes even with nothing pending). */
  async flush(force = false): Promise<void> {
    if (this.timer || force) {
      clearTimeout(this.timer)
      this.timer = undefined
      this.writing = this.writing.then(() => this.write())
    }
    await this.writing
  }

  private scheduleWrite(delay = WRITE_DELAY_MS): void {
    if (!this.store || this.store.report.readOnly) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.writing = this.writing.then(() => this.write())
    }, delay)
    this.timer.unref?.()
  }

  /** Visit entries only: directory entries are rebuilt at every start. */
  private async write(): Promise<void> {
    if (!this.store) return
    this.applyPending()
    const directoryIds = new Set(this.directoryEntryIds)
    if (this.store.report.readOnly) return
    // What is written is settled now: saves indexed while the file is written wait for the next.
    const visits = [...this.visits].map(([id, v]): VisitLine => ['v', id, v.key, v.entries])
    const indexLines = this.index.lines((id) => !directoryIds.has(id))
    function* lines() {
      yield { format: INDEX_FORMAT }
      yield* visits
      yield* indexLines
    }
    // A failed write only costs a rebuild at the next start; it must not disturb the officer. The
    // folder is not re-created: a data folder removed meanwhile stays removed.
    const fs = this.store.fs
    await writeFileDurable(this.store.path(INDEX_FILE), jsonLines(lines()), fs).then(
      () => fs.unlink(this.store!.path(OLD_INDEX_FILE)).catch(() => undefined),
      () => undefined,
    )
  }
}
