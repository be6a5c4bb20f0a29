import { z } from 'zod'
import { IdSchema } from '../../domain/common'
import type { MergeConflict } from '../../domain/merge'
import type { VisitRecord } from './visits'
import { read, write, type AreaMethods } from './method'

/** A copy's file name in the visits folder: a plain name, never a path. */
export const SyncFileSchema = z
  .string()
  .min(6)
  .max(300)
  .refine((n) => n.endsWith('.json') && !/[/\\]|^\.\.?$/.test(n), 'not a file name')

/** One saved revision of a visit, as the history lists it. */
export interface RevisionSummary {
  revision: number
  at: string
  name: string
  author: string
  current: boolean
  /** What changed from the revision before, in Russian sentences (header fields and programme). */
  changes: string[]
}

/** Someone else who has a visit open: on which computer, since when. */
export interface Presence {
  name: string
  author: string
  since: string
  renewed: string
}

/** Who saved a version, where and when. */
export interface SavedBy {
  revision: number
  name: string
  author: string
  at: string
}

/** The merge of a visit with a sync engine's copy of it. */
export interface SyncMerge {
  file: string
  engine: string
  /** Our revision: resolve over it. */
  revision: number
  ours: SavedBy | null
  theirs: SavedBy | null
  /** False when no shared version was found: every difference is then a conflict. */
  hasBase: boolean
  conflicts: MergeConflict[]
  /** Changes taken from their side without a conflict. */
  taken: number
}

/** One archive on several computers: versions, merges, presence. */
export interface SyncApi {
  /**
   * Two versions of a visit (a sync engine's copy beside it): the three-way merge over the version
   * both last shared, with the conflicts for the officer to decide.
   */
  getSyncMerge(visitId: string, file: string): Promise<SyncMerge>
  /**
   * Saves the merge (conflicts settled by `picks`, 'ours' where absent) as a new revision over
   * `baseRevision` and removes the copy (to the trash folder).
   */
  resolveSyncMerge(
    visitId: string,
    file: string,
    picks: Record<string, 'ours' | 'theirs'>,
    baseRevision: number,
  ): Promise<VisitRecord>
  /**
   * Says this computer has the visit open (renewed while it stays open) and answers who else has:
   * others can still edit; revisions and the merge keep both.
   */
  holdVisit(visitId: string): Promise<{ others: Presence[] }>
  /** The visit is closed on this computer. */
  releaseVisit(visitId: string): Promise<void>
  /**
   * The visit's revisions kept on this computer, newest first: who saved each, where, when, and
   * what it changed from the one before.
   */
  listRevisions(visitId: string): Promise<RevisionSummary[]>
  /** Saves an earlier revision's content as a new revision over `baseRevision` (undoable). */
  restoreRevision(visitId: string, revision: number, baseRevision: number): Promise<VisitRecord>
}

export const syncMethods = {
  getSyncMerge: read(z.tuple([IdSchema, SyncFileSchema])),
  resolveSyncMerge: write(
    z.tuple([
      IdSchema,
      SyncFileSchema,
      z.record(z.string().max(200), z.enum(['ours', 'theirs'])),
      z.number().int().min(1),
    ]),
  ),
  holdVisit: write(z.tuple([IdSchema])),
  releaseVisit: write(z.tuple([IdSchema])),
  listRevisions: read(z.tuple([IdSchema])),
  restoreRevision: write(z.tuple([IdSchema, z.number().int().min(1), z.number().int().min(1)])),
} satisfies AreaMethods<SyncApi>
