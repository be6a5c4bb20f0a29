import { z } from 'zod'
import { isLocalDate, isLocalTime } from '../time/local-date'

/** Identifiers double as file names, so only a safe alphabet is accepted (no '/', '..', spaces). */
export const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid id')

/** Free text shown in the UI and printed: bounded so that a hostile file cannot bloat the archive. */
export const shortText = (max = 500) => z.string().max(max)
export const longText = z.string().max(20_000)

export const LocalDateSchema = z.string().refine(isLocalDate, 'invalid date')
export const LocalTimeSchema = z.string().refine(isLocalTime, 'invalid time')

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return value.length > 0 && value.length < 64
  } catch {
    return false
  }
}

/** An IANA time zone name such as 'Europe/Moscow' or 'Asia/Almaty'. */
export const TimeZoneSchema = z.string().refine(isTimeZone, 'invalid time zone')

/** The second languages of bilingual documents: the partners' languages beside Russian. */
export const SECOND_LANGS = ['en', 'kk', 'zh'] as const
export type SecondLang = (typeof SECOND_LANGS)[number]

/** A name or title in the partners' languages; a missing one falls back to transliteration. */
export const TranslationsSchema = z.object({
  en: shortText(1000).optional(),
  kk: shortText(1000).optional(),
  zh: shortText(1000).optional(),
})
export type Translations = z.infer<typeof TranslationsSchema>

/** Ends a `switch` over a discriminated union: the compiler proves every case is handled. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`)
}
