import { z } from 'zod'
import { IdSchema, LocalTimeSchema, TranslationsSchema } from './common'

/** A measured door-to-door time between two venues, used instead of the estimate (both directions). */
export const TravelOverrideSchema = z.object({
  fromVenueId: IdSchema,
  toVenueId: IdSchema,
  minutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
})
export type TravelOverride = z.infer<typeof TravelOverrideSchema>

/**
 * Times officers of the Leningrad region know from experience (motorcade, daytime traffic).
 * Straight-line estimates undervalue the ring road and the A-121 to Sosnovy Bor.
 */
export const DEFAULT_TRAVEL_OVERRIDES: TravelOverride[] = [
  { fromVenueId: 'gatchina-palace', toVenueId: 'sosnovy-bor-administration', minutes: 100 },
  { fromVenueId: 'gatchina-palace', toVenueId: 'leningrad-npp', minutes: 100 },
  { fromVenueId: 'gatchina-vysshiy-pilotazh', toVenueId: 'leningrad-npp', minutes: 100 },
  { fromVenueId: 'lo-government-house', toVenueId: 'leningrad-npp', minutes: 120 },
  { fromVenueId: 'lo-government-house', toVenueId: 'sosnovy-bor-administration', minutes: 110 },
  { fromVenueId: 'lo-government-house', toVenueId: 'gatchina-palace', minutes: 75 },
  { fromVenueId: 'lo-government-house', toVenueId: 'pushkin-lgu', minutes: 60 },
  { fromVenueId: 'lo-government-house', toVenueId: 'pulkovo-airport', minutes: 50 },
  { fromVenueId: 'pulkovo-airport', toVenueId: 'leningrad-npp', minutes: 100 },
]

/** The sender of official letters: printed as the letterhead and the signature. */
export const LetterheadSchema = z.object({
  organisation: z.string().max(500).default('Комитет по внешним связям Ленинградской области'),
  address: z.string().max(500).default('Суворовский пр., д. 67, Санкт-Петербург, 191311'),
  contacts: z.string().max(500).default(''),
  signerPosition: z.string().max(300).default('Председатель комитета'),
  signerName: z.string().max(300).default(''),
  /** The executor printed at the foot of a letter: 'Иванова Мария Петровна, +7 812 539-00-00'. */
  executor: z.string().max(300).default(''),
})
export type Letterhead = z.infer<typeof LetterheadSchema>

/** How the planner estimates travel and judges the programme; kept in the settings. */
export const PlanningSettingsSchema = z.object({
  /** Average door-to-door road speed of a delegation's car or bus, km/h. */
  roadSpeedKmh: z.number().min(5).max(200).default(45),
  /** Road distance ÷ straight-line distance. */
  detourFactor: z.number().min(1).max(3).default(1.3),
  /** Minutes to leave a hall, board and get seated at the next one. */
  travelBufferMinutes: z.number().int().min(0).max(240).default(10),
  nightStart: LocalTimeSchema.default('22:30'),
  nightEnd: LocalTimeSchema.default('07:00'),
  travelOverrides: z.array(TravelOverrideSchema).max(5000).default(DEFAULT_TRAVEL_OVERRIDES),
  /** The host region as the news names it ('Ленинградская область'), for reports and releases. */
  hostRegion: z.string().trim().min(1).max(300).default('Ленинградская область'),
  letterhead: LetterheadSchema.default(LetterheadSchema.parse({})),
  /** The host region in the partners' languages, for bilingual programmes. */
  hostRegionI18n: TranslationsSchema.default({
    en: 'Leningrad Region',
    kk: 'Ленинград облысы',
    zh: '列宁格勒州',
  }),
})
export type PlanningSettings = z.infer<typeof PlanningSettingsSchema>

export const defaultPlanningSettings = (): PlanningSettings => PlanningSettingsSchema.parse({})
