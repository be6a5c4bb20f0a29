import { z } from 'zod'
import {
  IdSchema,
  LocalDateSchema,
  LocalTimeSchema,
  TranslationsSchema,
  longText,
  shortText,
} from './common'
import { minutesOfDay } from '../time/local-date'
import { SeatingSchema } from './registers'

export const ITEM_KINDS = [
  'arrival',
  'departure',
  'meeting',
  'talks',
  'signing',
  'site-tour',
  'excursion',
  'memorial',
  'cultural',
  'reception',
  'meal',
  'transfer',
  'press',
  'conference',
  'accommodation',
  'free-time',
] as const
export type ItemKind = (typeof ITEM_KINDS)[number]

export const DRESS_CODES = ['business', 'business-casual', 'casual', 'formal', 'national'] as const
export const TRANSPORT_MODES = ['air', 'rail', 'road', 'other'] as const
export const MEALS = ['breakfast', 'lunch', 'dinner', 'buffet', 'coffee'] as const

/**
 * What the journal of receptions of foreign citizens (form 20) needs beyond the programme: the
 * summary of the talk, and, when they differ from the visit's, its basis, authoriser and report.
 */
export const JournalNoteSchema = z.object({
  summary: shortText(4000).default(''),
  basis: shortText(1000).optional(),
  authorisedBy: shortText(500).optional(),
  report: shortText(1000).optional(),
})
export type JournalNote = z.infer<typeof JournalNoteSchema>

/** Talking points (тезисы) for a meeting: what to raise and what to avoid, a page at most. */
export const TalkingPointsSchema = z.object({
  raise: shortText(3000).default(''),
  avoid: shortText(1500).default(''),
})
export type TalkingPoints = z.infer<typeof TalkingPointsSchema>

const base = {
  id: IdSchema,
  date: LocalDateSchema,
  /** Absent start means 'время уточняется'. */
  start: LocalTimeSchema.optional(),
  end: LocalTimeSchema.optional(),
  title: shortText(1000).default(''),
  /** The title in the partners' languages, for bilingual programmes. */
  titleI18n: TranslationsSchema.optional(),
  venueId: IdSchema.optional(),
  participantIds: z.array(IdSchema).max(500).default([]),
  responsibleId: IdSchema.optional(),
  dressCode: z.enum(DRESS_CODES).optional(),
  notes: longText.optional(),
  /** Times invented for sample data or not yet agreed with the partner. */
  tentative: z.boolean().optional(),
  /** Seating at the table for talks and signings; absent means 'by precedence'. */
  seating: SeatingSchema.optional(),
  journal: JournalNoteSchema.optional(),
  talkingPoints: TalkingPointsSchema.optional(),
}

const TransportSchema = z.object({
  mode: z.enum(TRANSPORT_MODES).default('air'),
  number: shortText(50).optional(),
  station: shortText(300).optional(),
})

const plain = <K extends ItemKind>(kind: K) => z.object({ kind: z.literal(kind), ...base })

const ItemUnion = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('arrival'), ...base, transport: TransportSchema.optional() }),
  z.object({ kind: z.literal('departure'), ...base, transport: TransportSchema.optional() }),
  plain('meeting'),
  plain('talks'),
  z.object({
    kind: z.literal('signing'),
    ...base,
    agreementIds: z.array(IdSchema).max(50).default([]),
  }),
  plain('site-tour'),
  plain('excursion'),
  plain('memorial'),
  plain('cultural'),
  plain('reception'),
  z.object({ kind: z.literal('meal'), ...base, meal: z.enum(MEALS).optional() }),
  z.object({
    kind: z.literal('transfer'),
    ...base,
    fromVenueId: IdSchema.optional(),
    vehicle: shortText(300).optional(),
  }),
  plain('press'),
  plain('conference'),
  plain('accommodation'),
  plain('free-time'),
])

/**
 * A line not yet placed in the programme: an imported event the source gave no date for, held in
 * the visit's 'без даты' tray until the officer gives it a day (never silently put on day 1).
 */
export const UnscheduledItemSchema = z.object({
  id: IdSchema,
  kind: z.enum(ITEM_KINDS),
  title: shortText(1000).default(''),
  venueId: IdSchema.optional(),
  participantIds: z.array(IdSchema).max(500).default([]),
  notes: longText.optional(),
})
export type UnscheduledItem = z.infer<typeof UnscheduledItemSchema>

/** One line of the programme; the fields a kind adds are checked by its own schema. */
export const ItineraryItemSchema = ItemUnion.refine(
  (item) => !item.start || !item.end || minutesOfDay(item.end) >= minutesOfDay(item.start),
  { message: 'end before start', path: ['end'] },
)
export type ItineraryItem = z.infer<typeof ItemUnion>

/** Orders items by date, then start time; untimed items come last within their day. */
export function byDateAndTime(a: ItineraryItem, b: ItineraryItem): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  const sa = a.start ? minutesOfDay(a.start) : 24 * 60
  const sb = b.start ? minutesOfDay(b.start) : 24 * 60
  return sa - sb
}

/** Groups items by date in time order, with every date of the span present even when empty. */
export function itemsByDay(
  items: ItineraryItem[],
  dates: string[],
): { date: string; items: ItineraryItem[] }[] {
  const sorted = [...items].sort(byDateAndTime)
  const all = [...new Set([...dates, ...sorted.map((i) => i.date)])].sort()
  return all.map((date) => ({ date, items: sorted.filter((i) => i.date === date) }))
}
