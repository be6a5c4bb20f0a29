// Seating at a talks or signing table: the sides face each other, the heads sit in the centre and
// the others alternate to the head's right and left by rank (DOMAIN.md §5.4).
import type { Directory } from './directory'
import type { ItineraryItem } from './itinerary-item'
import { byPrecedence, type Person, type Side } from './people'
import type { Seating } from './registers'

/** Items that have a seating plan. */
export const SEATED_KINDS = new Set<ItineraryItem['kind']>(['talks', 'signing', 'meeting'])

/**
 * Seat offsets from the centre for a side of `n` people, in the order of the seating list:
 * 0 (the head), +1 (to the head's right), −1, +2, −2…
 */
export function seatOffsets(n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i === 0 ? 0 : i % 2 === 1 ? (i + 1) / 2 : -i / 2))
}

/**
 * Who sits where, centre outwards, for each side: the officer's order for the people still in the
 * item, then anyone added since, by precedence. Without an order of the officer's: by precedence.
 */
export function seatingFor(
  item: Pick<ItineraryItem, 'participantIds' | 'seating'>,
  directory: Pick<Directory, 'people'>,
): Record<Side, Person[]> {
  const people = new Map(directory.people.map((p) => [p.id, p]))
  const present = item.participantIds
    .map((id) => people.get(id))
    .filter((p): p is Person => Boolean(p))
  const side = (s: Side) => {
    const members = present.filter((p) => p.side === s)
    const saved = (item.seating?.[s] ?? [])
      .map((id) => members.find((p) => p.id === id))
      .filter((p): p is Person => Boolean(p))
    const rest = members.filter((p) => !saved.includes(p)).sort(byPrecedence)
    return [...saved, ...rest]
  }
  return { guest: side('guest'), host: side('host') }
}

/** The plan with two people of one side exchanging seats. */
export function swapSeats(
  current: Record<Side, Person[]>,
  side: Side,
  a: string,
  b: string,
): Seating {
  const ids = (s: Side) => current[s].map((p) => p.id)
  const list = ids(side)
  const i = list.indexOf(a)
  const j = list.indexOf(b)
  if (i >= 0 && j >= 0) [list[i], list[j]] = [list[j]!, list[i]!]
  return side === 'guest' ? { guest: list, host: ids('host') } : { guest: ids('guest'), host: list }
}

/**
 * A side's people from the page's left to its right, as the plan is drawn (guests across the
 * table at the top, hosts at the bottom by the entrance): a guest faces down the page, so their
 * right hand is the page's left; a host's right is the page's right.
 */
export function seatsLeftToRight(
  people: Person[],
  side: Side,
): { person: Person; seat: number; x: number }[] {
  const offsets = seatOffsets(people.length)
  return people
    .map((person, i) => ({ person, seat: i + 1, x: side === 'guest' ? -offsets[i]! : offsets[i]! }))
    .sort((a, b) => a.x - b.x)
}
