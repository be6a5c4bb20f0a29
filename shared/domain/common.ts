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

/** Ends a `switch` over a discriminated union: the compiler proves every case is handled. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`)
}
