// Summaries of the registers: who needs what at each meal, who is not in any car.
import type { Directory } from './directory'
import type { ItineraryItem } from './itinerary-item'
import { byPrecedence, type Person } from './people'
import type { Visit } from './visit'

export interface MealNeeds {
  item: ItineraryItem
  /** Participants of the meal with dietary or accessibility notes, by precedence. */
  people: { person: Person; dietary?: string; accessibility?: string }[]
}

const MEAL_KINDS = new Set<ItineraryItem['kind']>(['meal', 'reception'])

/** For each meal or reception, the participants whose needs the kitchen and the hall must know. */
export function mealNeeds(visit: Visit, directory: Pick<Directory, 'people'>): MealNeeds[] {
  const people = new Map(directory.people.map((p) => [p.id, p]))
  return visit.items
    .filter((i) => MEAL_KINDS.has(i.kind))
    .sort(
      (a, b) => a.date.localeCompare(b.date) || (a.start ?? '99').localeCompare(b.start ?? '99'),
    )
    .map((item) => ({
      item,
      people: item.participantIds
        .map((id) => people.get(id))
        .filter((p): p is Person =>
          Boolean(p?.dietaryNotes?.trim() || p?.accessibilityNotes?.trim()),
        )
        .sort(byPrecedence)
        .map((person) => ({
          person,
          dietary: person.dietaryNotes?.trim() || undefined,
          accessibility: person.accessibilityNotes?.trim() || undefined,
        })),
    }))
}

/** Participants of the visit who have no seat in any vehicle, by side and precedence. */
export function withoutVehicle(visit: Visit, directory: Pick<Directory, 'people'>): Person[] {
  const seated = new Set(visit.vehicles.flatMap((v) => v.passengerIds))
  return directory.people
    .filter((p) => visit.participantIds.includes(p.id) && !seated.has(p.id))
    .sort((a, b) => a.side.localeCompare(b.side) || byPrecedence(a, b))
}

/** Guests of an incoming visit with no hotel booking. */
export function withoutStay(visit: Visit, directory: Pick<Directory, 'people'>): Person[] {
  if (visit.direction !== 'incoming') return []
  const booked = new Set(visit.stays.flatMap((s) => s.personIds))
  return directory.people
    .filter((p) => p.side === 'guest' && visit.participantIds.includes(p.id) && !booked.has(p.id))
    .sort(byPrecedence)
}
