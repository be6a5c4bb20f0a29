import { z } from 'zod'
import type { RegisterRow } from '../../domain/agreement-register'
import type { ArchiveOverview } from '../../domain/archive-overview'
import { IdSchema, LocalDateSchema } from '../../domain/common'
import type { HistoryEntry } from '../../domain/history'
import type { JournalEntry } from '../../domain/journal'
import { SEARCH_KINDS, type SearchFilters, type SearchHit } from '../../search/search-index'
import type { ExportedFile } from './exports'
import type { VisitRecord } from './visits'
import { read, write, type AreaMethods } from './method'

/** One line of a counterpart's history: a visit (either way) or a document signed. */
export type { HistoryEntry } from '../../domain/history'

export const SearchFiltersSchema = z.object({
  kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  country: z.string().max(200).optional(),
  region: z.string().max(300).optional(),
  direction: z.enum(['incoming', 'outgoing']).optional(),
  status: z.string().max(40).optional(),
  itemKind: z.string().max(40).optional(),
}) satisfies z.ZodType<SearchFilters>

/** The officer's columns of the journal; an empty text clears the field. */
export const JournalPatchSchema = z.object({
  summary: z.string().max(4000).optional(),
  basis: z.string().max(1000).optional(),
  authorisedBy: z.string().max(500).optional(),
  report: z.string().max(1000).optional(),
})

/** The archive as a whole: search, overview, registers of documents and of receptions. */
export interface ArchiveApi {
  /** A partner's history: every visit both ways and every document signed, oldest first. */
  counterpartHistory(partner: { country: string; region: string }): Promise<HistoryEntry[]>
  /** Every document of every visit with its term and follow-up milestones, overdue first. */
  listAgreements(): Promise<RegisterRow[]>
  /** Marks a follow-up milestone of a document done or open again (saves the visit). */
  setFollowUpDone(
    visitId: string,
    agreementId: string,
    followUpId: string,
    done: boolean,
  ): Promise<VisitRecord>
  /** Visits by year and country, documents by type, upcoming visits with their open tasks. */
  archiveOverview(): Promise<ArchiveOverview>
  /** Ranked hits across visits, documents, people, organisations and venues. */
  searchArchive(query: string, filters: SearchFilters): Promise<SearchHit[]>
  /** The journal of receptions of foreign citizens (form 20) for a period, from the visits. */
  listJournal(from: string, to: string): Promise<JournalEntry[]>
  /**
   * Completes the journal: the summary (and basis, authoriser, report) of one meeting, or with no
   * item the visit's defaults for all its meetings. Empty texts clear; answers the saved visit.
   */
  updateJournal(
    visitId: string,
    itemId: string | null,
    patch: z.input<typeof JournalPatchSchema>,
  ): Promise<VisitRecord>
  /** The journal for a period as a Word (landscape) or Excel file. */
  exportJournal(from: string, to: string, format: 'docx' | 'xlsx'): Promise<ExportedFile>
}

export const archiveMethods = {
  counterpartHistory: read(
    z.tuple([z.object({ country: z.string().max(200), region: z.string().max(300) })]),
  ),
  listAgreements: read(z.tuple([])),
  setFollowUpDone: write(z.tuple([IdSchema, IdSchema, IdSchema, z.boolean()])),
  archiveOverview: read(z.tuple([])),
  searchArchive: read(z.tuple([z.string().max(500), SearchFiltersSchema])),
  listJournal: read(z.tuple([LocalDateSchema, LocalDateSchema])),
  updateJournal: write(z.tuple([IdSchema, IdSchema.nullable(), JournalPatchSchema])),
  exportJournal: read(z.tuple([LocalDateSchema, LocalDateSchema, z.enum(['docx', 'xlsx'])])),
} satisfies AreaMethods<ArchiveApi>
