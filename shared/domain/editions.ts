// Editions of the programme: every issued programme is numbered and frozen, and what changed
// since the previous one is told in sentences — so that an old printout can be recognised as old.
import { z } from 'zod'
import {
  translate,
  type Lang,
  type MessageParams,
  type MessageKey,
  translateComputed,
} from '../i18n/translate'
import { formatShortDate } from '../time/local-date'
import { shortText } from './common'
import type { Directory } from './directory'
import { ItineraryItemSchema, type ItineraryItem } from './itinerary-item'

export const EditionSchema = z.object({
  number: z.number().int().min(1),
  issuedAt: z.iso.datetime(),
  /** The programme as it was issued. */
  items: z.array(ItineraryItemSchema).max(2000),
  note: shortText(1000).optional(),
})
export type Edition = z.infer<typeof EditionSchema>

export const CHANGE_KINDS = [
  'added',
  'removed',
  'moved',
  'retimed',
  'venue',
  'participants',
  'renamed',
] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

export interface ProgrammeChange {
  kind: ChangeKind
  itemId: string
  /** When the item is (or was, when removed), for ordering and display. */
  date: string
  start?: string
  text: string
}

const timeOf = (i: Pick<ItineraryItem, 'start' | 'end'>, t: (k: string) => string) =>
  i.start ? (i.end ? `${i.start}–${i.end}` : i.start) : t('editions.untimed')
const sameList = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|')

/** What changed from one programme to the next, as sentences, in programme order. */
export function diffProgrammes(
  before: ItineraryItem[],
  after: ItineraryItem[],
  directory: Directory,
  lang: Lang = 'ru',
): ProgrammeChange[] {
  const t = (key: MessageKey, params?: MessageParams) => translate(lang, key, params)
  const computed = (key: string) => translateComputed(lang, key)
  const venue = (id?: string) =>
    directory.venues.find((v) => v.id === id)?.name ?? t('editions.noVenue')
  const person = (id: string) => directory.people.find((p) => p.id === id)?.fullName ?? id
  const day = (d: string) => formatShortDate(d, lang)
  const old = new Map(before.map((i) => [i.id, i]))
  const now = new Map(after.map((i) => [i.id, i]))
  const changes: ProgrammeChange[] = []
  const at = (i: ItineraryItem) => ({
    itemId: i.id,
    date: i.date,
    ...(i.start ? { start: i.start } : {}),
  })
  for (const item of after) {
    const was = old.get(item.id)
    const title = item.title || t(`itemKind.${item.kind}`)
    if (!was) {
      changes.push({
        kind: 'added',
        ...at(item),
        text: t('editions.added', { title, date: day(item.date), time: timeOf(item, computed) }),
      })
      continue
    }
    if (was.date !== item.date)
      changes.push({
        kind: 'moved',
        ...at(item),
        text: t('editions.moved', {
          title,
          from: `${day(was.date)} ${timeOf(was, computed)}`,
          to: `${day(item.date)} ${timeOf(item, computed)}`,
        }),
      })
    else if (was.start !== item.start || was.end !== item.end)
      changes.push({
        kind: 'retimed',
        ...at(item),
        text: t('editions.retimed', {
          title,
          date: day(item.date),
          from: timeOf(was, computed),
          to: timeOf(item, computed),
        }),
      })
    if (was.venueId !== item.venueId)
      changes.push({
        kind: 'venue',
        ...at(item),
        text: t('editions.venue', { title, from: venue(was.venueId), to: venue(item.venueId) }),
      })
    if (!sameList(was.participantIds, item.participantIds)) {
      const added = item.participantIds.filter((id) => !was.participantIds.includes(id))
      const gone = was.participantIds.filter((id) => !item.participantIds.includes(id))
      const parts = [
        added.length ? t('editions.joined', { names: added.map(person).join(', ') }) : '',
        gone.length ? t('editions.left', { names: gone.map(person).join(', ') }) : '',
      ].filter(Boolean)
      changes.push({
        kind: 'participants',
        ...at(item),
        text: t('editions.participants', { title, what: parts.join('; ') }),
      })
    }
    if (was.title !== item.title && was.title && item.title)
      changes.push({
        kind: 'renamed',
        ...at(item),
        text: t('editions.renamed', { from: was.title, to: item.title }),
      })
  }
  for (const item of before)
    if (!now.has(item.id))
      changes.push({
        kind: 'removed',
        ...at(item),
        text: t('editions.removed', {
          title: item.title || t(`itemKind.${item.kind}`),
          date: day(item.date),
          time: timeOf(item, computed),
        }),
      })
  const order = (c: ProgrammeChange) => `${c.date} ${c.start ?? '99:99'}`
  return changes.sort((a, b) => order(a).localeCompare(order(b)))
}

/** The programme frozen as issued: only what the programme says, detached from later edits. */
export function freezeItems(items: ItineraryItem[]): ItineraryItem[] {
  return items.map((i) => ({ ...i, participantIds: [...i.participantIds] }))
}

/** True when the programme is exactly the one last issued (nothing to issue again). */
export function sameProgramme(a: ItineraryItem[], b: ItineraryItem[]): boolean {
  if (a.length !== b.length) return false
  const canon = (items: ItineraryItem[]) =>
    JSON.stringify([...items].sort((x, y) => x.id.localeCompare(y.id)))
  return canon(a) === canon(b)
}
