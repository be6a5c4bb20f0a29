// The only module that calls date-fns: dates travel as 'YYYY-MM-DD' strings and times as 'HH:MM'.
import { addDays, differenceInCalendarDays, format, isValid, parse } from 'date-fns'
import { enGB, kk, ru, zhCN } from 'date-fns/locale'

export type LocalDate = string
export type LocalTime = string
export type UiLanguage = 'ru' | 'en'

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/
const REF = new Date(2000, 0, 1)

function toDate(date: LocalDate): Date {
  return parse(date, 'yyyy-MM-dd', REF)
}

/** True for a real calendar date written as YYYY-MM-DD (29 February only in leap years). */
export function isLocalDate(value: string): boolean {
  if (!DATE_RE.test(value)) return false
  const d = toDate(value)
  return isValid(d) && format(d, 'yyyy-MM-dd') === value
}

/** True for a 24-hour time written as HH:MM. */
export function isLocalTime(value: string): boolean {
  return TIME_RE.test(value)
}

/** Minutes since midnight of an HH:MM time. */
export function minutesOfDay(time: LocalTime): number {
  const [h, m] = time.split(':')
  return Number(h) * 60 + Number(m)
}

/** The date a whole number of days later (negative for earlier), by calendar, never by milliseconds. */
export function shiftDate(date: LocalDate, days: number): LocalDate {
  return format(addDays(toDate(date), days), 'yyyy-MM-dd')
}

/** Calendar days from `from` to `to` (0 for the same day). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from))
}

/** Every date from start to end inclusive; empty when end is before start or the span is absurd. */
export function eachDate(start: LocalDate, end: LocalDate, maxDays = 366): LocalDate[] {
  if (!isLocalDate(start) || !isLocalDate(end)) return []
  const n = daysBetween(start, end)
  if (n < 0 || n >= maxDays) return []
  return Array.from({ length: n + 1 }, (_, i) => shiftDate(start, i))
}

/** The local calendar date of an instant as seen by the machine's clock. */
export function toLocalDate(instant: Date): LocalDate {
  return format(instant, 'yyyy-MM-dd')
}

const LOCALES = { ru, en: enGB } as const

/** A day heading: '18 ноября 2025 г., вторник' in Russian, 'Tuesday, 18 November 2025' in English. */
export function formatDayHeading(date: LocalDate, lang: UiLanguage): string {
  const d = toDate(date)
  return lang === 'ru'
    ? format(d, "d MMMM yyyy 'г.', EEEE", { locale: ru })
    : format(d, 'EEEE, d MMMM yyyy', { locale: enGB })
}

/** A day in a row of days: 'пн 7' / 'Mon 7'. */
export function formatDayShort(date: LocalDate, lang: UiLanguage): string {
  const d = toDate(date)
  return lang === 'ru'
    ? format(d, 'EEEEEE d', { locale: ru })
    : format(d, 'EEE d', { locale: enGB })
}

/** A day as a guest programme heads it: '18 ноября, вторник' / 'Tuesday, 18 November'. */
export function formatGuestDay(date: LocalDate, lang: UiLanguage): string {
  const d = toDate(date)
  return lang === 'ru'
    ? format(d, 'd MMMM, EEEE', { locale: ru })
    : format(d, 'EEEE, d MMMM', { locale: enGB })
}

/** The partners' languages of bilingual papers. */
export type PartnerLanguage = 'en' | 'kk' | 'zh'

/** A day header in a partner's language: '18 November, Tuesday', '18 қараша, сейсенбі', '11月18日 星期二'. */
export function formatPartnerDay(date: LocalDate, lang: PartnerLanguage): string {
  const d = toDate(date)
  if (lang === 'zh') return format(d, 'M月d日 EEEE', { locale: zhCN })
  if (lang === 'kk') return format(d, 'd MMMM, EEEE', { locale: kk })
  return format(d, 'd MMMM, EEEE', { locale: enGB })
}

/** The dates of a visit in a partner's language: '7–11 December 2026', '2026年12月7日至11日'. */
export function formatPartnerRange(
  start: LocalDate,
  end: LocalDate,
  lang: PartnerLanguage,
): string {
  if (!isLocalDate(start) || !isLocalDate(end)) return ''
  const s = toDate(start)
  const e = toDate(end)
  const sameMonth = format(s, 'yyyy-MM') === format(e, 'yyyy-MM')
  if (lang === 'zh') {
    const first = format(s, 'yyyy年M月d日')
    if (start === end) return first
    return sameMonth ? `${first}至${format(e, 'd日')}` : `${first}至${format(e, 'M月d日')}`
  }
  const locale = lang === 'kk' ? kk : enGB
  const year = lang === 'kk' ? " yyyy 'ж.'" : ' yyyy'
  if (start === end) return format(s, `d MMMM${year}`, { locale })
  return sameMonth
    ? `${format(s, 'd')}–${format(e, `d MMMM${year}`, { locale })}`
    : `${format(s, 'd MMMM', { locale })} – ${format(e, `d MMMM${year}`, { locale })}`
}

/** A short date: '18.11.2025' in Russian, '18 Nov 2025' in English. */
export function formatShortDate(date: LocalDate, lang: UiLanguage): string {
  const d = toDate(date)
  return lang === 'ru' ? format(d, 'dd.MM.yyyy') : format(d, 'd MMM yyyy', { locale: enGB })
}

/** A date span: '17–21 ноября 2025 г.' or '17 Nov – 21 Nov 2025'. */
export function formatDateRange(start: LocalDate, end: LocalDate, lang: UiLanguage): string {
  if (!isLocalDate(start) || !isLocalDate(end)) return ''
  const s = toDate(start)
  const e = toDate(end)
  const locale = LOCALES[lang]
  if (start === end)
    return format(s, lang === 'ru' ? "d MMMM yyyy 'г.'" : 'd MMMM yyyy', { locale })
  const sameMonth = format(s, 'yyyy-MM') === format(e, 'yyyy-MM')
  if (lang === 'ru') {
    return sameMonth
      ? `${format(s, 'd')}–${format(e, "d MMMM yyyy 'г.'", { locale })}`
      : `${format(s, 'd MMMM', { locale })} – ${format(e, "d MMMM yyyy 'г.'", { locale })}`
  }
  return sameMonth
    ? `${format(s, 'd')}–${format(e, 'd MMMM yyyy', { locale })}`
    : `${format(s, 'd MMM', { locale })} – ${format(e, 'd MMM yyyy', { locale })}`
}

/** Parses a LocalDate into a Date at local midnight (for date pickers). */
export function localDateToDate(date: LocalDate): Date {
  return toDate(date)
}

/** The locale object date pickers need for a UI language. */
export function dateLocale(lang: UiLanguage) {
  return LOCALES[lang]
}

/** Reads a date as typed by an officer: '18.11.2025' or '2025-11-18'; null when it is not a real date. */
export function parseTypedDate(text: string): LocalDate | null {
  const value = text.trim()
  if (isLocalDate(value)) return value
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value)
  if (!m) return null
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`
  return isLocalDate(iso) ? iso : null
}

/** Reads a time as typed: '9:30', '09.30' or '0930' become '09:30'; null when it is not a time. */
export function parseTypedTime(text: string): LocalTime | null {
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim())
  if (!m) return null
  const time = `${m[1]!.padStart(2, '0')}:${m[2]}`
  return isLocalTime(time) ? time : null
}
