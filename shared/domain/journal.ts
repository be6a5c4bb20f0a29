// The journal of receptions of foreign citizens (Ministry of Culture order No. 40 of 13.08.2008,
// form 20), filled from the visits: every meeting, talks, signing, reception or conference of an
// incoming visit where guests and hosts met. The officer completes the summary and the rest.
import { byPrecedence, type Organisation, type Person } from './people'
import type { Directory } from './directory'
import type { ItineraryItem, ItemKind } from './itinerary-item'
import type { Visit } from './visit'

export const JOURNAL_KINDS = new Set<ItemKind>([
  'meeting',
  'talks',
  'signing',
  'reception',
  'conference',
])

export interface JournalEntry {
  number: number
  visitId: string
  itemId: string
  date: string
  time: string
  place: string
  foreigners: { name: string; position: string; country: string; organisation: string }[]
  basis: string
  purpose: string
  summary: string
  hosts: { name: string; position: string }[]
  authorisedBy: string
  report: string
  /** Columns the officer still has to fill. */
  missing: ('summary' | 'basis' | 'authorisedBy' | 'report')[]
}

/** The journal for a period (inclusive), in date and time order, numbered from 1. */
export function journalEntries(
  visits: Visit[],
  directory: Directory,
  from: string,
  to: string,
): JournalEntry[] {
  const people = new Map(directory.people.map((p) => [p.id, p]))
  const orgs = new Map(directory.organisations.map((o) => [o.id, o]))
  const venues = new Map(directory.venues.map((v) => [v.id, v]))
  const rows: Omit<JournalEntry, 'number'>[] = []
  for (const visit of visits) {
    if (visit.direction !== 'incoming' || visit.status === 'cancelled') continue
    const everyone = visit.participantIds
      .map((id) => people.get(id))
      .filter((p): p is Person => Boolean(p))
    for (const item of visit.items) {
      if (!JOURNAL_KINDS.has(item.kind) || item.date < from || item.date > to) continue
      const ids = item.participantIds.length ? new Set(item.participantIds) : null
      const present = everyone.filter((p) => !ids || ids.has(p.id)).sort(byPrecedence)
      const guests = present.filter((p) => p.side === 'guest')
      const hosts = present.filter((p) => p.side === 'host')
      if (guests.length === 0 || hosts.length === 0) continue
      const venue = venues.get(item.venueId ?? '')
      const defaults = visit.journal
      const basis = item.journal?.basis ?? defaults?.basis ?? ''
      const authorisedBy = item.journal?.authorisedBy ?? defaults?.authorisedBy ?? ''
      const report = item.journal?.report ?? defaults?.report ?? ''
      const summary = item.journal?.summary ?? ''
      rows.push({
        visitId: visit.id,
        itemId: item.id,
        date: item.date,
        time: timeOf(item),
        place: venue ? [venue.name, venue.city].filter(Boolean).join(', ') : '',
        foreigners: guests.map((p) => ({
          name: p.fullName,
          position: p.position,
          country: p.passport?.nationality?.trim() || visit.partnerCountry,
          organisation: orgName(orgs.get(p.organisationId ?? '')),
        })),
        basis,
        // The meeting's own purpose: the visit's objectives are the visit's, not each entry's.
        purpose: item.title.trim(),
        summary,
        hosts: hosts.map((p) => ({ name: p.fullName, position: p.position })),
        authorisedBy,
        report,
        missing: (
          [
            ['summary', summary],
            ['basis', basis],
            ['authorisedBy', authorisedBy],
            ['report', report],
          ] as const
        )
          .filter(([, v]) => !v.trim())
          .map(([k]) => k),
      })
    }
  }
  rows.sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time))
  return rows.map((r, i) => ({ number: i + 1, ...r }))
}

const orgName = (o?: Organisation) => o?.name ?? ''
const timeOf = (i: ItineraryItem) => (i.start ? (i.end ? `${i.start}–${i.end}` : i.start) : '')

/** The columns of form 20, in its order. */
export const JOURNAL_COLUMNS = [
  '№ п/п',
  'Дата и место встречи',
  'Ф.И.О. иностранцев, страна, организация',
  'Основание и цель встречи',
  'Характер и краткое содержание беседы',
  'Ф.И.О., должности участников с российской стороны',
  'Кем разрешена встреча',
  'Отчёт (запись беседы): кому направлен',
] as const

/** One entry as the cells of the printed journal. */
export function journalCells(e: JournalEntry, formatDate: (d: string) => string): string[] {
  return [
    String(e.number),
    [`${formatDate(e.date)}${e.time ? `, ${e.time}` : ''}`, e.place].filter(Boolean).join('\n'),
    e.foreigners
      .map((f) =>
        [f.name, f.position, [f.country, f.organisation].filter(Boolean).join(', ')]
          .filter(Boolean)
          .join(', '),
      )
      .join(';\n'),
    [e.basis, e.purpose].filter(Boolean).join('.\n'),
    e.summary,
    e.hosts.map((h) => [h.name, h.position].filter(Boolean).join(', ')).join(';\n'),
    e.authorisedBy,
    e.report,
  ]
}
