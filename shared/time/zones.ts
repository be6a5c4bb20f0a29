// Wall-clock conversions between IANA time zones, on @date-fns/tz (the only caller besides local-date.ts).
import { TZDate } from '@date-fns/tz'
import type { LocalDate, LocalTime } from './local-date'

export interface ZonedWallTime {
  date: LocalDate
  time: LocalTime
}

const pad = (n: number) => String(n).padStart(2, '0')

function parts(date: LocalDate, time: LocalTime): [number, number, number, number, number] {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number]
  const [h, mi] = time.split(':').map(Number) as [number, number]
  return [y, mo - 1, d, h, mi]
}

function wall(d: TZDate): ZonedWallTime {
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  }
}

/** The instant a wall-clock time in a zone denotes; a time inside a DST gap moves forward by the gap. */
export function instantOf(date: LocalDate, time: LocalTime, zone: string): Date {
  return new Date(new TZDate(...parts(date, time), zone).getTime())
}

/** The wall-clock date and time of an instant in a zone. */
export function wallTimeIn(instant: Date, zone: string): ZonedWallTime {
  return wall(new TZDate(instant.getTime(), zone))
}

/** The same moment seen in another zone: 10:00 in Moscow is 12:00 in Almaty (a later date past midnight). */
export function convertWallTime(
  date: LocalDate,
  time: LocalTime,
  fromZone: string,
  toZone: string,
): ZonedWallTime {
  return wallTimeIn(instantOf(date, time, fromZone), toZone)
}

/** The zone's offset from UTC in minutes at that wall time (Moscow +180, Almaty +300, Berlin +60/+120). */
export function offsetMinutes(date: LocalDate, time: LocalTime, zone: string): number {
  return -new TZDate(...parts(date, time), zone).getTimezoneOffset()
}

/** Minutes to add to a time in `fromZone` to read it in `toZone` on that date (Moscow → Almaty: +120). */
export function zoneDifferenceMinutes(
  date: LocalDate,
  time: LocalTime,
  fromZone: string,
  toZone: string,
): number {
  const at = instantOf(date, time, fromZone)
  return (
    -new TZDate(at.getTime(), toZone).getTimezoneOffset() +
    new TZDate(at.getTime(), fromZone).getTimezoneOffset()
  )
}

/** True when the wall time does not exist in the zone (skipped by a spring-forward DST change). */
export function isInDstGap(date: LocalDate, time: LocalTime, zone: string): boolean {
  const back = wallTimeIn(instantOf(date, time, zone), zone)
  return back.date !== date || back.time !== time
}

/** True when the wall time happens twice in the zone (repeated by an autumn DST change). */
export function isAmbiguousWallTime(date: LocalDate, time: LocalTime, zone: string): boolean {
  const at = instantOf(date, time, zone).getTime()
  return [30, 60, 120].some((minutes) =>
    [at - minutes * 60_000, at + minutes * 60_000].some((other) => {
      const w = wallTimeIn(new Date(other), zone)
      return w.date === date && w.time === time
    }),
  )
}

/** True when the zone changes its UTC offset during that calendar day (a DST switch day). */
export function hasOffsetChange(date: LocalDate, zone: string): boolean {
  return offsetMinutes(date, '00:00', zone) !== offsetMinutes(date, '23:59', zone)
}

/** A signed offset for labels: '+2 ч', '−1 ч 30 мин' (ru) or '+2 h' (en). */
export function formatOffset(minutes: number, lang: 'ru' | 'en'): string {
  if (minutes === 0) return lang === 'ru' ? '±0 ч' : '±0 h'
  const sign = minutes > 0 ? '+' : '−'
  const abs = Math.abs(minutes)
  const h = Math.floor(abs / 60)
  const m = abs % 60
  const hs = lang === 'ru' ? 'ч' : 'h'
  const ms = lang === 'ru' ? 'мин' : 'min'
  return `${sign}${h ? `${h} ${hs}` : ''}${h && m ? ' ' : ''}${m ? `${m} ${ms}` : ''}`
}

/** The city part of a zone name for a clock label: 'Asia/Almaty' → 'Almaty'. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ')
}
