import { describe, expect, test } from 'vitest'
import { instantiateVisit, planDates } from '../../shared/domain/instantiate'
import { isPublicHoliday, isWorkingDay, weekday } from '../../shared/time/holidays-ru'
import { zhambyl as template } from '../helpers/zhambyl'

const identity = { id: 'new1', createdAt: '2026-11-28T10:00:00.000Z' }

describe('the Russian holiday calendar', () => {
  test('public holidays every year and the decreed transfers', () => {
    expect(isPublicHoliday('2027-06-12')).toBe(true)
    expect(isPublicHoliday('2026-11-04')).toBe(true)
    expect(isPublicHoliday('2025-05-02')).toBe(true) // moved from 4 January
    expect(isPublicHoliday('2025-12-31')).toBe(true)
    expect(isWorkingDay('2025-11-01')).toBe(true) // a working Saturday in 2025
    expect(isWorkingDay('2026-11-07')).toBe(false) // an ordinary Saturday
    expect(isWorkingDay('2026-11-05')).toBe(true)
    expect(weekday('2026-12-07')).toBe(1)
  })
})

describe('planDates', () => {
  test('plain shift keeps day offsets across month and year ends', () => {
    const plan = planDates('2025-11-17', '2025-11-21', '2026-12-29', {})
    expect([...plan.values()]).toEqual([
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ])
    const leap = planDates('2025-02-27', '2025-03-01', '2028-02-28', {})
    expect([...leap.values()]).toEqual(['2028-02-28', '2028-02-29', '2028-03-01'])
  })
  test('skipping weekends and holidays puts each programme day on the next working day', () => {
    // From Friday 30 October 2026: Sat/Sun skipped, 4 November (Wednesday) is a holiday.
    const plan = planDates('2025-11-17', '2025-11-21', '2026-10-30', {
      skipWeekends: true,
      skipHolidays: true,
    })
    expect([...plan.values()]).toEqual([
      '2026-10-30',
      '2026-11-02',
      '2026-11-03',
      '2026-11-05',
      '2026-11-06',
    ])
    // Holidays only: the weekend stays in the programme.
    const holidaysOnly = planDates('2025-11-17', '2025-11-19', '2026-11-03', { skipHolidays: true })
    expect([...holidaysOnly.values()]).toEqual(['2026-11-03', '2026-11-05', '2026-11-06'])
    // New Year: 1–8 January and the decreed 9 January 2026 are skipped.
    const newYear = planDates('2025-11-17', '2025-11-17', '2026-01-01', { skipHolidays: true })
    expect([...newYear.values()]).toEqual(['2026-01-10'])
  })
})

describe('instantiateVisit', () => {
  test('every item moves by whole days and keeps its local time', () => {
    const v = instantiateVisit(
      template.visit,
      template.directory,
      { startDate: '2026-12-07' },
      identity,
    )
    expect([v.startDate, v.endDate, v.status, v.id]).toEqual([
      '2026-12-07',
      '2026-12-11',
      'draft',
      'new1',
    ])
    const pairs = template.visit.items.map((i, n) => [i.start, v.items[n]!.start])
    for (const [a, b] of pairs) expect(b).toBe(a)
    expect(v.items.find((i) => i.title.includes('Ленинградскую АЭС'))?.date).toBe('2026-12-10')
    expect(v.agreements.every((a) => a.status === 'draft' && !a.signedOn)).toBe(true)
  })
  test('what is carried over is the officer’s choice', () => {
    const v = instantiateVisit(
      template.visit,
      template.directory,
      {
        startDate: '2026-12-07',
        carry: {
          programme: true,
          venues: false,
          hosts: true,
          guests: false,
          documents: false,
          checklist: true,
        },
      },
      identity,
    )
    const guestIds = new Set(
      template.directory.people.filter((p) => p.side === 'guest').map((p) => p.id),
    )
    expect(v.participantIds.some((id) => guestIds.has(id))).toBe(false)
    expect(v.participantIds.length).toBeGreaterThan(0)
    expect(
      v.items.every((i) => !i.venueId && i.participantIds.every((id) => !guestIds.has(id))),
    ).toBe(true)
    expect(v.agreements).toEqual([])
    expect(
      v.items
        .filter((i) => i.kind === 'signing')
        .every((i) => i.kind === 'signing' && i.agreementIds.length === 0),
    ).toBe(true)
    const empty = instantiateVisit(
      template.visit,
      template.directory,
      { carry: { programme: false } as never },
      identity,
    )
    expect(empty.items).toEqual([])
    expect(empty.startDate).toBe(template.visit.startDate)
  })
})
