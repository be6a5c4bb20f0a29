// What every section of a briefing is built from: the visit, its people and places looked up once,
// the options, and the words of the document's language.
import { personNameIn, venueNameIn } from '../i18n/second-language'
import { buildChecklist, type Task } from '../domain/checklist'
import type { Directory } from '../domain/directory'
import type { Edition } from '../domain/editions'
import type { HistoryEntry } from '../domain/history'
import type { ItineraryItem } from '../domain/itinerary-item'
import { byPrecedence, type Organisation, type Person } from '../domain/people'
import type { PlanningSettings } from '../domain/planning'
import type { Venue } from '../domain/venues'
import { visitDates, type Visit } from '../domain/visit'
import { type Lang, type MessageParams, translateComputed } from '../i18n/translate'
import { formatShortDate } from '../time/local-date'
import { zoneCity } from '../time/zones'
import { BriefingOptionsSchema, type BriefingOptions, type LabelValue } from './briefing-document'

export interface BriefingContext {
  /** When the document is made; printed on it. */
  generatedAt: Date
  /** Today where the officer is, for the checklist's overdue marks. */
  today: string
  settings: PlanningSettings
  /** The partner's history (visits both ways, documents signed), oldest first. */
  history: HistoryEntry[]
  /** The editions of the programme issued so far, oldest first. */
  editions?: Edition[]
  /** Each person's earlier visits and documents, from the archive, by person id. */
  personHistory?: Record<string, HistoryEntry[]>
  /** What is still open (shared/briefing/preflight.ts), printed in the internal copy. */
  openQuestions?: string[]
}

type Options = ReturnType<typeof BriefingOptionsSchema.parse>
type Say = (key: string, params?: MessageParams) => string

/** The visit and everything a section looks up, computed once per document. */
export interface BriefingScope {
  visit: Visit
  directory: Directory
  context: BriefingContext
  o: Options
  lang: Lang
  t: Say
  people: Map<string, Person>
  venues: Map<string, Venue>
  /** The visit's participants by precedence, and each side. */
  participants: Person[]
  guests: Person[]
  hosts: Person[]
  head: Person | undefined
  hostHead: Person | undefined
  dates: string[]
  /** The preparation tasks, computed for the working programme only. */
  checklist: Task[]
  /** 'Post, Organisation'. */
  position(p: Person): string
  /** The people of an item, by precedence. */
  whoAt(item: ItineraryItem): Person[]
}

export function briefingScope(
  visit: Visit,
  directory: Directory,
  options: BriefingOptions,
  context: BriefingContext,
): BriefingScope {
  const o = BriefingOptionsSchema.parse(options)
  const lang: Lang = o.lang
  const people = new Map(directory.people.map((p) => [p.id, p]))
  const orgs = new Map(directory.organisations.map((x) => [x.id, x]))
  const participants = visit.participantIds
    .map((id) => people.get(id))
    .filter((p): p is Person => Boolean(p))
    .sort(byPrecedence)
  const guests = participants.filter((p) => p.side === 'guest')
  const hosts = participants.filter((p) => p.side === 'host')
  return {
    ...{ visit, directory, context, o, lang, people, participants, guests, hosts },
    t: (key, params) => translateComputed(lang, key, params),
    venues: new Map(directory.venues.map((v) => [v.id, v])),
    head: guests[0],
    hostHead: hosts[0],
    dates: visitDates(visit),
    checklist: o.variant === 'working' ? buildChecklist(visit, directory, context.today) : [],
    position: (p) =>
      [p.position, orgName(orgs.get(p.organisationId ?? ''))].filter(Boolean).join(', '),
    whoAt: (item) =>
      item.participantIds
        .map((id) => people.get(id))
        .filter((p): p is Person => Boolean(p))
        .sort(byPrecedence),
  }
}

/** An item's title in the document's language: the English title when the item has one. */
export const itemTitle = (s: Pick<BriefingScope, 'lang'>, item: ItineraryItem): string =>
  (s.lang === 'en' ? item.titleI18n?.en?.trim() : '') || item.title

/** Names listed per event in the guest programme before 'и другие'. */
export const GUEST_NAMES = 3

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
export const compact = (lines: LabelValue[]) => lines.filter((l) => l.value.trim() !== '')
const orgName = (o?: Organisation) => o?.shortName || o?.name || ''

export const addressOf = (v: Venue) =>
  v.city && !v.address.includes(v.city) ? [v.address, v.city].filter(Boolean).join(', ') : v.address

/** A time zone's name in the document's language ('Алматы'), else its city. */
export const zoneName = (zone: string, t: (k: string) => string) => {
  const key = `zones.${zone.replace(/\//g, '_')}`
  const name = t(key)
  return name === key ? zoneCity(zone) : name
}

export function timeRange(item: ItineraryItem, t: (k: string) => string): string {
  if (!item.start) return t('briefing.timeTbd')
  return item.end ? `${item.start}–${item.end}` : item.start
}

/** '1 ч 30 мин' from an item's start and end. */
export function durationOf(item: ItineraryItem, t: Say): string {
  if (!item.start || !item.end) return ''
  const [sh, sm] = item.start.split(':').map(Number) as [number, number]
  const [eh, em] = item.end.split(':').map(Number) as [number, number]
  const minutes = eh * 60 + em - (sh * 60 + sm)
  if (minutes <= 0) return ''
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return [
    h ? t('briefing.working.hours', { count: h }) : '',
    m ? t('briefing.working.minutes', { count: m }) : '',
  ]
    .filter(Boolean)
    .join(' ')
}

/** 'вся делегация' when everyone of the side is there, else the names by precedence. */
export function peopleLine(
  present: Person[],
  all: Person[],
  t: (k: string) => string,
  lang: Lang = 'ru',
): string {
  if (present.length === 0) return ''
  if (all.length > 2 && present.length === all.length) return t('briefing.wholeSide')
  return present.map((p) => personLabel(lang, p)).join(', ')
}

/** A person's name in the document's language: in English, the passport spelling, the same everywhere. */
export const personLabel = (lang: Lang, p: Person): string =>
  lang === 'en' ? personNameIn('en', p) : p.fullName

/** Languages by name, not code ('казахский, русский'); an unknown code stays as written. */
export function languageNames(codes: string[], t: (k: string) => string): string {
  return codes
    .map((c) => {
      const name = t(`languageName.${c}`)
      return name === `languageName.${c}` ? c : name
    })
    .join(', ')
}

/** A venue's name in the document's language (its English name when it has one). */
export const venueLabel = (lang: Lang, v: Venue): string =>
  lang === 'en' ? venueNameIn('en', v) : v.name

export function passportLine(p: Person, t: (k: string) => string, lang: Lang): string {
  const pass = p.passport
  if (!pass) return ''
  return [
    [pass.series, pass.number].filter(Boolean).join(' '),
    pass.nationality,
    pass.expiresOn
      ? `${t('briefing.passportExpires')} ${formatShortDate(pass.expiresOn, lang)}`
      : '',
  ]
    .filter(Boolean)
    .join(', ')
}

/** The venues of the programme in the order they are first visited (transfers aside). */
export function usedVenues(visit: Visit, venues: Map<string, Venue>): Venue[] {
  const ids: string[] = []
  for (const item of [...visit.items].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? ''),
  ))
    for (const id of [item.kind === 'transfer' ? undefined : item.venueId])
      if (id && !ids.includes(id)) ids.push(id)
  return ids.map((id) => venues.get(id)).filter((v): v is Venue => Boolean(v))
}

export function placesOf(visit: Visit, venues: Map<string, Venue>): string {
  const cities: string[] = []
  for (const v of usedVenues(visit, venues))
    if (v.city && !cities.includes(v.city)) cities.push(v.city)
  return cities.join(', ')
}

/** The head of each side, the signatories, and anyone with a biographical note. */
export function keyCounterparts(visit: Visit, guests: Person[], hosts: Person[]): Person[] {
  const signers = new Set(visit.agreements.flatMap((a) => a.signatoryIds))
  const pick = (list: Person[]) =>
    list.filter(
      (p, i) => i === 0 || signers.has(p.id) || Boolean(p.bio?.trim()) || Boolean(p.photo),
    )
  return [...pick(guests), ...pick(hosts)]
}
