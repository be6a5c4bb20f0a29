import { describe, expect, test } from 'vitest'
import { mergeDirectory } from '../../shared/domain/directory'
import { byDateAndTime, itemsByDay, ItineraryItemSchema } from '../../shared/domain/itinerary-item'
import { byPrecedence, PersonSchema, withoutSensitive } from '../../shared/domain/people'
import { accessLeadDays, VenueSchema } from '../../shared/domain/venues'
import { VisitSchema, visitDates } from '../../shared/domain/visit'
import { aVisit, anItem } from '../helpers/builders'

describe('visit model', () => {
  test('a visit ending before it starts is invalid', () => {
    expect(
      VisitSchema.safeParse(aVisit({ startDate: '2025-11-21', endDate: '2025-11-17' })).success,
    ).toBe(false)
  })

  test('a visit lists every one of its days', () => {
    expect(visitDates(aVisit())).toHaveLength(5)
  })

  test('an id that could climb out of the data folder is rejected', () => {
    expect(VisitSchema.safeParse(aVisit({ id: '../etc/passwd' })).success).toBe(false)
    expect(VisitSchema.safeParse(aVisit({ id: 'a/b' })).success).toBe(false)
  })

  test('unknown keys such as __proto__ are dropped, never copied onto objects', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"x": 1}}') as object
    const parsed = VisitSchema.parse({ ...aVisit(), ...hostile })
    expect(Object.hasOwn(parsed, '__proto__')).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('programme items', () => {
  test('an item kind decides which fields it has: a signing links documents', () => {
    const signing = ItineraryItemSchema.parse({
      id: 's1',
      kind: 'signing',
      date: '2025-11-18',
      agreementIds: ['ag1'],
    })
    expect(signing.kind === 'signing' && signing.agreementIds).toEqual(['ag1'])
  })

  test('an unknown kind is rejected', () => {
    expect(
      ItineraryItemSchema.safeParse({ id: 'x', kind: 'party', date: '2025-11-18' }).success,
    ).toBe(false)
  })

  test('an item that ends before it starts is rejected', () => {
    expect(
      ItineraryItemSchema.safeParse({
        id: 'x',
        kind: 'meeting',
        date: '2025-11-18',
        start: '12:00',
        end: '11:00',
      }).success,
    ).toBe(false)
  })

  test('items are ordered by day and time, untimed items last in their day', () => {
    const items = [
      anItem({ id: 'c', date: '2025-11-18' }),
      anItem({ id: 'b', date: '2025-11-18', start: '14:00' }),
      anItem({ id: 'a', date: '2025-11-18', start: '09:30' }),
      anItem({ id: 'z', date: '2025-11-17', start: '23:00' }),
    ]
    expect([...items].sort(byDateAndTime).map((i) => i.id)).toEqual(['z', 'a', 'b', 'c'])
  })

  test('every day of the visit appears, and a stray item keeps its own day', () => {
    const days = itemsByDay([anItem({ id: 'x', date: '2025-11-25' })], ['2025-11-17', '2025-11-18'])
    expect(days.map((d) => d.date)).toEqual(['2025-11-17', '2025-11-18', '2025-11-25'])
  })
})

describe('people and venues', () => {
  test('a delegation list is ordered by precedence, then by name', () => {
    const people = [
      PersonSchema.parse({ id: 'b', fullName: 'Б', side: 'guest', precedence: 2 }),
      PersonSchema.parse({ id: 'c', fullName: 'В', side: 'guest', precedence: 1 }),
      PersonSchema.parse({ id: 'a', fullName: 'А', side: 'guest', precedence: 2 }),
    ]
    expect(people.sort(byPrecedence).map((p) => p.id)).toEqual(['c', 'a', 'b'])
  })

  test('passport data is removed by withoutSensitive', () => {
    const person = PersonSchema.parse({
      id: 'p',
      fullName: 'Иванов',
      side: 'guest',
      passport: { number: 'N1234567' },
    })
    expect(JSON.stringify(withoutSensitive(person))).not.toContain('N1234567')
  })

  test('the nuclear plant needs 30 days of notice', () => {
    const npp = VenueSchema.parse({
      id: 'npp',
      name: 'Ленинградская АЭС',
      accessRequirements: [{ kind: 'passport-list', leadDays: 30 }, { kind: 'no-photo' }],
    })
    expect(accessLeadDays(npp)).toBe(30)
  })

  test('merging a template directory keeps the officer’s own entries', () => {
    const base = {
      people: [PersonSchema.parse({ id: 'p', fullName: 'Мой', side: 'host' })],
      organisations: [],
      venues: [],
    }
    const extra = {
      people: [
        PersonSchema.parse({ id: 'p', fullName: 'Чужой', side: 'host' }),
        PersonSchema.parse({ id: 'q', fullName: 'Новый', side: 'guest' }),
      ],
      organisations: [],
      venues: [],
    }
    expect(mergeDirectory(base, extra).people.map((p) => p.fullName)).toEqual(['Мой', 'Новый'])
  })
})
