// What must be settled before a paper goes out: placeholders, events without a place, errors of
// the programme check, late access letters, lines without a day, missing translations. The guest
// copy and the letters refuse to export while any is open (unless the officer waives them, which
// is recorded); the internal briefing prints them as 'Открытые вопросы'.
import { detectConflicts, type ConflictKind } from '../domain/conflicts'
import type { Directory } from '../domain/directory'
import type { ItemKind } from '../domain/itinerary-item'
import type { Person } from '../domain/people'
import type { PlanningSettings } from '../domain/planning'
import type { Visit } from '../domain/visit'
import { missingTranslations } from '../i18n/second-language'
import type { SecondLang } from '../domain/common'
import { translateComputed } from '../i18n/translate'
import { formatShortDate } from '../time/local-date'
import { describeConflict } from '../wording/describe'

/** Text that stands for something not yet known: '(ФИО уточняется)', '(назначается)', '___'. */
export const PLACEHOLDER =
  /\((?:ФИО\s+)?(?:уточняется|уточнить|назначается|по согласованию|tbc|tbd)\)|\bуточняется\b|\bназначается\b|_{3,}|\?{2,}/iu

export const isPlaceholder = (text: string | undefined): boolean => PLACEHOLDER.test(text ?? '')

/** The same text with its placeholder parts taken out ('Гостиница делегации (уточняется)' → 'Гостиница делегации'). */
export const withoutPlaceholder = (text: string): string =>
  text
    .replace(new RegExp(PLACEHOLDER.source, 'giu'), '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.)])/g, '$1')
    .trim()

/** Warnings of the programme check that contradict the programme itself. */
const CONTRADICTIONS = new Set<ConflictKind>(['transfer-too-short', 'travel-time', 'no-return'])

/**
 * The events of a programme proper (not meals, transfers or free time): they take place somewhere
 * the guests must be told of, and they are what a report names as held.
 */
export const PROGRAMME_EVENTS: ReadonlySet<ItemKind> = new Set<ItemKind>([
  'meeting',
  'talks',
  'signing',
  'site-tour',
  'excursion',
  'memorial',
  'cultural',
  'reception',
  'press',
  'conference',
])

/** Staff who accompany but do not receive: not listed as hosts on a guest copy. */
const STAFF =
  /(?<!\p{L})(?:сопровожда|ответственн\p{L}* за|переводчи|водител|помощни|секретар|escort|interpreter|driver)/iu

/** A host official the guest copy names: a real name, not a member of staff. */
export const isOfficial = (p: Person): boolean =>
  !isPlaceholder(p.fullName) && !STAFF.test(p.position) && !STAFF.test(p.fullName)

export type PreflightKind =
  'placeholder' | 'no-venue' | 'conflict' | 'access-overdue' | 'undated' | 'translation' | 'letter'

export interface PreflightIssue {
  kind: PreflightKind
  /** What is open, in Russian, for the officer and the 'Открытые вопросы' box. */
  text: string
}

export interface PreflightOptions {
  today: string
  settings: PlanningSettings
  /** The guest copy's second language, whose translations must be there. */
  second?: SecondLang
}

/** Every open question of the visit, in the order an officer settles them. */
export function preflight(
  visit: Visit,
  directory: Directory,
  options: PreflightOptions,
): PreflightIssue[] {
  const out: PreflightIssue[] = []
  const people = new Map(directory.people.map((p) => [p.id, p]))
  const venues = new Map(directory.venues.map((v) => [v.id, v]))
  const day = (date: string) => formatShortDate(date, 'ru')

  for (const id of visit.participantIds) {
    const p = people.get(id)
    if (p && (isPlaceholder(p.fullName) || isPlaceholder(p.position)))
      out.push({ kind: 'placeholder', text: `Участник: «${p.fullName}» — имя не уточнено` })
  }
  const usedVenues = new Set(visit.items.map((i) => i.venueId).filter(Boolean))
  for (const id of usedVenues) {
    const v = venues.get(id!)
    if (v && isPlaceholder(v.name))
      out.push({ kind: 'placeholder', text: `Место: «${v.name}» — не уточнено` })
  }
  for (const item of visit.items) {
    if (isPlaceholder(item.title))
      out.push({ kind: 'placeholder', text: `${day(item.date)}: «${item.title}» — не уточнено` })
    if (PROGRAMME_EVENTS.has(item.kind) && !item.venueId)
      out.push({ kind: 'no-venue', text: `${day(item.date)}: «${item.title}» — не указано место` })
  }
  for (const a of visit.agreements)
    if (isPlaceholder(a.title))
      out.push({ kind: 'placeholder', text: `Документ: «${a.title}» — не уточнено` })
  if (visit.unscheduled.length > 0)
    out.push({
      kind: 'undated',
      text: `Пунктов без даты: ${visit.unscheduled.length}`,
    })

  const conflicts = detectConflicts(visit, directory, {
    today: options.today,
    settings: options.settings,
  })
  for (const c of conflicts) {
    if (c.kind === 'undated') continue
    const text = describeConflict(c, (key, params) => translateComputed('ru', key, params))
    if (c.kind === 'access-overdue') out.push({ kind: 'access-overdue', text })
    // Contradictions of time and place are questions too, though only warnings in the check:
    // a drive longer than its slot, a day that ends far away with no way back.
    else if (c.severity === 'error' || CONTRADICTIONS.has(c.kind))
      out.push({ kind: 'conflict', text })
  }
  if (options.second)
    for (const m of missingTranslations(visit, directory, options.second))
      out.push({ kind: 'translation', text: `Нет перевода: «${m.text}»` })
  return out
}
