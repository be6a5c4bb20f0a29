import { z } from 'zod'
import { IdSchema, longText, shortText } from './common'
import { DirectorySchema } from './directory'
import { VisitSchema } from './visit'

/** A past visit kept for reuse, with the directory entries its programme refers to. */
export const TemplateSchema = z.object({
  id: IdSchema,
  title: shortText(500).min(1),
  summary: longText.default(''),
  /** Where the template came from, e.g. a press release. */
  source: shortText(1000).optional(),
  visit: VisitSchema,
  directory: DirectorySchema,
})
export type Template = z.infer<typeof TemplateSchema>
