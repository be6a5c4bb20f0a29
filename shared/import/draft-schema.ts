// The draft as it comes back from the review screen: checked like every other argument.
import { z } from 'zod'
import { AGREEMENT_TYPES } from '../domain/agreements'
import { LocalDateSchema, LocalTimeSchema, TimeZoneSchema, shortText } from '../domain/common'
import { ITEM_KINDS } from '../domain/itinerary-item'
import { CONFIDENCE_FIELDS, CONFIDENCE_REASONS, IMPORT_KINDS, type ImportDraft } from './draft'

const SourceRefSchema = z.object({
  kind: z.enum(['sentence', 'row', 'event', 'file']),
  text: z.string().max(20_000),
})
const Key = z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/)

export const ImportDraftSchema = z.object({
  kind: z.enum(IMPORT_KINDS),
  sourceName: shortText(500),
  visit: z.object({
    title: shortText(500),
    direction: z.enum(['incoming', 'outgoing']),
    partnerCountry: shortText(200),
    partnerRegion: shortText(300),
    startDate: LocalDateSchema,
    endDate: LocalDateSchema,
    timeZone: TimeZoneSchema,
    objectives: z.string().max(20_000),
    source: SourceRefSchema.optional(),
  }),
  items: z
    .array(
      z.object({
        key: Key,
        date: LocalDateSchema.optional(),
        start: LocalTimeSchema.optional(),
        end: LocalTimeSchema.optional(),
        kind: z.enum(ITEM_KINDS),
        title: shortText(1000),
        venueName: shortText(500).optional(),
        people: z.array(shortText(300)).max(100),
        planned: z.boolean().optional(),
        source: SourceRefSchema,
      }),
    )
    .max(2000),
  documents: z
    .array(
      z.object({
        key: Key,
        title: shortText(1000),
        type: z.enum(AGREEMENT_TYPES),
        parties: z.array(shortText(500)).max(20),
        signedOn: LocalDateSchema.optional(),
        source: SourceRefSchema,
      }),
    )
    .max(200),
  people: z
    .array(
      z.object({
        key: Key,
        fullName: shortText(300),
        position: shortText(500),
        side: z.enum(['guest', 'host']),
        head: z.boolean(),
        source: SourceRefSchema,
      }),
    )
    .max(500),
  confidence: z
    .partialRecord(
      z.enum(CONFIDENCE_FIELDS),
      z.object({ level: z.enum(['sure', 'guess', 'none']), reason: z.enum(CONFIDENCE_REASONS) }),
    )
    .optional(),
  problems: z.array(z.object({ text: z.string().max(20_000), reason: shortText(500) })).max(2000),
}) satisfies z.ZodType<ImportDraft>

/** What the officer kept: the keys of the items, documents and people accepted. */
export const AcceptedSchema = z.object({
  items: z.array(Key).max(2000),
  documents: z.array(Key).max(200),
  people: z.array(Key).max(500),
  /**
   * The officer's answer for each place name read: the directory venue it is, or null for a new
   * one. Names not listed are matched automatically (the CLI, older windows).
   */
  venues: z.record(z.string().max(500), z.string().max(200).nullable()).optional(),
  /** The same for people, by draft person key. */
  persons: z.record(Key, z.string().max(200).nullable()).optional(),
})
export type Accepted = z.infer<typeof AcceptedSchema>
