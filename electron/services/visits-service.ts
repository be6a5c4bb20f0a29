import * as nodeFs from 'node:fs/promises'
import { classifyVisitFile, type SyncConflict } from '../../shared/domain/sync-conflicts'
import { TEMP_PREFIX } from './store/atomic-write'
import type { Machine } from './machine'
import { AppEvents } from './app-events'
import { digestOf, type VisitDigest } from '../../shared/domain/visit-digest'
import {
  VisitCatalog,
  isRacy,
  sameStamp,
  stampOfStat,
  type CatalogEntry,
  type Stamp,
} from './store/visit-catalog'

/** Where no identity is given (tests, tools): the revisions still record their saves. */
const UNKNOWN_MACHINE: Machine = { id: '0000000000000000', name: '', author: '' }
import type { Low } from 'lowdb'
import type { VisitRecord, VisitSummary } from '../../shared/api/contract'
import { AppError } from '../../shared/api/errors'
import {
  VisitSchema,
  type Visit,
  type VisitDraft,
  VisitDraftSchema,
} from '../../shared/domain/visit'
import { jsonText } from './store/durable-json-file'
import { toIoError } from './store/io-errors'
import type { Store } from './store/open-store'
import {
  CURRENT_SCHEMA_VERSION,
  LINEAGE_DEPTH,
  VisitFileSchema,
  type LineageEntry,
  type VisitFile,
} from './store/schema'

export { HISTORY_DEPTH } from './store/revision-history'

const visitPath = (id: string) => `visits/${id}.json`

const CACHE_SIZE = 24
/** Files read at once when opening a folder whose catalog is missing or out of date. */
const OPEN_CONCURRENCY = 8
/**
 * Catalog changes are gathered for this long before it is written again (and it is written when
 * the app closes): it is derived data checked against the files' stamps, so a stale one costs only
 * a few reads at the next start, while rewriting it at every autosave would cost far more.
 */
const CATALOG_WRITE_DELAY_MS = 60_000

/**
 * Visits, one durable file each, with revision checks against concurrent writers. The service
 * holds each file's stamp, summary and digest (see VisitCatalog) and a few whole visits (the ones
 * opened last); any other visit is read from its file when asked for, so memory does not grow
 * with the archive.
 */
export class VisitsService {
  /** Every file of the visits folder by name: the visits and the sync engines' copies. */
  private readonly files = new Map<string, CatalogEntry>()
  /** The file that is the visit, by visit id. */
  private readonly byId = new Map<string, string>()
  /** Whole visits read or written last, by id, with the stamp of the file they were read from. */
  private readonly cache = new Map<string, { doc: Low<VisitFile>; stamp: Stamp }>()
  private catalogTimer: ReturnType<typeof setTimeout> | undefined
  private catalogWriting: Promise<void> = Promise.resolve()

  private constructor(
    private readonly store: Store,
    private readonly newId: () => string,
    private readonly machine: Machine,
    /** Told of every visit this process creates, saves or deletes. */
    private readonly events: AppEvents,
    private readonly catalog: VisitCatalog,
  ) {}

  /**
   * Reads the folder: a file whose stamp is the one the catalog holds is not read; any other is
   * read, migrated and validated (damaged ones are quarantined by the store and skipped). A visit
   * is the file named after its id; another file holding the same visit is a sync engine's copy
   * (two computers changed it), kept aside and reported, never mixed with the visit.
   */
  static async open(
    store: Store,
    newId: () => string,
    machine: Machine = UNKNOWN_MACHINE,
    events: AppEvents = new AppEvents(),
  ): Promise<VisitsService> {
    const catalog = await VisitCatalog.open(store)
    const service = new VisitsService(store, newId, machine, events, catalog)
    const names = await store.listJson('visits')
    let next = 0
    let read = 0
    const worker = async () => {
      while (next < names.length) {
        const name = names[next++]!
        const seen = await service.statFile(name)
        if (!seen) continue
        const known = catalog.trusted(name, seen.stamp)
        if (known) service.files.set(name, known)
        else {
          read++
          await service.readFile(name, seen)
        }
      }
    }
    await Promise.all(Array.from({ length: OPEN_CONCURRENCY }, worker))
    service.assignVisits()
    if (read > 0 || service.files.size !== names.length) await service.writeCatalog()
    return service
  }

  /** Which file is each visit: the one named after it, else the only one holding it. */
  private assignVisits(): void {
    this.byId.clear()
    const sorted = [...this.files.entries()].sort(([a], [b]) => a.localeCompare(b))
    for (const [name, entry] of sorted)
      if (name === `${entry.id}.json`) this.byId.set(entry.id, name)
    for (const [name, entry] of sorted) if (!this.byId.has(entry.id)) this.byId.set(entry.id, name)
  }

  private async statFile(name: string): Promise<{ stamp: Stamp; at: number } | undefined> {
    const at = Date.now()
    try {
      return { stamp: stampOfStat(await nodeFs.stat(this.store.path(`visits/${name}`))), at }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw toIoError(err, 'read')
    }
  }

  /**
   * Reads one file of the folder (its stamp taken before the read: if it changes meanwhile, the
   * next look reads it again) and notes it; answers the document, or undefined when the file is
   * gone or damaged (then quarantined by the store).
   */
  private async readFile(
    name: string,
    seen: { stamp: Stamp; at: number },
    options: { lockHeld?: boolean } = {},
  ): Promise<Low<VisitFile> | undefined> {
    const loaded = await this.store.load(`visits/${name}`, VisitFileSchema, options)
    if (loaded.status !== 'ok') {
      this.files.delete(name)
      return undefined
    }
    this.note(name, loaded.doc.data, seen)
    return loaded.doc
  }

  /** Notes a file's content and stamp in the catalog. */
  private note(name: string, data: VisitFile, seen: { stamp: Stamp; at: number }): void {
    // The same file as noted (a visit read to be shown or indexed): nothing to change or write.
    const known = this.files.get(name)
    if (known && known.id === data.visit.id && sameStamp(known.stamp, seen.stamp) && !isRacy(known))
      return
    this.files.set(name, {
      id: data.visit.id,
      stamp: seen.stamp,
      seenAt: seen.at,
      summary: summarise(data),
      digest: digestOf(data.visit),
    })
    this.scheduleCatalogWrite()
  }

  private scheduleCatalogWrite(): void {
    if (this.catalogTimer) return // written within the minute with this change too
    this.catalogTimer = setTimeout(() => {
      this.catalogTimer = undefined
      void this.writeCatalog()
    }, CATALOG_WRITE_DELAY_MS)
    this.catalogTimer.unref?.()
  }

  private writeCatalog(): Promise<void> {
    this.catalogWriting = this.catalogWriting.then(() => this.catalog.write(this.files))
    return this.catalogWriting
  }

  /** Writes the catalog now if a change is pending (before the process ends). */
  async close(): Promise<void> {
    if (this.catalogTimer) {
      clearTimeout(this.catalogTimer)
      this.catalogTimer = undefined
      await this.writeCatalog()
    }
    await this.catalogWriting
  }

  /**
   * The whole visit file, from the cache or read from disk; undefined when there is none. A pass
   * over the archive (`keep` false) does not keep what it reads: 5,000 visits cycled through the
   * cache of recent ones would each live long enough to burden the old generation of the heap.
   */
  private async doc(id: string, keep = true): Promise<Low<VisitFile> | undefined> {
    const name = this.byId.get(id)
    if (!name) return undefined
    const entry = this.files.get(name)
    const cached = this.cache.get(id)
    if (cached && entry && sameStamp(cached.stamp, entry.stamp)) {
      this.cache.delete(id)
      this.cache.set(id, cached)
      return cached.doc
    }
    return this.store.locks.runHere(`visit-${id}`, async () => {
      const seen = await this.statFile(name)
      const doc = seen && (await this.readFile(name, seen))
      if (!doc || doc.data.visit.id !== id) {
        this.forget(id)
        return undefined
      }
      if (keep) this.remember(id, doc, seen.stamp)
      return doc
    })
  }

  /** Keeps a whole visit among the last ones used. */
  private remember(id: string, doc: Low<VisitFile>, stamp: Stamp): void {
    this.cache.delete(id)
    this.cache.set(id, { doc, stamp })
    while (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!)
  }

  /** Forgets a visit whose file is gone. */
  private forget(id: string): void {
    const name = this.byId.get(id)
    if (name) this.files.delete(name)
    this.byId.delete(id)
    this.cache.delete(id)
    this.assignVisits()
    this.scheduleCatalogWrite()
  }

  private notFound(id: string): AppError {
    return new AppError('not-found', `visit ${id} not found`, { key: 'error.visitNotFound', id })
  }

  /** The visit's file (revision, lineage and visit). */
  async currentFile(id: string): Promise<VisitFile> {
    const doc = await this.doc(id)
    if (!doc) throw this.notFound(id)
    return structuredClone(doc.data)
  }

  /** The sync engines' copies of visits, by visit and file name. */
  syncConflicts(): SyncConflict[] {
    const known = new Set(this.byId.keys())
    const out: SyncConflict[] = []
    for (const [name, entry] of this.files) {
      if (this.byId.get(entry.id) === name) continue
      const kind = classifyVisitFile(name, known)
      out.push({
        visitId: entry.id,
        file: name,
        engine: kind.kind === 'conflict' ? kind.engine : 'unknown',
      })
    }
    return out.sort((a, b) => a.visitId.localeCompare(b.visitId) || a.file.localeCompare(b.file))
  }

  /** A copy of a visit as it is on disk now (it may have been resolved or changed meanwhile). */
  async readCopy(id: string, file: string): Promise<VisitFile> {
    if (!this.syncConflicts().some((c) => c.visitId === id && c.file === file))
      throw new AppError('not-found', `no copy ${file} of visit ${id}`, {
        key: 'sync.noCopy',
      })
    try {
      const text = await nodeFs.readFile(this.store.path(`visits/${file}`), 'utf8')
      return VisitFileSchema.parse(JSON.parse(text))
    } catch {
      throw new AppError('io', `copy ${file} unreadable`, { key: 'sync.copyUnreadable' })
    }
  }

  /**
   * The version both sides last shared: the newest save (revision and computer) in both lineages,
   * read from this computer's history (or the visit itself when the copy only continues it).
   */
  async sharedVersion(ours: VisitFile, theirs: VisitFile): Promise<Visit | undefined> {
    const mine = new Set(ours.lineage.map((e) => `${e.revision}|${e.machine}`))
    const common = theirs.lineage
      .filter((e) => mine.has(`${e.revision}|${e.machine}`))
      .reduce((best, e) => Math.max(best, e.revision), 0)
    if (!common) return undefined
    if (common === ours.revision) return ours.visit
    const name = `history/${ours.visit.id}/${String(common).padStart(6, '0')}.json`
    try {
      const text = await nodeFs.readFile(this.store.path(name), 'utf8')
      return VisitFileSchema.parse(JSON.parse(text)).visit
    } catch {
      return undefined
    }
  }

  /**
   * Saves the merged visit as a new revision over `baseRevision` and moves the copy to `trash/`
   * (restorable by hand): the two versions are one again.
   */
  async resolveCopy(
    visit: Visit,
    baseRevision: number,
    file: string,
    theirs: LineageEntry[],
  ): Promise<VisitRecord> {
    const record = await this.save(visit, baseRevision, theirs)
    const stamp = this.store.clock.now().toISOString().replace(/[:.]/g, '-')
    await nodeFs
      .rename(this.store.path(`visits/${file}`), this.store.path(`trash/${stamp}.${file}`))
      .catch((err: unknown) => {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw toIoError(err, 'resolve copy')
      })
    if (this.byId.get(visit.id) !== file) this.files.delete(file)
    this.scheduleCatalogWrite()
    this.events.emit({ type: 'copies' })
    return record
  }

  /**
   * Reads again a file of the visits folder that another program (a sync engine, another window)
   * changed, created or removed, and says what it was. A file whose stamp is unchanged since this
   * process last read or wrote it is not read.
   */
  async refreshFile(
    name: string,
  ): Promise<{ kind: 'changed' | 'removed' | 'copy' | 'unchanged' | 'ignored'; id?: string }> {
    if (!name.endsWith('.json') || name.startsWith(TEMP_PREFIX) || name.includes('/'))
      return { kind: 'ignored' }
    const stem = name.slice(0, -'.json'.length)
    const own = /^[A-Za-z0-9_-]{1,64}$/.test(stem) && this.byId.has(stem) ? stem : undefined
    const key = own ? `visit-${own}` : `file:${name}`
    return this.store.locks.runHere(key, async () => {
      const before = this.files.get(name)
      const wasVisit = before !== undefined && this.byId.get(before.id) === name
      const seen = await this.statFile(name)
      if (!seen) {
        if (!before) return { kind: 'ignored' }
        this.files.delete(name)
        this.cache.delete(before.id)
        this.assignVisits()
        this.scheduleCatalogWrite()
        return wasVisit && !this.byId.has(before.id)
          ? { kind: 'removed', id: before.id }
          : { kind: wasVisit ? 'changed' : 'copy', id: before.id }
      }
      if (before && sameStamp(seen.stamp, before.stamp)) return { kind: 'unchanged', id: own }
      const doc = await this.readFile(name, seen)
      if (!doc) {
        if (before) this.cache.delete(before.id)
        this.assignVisits()
        return { kind: 'ignored' }
      }
      const id = doc.data.visit.id
      this.assignVisits()
      if (this.byId.get(id) === name) {
        this.remember(id, doc, seen.stamp)
        return { kind: 'changed', id }
      }
      return { kind: 'copy', id }
    })
  }

  /**
   * Compares every file of the visits folder with what is known (one stat each) and reads again
   * those that differ: the safety net for sync engines and network folders that do not report
   * changes. Answers the files found changed.
   */
  async rescan(): Promise<{ name: string; kind: 'changed' | 'removed' | 'copy'; id?: string }[]> {
    const names = new Set(await this.store.listJson('visits'))
    for (const name of this.files.keys()) names.add(name)
    const out: { name: string; kind: 'changed' | 'removed' | 'copy'; id?: string }[] = []
    for (const name of names) {
      const { kind, id } = await this.refreshFile(name)
      if (kind !== 'unchanged' && kind !== 'ignored')
        out.push({ name, kind, ...(id ? { id } : {}) })
    }
    return out
  }

  /** The stamps are taken as files are read: nothing to note (kept for the folder watch). */
  async noteStamps(): Promise<void> {}

  /** The revisions kept in history for a visit, oldest first, and the current one last. */
  async revisions(id: string): Promise<VisitFile[]> {
    const current = await this.currentFile(id)
    const kept = await this.store.history.read(visitPath(id), VisitFileSchema)
    const earlier = kept
      .map((k) => k.data)
      .filter((file) => file.visit.id === id && file.revision < current.revision)
    return [...earlier, current]
  }

  list(): VisitSummary[] {
    return [...this.byId.values()]
      .map((name) => this.files.get(name)!.summary)
      .sort((a, b) =>
        a.startDate === b.startDate
          ? a.title.localeCompare(b.title)
          : a.startDate < b.startDate
            ? 1
            : -1,
      )
  }

  /** What the archive-wide views need of every visit, without reading any visit file. */
  digests(): VisitDigest[] {
    return [...this.byId.values()].map((name) => this.files.get(name)!.digest)
  }

  /** Whole visits chosen by their digests, read one at a time (a view over part of the archive). */
  async *visitsWhere(wanted: (digest: VisitDigest) => boolean): AsyncGenerator<Visit> {
    for (const digest of this.digests()) {
      if (!wanted(digest)) continue
      const doc = await this.doc(digest.id, false)
      if (doc) yield doc.data.visit
    }
  }

  /** A visit read for a pass over the archive (an index rebuild): not kept among the recent ones. */
  async readOnce(id: string): Promise<Visit | undefined> {
    return (await this.doc(id, false))?.data.visit
  }

  /** The visit, or undefined when there is none with this id. */
  async find(id: string): Promise<VisitRecord | undefined> {
    const doc = await this.doc(id)
    return doc && toRecord(doc.data)
  }

  async get(id: string): Promise<VisitRecord> {
    const record = await this.find(id)
    if (!record) throw this.notFound(id)
    return record
  }

  async create(draft: VisitDraft): Promise<VisitRecord> {
    const header = VisitDraftSchema.parse(draft)
    const visit = VisitSchema.parse({
      ...header,
      id: this.newId(),
      participantIds: [],
      agreements: [],
      items: [],
      createdAt: this.store.clock.now().toISOString(),
    })
    return this.insert(visit)
  }

  /** Stores a complete new visit (from the form, a template or an import). */
  async insert(visit: Visit): Promise<VisitRecord> {
    return this.store.withLock(`visit-${visit.id}`, async () => {
      if (this.byId.has(visit.id)) {
        throw new AppError('conflict', `visit ${visit.id} exists`, { key: 'error.visitExists' })
      }
      const doc = this.store.create<VisitFile>(visitPath(visit.id), this.fileOf(visit, 1, []))
      const text = await this.store.write(doc, 'create visit')
      await this.written(visit.id, doc)
      // The first revision as a copy: a visit damaged before its first save comes back whole.
      // Later revisions enter the history as they are replaced (keepReplaced).
      await this.store.history.keep(visitPath(visit.id), 1, text)
      this.events.emit({ type: 'visit', id: visit.id, outside: false })
      return toRecord(doc.data)
    })
  }

  /** Notes a file this process has just written. */
  private async written(id: string, doc: Low<VisitFile>): Promise<void> {
    const name = `${id}.json`
    const seen = await this.statFile(name).catch(() => undefined)
    if (!seen) return
    this.note(name, doc.data, seen)
    // A save of a visit already known under its own name changes no assignment (no resort).
    if (this.byId.get(id) !== name) this.assignVisits()
    this.remember(id, doc, seen.stamp)
  }

  /**
   * Saves revision `baseRevision + 1` of the visit, or answers `conflict` when the file on disk is
   * no longer `baseRevision`. The check and the write happen under the visit's write lock, so of
   * two writers saving over the same revision (two windows, two processes, two computers on a
   * network share) exactly one succeeds.
   */
  async save(
    visit: Visit,
    baseRevision: number,
    /** Saves of another computer this revision includes (a merge): kept in the lineage. */
    merged: LineageEntry[] = [],
  ): Promise<VisitRecord> {
    return this.store.withLock(`visit-${visit.id}`, async () => {
      this.store.assertWritable()
      const current = await this.readCurrent(visit.id)
      if (current.revision !== baseRevision) {
        throw new AppError('conflict', `visit ${visit.id} changed since revision ${baseRevision}`, {
          key: 'error.visitConflict',
          currentRevision: current.revision,
        })
      }
      const rel = visitPath(visit.id)
      const linked = await this.store.history.keepReplaced(rel, current.revision, () =>
        jsonText(current),
      )
      const doc = this.store.create<VisitFile>(
        rel,
        this.fileOf(visit, current.revision + 1, unionLineage(current.lineage, merged)),
      )
      try {
        await this.store.write(doc, 'save visit')
      } catch (err) {
        if (linked) await this.store.history.forget(rel, current.revision)
        throw err
      }
      await this.written(visit.id, doc)
      this.events.emit({ type: 'visit', id: visit.id, outside: false })
      return toRecord(doc.data)
    })
  }

  /**
   * The visit's file as it is on disk now. Unless it is exactly the file this process last read or
   * wrote (same inode, size and times, the change time included), it is read again: another
   * window, process or sync engine may have replaced it or written it in place.
   */
  private async readCurrent(id: string): Promise<VisitFile> {
    const name = `${id}.json`
    const seen = await this.statFile(name).catch((err: unknown) => {
      throw toIoError(err, 'save visit')
    })
    if (!seen) {
      if (this.byId.get(id) === name) this.forget(id)
      throw this.notFound(id)
    }
    const cached = this.cache.get(id)
    if (cached && sameStamp(seen.stamp, cached.stamp)) return cached.doc.data
    const doc = await this.readFile(name, seen, { lockHeld: true })
    this.assignVisits()
    if (!doc || doc.data.visit.id !== id) {
      this.cache.delete(id)
      throw new AppError('io', `visit ${id} unreadable`, { key: 'error.visitUnreadable', id })
    }
    this.remember(id, doc, seen.stamp)
    return doc.data
  }

  /** Moves the visit file to `trash/`, from where it can be restored by hand. */
  async delete(id: string): Promise<void> {
    return this.store.withLock(`visit-${id}`, async () => {
      this.store.assertWritable()
      if (!this.byId.has(id)) throw this.notFound(id)
      const stamp = this.store.clock.now().toISOString().replace(/[:.]/g, '-')
      try {
        await nodeFs.rename(
          this.store.path(visitPath(id)),
          this.store.path(`trash/${id}.${stamp}.json`),
        )
      } catch (err) {
        throw toIoError(err, 'delete visit')
      }
      this.forget(id)
      this.events.emit({ type: 'visit', id, outside: false, removed: true })
    })
  }

  /** The file of a new revision: it records this computer and user in the visit's lineage. */
  private fileOf(visit: Visit, revision: number, lineage: LineageEntry[]): VisitFile {
    const at = this.store.clock.now().toISOString()
    const entry = {
      revision,
      machine: this.machine.id,
      name: this.machine.name,
      author: this.machine.author,
      at,
    }
    return {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      revision,
      updatedAt: at,
      visit,
      lineage: [...lineage, entry].slice(-LINEAGE_DEPTH),
    }
  }
}

function toRecord(file: VisitFile): VisitRecord {
  return { visit: file.visit, revision: file.revision, updatedAt: file.updatedAt }
}

function summarise(file: VisitFile): VisitSummary {
  const v = file.visit
  return {
    id: v.id,
    title: v.title,
    partnerCountry: v.partnerCountry,
    partnerRegion: v.partnerRegion,
    startDate: v.startDate,
    endDate: v.endDate,
    status: v.status,
    itemCount: v.items.length,
    revision: file.revision,
    updatedAt: file.updatedAt,
  }
}

/** Both computers' saves, once each, oldest first, the newest LINEAGE_DEPTH - 1 kept. */
function unionLineage(ours: LineageEntry[], theirs: LineageEntry[]): LineageEntry[] {
  if (theirs.length === 0) return ours
  const seen = new Set<string>()
  return [...ours, ...theirs]
    .filter((e) => {
      const key = `${e.revision}|${e.machine}`
      return seen.has(key) ? false : (seen.add(key), true)
    })
    .sort((a, b) => a.revision - b.revision || a.at.localeCompare(b.at))
    .slice(-(LINEAGE_DEPTH - 1))
}
