import { z } from 'zod'
import type { ImportDraft } from '../../import/draft'
import { AcceptedSchema, ImportDraftSchema, type Accepted } from '../../import/draft-schema'
import { MAX_IMPORT_BASE64 } from '../../import/limits'
import type { VisitRecord } from './visits'
import { read, write, type AreaMethods } from './method'

/** How a file is read: the year for dates written without one (default: the text's own, else near today). */
export const ReadImportOptionsSchema = z.object({
  year: z.number().int().min(1990).max(2100).optional(),
  /** The page's date, when the officer sees it: 'сегодня', 'накануне' count from it. */
  publishedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/u)
    .optional(),
})

/** Files brought in: read into a draft, reviewed, accepted. */
export interface ImportsApi {
  /** Reads a file (bundle, calendar, Word programme or press-release text) into a draft to review. */
  readImport(
    fileName: string,
    base64: string,
    options: z.input<typeof ReadImportOptionsSchema>,
  ): Promise<ImportDraft>
  /** Creates the visit from the reviewed draft: kept items, documents and people only. */
  acceptImport(draft: ImportDraft, accepted: Accepted): Promise<VisitRecord>
  /** Imports a `.dvisit.json` bundle as a new copy or as the replacement of the same visit. */
  importBundle(content: string, mode: 'copy' | 'replace'): Promise<VisitRecord>
}

export const importsMethods = {
  readImport: read(
    z.tuple([z.string().max(500), z.string().max(MAX_IMPORT_BASE64), ReadImportOptionsSchema]),
  ),
  acceptImport: write(z.tuple([ImportDraftSchema, AcceptedSchema])),
  importBundle: write(z.tuple([z.string().max(30 * 1024 * 1024), z.enum(['copy', 'replace'])])),
} satisfies AreaMethods<ImportsApi>
