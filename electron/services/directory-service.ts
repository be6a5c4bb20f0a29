import type { DirectoryRecord } from '../../shared/api/contract'
import { AppError } from '../../shared/api/errors'
import { emptyDirectory, mergeDirectory, type Directory } from '../../shared/domain/directory'
import { PassportSchema, type Person } from '../../shared/domain/people'
import { KeyedMutex } from './keyed-mutex'
import type { SecretBox } from './personal-data'
import type { Store } from './store/open-store'
import {
  CURRENT_SCHEMA_VERSION,
  StoredDirectoryFileSchema,
  type StoredDirectoryFile,
  type StoredPerson,
} from './store/schema'

const FILE = 'directory.json'

/**
 * People, organisations and venues in one durable file with a revision. Passport data is sealed
 * with the personal-data key on disk and opened in memory; data sealed with another key (a folder
 * copied from another computer) is kept sealed, untouched, and counted in the storage report.
 */
export class DirectoryService {
  private readonly mutex = new KeyedMutex()
  /** Sealed passport data this key cannot open, by person id: written back as it was. */
  private locked = new Map<string, string>()

  private constructor(
    private readonly store: Store,
    private readonly secrets: SecretBox,
    private record: DirectoryRecord,
  ) {}

  /** Loads the directory; a missing one starts from `seed` (the shipped venues). */
  static async open(store: Store, seed: Directory, secrets: SecretBox): Promise<DirectoryService> {
    const loaded = await store.load(FILE, StoredDirectoryFileSchema)
    if (loaded.status === 'ok') {
      const file = loaded.doc.data
      const service = new DirectoryService(store, secrets, {
        directory: emptyDirectory(),
        revision: file.revision,
        updatedAt: file.updatedAt,
      })
      service.record.directory = service.unseal(file.directory)
      // Passport data found in the clear (written before sealing existed) is sealed now.
      if (file.directory.people.some((p) => p.passport) && !store.report.readOnly)
        await service.write(service.record)
      return service
    }
    const fresh: DirectoryRecord = {
      directory: loaded.status === 'missing' ? seed : emptyDirectory(),
      revision: 1,
      updatedAt: store.clock.now().toISOString(),
    }
    const service = new DirectoryService(store, secrets, fresh)
    // A refused (newer) file is never overwritten; a quarantined one has been moved aside already.
    if (loaded.status !== 'refused' && !store.report.readOnly) await service.write(fresh)
    return service
  }

  get(): DirectoryRecord {
    return this.record
  }

  /**
   * Reads the directory again when another program (a sync engine) replaced the file; answers
   * whether it changed. A damaged file is quarantined by the store and the loaded one stays.
   */
  async refresh(): Promise<boolean> {
    return this.mutex.run(FILE, async () => {
      const loaded = await this.store.load(FILE, StoredDirectoryFileSchema)
      if (loaded.status !== 'ok') return false
      const file = loaded.doc.data
      if (file.revision === this.record.revision && file.updatedAt === this.record.updatedAt)
        return false
      this.record = {
        directory: this.unseal(file.directory),
        revision: file.revision,
        updatedAt: file.updatedAt,
      }
      return true
    })
  }

  async save(directory: Directory, baseRevision: number): Promise<DirectoryRecord> {
    return this.mutex.run(FILE, async () => {
      this.store.assertWritable()
      const loaded = await this.store.load(FILE, StoredDirectoryFileSchema)
      if (loaded.status === 'refused') {
        throw new AppError('io', 'directory written by a newer version', { key: 'error.newerFile' })
      }
      const currentRevision =
        loaded.status === 'ok' ? loaded.doc.data.revision : this.record.revision
      if (currentRevision !== baseRevision) {
        throw new AppError('conflict', `directory changed since revision ${baseRevision}`, {
          key: 'error.directoryConflict',
          currentRevision,
        })
      }
      const next: DirectoryRecord = {
        directory,
        revision: currentRevision + 1,
        updatedAt: this.store.clock.now().toISOString(),
      }
      await this.write(next)
      this.record = next
      return this.get()
    })
  }

  /** Adds the entries a template brings that the directory lacks (existing entries win). */
  async addMissing(extra: Directory): Promise<void> {
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
      return rest
    })
    if (removed > 0) await this.save({ ...directory, people }, revision)
    return removed
  }

  /** People whose passport data was sealed with a key this computer does not have. */
  get lockedCount(): number {
    return this.locked.size
  }

  private unseal(stored: StoredDirectoryFile['directory']): Directory {
    this.locked = new Map()
    const people = stored.people.map((p): Person => {
      const { passportSealed, ...person } = p
      if (!passportSealed) return person
      try {
        const passport = PassportSchema.parse(JSON.parse(this.secrets.open(passportSealed)))
        return { ...person, passport }
      } catch {
        this.locked.set(p.id, passportSealed)
        return person
      }
    })
    return { ...stored, people }
  }

  private seal(directory: Directory): StoredDirectoryFile['directory'] {
    const people = directory.people.map((p): StoredPerson => {
      const { passport, ...person } = p
      if (passport)
        return { ...person, passportSealed: this.secrets.seal(JSON.stringify(passport)) }
      const kept = this.locked.get(p.id)
      return kept ? { ...person, passportSealed: kept } : person
    })
    return { ...directory, people }
  }

  private async write(record: DirectoryRecord): Promise<void> {
    const doc = this.store.create<StoredDirectoryFile>(FILE, {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      revision: record.revision,
      updatedAt: record.updatedAt,
      directory: this.seal(record.directory),
    })
    await this.store.write(doc, 'save directory')
  }
}
