import { z } from 'zod'
import { IdSchema, LocalDateSchema, longText, shortText } from './common'

export const AGREEMENT_TYPES = ['memorandum', 'agreement', 'plan', 'protocol'] as const
export const AGREEMENT_STATUSES = ['draft', 'agreed', 'signed'] as const

/** A milestone a signed document commits the sides to (a plan for 2024–2026 has yearly ones). */
export const FollowUpSchema = z.object({
  id: IdSchema,
  title: shortText(1000).min(1),
  due: LocalDateSchema,
  owner: shortText(200).optional(),
  done: z.boolean().default(false),
  doneOn: LocalDateSchema.optional(),
})
export type FollowUp = z.infer<typeof FollowUpSchema>

/** A document to be signed during a visit. */
export const AgreementSchema = z.object({
  id: IdSchema,
  title: shortText(1000).min(1),
  type: z.enum(AGREEMENT_TYPES).default('memorandum'),
  parties: z.array(shortText(500)).max(20).default([]),
  signatoryIds: z.array(IdSchema).max(20).default([]),
  status: z.enum(AGREEMENT_STATUSES).default('draft'),
  signedOn: LocalDateSchema.optional(),
  /** The last day the document is in force (none: open-ended). */
  validUntil: LocalDateSchema.optional(),
  followUps: z.array(FollowUpSchema).max(200).default([]),
  notes: longText.optional(),
})
export type Agreement = z.infer<typeof AgreementSchema>
