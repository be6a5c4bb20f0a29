// The programme as an iCalendar file (RFC 5545) that Outlook and Google Calendar import.
import { neutraliseBidi } from './bidi'
import type { Directory } from '../domain/directory'
import { DEFAULT_DURATION_MINUTES } from '../domain/conflicts'
import type { ItineraryItem } from '../domain/itinerary-item'
import { byPrecedence, type Person } from '../domain/people'
import { timeOf } from '../domain/schedule-edit'
import type { Visit } from '../domain/visit'
import { translate, type Lang, type MessageKey } from '../i18n/translate'
import { minutesOfDay, shiftDate } from '../time/local-date'
import { hasOffsetChange, instantOf, offsetMinutes } from '../time/zones'

export interface IcsOptions {
  lang: Lang
  /** Only the items this person takes part in ('my programme'). */
  personId?: string
  generatedAt: Date
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return neutraliseBidi(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
}

/** Folds a content line at 75 octets, never inside a UTF-8 sequence. */
export function foldIcsLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!)
    if (size + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(current)
      current = ''
      size = 0
    }
    current += ch
    size += n
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const utf8Length = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4)
const compactDate = (date: string) => date.replace(/-/g, '')
const compactTime = (time: string) => `${time.replace(':', '')}00`
const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`
}

/**
 * The visit's programme as VCALENDAR text with CRLF line ends. Times are local to the visit's zone
 * with a VTIMEZONE; when the zone changes its offset during the visit, times are written in UTC.
 */
export function buildIcs(visit: Visit, directory: Directory, options: IcsOptions): string {
  const t = (key: MessageKey) => translate(options.lang, key)
  const people = new Map(directory.people.map((p) => [p.id, p]))
  const venues = new Map(directory.venues.map((v) => [v.id, v]))
  const zone = visit.timeZone
  const span = [visit.startDate]
  for (let d = visit.startDate; d < visit.endDate;) span.push((d = shiftDate(d, 1)))
  const fixedOffset = span.every((d) => !hasOffsetChange(d, zone))
  const offset = offsetMinutes(visit.startDate, '12:00', zone)

  const items = visit.items
    .filter((i) => !options.personId || i.participantIds.includes(options.personId))
    .sort(
      (a, b) => a.date.localeCompare(b.date) || (a.start ?? '99').localeCompare(b.start ?? '99'),
    )

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Delegation Planner//Programme//RU',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(visit.title)}`,
    `X-WR-TIMEZONE:${zone}`,
  ]
  if (fixedOffset)
    lines.push(
      'BEGIN:VTIMEZONE',
      `TZID:${zone}`,
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offsetText(offset)}`,
      `TZOFFSETTO:${offsetText(offset)}`,
      'END:STANDARD',
      'END:VTIMEZONE',
    )

  const stamp = utcStamp(options.generatedAt)
  const when = (date: string, time: string) =>
    fixedOffset
      ? `;TZID=${zone}:${compactDate(date)}T${compactTime(time)}`
      : `:${utcStamp(instantOf(date, time, zone))}`

  for (const item of items) {
    const venue = venues.get(item.venueId ?? '')
    const who = item.participantIds
      .map((id) => people.get(id))
      .filter((p): p is Person => Boolean(p))
      .sort(byPrecedence)
      .map((p) => p.fullName)
    const description = [
      t(`itemKind.${item.kind}`),
      who.length ? `${t('briefing.columns.participants')}: ${who.join(', ')}` : '',
      item.notes ?? '',
      item.tentative ? t('briefing.tentative') : '',
    ]
      .filter(Boolean)
      .join('\n')
    lines.push('BEGIN:VEVENT', `UID:${item.id}.${visit.id}@delegation-planner`, `DTSTAMP:${stamp}`)
    if (item.start) {
      lines.push(`DTSTART${when(item.date, item.start)}`)
      lines.push(`DTEND${when(item.date, endOf(item))}`)
    } else {
      lines.push(`DTSTART;VALUE=DATE:${compactDate(item.date)}`)
      lines.push(`DTEND;VALUE=DATE:${compactDate(shiftDate(item.date, 1))}`)
    }
    lines.push(`SUMMARY:${escapeIcsText(item.title || t(`itemKind.${item.kind}`))}`)
    if (venue)
      lines.push(
        `LOCATION:${escapeIcsText([venue.name, venue.address].filter(Boolean).join(', '))}`,
      )
    if (venue?.coordinates) lines.push(`GEO:${venue.coordinates.lat};${venue.coordinates.lon}`)
    if (description) lines.push(`DESCRIPTION:${escapeIcsText(description)}`)
    lines.push(`STATUS:${item.tentative ? 'TENTATIVE' : 'CONFIRMED'}`, 'END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`
}

function endOf(item: ItineraryItem): string {
  if (item.end) return item.end
  const start = minutesOfDay(item.start!)
  const length = item.kind === 'departure' ? 0 : DEFAULT_DURATION_MINUTES
  return timeOf(Math.min(23 * 60 + 59, start + length))
}
