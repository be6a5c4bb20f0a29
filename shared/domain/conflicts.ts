// Rules that catch what embarrasses a protocol service; pure, so the editor, the CLI and the
// briefing all see the same list.
import { daysBetween, formatShortDate, minutesOfDay, shiftDate } from '../time/local-date'
import type { FactParams as MessageParams } from './facts'
import { hasOffsetChange, isAmbiguousWallTime, isInDstGap } from '../time/zones'
import type { Directory } from './directory'
import type { ItineraryItem } from './itinerary-item'
import { byPrecedence, type Person } from './people'
import type { PlanningSettings } from './planning'
import { overrideIndex, travelMinutes } from './travel'
import type { Venue } from './venues'
import type { Visit } from './visit'

export const CONFLICT_KINDS = [
  'person-overlap',
  'venue-overlap',
  'travel-time',
  'transfer-too-short',
  'no-return',
  'outside-dates',
  'night',
  'no-lunch',
  'signing-no-documents',
  'signing-no-signatories',
  'signatory-absent',
  'access-overdue',
  'access-soon',
  'dst-gap',
  'dst-ambiguous',
  'undated',
] as const
export type ConflictKind = (typeof CONFLICT_KINDS)[number]
export type Severity = 'error' | 'warning' | 'info'

export interface Conflict {
  /** Stable across recomputation: the rule and what it is about. */
  id: string
  kind: ConflictKind
  severity: Severity
  date?: string
  itemIds: string[]
  personIds: string[]
  venueId?: string
  /** i18n key under `conflicts.message` and its parameters. */
  messageKey: ConflictKind
  params: MessageParams
}

export interface ConflictOptions {
  /** Today's date where the officer is: deadlines are judged against it. */
  today: string
  settings: PlanningSettings
  lang?: 'ru' | 'en'
}

/** Items without an end are taken to last this long when checking overlaps. */
export const DEFAULT_DURATION_MINUTES = 30
/** An 'access soon' warning starts this many days before the deadline. */
export const ACCESS_WARNING_DAYS = 30
const LUNCH_FROM = 12 * 60
const LUNCH_TO = 15 * 60
/** A free stretch this long inside the lunch hours is time to have lunch. */
const LUNCH_GAP = 45

/** Whether the lunch hours (12:00–15:00) hold a free stretch of LUNCH_GAP minutes. */
function lunchGap(list: { start: number; end: number }[]): boolean {
  let free = LUNCH_FROM
  for (const t of [...list].sort((a, b) => a.start - b.start)) {
    if (t.end <= free) continue
    if (Math.min(t.start, LUNCH_TO) - free >= LUNCH_GAP) return true
    free = Math.max(free, t.end)
    if (free >= LUNCH_TO) return false
  }
  return LUNCH_TO - free >= LUNCH_GAP
}
const NIGHT_EXEMPT = new Set<ItineraryItem['kind']>([
  'arrival',
  'departure',
  'transfer',
  'accommodation',
  'free-time',
])
const VENUE_SHARING = new Set<ItineraryItem['kind']>([
  'press',
  'meal',
  'accommodation',
  'free-time',
])
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

interface Timed {
  item: ItineraryItem
  start: number
  end: number
}

/** Start and end of an item in minutes of its day; null for an item whose time is not set. */
export function itemSpan(item: ItineraryItem): { start: number; end: number } | null {
  if (!item.start) return null
  const start = minutesOfDay(item.start)
  const end = item.end
    ? minutesOfDay(item.end)
    : start + (item.kind === 'departure' ? 0 : DEFAULT_DURATION_MINUTES)
  return { start, end: Math.max(start, end) }
}

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

function names(ids: string[], people: Map<string, Person>, max = 3): string {
  const list = ids
    .map((id) => people.get(id))
    .filter((p): p is Person => Boolean(p))
    .sort(byPrecedence)
    .map((p) => p.fullName)
  if (list.length === 0) return `${ids.length}`
  return list.length > max
    ? `${list.slice(0, max).join(', ')} +${list.length - max}`
    : list.join(', ')
}

/** Every conflict of the visit, most severe first, then by date and time. */
export function detectConflicts(
  visit: Visit,
  directory: Directory,
  options: ConflictOptions,
): Conflict[] {
  const lang = options.lang ?? 'ru'
  const people = new Map(directory.people.map((p) => [p.id, p]))
  const venues = new Map(directory.venues.map((v) => [v.id, v]))
  const title = (item: ItineraryItem) => item.title || item.kind
  const out: Conflict[] = []
  const push = (c: Omit<Conflict, 'messageKey' | 'personIds'> & { personIds?: string[] }) =>
    out.push({ personIds: [], ...c, messageKey: c.kind })

  const byDay = new Map<string, Timed[]>()
  for (const item of visit.items) {
    const span = itemSpan(item)
    if (!span) continue
    const list = byDay.get(item.date) ?? []
    list.push({ item, ...span })
    byDay.set(item.date, list)
  }
  for (const list of byDay.values()) list.sort((a, b) => a.start - b.start || a.end - b.end)

  // Lines an import found without a day wait in the tray: the programme is not whole until placed.
  if (visit.unscheduled.length > 0)
    push({
      id: 'undated',
      kind: 'undated',
      severity: 'warning',
      itemIds: [],
      params: { count: visit.unscheduled.length },
    })

  // Outside the visit dates.
  for (const item of visit.items) {
    if (item.date < visit.startDate || item.date > visit.endDate)
      push({
        id: `outside-dates:${item.id}`,
        kind: 'outside-dates',
        severity: 'error',
        date: item.date,
        itemIds: [item.id],
        params: {
          title: title(item),
          date: formatShortDate(item.date, lang),
          from: formatShortDate(visit.startDate, lang),
          to: formatShortDate(visit.endDate, lang),
        },
      })
  }

  for (const [date, list] of byDay) {
    // Overlaps: a person in two places, or a hall booked twice.
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j]!
        if (b.start >= a.end) break
        const shared = a.item.participantIds.filter((id) => b.item.participantIds.includes(id))
        const time = `${hhmm(b.start)}–${hhmm(Math.min(a.end, b.end))}`
        if (shared.length > 0) {
          push({
            id: `person-overlap:${a.item.id}:${b.item.id}`,
            kind: 'person-overlap',
            severity: 'error',
            date,
            itemIds: [a.item.id, b.item.id],
            personIds: shared,
            params: {
              people: names(shared, people),
              count: shared.length,
              a: title(a.item),
              b: title(b.item),
              time,
            },
          })
        } else if (
          a.item.venueId &&
          a.item.venueId === b.item.venueId &&
          !VENUE_SHARING.has(a.item.kind) &&
          !VENUE_SHARING.has(b.item.kind)
        ) {
          push({
            id: `venue-overlap:${a.item.id}:${b.item.id}`,
            kind: 'venue-overlap',
            severity: 'warning',
            date,
            itemIds: [a.item.id, b.item.id],
            venueId: a.item.venueId,
            params: {
              venue: venues.get(a.item.venueId)?.name ?? a.item.venueId,
              a: title(a.item),
              b: title(b.item),
              time,
            },
          })
        }
      }
    }

    // Night.
    const nightStart = minutesOfDay(options.settings.nightStart)
    const nightEnd = minutesOfDay(options.settings.nightEnd)
    for (const t of list) {
      if (NIGHT_EXEMPT.has(t.item.kind)) continue
      if (t.start < nightEnd || t.end > nightStart)
        push({
          id: `night:${t.item.id}`,
          kind: 'night',
          severity: 'warning',
          date,
          itemIds: [t.item.id],
          params: { title: title(t.item), time: `${hhmm(t.start)}–${hhmm(t.end)}` },
        })
    }

    // A day that runs through lunch without a meal and without a free hour to have one.
    const first = list[0]!.start
    const last = Math.max(...list.map((t) => t.end))
    const hasMeal = list.some(
      (t) =>
        (t.item.kind === 'meal' || t.item.kind === 'reception') &&
        t.start < LUNCH_TO &&
        t.end > LUNCH_FROM,
    )
    if (first < LUNCH_FROM && last > LUNCH_FROM + LUNCH_GAP && !hasMeal && !lunchGap(list))
      push({
        id: `no-lunch:${date}`,
        kind: 'no-lunch',
        severity: 'warning',
        date,
        itemIds: list.filter((t) => t.start < LUNCH_TO && t.end > LUNCH_FROM).map((t) => t.item.id),
        params: { date: formatShortDate(date, lang) },
      })

    travelConflicts(date, list, venues, options.settings, people, push)
  }

  dstConflicts(visit, byDay, push)
  signingConflicts(visit, people, lang, push)
  accessConflicts(visit, venues, options, lang, push)
  returnConflicts(visit, venues, options.settings, lang, push)

  const time = (c: Conflict) => {
    const item = visit.items.find((i) => i.id === c.itemIds[0])
    return `${c.date ?? ''} ${item?.start ?? '99:99'}`
  }
  return out.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      time(a).localeCompare(time(b)) ||
      a.id.localeCompare(b.id),
  )
}

type Push = (c: Omit<Conflict, 'messageKey' | 'personIds'> & { personIds?: string[] }) => void

/**
 * For every participant, walks the day in time order: where the person has to be at the start of
 * each item, where they are at its end (a transfer moves them from its origin to its venue), and
 * whether the time between is enough to drive. Conflicts are grouped by the pair of items.
 */
function travelConflicts(
  date: string,
  list: Timed[],
  venues: Map<string, Venue>,
  settings: PlanningSettings,
  people: Map<string, Person>,
  push: Push,
) {
  const overrides = overrideIndex(settings)
  const grouped = new Map<
    string,
    { from: Timed; to: Timed; need: number; have: number; ids: string[] }
  >()
  const participants = new Set(list.flatMap((t) => t.item.participantIds))

  for (const t of list) {
    if (t.item.kind !== 'transfer' || !t.item.fromVenueId || !t.item.venueId) continue
    const from = venues.get(t.item.fromVenueId)
    const to = venues.get(t.item.venueId)
    const est = from && to ? travelMinutes(from, to, settings, overrides) : null
    if (est && est.minutes > t.end - t.start)
      push({
        id: `transfer-too-short:${t.item.id}`,
        kind: 'transfer-too-short',
        severity: 'warning',
        date,
        itemIds: [t.item.id],
        venueId: t.item.venueId,
        params: {
          title: t.item.title || 'transfer',
          from: from!.name,
          to: to!.name,
          need: est.minutes,
          have: t.end - t.start,
        },
      })
  }

  for (const personId of participants) {
    let last: { venueId: string; at: number; t: Timed } | null = null
    for (const t of list) {
      if (!t.item.participantIds.includes(personId)) continue
      const item = t.item
      const isTransfer = item.kind === 'transfer'
      const startVenue = item.kind === 'transfer' ? item.fromVenueId : item.venueId
      if (last && startVenue && startVenue !== last.venueId) {
        const from = venues.get(last.venueId)
        const to = venues.get(startVenue)
        const est = from && to ? travelMinutes(from, to, settings, overrides) : null
        // A transfer without an origin in between is the drive itself: it counts as travel time.
        const have = t.start - last.at
        if (est && have < est.minutes + settings.travelBufferMinutes) {
          const key = `${last.t.item.id}:${t.item.id}`
          const g = grouped.get(key) ?? { from: last.t, to: t, need: est.minutes, have, ids: [] }
          g.ids.push(personId)
          grouped.set(key, g)
        }
      }
      const endVenue: string | undefined = item.venueId ?? (isTransfer ? undefined : startVenue)
      if (endVenue) last = { venueId: endVenue, at: t.end, t }
    }
  }

  for (const [key, g] of grouped) {
    const fromVenue = venues.get(g.from.item.venueId ?? '')
    const toItem = g.to.item
    const toVenue = venues.get(
      (toItem.kind === 'transfer' ? toItem.fromVenueId : toItem.venueId) ?? '',
    )
    push({
      id: `travel-time:${key}`,
      kind: 'travel-time',
      severity: g.have < g.need ? 'error' : 'warning',
      date,
      itemIds: [g.from.item.id, g.to.item.id],
      personIds: g.ids,
      params: {
        from: fromVenue?.name ?? '',
        to: toVenue?.name ?? '',
        need: g.need,
        have: Math.max(0, g.have),
        people: names(g.ids, people),
        count: g.ids.length,
      },
    })
  }
}

/**
 * On a DST switch day in the visit's zone, a start time that does not exist (spring forward) or
 * happens twice (fall back) is ambiguous for drivers and guests alike: an outgoing visit to Berlin
 * on the last Sunday of March or October.
 */
function dstConflicts(visit: Visit, byDay: Map<string, Timed[]>, push: Push) {
  const zone = visit.timeZone
  for (const [date, list] of byDay) {
    if (!hasOffsetChange(date, zone)) continue
    for (const t of list) {
      const time = t.item.start!
      const gap = isInDstGap(date, time, zone)
      if (!gap && !isAmbiguousWallTime(date, time, zone)) continue
      push({
        id: `${gap ? 'dst-gap' : 'dst-ambiguous'}:${t.item.id}`,
        kind: gap ? 'dst-gap' : 'dst-ambiguous',
        severity: gap ? 'error' : 'warning',
        date,
        itemIds: [t.item.id],
        params: { title: t.item.title || t.item.kind, time, zone },
      })
    }
  }
}

function signingConflicts(
  visit: Visit,
  people: Map<string, Person>,
  lang: 'ru' | 'en',
  push: Push,
) {
  const agreements = new Map(visit.agreements.map((a) => [a.id, a]))
  for (const item of visit.items) {
    if (item.kind !== 'signing') continue
    const docs = item.agreementIds.map((id) => agreements.get(id)).filter((a) => a !== undefined)
    if (docs.length === 0) {
      push({
        id: `signing-no-documents:${item.id}`,
        kind: 'signing-no-documents',
        severity: 'warning',
        date: item.date,
        itemIds: [item.id],
        params: { title: item.title || item.kind },
      })
      continue
    }
    for (const doc of docs) {
      if (doc.signatoryIds.length === 0) {
        push({
          id: `signing-no-signatories:${item.id}:${doc.id}`,
          kind: 'signing-no-signatories',
          severity: 'warning',
          date: item.date,
          itemIds: [item.id],
          params: { title: item.title || item.kind, document: doc.title },
        })
        continue
      }
      const absent = doc.signatoryIds.filter((id) => !item.participantIds.includes(id))
      if (absent.length > 0)
        push({
          id: `signatory-absent:${item.id}:${doc.id}`,
          kind: 'signatory-absent',
          severity: 'warning',
          date: item.date,
          itemIds: [item.id],
          personIds: absent,
          params: {
            title: item.title || item.kind,
            document: doc.title,
            people: names(absent, people),
            date: formatShortDate(item.date, lang),
          },
        })
    }
  }
}

/** The first date each venue is visited, with the items there, in date order. */
export function venueVisits(visit: Visit): Map<string, { date: string; itemIds: string[] }> {
  const firstAt = new Map<string, { date: string; itemIds: string[] }>()
  for (const item of [...visit.items].sort((a, b) => a.date.localeCompare(b.date))) {
    const venueId = item.venueId
    if (!venueId) continue
    const seen = firstAt.get(venueId)
    if (!seen) firstAt.set(venueId, { date: item.date, itemIds: [item.id] })
    else seen.itemIds.push(item.id)
  }
  return firstAt
}

/** The checklist key of a venue's access rule; its task, when done, silences the deadline conflict. */
export const accessTaskKey = (venueId: string, index: number) => `access:${venueId}:${index}`

function accessConflicts(
  visit: Visit,
  venues: Map<string, Venue>,
  options: ConflictOptions,
  lang: 'ru' | 'en',
  push: Push,
) {
  if (visit.status === 'completed' || visit.status === 'cancelled') return
  // A visit that is over has no access deadline left to meet: nothing to report.
  if (visit.endDate < options.today) return
  const closed = new Set(
    visit.tasks.filter((t) => t.status === 'done' || t.status === 'not-needed').map((t) => t.key),
  )
  for (const [venueId, seen] of venueVisits(visit)) {
    const venue = venues.get(venueId)
    if (!venue) continue
    venue.accessRequirements.forEach((req, index) => {
      if (!req.leadDays) return
      if (closed.has(accessTaskKey(venueId, index))) return
      const due = shiftDate(seen.date, -req.leadDays)
      const left = daysBetween(options.today, due)
      if (left > ACCESS_WARNING_DAYS) return
      const overdue = left < 0
      push({
        id: `${overdue ? 'access-overdue' : 'access-soon'}:${venueId}:${index}`,
        kind: overdue ? 'access-overdue' : 'access-soon',
        severity: overdue ? 'error' : 'warning',
        date: seen.date,
        itemIds: seen.itemIds,
        venueId,
        params: {
          venue: venue.name,
          requirement: req.kind,
          note: req.note,
          lead: req.leadDays,
          due: formatShortDate(due, lang),
          left: Math.max(0, daysBetween(options.today, seen.date)),
          days: Math.abs(left),
        },
      })
    })
  }
}

/**
 * A day that ends far from the hotel with no way back: the last event with a place (a signing in
 * Sosnovy Bor, 130 minutes away) is followed by no transfer. The last day is the departure's.
 */
function returnConflicts(
  visit: Visit,
  venues: Map<string, Venue>,
  settings: PlanningSettings,
  lang: 'ru' | 'en',
  push: Push,
) {
  const hotelId = visit.items.find((i) => i.kind === 'accommodation' && i.venueId)?.venueId
  const hotel = hotelId ? venues.get(hotelId) : undefined
  if (!hotel) return
  const overrides = overrideIndex(settings)
  const dates = [...new Set(visit.items.map((i) => i.date))].sort()
  for (const date of dates) {
    if (date >= visit.endDate) continue
    const day = visit.items
      .filter((i) => i.date === date && i.start)
      .sort((a, b) => minutesOfDay(a.start!) - minutesOfDay(b.start!))
    const located = day.filter((i) => i.venueId && i.kind !== 'departure')
    const last = located.at(-1)
    if (!last || last.venueId === hotelId || last.kind === 'transfer') continue
    if (day.slice(day.indexOf(last) + 1).some((i) => i.kind === 'transfer')) continue
    const from = venues.get(last.venueId!)
    const est = from ? travelMinutes(from, hotel, settings, overrides) : null
    if (!from || !est || est.minutes < RETURN_MINUTES) continue
    push({
      id: `no-return:${date}`,
      kind: 'no-return',
      severity: 'warning',
      date,
      itemIds: [last.id],
      venueId: from.id,
      params: {
        date: formatShortDate(date, lang),
        title: last.title,
        from: from.name,
        to: hotel.name,
        need: est.minutes,
      },
    })
  }
}

/** A way back shorter than this is a walk or a short ride the officer arranges on the spot. */
const RETURN_MINUTES = 45
