import { describe, expect, test } from 'vitest'
import { mealNeeds, withoutStay, withoutVehicle } from '../../shared/domain/logistics'
import type { Person } from '../../shared/domain/people'
import { aVisit, anItem } from '../helpers/builders'

const p = (id: string, side: 'guest' | 'host', extra: Partial<Person> = {}): Person => ({
  id,
  fullName: id,
  side,
  precedence: 10,
  position: '',
  languages: [],
  ...extra,
})
const people = [
  p('g1', 'guest', { dietaryNotes: 'халяль', precedence: 1 }),
  p('g2', 'guest', { accessibilityNotes: 'кресло-коляска' }),
  p('g3', 'guest'),
  p('h1', 'host', { dietaryNotes: '  ' }),
]

describe('registers summaries', () => {
  test('needs per meal list only the meal’s participants with notes, by precedence', () => {
    const visit = aVisit({
      items: [
        anItem({
          id: 'dinner',
          kind: 'reception',
          date: '2025-11-20',
          start: '19:00',
          participantIds: ['g2', 'g1', 'g3', 'h1'],
        }),
        anItem({
          id: 'lunch',
          kind: 'meal',
          date: '2025-11-18',
          start: '13:00',
          participantIds: ['g3'],
        }),
        anItem({ id: 'talks', kind: 'talks', date: '2025-11-18', participantIds: ['g1'] }),
      ],
    })
    const needs = mealNeeds(visit, { people })
    expect(needs.map((n) => n.item.id)).toEqual(['lunch', 'dinner'])
    expect(needs[0]!.people).toEqual([])
    expect(needs[1]!.people.map((x) => [x.person.id, x.dietary, x.accessibility])).toEqual([
      ['g1', 'халяль', undefined],
      ['g2', undefined, 'кресло-коляска'],
    ])
  })
  test('who has no car and which guest has no hotel', () => {
    const visit = aVisit({
      participantIds: ['g1', 'g2', 'h1'],
      vehicles: [{ id: 'v1', label: 'Минивэн', passengerIds: ['g1'] }],
      stays: [
        {
          id: 's1',
          hotel: 'Гостиница',
          checkIn: '2025-11-17',
          checkOut: '2025-11-21',
          personIds: ['g2'],
          confirmed: true,
        },
      ],
    })
    expect(withoutVehicle(visit, { people }).map((x) => x.id)).toEqual(['g2', 'h1'])
    expect(withoutStay(visit, { people }).map((x) => x.id)).toEqual(['g1'])
    expect(withoutStay({ ...visit, direction: 'outgoing' }, { people })).toEqual([])
  })
})
