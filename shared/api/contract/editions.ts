import { z } from 'zod'
import { IdSchema } from '../../domain/common'
import type { ProgrammeChange } from '../../wording/programme-changes'
import { read, write, type AreaMethods } from './method'

/** An issued edition and what changed since the one before it. */
export interface EditionSummary {
  number: number
  issuedAt: string
  note?: string
  changes: ProgrammeChange[]
  /** True when the programme was already issued as this edition (nothing new was added). */
  unchanged?: boolean
}

/** Numbered, frozen editions of a programme. */
export interface EditionsApi {
  /**
   * Issues the programme as a new edition (numbered, frozen). When it is exactly the last edition,
   * that one is answered and nothing is added.
   */
  issueEdition(visitId: string, note?: string): Promise<EditionSummary>
  /** The editions, each with what changed since the one before, and the changes not yet issued. */
  listEditions(visitId: string): Promise<{ editions: EditionSummary[]; pending: ProgrammeChange[] }>
}

export const editionsMethods = {
  issueEdition: write(z.union([z.tuple([IdSchema]), z.tuple([IdSchema, z.string().max(1000)])])),
  listEditions: read(z.tuple([IdSchema])),
} satisfies AreaMethods<EditionsApi>
