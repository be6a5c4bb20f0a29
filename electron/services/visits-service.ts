import * as nodeFs from 'node:fs/promises'
import type { Low } from 'lowdb'
import type { VisitRecord, VisitSummary } from '../../shared/api/contract'
import { AppError } from '../../shared/api/errors'
import {
  VisitSchema,
  type Visit,
  type VisitDraft,
  VisitDraftSchema,
} from '../../shared/domain/visit'
import { KeyedMutex } from './keyed-mutex'
import { toIoError } from './store/io-errors'
import type { Store } from './store/open-store'
import { CURRENT_SCHEMA_VERSION, VisitFileSchema, type VisitFile } from './store/schema'

/** How many earlier revisions of each visit are kept in `history/`. */
export const HISTORY_DEPTH = 20

const visitPath = (id: string) => `visits/${id}.json`

/** Visits, one durable file each, with revision checks against concurrent writers. */
export class VisitsService {
  private readonly docs = new Map<string, Low<VisitFile>>()
  private readonly mutex = new KeyedMutex()

  private constructor(
    private readonly store: Store,
    private readonly newId: () => string,
  ) {}

  /** Loads every visit file; damaged ones are quarantined by the store and skipped. */
  static async open(store: Store, newId: () => string): Promise<VisitsService> {
    const service = new VisitsService(store, newId)
    for (const doc of await store.loadFolder('visits', VisitFileSchema))
      service.docs.set(doc.data.visit.id, doc)
    return service
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
    return this.mutex.run(visit.id, async () => {
      if (this.docs.has(visit.id)) {
        throw new AppError('conflict', `visit ${visit.id} exists`, { key: 'error.visitExists' })
      }
      const doc = this.store.create<VisitFile>(visitPath(visit.id), this.fileOf(visit, 1))
      await this.store.write(doc, 'create visit')
      this.docs.set(visit.id, doc)
      return toRecord(doc.data)
    })
  }

  async save(visit: Visit, baseRevision: number): Promise<VisitRecord> {
    return this.mutex.run(visit.id, async () => {
      this.store.assertWritable()
      // Re-read the file: another window, process or sync engine may have written it.
      const loaded = await this.store.load(visitPath(visit.id), VisitFileSchema)
      if (loaded.status === 'missing') {
        this.docs.delete(visit.id)
        throw new AppError('not-found', `visit ${visit.id} not found`, {
          key: 'error.visitNotFound',
          id: visit.id,
        })
      }
      if (loaded.status !== 'ok') {
        this.docs.delete(visit.id)
        throw new AppError('io', `visit ${visit.id} unreadable`, {
          key: 'error.visitUnreadable',
          id: visit.id,
        })
      }
      const current = loaded.doc.data
      this.docs.set(visit.id, loaded.doc)
      if (current.revision !== baseRevision) {
        throw new AppError('conflict', `visit ${visit.id} changed since revision ${baseRevision}`, {
          key: 'error.visitConflict',
          currentRevision: current.revision,
        })
      }
      await this.keepHistory(current)
      const doc = this.store.create<VisitFile>(visitPath(visit.id), {
        ...this.fileOf(visit, current.revision + 1),
      })
      await this.store.write(doc, 'save visit')
      this.docs.set(visit.id, doc)
      return toRecord(doc.data)
    })
  }

  /** Moves the visit file to `trash/`, from where it can be restored by hand. */
  async delete(id: string): Promise<void> {
    return this.mutex.run(id, async () => {
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
    })
  }

  private fileOf(visit: Visit, revision: number): VisitFile {
    return {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      revision,
      updatedAt: this.store.clock.now().toISOString(),
      visit,
    }
  }

  private async keepHistory(file: VisitFile): Promise<void> {
    const folder = `history/${file.visit.id}`
    await this.store.writeText(
      `${folder}/${String(file.revision).padStart(6, '0')}.json`,
      `${JSON.stringify(file)}\n`,
    )
    const names = await this.store.listJson(folder)
    for (const old of names.slice(0, Math.max(0, names.length - HISTORY_DEPTH))) {
      await nodeFs.unlink(this.store.path(`${folder}/${old}`)).catch(() => undefined)
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
