// The seating plan of a talks or signing table as a page to print: the guests across the table,
// the hosts by the entrance, the heads in the centre (DOMAIN.md §5.4), each seat with name and post.
import type { BriefingDocument } from '../briefing/briefing-document'
import type { Directory } from '../domain/directory'
import type { ItineraryItem } from '../domain/itinerary-item'
import type { Side } from '../domain/people'
import { seatingFor, seatsLeftToRight } from '../domain/seating'
import type { Visit } from '../domain/visit'
import { formatDayHeading } from '../time/local-date'
import { paperworkDocument } from './paperwork-document'

/** The plan of one item as a printable document (Russian, like the other paperwork). */
export function seatingPlanDocument(
  visit: Visit,
  item: ItineraryItem,
  directory: Directory,
  generatedAt: Date,
): BriefingDocument {
  const plan = seatingFor(item, directory)
  const venue = directory.venues.find((v) => v.id === item.venueId)?.name
  const time = item.start ? `${item.start}${item.end ? `–${item.end}` : ''}` : ''
  const day = formatDayHeading(item.date, 'ru')
  const side = (s: Side, label: string) => ({
    label,
    seats: seatsLeftToRight(plan[s], s).map(({ person, seat, x }) => ({
      x,
      n: String(seat),
      name: person.fullName,
      position: person.position,
    })),
  })
  const sides = [side('guest', 'Гости'), side('host', 'Принимающая сторона')].filter(
    (s) => s.seats.length > 0,
  )
  return paperworkDocument({
    title: `План рассадки: ${item.title}`,
    subtitle: visit.title,
    sections:
      sides.length === 0
        ? []
        : [
            {
              kind: 'seating',
              id: 'seating',
              heading: 'План рассадки',
              event: [day.charAt(0).toUpperCase() + day.slice(1), time, item.title, venue]
                .filter(Boolean)
                .join(' · '),
              sides,
              tableLabel: item.kind === 'signing' ? 'Стол подписания' : 'Стол переговоров',
              entrance: 'Вход',
              note: 'Главы сторон — в центре (место 1), остальные — по старшинству поочерёдно справа и слева от главы.',
            },
          ],
    emptyText: 'В пункте нет участников: рассадку составить не из кого.',
    generatedAt,
    timeZone: visit.timeZone,
  })
}
