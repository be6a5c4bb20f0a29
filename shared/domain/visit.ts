import { z } from 'zod'
import { AgreementSchema } from './agreements'
import {
  IdSchema,
  LocalDateSchema,
  TimeZoneSchema,
  TranslationsSchema,
  longText,
  shortText,
} from './common'
import { ItineraryItemSchema, UnscheduledItemSchema } from './itinerary-item'
import { GiftSchema, StaySchema, TaskRecordSchema, VehicleSchema } from './registers'
import { daysBetween, eachDate } from '../time/local-date'

export const DIRECTIONS = ['incoming', 'outgoing'] as const
export const VISIT_STATUSES = ['draft', 'confirmed', 'completed', 'cancelled'] as const
export type VisitStatus = (typeof VISIT_STATUSES)[number]

/** Longest visit the planner accepts, in days. */
export const MAX_VISIT_DAYS = 60

const visitFields = {
  title: shortText(500).min(1),
  direction: z.enum(DIRECTIONS).default('incoming'),
  partnerCountry: shortText(200).default(''),
  partnerRegion: shortText(300).default(''),
  /** The partner region in its own and other languages ('Zhambyl Region'), for bilingual papers. */
  partnerRegionI18n: TranslationsSchema.optional(),
  hostOrganisationId: IdSchema.optional(),
  startDate: LocalDateSchema,
  endDate: LocalDateSchema,
  timeZone: TimeZoneSchema.default('Europe/Moscow'),
  /** The delegation's home zone, for the second clock. */
  homeTimeZone: TimeZoneSchema.optional(),
  status: z.enum(VISIT_STATUSES).default('draft'),
  objectives: longText.default(''),
  /** The partner region and the state of relations, for the briefing's «справка». */
  background: longText.default(''),
  notes: longText.default(''),
  /**
   * What the visit achieved, as the officer writes it after: the report prints it first, under
   * 'Итоги визита' (the planning notes never go there).
   */
  results: longText.default(''),
  /** The group of the cost norms the estimate uses (the level of the delegation's head). */
  costGroupId: IdSchema.optional(),
  /** The journal's columns common to the visit's meetings: basis, who authorised, report to whom. */
  journal: z
    .object({
      basis: shortText(1000).default(''),
      authorisedBy: shortText(500).default(''),
      report: shortText(1000).default(''),
    })
    .optional(),
}

const spanIsSane = (v: { startDate: string; endDate: string }) => {
  const n = daysBetween(v.startDate, v.endDate)
  return n >= 0 && n < MAX_VISIT_DAYS
}
const spanIssue = { message: 'end date before start date or span too long', path: ['endDate'] }

export const VisitSchema = z
  .object({
    id: IdSchema,
    ...visitFields,
    participantIds: z.array(IdSchema).max(1000).default([]),
    agreements: z.array(AgreementSchema).max(200).default([]),
    items: z.array(ItineraryItemSchema).max(2000).default([]),
    /** Lines without a date yet (from an import), waiting to be placed in the programme. */
    unscheduled: z.array(UnscheduledItemSchema).max(500).default([]),
    /** Preparation tasks: statuses of derived tasks and the officer's own tasks. */
    tasks: z.array(TaskRecordSchema).max(2000).default([]),
    gifts: z.array(GiftSchema).max(1000).default([]),
    vehicles: z.array(VehicleSchema).max(200).default([]),
    stays: z.array(StaySchema).max(1000).default([]),
    /** Papers issued although questions were open: when, which, and what was open. */
    waivers: z
      .array(
        z.object({
          at: z.iso.datetime(),
          document: shortText(200),
          issues: z.array(shortText(2000)).max(300),
        }),
      )
      .max(500)
      .default([]),
    createdAt: z.iso.datetime(),
  })
  .refine(spanIsSane, spanIssue)
export type Visit = z.infer<typeof VisitSchema>

/** What the officer types to start a new visit. */
export const VisitDraftSchema = z.object(visitFields).refine(spanIsSane, spanIssue)
export type VisitDraft = z.input<typeof VisitDraftSchema>

/** The dates of the visit, first to last. */
export function visitDates(visit: Pick<Visit, 'startDate' | 'endDate'>): string[] {
  return eachDate(visit.startDate, visit.endDate, MAX_VISIT_DAYS)
}

/** True when the visit's programme is agreed with the partner. */
export function isConfirmed(visit: Pick<Visit, 'status'>): boolean {
  return visit.status === 'confirmed' || visit.status === 'completed'
}
