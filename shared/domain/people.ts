import { z } from 'zod'
import { IdSchema, LocalDateSchema, TranslationsSchema, longText, shortText } from './common'

export const SIDES = ['guest', 'host'] as const

/** The largest portrait kept, as a data: URL (about 220 kB of image). */
export const MAX_PHOTO_CHARS = 300_000
export const PhotoSchema = z
  .string()
  .max(MAX_PHOTO_CHARS)
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, 'not a PNG or JPEG image')
export type Side = (typeof SIDES)[number]

/** Passport data: personal data under 152-FZ, never printed or logged unless the officer asks. */
export const PassportSchema = z.object({
  series: shortText(20).optional(),
  number: shortText(40).optional(),
  issuedBy: shortText(300).optional(),
  issuedOn: LocalDateSchema.optional(),
  expiresOn: LocalDateSchema.optional(),
  birthDate: LocalDateSchema.optional(),
  birthPlace: shortText(300).optional(),
  nationality: shortText(100).optional(),
  /** Address of registration (прописка), asked by sites with a visitor list. */
  registrationAddress: shortText(500).optional(),
})
export type Passport = z.infer<typeof PassportSchema>

/** Fields of a Person that hold sensitive personal data. */
export const SENSITIVE_PERSON_FIELDS = ['passport', 'passportChangedAt'] as const

export const PersonSchema = z.object({
  id: IdSchema,
  fullName: shortText(300).min(1),
  fullNameLatin: shortText(300).optional(),
  /** The name as written in Kazakh or Chinese documents (Latin is fullNameLatin). */
  nameI18n: TranslationsSchema.optional(),
  position: shortText(500).default(''),
  positionI18n: TranslationsSchema.optional(),
  organisationId: IdSchema.optional(),
  side: z.enum(SIDES),
  /** 1 is the most senior; equal ranks keep their list order. */
  precedence: z.number().int().min(1).max(999).default(100),
  languages: z.array(shortText(20)).max(20).default([]),
  phone: shortText(60).optional(),
  email: shortText(200).optional(),
  dietaryNotes: shortText(1000).optional(),
  accessibilityNotes: shortText(1000).optional(),
  notes: longText.optional(),
  /** A short biographical note («объективка») for the briefing: career, education, awards. */
  bio: longText.optional(),
  /** A portrait for the bio, as a small JPEG or PNG data: URL (the dialog scales it down). */
  photo: PhotoSchema.optional(),
  passport: PassportSchema.optional(),
  /**
   * When the passport data was last entered, changed or deleted (set by the app on save): of two
   * computers' versions of a person, the later one's passport data (or its deletion) stands.
   */
  passportChangedAt: z.iso.datetime().optional(),
})
export type Person = z.infer<typeof PersonSchema>

export const ORGANISATION_KINDS = [
  'government',
  'municipality',
  'university',
  'school',
  'company',
  'diplomatic',
  'other',
] as const

export const OrganisationSchema = z.object({
  id: IdSchema,
  name: shortText(500).min(1),
  /** The name in English, Kazakh, Chinese, for the second-language column and the letters. */
  nameI18n: TranslationsSchema.optional(),
  shortName: shortText(200).optional(),
  kind: z.enum(ORGANISATION_KINDS).default('other'),
  country: shortText(100).optional(),
  region: shortText(200).optional(),
  address: shortText(500).optional(),
  notes: longText.optional(),
})
export type Organisation = z.infer<typeof OrganisationSchema>

/** Orders people by precedence rank, then by name, as a protocol list is printed. */
export function byPrecedence(a: Person, b: Person): number {
  return a.precedence - b.precedence || a.fullName.localeCompare(b.fullName, 'ru')
}

/** A copy of a person without any sensitive field (for logs, exports and briefings by default). */
export function withoutSensitive(person: Person): Person {
  const copy: Person = { ...person }
  for (const field of SENSITIVE_PERSON_FIELDS) delete copy[field]
  return copy
}
