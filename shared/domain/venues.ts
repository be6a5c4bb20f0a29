import { z } from 'zod'
import { IdSchema, TranslationsSchema, longText, shortText } from './common'

export const VENUE_KINDS = [
  'government',
  'university',
  'school',
  'industrial',
  'museum',
  'memorial',
  'hotel',
  'restaurant',
  'transport',
  'other',
] as const
export type VenueKind = (typeof VENUE_KINDS)[number]

export const ACCESS_KINDS = [
  'passport-list',
  'official-letter',
  'pass',
  'id-at-checkpoint',
  'no-photo',
  'other',
] as const

/** A site rule kept as data, because sites change their procedures: 'passport list 30 days ahead'. */
export const AccessRequirementSchema = z.object({
  kind: z.enum(ACCESS_KINDS),
  leadDays: z.number().int().min(0).max(365).optional(),
  note: shortText(2000).default(''),
})
export type AccessRequirement = z.infer<typeof AccessRequirementSchema>

export const CoordinatesSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
})

export const VenueSchema = z.object({
  id: IdSchema,
  name: shortText(500).min(1),
  /** The name in the partners' languages, for bilingual programmes. */
  nameI18n: TranslationsSchema.optional(),
  address: shortText(1000).default(''),
  city: shortText(200).optional(),
  cityI18n: TranslationsSchema.optional(),
  coordinates: CoordinatesSchema.optional(),
  kind: z.enum(VENUE_KINDS).default('other'),
  accessRequirements: z.array(AccessRequirementSchema).max(50).default([]),
  contact: shortText(1000).optional(),
  notes: longText.optional(),
})
export type Venue = z.infer<typeof VenueSchema>

/** The longest advance notice any access rule of the venue needs, in days (0 when none). */
export function accessLeadDays(venue: Venue): number {
  return venue.accessRequirements.reduce((max, r) => Math.max(max, r.leadDays ?? 0), 0)
}
