import { z } from 'zod'
import { EditionSchema, type Edition } from '../../shared/domain/editions'
import { KeyedMutex } from './keyed-mutex'
import type { Store } from './store/open-store'
import { CURRENT_SCHEMA_VERSION } from './store/schema'

export const EditionsFileSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  visitId: z.string(),
  editions: z.array(EditionSchema).max(1000),
})
type EditionsFile = z.infer<typeof EditionsFileSchema>

const fileOf = (visitId: string) => `editions/${visitId}.json`

/**
 * The issued editions of each visit's programme, one append-only file per visit beside the visit
 * (not in it: issuing an edition while the officer edits must not collide with their saves).
 */
export class EditionsService {
  private readonly cache = new Map<string, Edition[]>()
  private readonly mutex = new KeyedMutex()

  constructor(private readonly store: Store) {}

  async list(visitId: string): Promise<Edition[]> {
    const cached = this.cache.get(visitId)
    if (cached) return cached
    const loaded = await this.store.load(fileOf(visitId), EditionsFileSchema)
    const editions = loaded.status === 'ok' ? loaded.doc.data.editions : []
    this.cache.set(visitId, editions)
    return editions
  }

  /** Adds an edition; the file is written durably before the call returns. */
  async append(visitId: string, edition: Edition): Promise<void> {
    await this.mutex.run(visitId, async () => {
      const editions = [...(await this.list(visitId)), edition]
      const doc = this.store.create<EditionsFile>(fileOf(visitId), {
        schemaVersion: CURRENT_SCHEMA_VERSION,
        visitId,
        editions,
      })
      await this.store.write(doc, 'issue edition')
      this.cache.set(visitId, editions)
    })
  }
}
