import { z } from 'zod'
import { BriefingOptionsSchema } from '../../briefing/briefing-document'
import { IdSchema } from '../../domain/common'
import type { Estimate } from '../../paperwork/estimate'
import type { PreflightIssue } from '../../briefing/preflight'
import type { PressRelease } from '../../report/press-release'
import { MAX_IMPORT_BASE64 } from '../../import/limits'
import { read, write, type AreaMethods } from './method'

export const EXPORT_FORMATS = [
  'pdf',
  'ics',
  'docx',
  'bundle',
  'report-pdf',
  'report-docx',
  'press-docx',
  'access-pdf',
  'access-docx',
  'estimate-pdf',
  'estimate-xlsx',
  'seating-pdf',
] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
/** The briefing's options, and for the calendar a participant whose items alone are exported. */
export const ExportOptionsSchema = BriefingOptionsSchema.extend({
  personId: IdSchema.optional(),
  /** The site of an access request (its letter and visitor list). */
  venueId: IdSchema.optional(),
  /** Issue a guest copy although questions are open (recorded in the visit). */
  waive: z.boolean().optional(),
  /** The programme item of a seating plan. */
  itemId: IdSchema.optional(),
  /** The press release as the officer edited it (title line, blank line, paragraphs). */
  pressText: z.string().max(200_000).optional(),
})
export type ExportOptions = z.input<typeof ExportOptionsSchema>

/** A file made for the officer to save: the bytes travel as base64 over every transport. */
export interface ExportedFile {
  fileName: string
  mimeType: string
  bytes: number
  base64: string
}

/** Where a made file went: the path the officer chose, nowhere, or 'the window downloads it'. */
export type SavedFile =
  { outcome: 'saved'; path: string } | { outcome: 'cancelled' } | { outcome: 'download' }

/** The papers of a visit: previews and files. */
export interface ExportsApi {
  /**
   * Saves a made file where the officer chooses (the desktop app's save dialog). In browser mode
   * the answer is 'download': the window saves it through the browser's downloads.
   */
  saveFile(fileName: string, base64: string): Promise<SavedFile>
  /** What is still open before a guest copy goes out (placeholders, places, errors, letters). */
  getOpenQuestions(visitId: string, options: ExportOptions): Promise<PreflightIssue[]>
  /** Shows a file saved by `saveFile` in the system's file manager. */
  showSavedFile(path: string): Promise<void>
  /** The briefing as the static HTML page that is printed, for the preview. */
  renderBriefing(visitId: string, options: ExportOptions): Promise<{ html: string }>
  /** The after-visit report as the static HTML page that is printed, for the preview. */
  renderReport(visitId: string, options: ExportOptions): Promise<{ html: string }>
  /** A draft press release in Russian about the visit, names and posts declined. */
  draftPressRelease(visitId: string): Promise<PressRelease>
  /** The cost estimate: the norms of the visit's group applied to its programme and lists. */
  getEstimate(visitId: string): Promise<Estimate>
  /** The briefing PDF, the programme as a calendar (ICS) or as a Word table (DOCX). */
  exportVisit(visitId: string, format: ExportFormat, options: ExportOptions): Promise<ExportedFile>
}

export const exportsMethods = {
  saveFile: read(z.tuple([z.string().max(500), z.string().max(MAX_IMPORT_BASE64)])),
  showSavedFile: read(z.tuple([z.string().max(4000)])),
  getOpenQuestions: read(z.tuple([IdSchema, ExportOptionsSchema])),
  renderBriefing: read(z.tuple([IdSchema, ExportOptionsSchema])),
  renderReport: read(z.tuple([IdSchema, ExportOptionsSchema])),
  draftPressRelease: read(z.tuple([IdSchema])),
  getEstimate: read(z.tuple([IdSchema])),
  // A programme export issues an edition first.
  exportVisit: write(z.tuple([IdSchema, z.enum(EXPORT_FORMATS), ExportOptionsSchema])),
} satisfies AreaMethods<ExportsApi>
