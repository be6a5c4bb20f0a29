import type { Low } from 'lowdb'
import type { DirectoryRecord } from '../../shared/api/contract'
import { AppError } from '../../shared/api/errors'
import { emptyDirectory, mergeDirectory, type Directory } from '../../shared/domain/directory'
import { KeyedMutex } from './keyed-mutex'
import type { Store } from './store/open-store'
import { CURRENT_SCHEMA_VERSION, DirectoryFileSchema, type DirectoryFile } from './store/schema'

const FILE = 'directory.json'

/** People, organisations and venues in one durable file with a revision. */
export class DirectoryService {
  private readonly mutex = new KeyedMutex()

  private constructor(
    private readonly store: Store,
    private doc: Low<DirectoryFile>,
  ) {}

  /** Loads the directory; a missing one starts from `seed` (the shipped venues). */
  static async open(store: Store, seed: Directory): Promise<DirectoryService> {
    const loaded = await store.load(FILE, DirectoryFileSchema)
    if (loaded.status === 'ok') return new DirectoryService(store, loaded.doc)
    const fresh = store.create<DirectoryFile>(FILE, {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      revision: 1,
      updatedAt: store.clock.now().toISOString(),
      directory: loaded.status === 'missing' ? seed : emptyDirectory(),
    })
    // A refused (newer) file is never overwritten; a quarantined one has been moved aside already.
    if (loaded.status !== 'refused' && !store.report.readOnly)
      await store.write(fresh, 'create directory')
    return new DirectoryService(store, fresh)
  }

  get(): DirectoryRecord {
    const { directory, revision, updatedAt } = this.doc.data
    return { directory, revision, updatedAt }
  }

  async save(directory: Directory, baseRevision: number): Promise<DirectoryRecord> {
    return this.mutex.run(FILE, async () => {
      this.store.assertWritable()
      const loaded = await this.store.load(FILE, DirectoryFileSchema)
      if (loaded.status === 'refused') {
        throw new AppError('io', 'directory written by a newer version', { key: 'error.newerFile' })
      }
      const currentRevision =
        loaded.status === 'ok' ? loaded.doc.data.revision : this.doc.data.revision
      if (currentRevision !== baseRevision) {
        throw new AppError('conflict', `directory changed since revision ${baseRevision}`, {
          key: 'error.directoryConflict',
          currentRevision,
        })
      }
      const next = this.store.create<DirectoryFile>(FILE, {
        schemaVersion: CURRENT_SCHEMA_VERSION,
        revision: currentRevision + 1,
        updatedAt: this.store.clock.now().toISOString(),
        directory,
      })
      await this.store.write(next, 'save directory')
      this.doc = next
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
}
