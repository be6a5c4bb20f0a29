// What changed from one programme to the next, in sentences of the officer's language: the
// editions' change lists and a visit's history.
import type { Directory } from '../domain/directory'
import type { ChangeKind } from '../domain/editions'
import type { ItineraryItem } from '../domain/itinerary-item'
import {
  translate,
  type Lang,
  type MessageParams,
  type MessageKey,
  translateComputed,
} from '../i18n/translate'
import { formatShortDate } from '../time/local-date'

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
