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

/** What a site's visitor list can ask for, column by column (the site decides order and headers). */
export const ACCESS_FIELDS = [
  'fullName',
  'latinName',
  'passport',
  'passportExpiry',
  'birth',
  'nationality',
  'registration',
  'work',
  'phone',
] as const
export type AccessField = (typeof ACCESS_FIELDS)[number]

/**
 * The site's own request: to whom the letter goes and the columns of its visitor list. The lead
 * time is the venue's access rules' (accessRequirements).
 */
export const AccessRequestSchema = z.object({
  /** 'Директору Ленинградской АЭС' (dative), printed top right of the letter. */
  addressee: shortText(500).default(''),
  /** 'И.О. Фамилии' (dative), under the post. */
  addresseeName: shortText(300).default(''),
  /** 'Уважаемый Иван Иванович!'; a blank to fill when empty. */
  salutation: shortText(300).default(''),
  columns: z
    .array(z.object({ field: z.enum(ACCESS_FIELDS), label: shortText(300).min(1) }))
    .min(1)
    .max(20),
  /** An extra paragraph the site asks for (escort, vehicles, equipment). */
  note: shortText(2000).default(''),
})
export type AccessRequest = z.infer<typeof AccessRequestSchema>

/** The site memo (памятка) handed to visitors of a sensitive site. */
export const SITE_MEMO_FIELDS = ['documents', 'photo', 'dress', 'other'] as const
export type SiteMemoField = (typeof SITE_MEMO_FIELDS)[number]

/** A memo line in the partners' languages (as long as the Russian line may be). */
const MemoTranslationsSchema = z.object({
  en: shortText(4000).optional(),
  kk: shortText(4000).optional(),
  zh: shortText(4000).optional(),
})

export const SiteMemoSchema = z.object({
  documents: shortText(2000).default(''),
  photo: shortText(2000).default(''),
  dress: shortText(2000).default(''),
  other: shortText(4000).default(''),
  /** Each line in the partners' languages, for the guests' copy and the English briefing. */
  i18n: z
    .object({
      documents: MemoTranslationsSchema.optional(),
      photo: MemoTranslationsSchema.optional(),
      dress: MemoTranslationsSchema.optional(),
      other: MemoTranslationsSchema.optional(),
    })
    .optional(),
})
export type SiteMemo = z.infer<typeof SiteMemoSchema>

/** The columns most sites ask for, in the order of the Leningrad NPP's list. */
export const DEFAULT_ACCESS_COLUMNS: AccessRequest['columns'] = [
  { field: 'fullName', label: 'Фамилия, имя, отчество' },
  { field: 'passport', label: 'Паспорт: серия и номер, кем и когда выдан' },
  { field: 'birth', label: 'Дата и место рождения' },
  { field: 'registration', label: 'Адрес регистрации' },
  { field: 'work', label: 'Место работы и должность' },
]

export const CoordinatesSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
})

export const VenueSchema = z.object({
  id: IdSchema,
  name: shortText(500).min(1),
  /** The name in the partners' languages, for bilingual programmes. */
  nameI18n: TranslationsSchema.optional(),
  /** Other ways the site is written ('ЛАЭС', 'Ленинградская атомная электростанция'): imports find it. */
  aliases: z.array(shortText(500).min(1)).max(30).optional(),
  address: shortText(1000).default(''),
  city: shortText(200).optional(),
  cityI18n: TranslationsSchema.optional(),
  coordinates: CoordinatesSchema.optional(),
  kind: z.enum(VENUE_KINDS).default('other'),
  accessRequirements: z.array(AccessRequirementSchema).max(50).default([]),
  contact: shortText(1000).optional(),
  notes: longText.optional(),
  /** A site that takes a letter with a visitor list: the letter's addressee and the list's columns. */
  accessRequest: AccessRequestSchema.optional(),
  memo: SiteMemoSchema.optional(),
})
export type Venue = z.infer<typeof VenueSchema>

/** The longest advance notice any access rule of the venue needs, in days (0 when none). */
export function accessLeadDays(venue: Venue): number {
  return venue.accessRequirements.reduce((max, r) => Math.max(max, r.leadDays ?? 0), 0)
}
