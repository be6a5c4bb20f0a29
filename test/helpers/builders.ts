import type { Person } from '../../shared/domain/people'
import type { ItineraryItem } from '../../shared/domain/itinerary-item'
import type { Visit } from '../../shared/domain/visit'

/** A valid visit with sensible defaults; tests override only what they are about. */
export function aVisit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: 'v1',
    title: 'Визит делегации Жамбылской области',
    direction: 'incoming',
    partnerCountry: 'Казахстан',
    partnerRegion: 'Жамбылская область',
    startDate: '2025-11-17',
    endDate: '2025-11-21',
    timeZone: 'Europe/Moscow',
    status: 'draft',
    objectives: '',
    background: '',
    notes: '',
    results: '',
    participantIds: [],
    agreements: [],
    items: [],
    unscheduled: [],
    tasks: [],
    gifts: [],
    vehicles: [],
    stays: [],
    waivers: [],
    createdAt: '2025-10-01T09:00:00.000Z',
    ...overrides,
  }
}

export function anItem(overrides: Partial<ItineraryItem> & { id: string }): ItineraryItem {
  return {
    kind: 'meeting',
    date: '2025-11-18',
    title: 'Встреча',
    participantIds: [],
    ...overrides,
  } as ItineraryItem
}

/** A person of the directory with defaults; tests give the side, rank and languages they need. */
export function aPerson(overrides: Partial<Person> & { id: string }): Person {
  return {
    fullName: `Участник ${overrides.id}`,
    position: '',
    side: 'guest',
    precedence: 100,
    languages: [],
    ...overrides,
  }
}
