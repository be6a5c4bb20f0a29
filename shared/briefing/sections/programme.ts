import type { Venue } from '../../domain/venues'
import { describeTask } from '../../wording/describe'
import { itemsByDay, type ItineraryItem } from '../../domain/itinerary-item'
import type { Person } from '../../domain/people'
import { travelMinutes } from '../../domain/travel'
import { formatDayHeading, formatShortDate } from '../../time/local-date'
import type { BriefingSection, ProgrammeDay } from '../briefing-document'
import {
  capitalise,
  durationOf,
  itemTitle,
  peopleLine,
  personLabel,
  timeRange,
  venueLabel,
  type BriefingScope,
} from '../scope'

/** What the organisers provide at an event: interpreter, protocol items, gifts, press, the way on. */
function provisions(
  s: BriefingScope,
  item: ItineraryItem,
  next: ItineraryItem | undefined,
  who: Person[],
  firstAtVenue: boolean,
): string[] {
  const { t, visit, people, venues, lang } = s
  const out: string[] = []
  const langs = (side: string) =>
    new Set(
      who.filter((p) => p.side === side).flatMap((p) => p.languages.map((l) => l.toLowerCase())),
    )
  const g = langs('guest')
  const h = langs('host')
  if (g.size && h.size && ![...g].some((l) => h.has(l)))
    out.push(t('briefing.working.interpreter', { pair: `${[...g].join('/')}–${[...h].join('/')}` }))
  if (item.kind === 'talks' || item.kind === 'signing') out.push(t('briefing.working.protocol'))
  if (item.kind === 'memorial') out.push(t('briefing.working.flowers'))
  if (item.kind === 'press' || item.kind === 'signing') out.push(t('briefing.working.press'))
  for (const gift of visit.gifts.filter((x) => x.itemId === item.id))
    out.push(
      t('briefing.working.gift', {
        what: gift.description,
        count: gift.quantity,
        to: people.get(gift.toPersonId ?? '')?.fullName ?? '',
      }).replace(/ — $/, ''),
    )
  // The access documents of a venue, once a day: at the first event there.
  const access = firstAtVenue ? s.checklist : []
  for (const task of access.filter((x) => x.rule === 'access' && x.itemIds.includes(item.id)))
    out.push(
      task.status === 'done'
        ? t('briefing.working.accessDone', { task: describeTask(task, t) })
        : t('briefing.working.accessOpen', {
            task: describeTask(task, t),
            due: formatShortDate(task.due, lang),
          }),
    )
  const here = venues.get(item.venueId ?? '')
  const there = next && next.kind !== 'transfer' ? venues.get(next.venueId ?? '') : undefined
  if (here && there && here.id !== there.id) {
    const est = travelMinutes(here, there, s.context.settings)
    if (est && est.minutes > 0)
      out.push(t('briefing.working.onward', { place: there.name, count: est.minutes }))
  }
  return out
}

/** The notes of an item's row: dress code, the drive, the venue's rules, the officer's notes. */
function notesOf(s: BriefingScope, items: ItineraryItem[], index: number, who: Person[]): string[] {
  const { t, venues, o } = s
  const item = items[index]!
  const venue = venues.get(item.venueId ?? '')
  const from = item.kind === 'transfer' ? venues.get(item.fromVenueId ?? '') : undefined
  const notes: string[] = []
  if (item.dressCode) notes.push(`${t('briefing.dressCode')}: ${t(`dressCode.${item.dressCode}`)}`)
  if (item.kind === 'transfer') {
    if (item.vehicle) notes.push(item.vehicle)
    const est = from && venue ? travelMinutes(from, venue, s.context.settings) : null
    if (est && est.minutes > 0) notes.push(t('briefing.onTheRoad', { count: est.minutes }))
  }
  if (venue && index === items.findIndex((i) => i.venueId === venue.id))
    for (const r of venue.accessRequirements) if (!r.leadDays && r.note) notes.push(r.note)
  if (item.notes) notes.push(item.notes)
  if (o.variant === 'working') {
    const first = items.findIndex((i) => i.kind !== 'transfer' && i.venueId === item.venueId)
    notes.push(...provisions(s, item, items[index + 1], who, index === first))
  }
  return notes
}

/** The programme day by day, a row per item. */
export function programmeDays(s: BriefingScope): ProgrammeDay[] {
  const { t, venues, people, o, lang, guests, hosts } = s
  const responsibleLine = (p: Person | undefined) =>
    p
      ? `${t('briefing.responsibleShort')}: ${personLabel(lang, p)}${o.variant === 'working' && p.phone ? `, ${p.phone}` : ''}`
      : ''
  return itemsByDay(s.visit.items, s.dates)
    .filter((d) => d.items.length > 0)
    .map(({ date, items }) => ({
      date,
      heading: capitalise(formatDayHeading(date, lang)),
      rows: items.map((item, index) => {
        const who = s.whoAt(item)
        const venue = venues.get(item.venueId ?? '')
        const from = item.kind === 'transfer' ? venues.get(item.fromVenueId ?? '') : undefined
        const previous = items[index - 1]
        const sameVenue =
          item.kind !== 'transfer' &&
          previous !== undefined &&
          previous.kind !== 'transfer' &&
          Boolean(venue) &&
          previous.venueId === item.venueId
        return {
          itemId: item.id,
          time: timeRange(item, t),
          tentative: item.tentative ? t('briefing.tentative') : '',
          duration: o.variant === 'working' ? durationOf(item, t) : '',
          kind: t(`itemKind.${item.kind}`),
          event: itemTitle(s, item),
          venue: sameVenue
            ? t('briefing.sameVenue')
            : [from, venue]
                .filter((v): v is Venue => Boolean(v))
                .map((v) => venueLabel(lang, v))
                .join(' – '),
          address: sameVenue ? '' : (venue?.address ?? ''),
          guests: peopleLine(
            who.filter((p) => p.side === 'guest'),
            guests,
            t,
            lang,
          ),
          hosts: peopleLine(
            who.filter((p) => p.side === 'host'),
            hosts,
            t,
            lang,
          ),
          responsible: responsibleLine(people.get(item.responsibleId ?? '')),
          notes: notesOf(s, items, index, who),
        }
      }),
    }))
}

/** The programme section (the briefing's, or the working programme's with its provisions). */
export function programmeSection(s: BriefingScope, days: ProgrammeDay[]): BriefingSection {
  const { t, o } = s
  return {
    kind: 'programme',
    id: 'programme',
    heading:
      o.variant === 'working' ? t('briefing.working.heading') : t('briefing.sections.programme'),
    columns: {
      time: t('briefing.columns.time'),
      event: t('briefing.columns.event'),
      venue: t('briefing.columns.venue'),
      participants: t('briefing.columns.participants'),
      notes: t('briefing.columns.notes'),
    },
    guestsLabel: t('briefing.guestsShort'),
    hostsLabel: t('briefing.hostsShort'),
    days,
  }
}

/** The pocket programme: a page per day. */
export function pocketSections(s: BriefingScope, days: ProgrammeDay[]): BriefingSection[] {
  const { t, visit, people, lang } = s
  const cars = visit.vehicles.map((v) =>
    [v.label, v.driver, v.driverPhone].filter(Boolean).join(', '),
  )
  return days.map((day) => {
    const items = visit.items.filter((i) => i.date === day.date)
    const officers = [...new Set(items.map((i) => i.responsibleId).filter(Boolean))]
      .map((id) => people.get(id!))
      .filter((p): p is Person => Boolean(p?.phone))
      .map((p) => `${personLabel(lang, p)}: ${p.phone}`)
    return {
      kind: 'pocket',
      id: 'pocket',
      heading: t('briefing.pocketTitle', { date: day.heading }),
      day,
      columns: {
        time: t('briefing.columns.time'),
        event: t('briefing.columns.event'),
        venue: t('briefing.columns.venue'),
      },
      contacts: [...officers, ...cars],
      contactsLabel: t('briefing.pocketContacts'),
    }
  })
}
