import * as nodeFs from 'node:fs/promises'
import { classifyVisitFile, type SyncConflict } from '../../shared/domain/sync-conflicts'
import { TEMP_PREFIX } from './store/atomic-write'
import type { Machine } from './machine'
import { AppEvents } from './app-events'

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

/**
 * What identifies a file's content on disk: an atomic replace by anyone makes a new inode, and
 * any write in place changes the change time, which no tool can set back (utimes sets only the
 * access and modification times, and itself changes the change time).
 */
interface Stamp {
  ino: number
  size: number
  mtimeMs: number
  ctimeMs: number
}
const sameStamp = (a: Stamp, b: Stamp) =>
  a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs
const stampOfStat = (s: { ino: number; size: number; mtimeMs: number; ctimeMs: number }) => ({
  ino: s.ino,
  size: s.size,
  mtimeMs: s.mtimeMs,
  ctimeMs: s.ctimeMs,
})

/** Visits, one durable file each, with revision checks against concurrent writers. */
export class VisitsService {
  private readonly docs = new Map<string, Low<VisitFile>>()
  /** The stamp of each file as this process last read or wrote it. */
  private readonly stamps = new Map<string, Stamp>()

  private constructor(
    private readonly store: Store,
    private readonly newId: () => string,
    private readonly machine: Machine,
    /** Told of every visit this process creates, saves or deletes. */
    private readonly events: AppEvents,
  ) {}

  /** Copies of visit files made by sync engines, found at start; never loaded as the visit. */
  private readonly copies: SyncConflict[] = []
  /** Stamps of the copies as last read. */
  private readonly fileStamps = new Map<string, Stamp>()

  /**
   * Loads every visit file; damaged ones are quarantined by the store and skipped. A visit is the
   * file named after its id; another file holding the same visit is a sync engine's copy (two
   * computers changed it), kept aside and reported, never mixed with the visit.
   */
  static async open(
    store: Store,
    newId: () => string,
    machine: Machine = UNKNOWN_MACHINE,
    events: AppEvents = new AppEvents(),
  ): Promise<VisitsService> {
    const service = new VisitsService(store, newId, machine, events)
    const files = await store.loadFolderNamed('visits', VisitFileSchema)
    const others: typeof files = []
    for (const file of files) {
      if (file.name === `${file.doc.data.visit.id}.json`)
        service.docs.set(file.doc.data.visit.id, file.doc)
      else others.push(file)
    }
    const known = new Set(service.docs.keys())
    for (const { name, doc } of others) {
      const id = doc.data.visit.id
      if (!service.docs.has(id)) {
        // The only file of this visit, under another name: it is the visit.
        service.docs.set(id, doc)
        continue
      }
      const kind = classifyVisitFile(name, known)
      service.copies.push({
        visitId: id,
        file: name,
        engine: kind.kind === 'conflict' ? kind.engine : 'unknown',
      })
    }
    return service
  }

  /** The visit's file as this process holds it (revision, lineage and visit). */
  currentFile(id: string): VisitFile {
    const doc = this.docs.get(id)
    if (!doc)
      throw new AppError('not-found', `visit ${id} not found`, { key: 'error.visitNotFound', id })
    return structuredClone(doc.data)
  }

  /** A copy of a visit as it is on disk now (it may have been resolved or changed meanwhile). */
  async readCopy(id: string, file: string): Promise<VisitFile> {
    const copy = this.copies.find((c) => c.visitId === id && c.file === file)
    if (!copy)
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
    const at = this.copies.findIndex((c) => c.visitId === visit.id && c.file === file)
    if (at >= 0) this.copies.splice(at, 1)
    this.events.emit({ type: 'copies' })
    return record
  }

  /**
   * Reads again a file of the visits folder that another program (a sync engine, another window)
   * changed, created or removed, and says what it was. A file this process wrote itself and that
   * is unchanged since is not read.
   */
  async refreshFile(
    name: string,
  ): Promise<{ kind: 'changed' | 'removed' | 'copy' | 'unchanged' | 'ignored'; id?: string }> {
    if (!name.endsWith('.json') || name.startsWith(TEMP_PREFIX) || name.includes('/'))
      return { kind: 'ignored' }
    const stem = name.slice(0, -'.json'.length)
    const own = /^[A-Za-z0-9_-]{1,64}$/.test(stem) && this.docs.has(stem) ? stem : undefined
    const key = own ? `visit-${own}` : `file:${name}`
    return this.store.locks.runHere(key, async () => {
      const rel = `visits/${name}`
      const stat = await nodeFs.stat(this.store.path(rel)).catch(() => undefined)
      if (!stat) {
        const copyAt = this.copies.findIndex((c) => c.file === name)
        if (copyAt >= 0) {
          const [gone] = this.copies.splice(copyAt, 1)
          return { kind: 'copy', id: gone!.visitId }
        }
        if (own) {
          this.docs.delete(own)
          this.stamps.delete(own)
          return { kind: 'removed', id: own }
        }
        return { kind: 'ignored' }
      }
      const stamp = stampOfStat(stat)
      const known = own ? this.stamps.get(own) : this.fileStamps.get(name)
      if (known && sameStamp(stamp, known)) return { kind: 'unchanged', id: own }
      const loaded = await this.store.load(rel, VisitFileSchema)
      if (loaded.status !== 'ok') return { kind: 'ignored' }
      const id = loaded.doc.data.visit.id
      if (name === `${id}.json` || !this.docs.has(id)) {
        this.docs.set(id, loaded.doc)
        this.stamps.set(id, stamp)
        return { kind: 'changed', id }
      }
      this.fileStamps.set(name, stamp)
      if (!this.copies.some((c) => c.file === name)) {
        const kind = classifyVisitFile(name, new Set(this.docs.keys()))
        this.copies.push({
          visitId: id,
          file: name,
          engine: kind.kind === 'conflict' ? kind.engine : 'unknown',
        })
      }
      return { kind: 'copy', id }
    })
  }

  /**
   * Compares every file of the visits folder with what is loaded (one stat each) and reads again
   * those that differ: the safety net for sync engines and network folders that do not report
   * changes. Answers the files found changed.
   */
  async rescan(): Promise<{ name: string; kind: 'changed' | 'removed' | 'copy'; id?: string }[]> {
    const names = new Set(await this.store.listJson('visits'))
    for (const id of this.docs.keys()) names.add(`${id}.json`)
    for (const c of this.copies) names.add(c.file)
    const out: { name: string; kind: 'changed' | 'removed' | 'copy'; id?: string }[] = []
    for (const name of names) {
      const { kind, id } = await this.refreshFile(name)
      if (kind !== 'unchanged' && kind !== 'ignored')
        out.push({ name, kind, ...(id ? { id } : {}) })
    }
    return out
  }

  /** Remembers the files as they are now, so that only later changes count as changes. */
  async noteStamps(): Promise<void> {
    for (const id of this.docs.keys()) if (!this.stamps.has(id)) await this.remember(id)
    for (const c of this.copies) {
      const s = await nodeFs.stat(this.store.path(`visits/${c.file}`)).catch(() => undefined)
      if (s) this.fileStamps.set(c.file, stampOfStat(s))
    }
  }

  /** The revisions kept in history for a visit, oldest first, and the current one last. */
  async revisions(id: string): Promise<VisitFile[]> {
    const current = this.currentFile(id)
    const kept = await this.store.history.read(visitPath(id), VisitFileSchema)
    const earlier = kept
      .map((k) => k.data)
      .filter((file) => file.visit.id === id && file.revision < current.revision)
    return [...earlier, current]
  }

  /** The sync engines' copies of visits, by visit and file name. */
  syncConflicts(): SyncConflict[] {
    return [...this.copies].sort(
      (a, b) => a.visitId.localeCompare(b.visitId) || a.file.localeCompare(b.file),
    )
  }

  list(): VisitSummary[] {
    return [...this.docs.values()]
      .map(({ data }) => summarise(data))
      .sort((a, b) =>
        a.startDate === b.startDate
          ? a.title.localeCompare(b.title)
          : a.startDate < b.startDate
            ? 1
            : -1,
      )
  }

  /** The visit, or undefined when there is none with this id. */
  find(id: string): VisitRecord | undefined {
    const doc = this.docs.get(id)
    return doc && toRecord(doc.data)
  }

  get(id: string): VisitRecord {
    const doc = this.docs.get(id)
    if (!doc)
      throw new AppError('not-found', `visit ${id} not found`, { key: 'error.visitNotFound', id })
    return toRecord(doc.data)
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
      if (this.docs.has(visit.id)) {
        throw new AppError('conflict', `visit ${visit.id} exists`, { key: 'error.visitExists' })
      }
      const doc = this.store.create<VisitFile>(visitPath(visit.id), this.fileOf(visit, 1, []))
      const text = await this.store.write(doc, 'create visit')
      this.docs.set(visit.id, doc)
      await this.remember(visit.id)
      // The first revision as a copy: a visit damaged before its first save comes back whole.
      // Later revisions enter the history as they are replaced (keepReplaced).
      await this.store.history.keep(visitPath(visit.id), 1, text)
      this.events.emit({ type: 'visit', id: visit.id, outside: false })
      return toRecord(doc.data)
    })
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
      this.docs.set(visit.id, doc)
      await this.remember(visit.id)
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
    const stamp = await this.stampOf(id)
    const known = this.docs.get(id)
    const remembered = this.stamps.get(id)
    if (stamp && known && remembered && sameStamp(stamp, remembered)) return known.data
    const loaded = stamp
      ? await this.store.load(visitPath(id), VisitFileSchema, { lockHeld: true })
      : ({ status: 'missing' } as const)
    if (loaded.status === 'missing') {
      this.docs.delete(id)
      throw new AppError('not-found', `visit ${id} not found`, { key: 'error.visitNotFound', id })
    }
    if (loaded.status !== 'ok') {
      this.docs.delete(id)
      throw new AppError('io', `visit ${id} unreadable`, { key: 'error.visitUnreadable', id })
    }
    this.docs.set(id, loaded.doc)
    // The stamp taken before the read: if the file changed since, the next look reads it again.
    if (stamp) this.stamps.set(id, stamp)
    return loaded.doc.data
  }

  private async stampOf(id: string): Promise<Stamp | undefined> {
    try {
      const s = await nodeFs.stat(this.store.path(visitPath(id)))
      return stampOfStat(s)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw toIoError(err, 'save visit')
    }
  }

  /** Notes the file as this process wrote or read it. */
  private async remember(id: string): Promise<void> {
    const stamp = await this.stampOf(id).catch(() => undefined)
    if (stamp) this.stamps.set(id, stamp)
    else this.stamps.delete(id)
  }

  /** Moves the visit file to `trash/`, from where it can be restored by hand. */
  async delete(id: string): Promise<void> {
    return this.store.withLock(`visit-${id}`, async () => {
      this.store.assertWritable()
      if (!this.docs.has(id))
        throw new AppError('not-found', `visit ${id} not found`, { key: 'error.visitNotFound', id })
      const stamp = this.store.clock.now().toISOString().replace(/[:.]/g, '-')
      try {
        await nodeFs.rename(
          this.store.path(visitPath(id)),
          this.store.path(`trash/${id}.${stamp}.json`),
        )
      } catch (err) {
        throw toIoError(err, 'delete visit')
      }
      this.docs.delete(id)
      this.stamps.delete(id)
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
