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

/** The offset from UTC as people write it: 'UTC+5', 'UTC+5:30', 'UTC−1', 'UTC'. */
export function utcLabel(minutes: number): string {
  if (minutes === 0) return 'UTC'
  const abs = Math.abs(minutes)
  const m = abs % 60
  return `UTC${minutes > 0 ? '+' : '−'}${Math.floor(abs / 60)}${m ? `:${String(m).padStart(2, '0')}` : ''}`
}

/**
 * The time zone of a partner country's capital, by its name in Russian or English (as officers
 * type it): the delegation's clock when nothing else is known. Kazakhstan has kept one zone
 * (UTC+5) since March 2024, which tzdata names Asia/Almaty.
 */
const COUNTRY_ZONES: [string[], string][] = [
  [['казахстан', 'республика казахстан', 'kazakhstan', 'қазақстан'], 'Asia/Almaty'],
  [
    ['киргизия', 'кыргызстан', 'киргизская республика', 'kyrgyzstan', 'kyrgyz republic'],
    'Asia/Bishkek',
  ],
  [['узбекистан', 'республика узбекистан', 'uzbekistan'], 'Asia/Tashkent'],
  [['таджикистан', 'tajikistan'], 'Asia/Dushanbe'],
  [['туркменистан', 'туркмения', 'turkmenistan'], 'Asia/Ashgabat'],
  [
    ['китай', 'кнр', 'китайская народная республика', 'china', "people's republic of china"],
    'Asia/Shanghai',
  ],
  [['беларусь', 'белоруссия', 'республика беларусь', 'belarus'], 'Europe/Minsk'],
  [['монголия', 'mongolia'], 'Asia/Ulaanbaatar'],
  [['абхазия', 'abkhazia', 'россия', 'российская федерация', 'russia'], 'Europe/Moscow'],
  [['армения', 'armenia'], 'Asia/Yerevan'],
  [['азербайджан', 'azerbaijan'], 'Asia/Baku'],
  [['грузия', 'georgia'], 'Asia/Tbilisi'],
  [['вьетнам', 'vietnam', 'viet nam'], 'Asia/Ho_Chi_Minh'],
  [['индия', 'india'], 'Asia/Kolkata'],
  [['корея', 'республика корея', 'южная корея', 'south korea', 'korea'], 'Asia/Seoul'],
  [['япония', 'japan'], 'Asia/Tokyo'],
  [['германия', 'germany'], 'Europe/Berlin'],
]

/** Whether a zone is one this table gives a country (so likely inferred, not chosen by hand). */
export function isCountryZone(zone: string): boolean {
  return COUNTRY_ZONES.some(([, z]) => z === zone)
}

export function zoneOfCountry(country: string): string | undefined {
  const name = country.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ')
  return COUNTRY_ZONES.find(([names]) => names.includes(name))?.[1]
}

/** The zones offered for a visit's clocks, west to east. */
export const KNOWN_ZONES = [
  'UTC',
  'Europe/Berlin',
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Minsk',
  'Asia/Tbilisi',
  'Asia/Yerevan',
  'Asia/Baku',
  'Asia/Yekaterinburg',
  'Asia/Tashkent',
  'Asia/Dushanbe',
  'Asia/Ashgabat',
  'Asia/Almaty',
  'Asia/Kolkata',
  'Asia/Bishkek',
  'Asia/Ho_Chi_Minh',
  'Asia/Shanghai',
  'Asia/Ulaanbaatar',
  'Asia/Seoul',
  'Asia/Tokyo',
]
