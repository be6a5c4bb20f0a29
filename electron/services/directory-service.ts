import type {
  DepartmentKeyStatus,
  DirectoryCopyMerge,
  DirectoryRecord,
} from '../../shared/api/contract'
import { AppError } from '../../shared/api/errors'
import {
  emptyDirectory,
  mergeDirectory,
  reconcileDirectoryCopy,
  type Directory,
} from '../../shared/domain/directory'
import { PassportSchema, type Person } from '../../shared/domain/people'
import { sealedBy, type DepartmentKeyInfo, type Keyring } from './department-key'
import { jsonText } from './store/durable-json-file'
import type { Store } from './store/open-store'
import { AppEvents } from './app-events'
import { rootCopiesOf, trashMergedCopy } from './sync-copies'
import { scrubDirectoryCopies } from './passport-scrub'
import {
  CURRENT_SCHEMA_VERSION,
  StoredDirectoryFileSchema,
  type StoredDirectoryFile,
  type StoredPerson,
} from './store/schema'

const FILE = 'directory.json'
const LOCK = 'directory'

/** Passport data as it was read: the sealed text and what it opened to. */
interface Opened {
  sealed: string
  plain: string
}

/**
 * People, organisations and venues in one durable file with a revision. Passport data is sealed
 * on disk and opened in memory: with the department key the file names (a shared archive), else
 * with this computer's own key. Data sealed with a key this computer does not have is kept
 * sealed, untouched, and counted in the storage report; once the key is imported it opens, and
 * what this computer sealed alone is sealed again with the department key.
 */
export class DirectoryService {
  /** Sealed passport data no key here can open, by person id: written back as it was. */
  private locked = new Map<string, string>()
  /** Passport data as read, by person id: unchanged data is written back as it was sealed. */
  private opened = new Map<string, Opened>()
  /** The department key the file says its passport data is sealed with. */
  private departmentKey: DepartmentKeyInfo | undefined
  /** The sync engines' copies of the directory merged while the app runs. */
  readonly copyMerges: DirectoryCopyMerge[] = []
  /**
   * The file was damaged and no good revision could be put back (its bytes are in quarantine):
   * nothing is written unless the officer saves the directory, so that an empty directory never
   * goes out to the other computers on its own.
   */
  private unrecovered = false

  private constructor(
    private readonly store: Store,
    private readonly keys: Keyring,
    private record: DirectoryRecord,
    /** Told of every revision this process writes. */
    private readonly events: AppEvents,
  ) {}

  /**
   * Loads the directory; a missing one starts from `seed` (the shipped venues). A damaged one has
   * been restored by the store from its last good revision; without one, or when the file comes
   * from a newer version, nothing is written: the officer's next save makes the file again, and a
   * second computer holding the directory never finds it replaced by an empty one.
   */
  static async open(
    store: Store,
    seed: Directory,
    keys: Keyring,
    events: AppEvents = new AppEvents(),
  ): Promise<DirectoryService> {
    const loaded = await store.load(FILE, StoredDirectoryFileSchema)
    if (loaded.status === 'ok') {
      const file = loaded.doc.data
      const service = new DirectoryService(
        store,
        keys,
        { directory: emptyDirectory(), revision: file.revision, updatedAt: file.updatedAt },
        events,
      )
      service.departmentKey = file.departmentKey
      service.record.directory = service.unseal(file.directory)
      // Passport data found in the clear (written before sealing existed), or sealed by this
      // computer alone in an archive that has a department key, is sealed again now.
      const clear = file.directory.people.some((p) => p.passport)
      if ((clear || service.needsReseal()) && !store.report.readOnly) await service.resealQuietly()
      await service.reconcileCopies()
      return service
    }
    const fresh: DirectoryRecord = {
      directory: loaded.status === 'missing' ? seed : emptyDirectory(),
      revision: 1,
      updatedAt: store.clock.now().toISOString(),
    }
    const service = new DirectoryService(store, keys, fresh, events)
    service.unrecovered = loaded.status === 'quarantined'
    if (loaded.status === 'missing' && !store.report.readOnly)
      await store.withLock(LOCK, async () => {
        // Another computer may have made it meanwhile: that one stands.
        const now = await store.load(FILE, StoredDirectoryFileSchema, { lockHeld: true })
        if (now.status === 'missing') await service.write(fresh)
      })
    return service
  }

  get(): DirectoryRecord {
    return this.record
  }

  /**
   * Reads the directory again when another program (a sync engine) replaced the file, or with
   * `force` after a key was imported; answers whether it changed. A damaged file is quarantined by
   * the store and the loaded one stays.
   */
  async refresh(force = false): Promise<boolean> {
    const changed = await this.store.locks.runHere(LOCK, async () => {
      const loaded = await this.store.load(FILE, StoredDirectoryFileSchema)
      if (loaded.status !== 'ok') return false
      const file = loaded.doc.data
      if (
        !force &&
        file.revision === this.record.revision &&
        file.updatedAt === this.record.updatedAt
      )
        return false
      this.departmentKey = file.departmentKey
      this.record = {
        directory: this.unseal(file.directory),
        revision: file.revision,
        updatedAt: file.updatedAt,
      }
      this.unrecovered = false
      return true
    })
    if (changed && this.needsReseal() && !this.store.report.readOnly) await this.resealQuietly()
    return changed
  }

  /**
   * Saves revision `baseRevision + 1`, or answers `conflict` when the file is no longer that
   * revision; the check and the write hold the directory's write lock (one writer across processes
   * and computers), and the revision replaced is kept in the history.
   */
  async save(directory: Directory, baseRevision: number): Promise<DirectoryRecord> {
    return this.store.withLock(LOCK, async () => {
      this.store.assertWritable()
      const loaded = await this.store.load(FILE, StoredDirectoryFileSchema, { lockHeld: true })
      if (loaded.status === 'refused') {
        throw new AppError('io', 'directory written by a newer version', { key: 'error.newerFile' })
      }
      const currentRevision =
        loaded.status === 'ok' ? loaded.doc.data.revision : this.record.revision
      // Another computer's file with the same revision number (two saves of revision N on a
      // network share) is a change too: the time of the save tells them apart.
      const replaced =
        loaded.status === 'ok' &&
        baseRevision === this.record.revision &&
        loaded.doc.data.updatedAt !== this.record.updatedAt
      if (currentRevision !== baseRevision || replaced) {
        throw new AppError('conflict', `directory changed since revision ${baseRevision}`, {
          key: 'error.directoryConflict',
          currentRevision,
        })
      }
      const updatedAt = this.store.clock.now().toISOString()
      const next: DirectoryRecord = {
        directory: this.stampPassportChanges(directory, updatedAt),
        revision: currentRevision + 1,
        updatedAt,
      }
      if (loaded.status === 'ok')
        await this.store.history.keep(FILE, currentRevision, () => jsonText(loaded.doc.data))
      await this.write(next)
      this.record = next
      this.unrecovered = false
      this.events.emit({ type: 'directory', outside: false })
      return this.get()
    })
  }

  /**
   * Notes when each person's passport data was entered, changed or deleted, so that of two
   * computers' versions the later stands. A time given with the data that differs from the one
   * held (a merge taking the other computer's) is kept.
   */
  private stampPassportChanges(directory: Directory, now: string): Directory {
    const before = new Map(this.record.directory.people.map((p) => [p.id, p]))
    return {
      ...directory,
      people: directory.people.map((p) => {
        const was = before.get(p.id)
        if (was && p.passportChangedAt !== was.passportChangedAt) return p
        const same = was
          ? JSON.stringify(was.passport ?? null) === JSON.stringify(p.passport ?? null)
          : !p.passport
        return same ? p : { ...p, passportChangedAt: now }
      }),
    }
  }

  /** Adds the entries a template brings that the directory lacks (existing entries win). */
  async addMissing(extra: Directory): Promise<void> {
    this.refuseWhileUnrecovered()
    const { directory, revision } = this.get()
    const merged = mergeDirectory(directory, extra)
    const grew =
      merged.people.length !== directory.people.length ||
      merged.organisations.length !== directory.organisations.length ||
      merged.venues.length !== directory.venues.length
    if (grew) await this.save(merged, revision)
  }

  /**
   * Removes the passport data of these people, including data sealed with another key. Answers
   * how many had any.
   */
  async deletePersonalData(personIds: string[]): Promise<number> {
    const wanted = new Set(personIds)
    const { directory, revision } = this.get()
    let removed = 0
    const people = directory.people.map((p) => {
      if (!wanted.has(p.id) || (!p.passport && !this.locked.has(p.id))) return p
      removed++
      this.locked.delete(p.id)
      const { passport: _gone, ...rest } = p
      return { ...rest, passportChangedAt: this.store.clock.now().toISOString() }
    })
    if (removed > 0) {
      await this.save({ ...directory, people }, revision)
      // Deleted means deleted: the revisions kept for restoring and every other copy lose it too.
      await scrubDirectoryCopies(this.store, wanted)
    }
    return removed
  }

  /**
   * Merges the copies of the directory file a sync engine left beside it (two computers changed
   * the directory apart): entries either side added are kept, an entry both changed keeps this
   * computer's fields completed by the other's; the copy goes to `trash/` and the merge is
   * reported. Answers whether the directory changed. A conflict with a newer save waits for the
   * next look.
   */
  async reconcileCopies(): Promise<boolean> {
    if (this.store.report.readOnly || this.unrecovered) return false
    const copies = await rootCopiesOf(this.store, 'directory')
    let changed = false
    for (const name of copies) {
      const loaded = await this.store.load(name, StoredDirectoryFileSchema)
      if (loaded.status !== 'ok') continue // damaged (quarantined) or newer (refused): reported
      const copy = loaded.doc.data
      const sealedInCopy = new Map<string, string>()
      const theirs: Directory = {
        ...copy.directory,
        people: copy.directory.people.map((p): Person => {
          const { passportSealed, ...person } = p
          if (!passportSealed) return person
          try {
            const plain = this.keys.open(passportSealed, p.id)
            return { ...person, passport: PassportSchema.parse(JSON.parse(plain)) }
          } catch {
            sealedInCopy.set(p.id, passportSealed)
            return person
          }
        }),
      }
      const ours = new Set(this.record.directory.people.map((p) => p.id))
      const result = reconcileDirectoryCopy(this.record.directory, theirs)
      // Sealed data this side cannot open comes with people this side did not have, and with
      // those whose passport data the other side entered or deleted later; for the others this
      // side's passport data (or its deletion) stands.
      const taken = new Set(result.passportsTaken)
      const lockedBefore = new Map(this.locked)
      for (const id of taken) this.locked.delete(id)
      for (const [id, sealed] of sealedInCopy)
        if (!ours.has(id) || taken.has(id)) this.locked.set(id, sealed)
      // A department key made on the other computer while apart becomes the archive's.
      const keyBefore = this.departmentKey
      if (!this.departmentKey && copy.departmentKey) this.departmentKey = copy.departmentKey
      try {
        await this.save(result.directory, this.record.revision)
      } catch (err) {
        this.departmentKey = keyBefore
        this.locked = lockedBefore
        if (err instanceof AppError) continue
        throw err
      }
      this.copyMerges.push({
        ...(await trashMergedCopy(this.store, name)),
        added: result.added,
        differing: result.differing,
      })
      changed = true
    }
    return changed
  }

  /** Changes the officer did not ask for (a template's people, an import's) wait for a good file. */
  private refuseWhileUnrecovered(): void {
    if (this.unrecovered)
      throw new AppError('io', 'directory damaged, no good revision', {
        key: 'error.directoryUnrecovered',
      })
  }

  /** People whose passport data was sealed with a key this computer does not have. */
  get lockedCount(): number {
    return this.locked.size
  }

  /** The archive's department key and how its passport data is sealed, as seen here. */
  keyStatus(): DepartmentKeyStatus {
    let computer = 0
    for (const o of this.opened.values()) if (sealedBy(o.sealed)?.kind === 'computer') computer++
    return {
      archive: this.departmentKey ?? null,
      available: !this.departmentKey || this.keys.has(this.departmentKey.fingerprint),
      sealed: {
        department: this.opened.size - computer,
        computer,
        locked: this.locked.size,
      },
    }
  }

  /**
   * Makes `key` (already on this computer) the archive's department key and seals every passport
   * this computer can open with it, as a new revision of the directory.
   */
  async adoptDepartmentKey(key: DepartmentKeyInfo): Promise<void> {
    if (!this.keys.has(key.fingerprint)) throw new Error('department key not on this computer')
    const previous = this.departmentKey
    this.departmentKey = { fingerprint: key.fingerprint, name: key.name, createdAt: key.createdAt }
    try {
      await this.save(this.record.directory, this.record.revision)
    } catch (err) {
      this.departmentKey = previous
      throw err
    }
  }

  /**
   * Writes the directory again as a new revision (after a key import): windows holding the older
   * revision, which lacked the passport data just opened, must load it before they save.
   */
  async saveAgain(): Promise<void> {
    await this.save(this.record.directory, this.record.revision)
  }

  /** True when passport data opened here is not yet sealed with the archive's key, and can be. */
  private needsReseal(): boolean {
    const target = this.departmentKey?.fingerprint
    if (!target || !this.keys.has(target)) return false
    return [...this.opened.values()].some((o) => !sameKey(o.sealed, target))
  }

  /** Seals again as a new revision; a conflict (another computer saved first) waits for later. */
  private async resealQuietly(): Promise<void> {
    if (this.unrecovered) return
    try {
      await this.save(this.record.directory, this.record.revision)
    } catch (err) {
      if (!(err instanceof AppError)) throw err
    }
  }

  private unseal(stored: StoredDirectoryFile['directory']): Directory {
    this.locked = new Map()
    this.opened = new Map()
    const people = stored.people.map((p): Person => {
      const { passportSealed, ...person } = p
      if (!passportSealed) return person
      try {
        const plain = this.keys.open(passportSealed, p.id)
        const passport = PassportSchema.parse(JSON.parse(plain))
        this.opened.set(p.id, { sealed: passportSealed, plain: JSON.stringify(passport) })
        return { ...person, passport }
      } catch {
        this.locked.set(p.id, passportSealed)
        return person
      }
    })
    return { ...stored, people }
  }

  /**
   * The people as stored, and the passport data as now sealed. Unchanged data keeps its sealed
   * text unless it is to move to the archive's key; new or changed data needs the archive's key.
   */
  private seal(directory: Directory): {
    people: StoredPerson[]
    opened: Map<string, Opened>
    locked: Map<string, string>
  } {
    const target = this.departmentKey?.fingerprint
    const canSeal = !target || this.keys.has(target)
    const opened = new Map<string, Opened>()
    const locked = new Map<string, string>()
    const people = directory.people.map((p): StoredPerson => {
      const { passport, ...person } = p
      if (passport) {
        const plain = JSON.stringify(passport)
        const before = this.opened.get(p.id)
        let sealed: string
        if (before && before.plain === plain && (!canSeal || sameKey(before.sealed, target))) {
          sealed = before.sealed
        } else if (canSeal) {
          sealed = this.keys.seal(plain, target, p.id)
        } else {
          throw new AppError('invalid', 'department key not on this computer', {
            key: 'error.departmentKeyMissing',
            name: this.departmentKey?.name ?? '',
            fingerprint: target ?? '',
          })
        }
        opened.set(p.id, { sealed, plain })
        return { ...person, passportSealed: sealed }
      }
      const kept = this.locked.get(p.id)
      if (!kept) return person
      locked.set(p.id, kept)
      return { ...person, passportSealed: kept }
    })
    return { people, opened, locked }
  }

  private async write(record: DirectoryRecord): Promise<void> {
    const sealed = this.seal(record.directory)
    const doc = this.store.create<StoredDirectoryFile>(FILE, {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      revision: record.revision,
      updatedAt: record.updatedAt,
      directory: { ...record.directory, people: sealed.people },
      ...(this.departmentKey ? { departmentKey: this.departmentKey } : {}),
    })
    const text = await this.store.write(doc, 'save directory')
    this.opened = sealed.opened
    this.locked = sealed.locked
    await this.store.history.keep(FILE, record.revision, text)
  }
}

/** Whether `sealed` was sealed with the department key `fingerprint` (none: this computer's). */
function sameKey(sealed: string, fingerprint: string | undefined): boolean {
  const by = sealedBy(sealed)
  return fingerprint
    ? by?.kind === 'department' && by.fingerprint === fingerprint
    : by?.kind === 'computer'
}
