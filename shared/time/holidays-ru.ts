// Russian non-working days: the public holidays of Labour Code art. 112 every year, plus the
// government's yearly transfer decrees (days off moved next to holidays, working Saturdays).
// The transfer tables are data: add a year when its decree is published.
import type { LocalDate } from './local-date'

/** Public holidays by month-day, every year (art. 112: 1–6 and 8 January, 7 January, …). */
const STATUTORY = [
  '01-01',
  '01-02',
  '01-03',
  '01-04',
  '01-05',
  '01-06',
  '01-07',
  '01-08',
  '02-23',
  '03-08',
  '05-01',
  '05-09',
  '06-12',
  '11-04',
]

/** Extra days off by the yearly decree (moved weekends and holiday bridges). */
const EXTRA_DAYS_OFF: Record<number, string[]> = {
  // Government decree of 04.10.2024 No. 1335 (for 2025).
  2025: ['05-02', '05-08', '06-13', '11-03', '12-31'],
  // Government decree for 2026 (transfers of 3 and 4 January to 9 January and 31 December).
  2026: ['01-09', '12-31'],
}

/** Saturdays or Sundays made working days by the decree. */
const WORKING_WEEKENDS: Record<number, string[]> = {
  2025: ['11-01'],
  2026: [],
}

/** The years whose transfer decree the table holds. */
export const HOLIDAY_YEARS_KNOWN = Object.keys(EXTRA_DAYS_OFF).map(Number)

const monthDay = (date: LocalDate) => date.slice(5)
const year = (date: LocalDate) => Number(date.slice(0, 4))

/** Day of the week, 0 = Sunday … 6 = Saturday, from the calendar date alone (no time zone). */
export function weekday(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

export const isWeekend = (date: LocalDate) => weekday(date) === 0 || weekday(date) === 6

/** True for a public holiday or a decreed day off (not for an ordinary weekend). */
export function isPublicHoliday(date: LocalDate): boolean {
  return (
    STATUTORY.includes(monthDay(date)) ||
    (EXTRA_DAYS_OFF[year(date)] ?? []).includes(monthDay(date))
  )
}

/** True when people work that day: not a weekend (unless decreed working) and not a holiday. */
export function isWorkingDay(date: LocalDate): boolean {
  if (isPublicHoliday(date)) return false
  if (isWeekend(date)) return (WORKING_WEEKENDS[year(date)] ?? []).includes(monthDay(date))
  return true
}
