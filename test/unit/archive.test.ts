import { describe, expect, test } from 'vitest'
import { agreementRegister, registerState } from '../../shared/domain/agreement-register'
import type { Agreement } from '../../shared/domain/agreements'
import { archiveOverview } from '../../shared/domain/archive-overview'
import { instantiateVisit } from '../../shared/domain/instantiate'
import { shiftVisitDates } from '../../shared/domain/templates'
import { aVisit } from '../helpers/builders'

const doc = (overrides: Partial<Agreement>): Agreement => ({
  id: 'a1',
  title: 'План мероприятий на 2024–2026 годы',
  type: 'plan',
  parties: ['Ленинградская область', 'Жамбылская область'],
  signatoryIds: [],
  status: 'signed',
  signedOn: '2023-11-20',
  followUps: [],
  ...overrides,
})

const empty = { people: [], organisations: [], venues: [] }

describe('agreements register', () => {
  const plan = doc({
    validUntil: '2026-12-31',
    followUps: [
      { id: 'y2026', title: 'Итоги 2026 года', due: '2027-01-31', done: false },
      {
        id: 'y2024',
        title: 'Итоги 2024 года',
        due: '2025-01-31',
        done: true,
        doneOn: '2025-02-03',
      },
      { id: 'y2025', title: 'Итоги 2025 года', due: '2026-01-31', done: false },
    ],
  })
  const visits = [
    aVisit({ id: 'old', startDate: '2023-11-20', endDate: '2023-11-22', agreements: [plan] }),
    aVisit({
      id: 'new',
      title: 'Визит 2026',
      startDate: '2026-12-07',
      endDate: '2026-12-11',
      agreements: [
        doc({
          id: 'm',
          title: 'Меморандум',
          type: 'memorandum',
          status: 'draft',
          signedOn: undefined,
        }),
      ],
    }),
  ]

  test('yearly milestones: the one past its date and not done is overdue; the next one is named', () => {
    const [first] = agreementRegister(visits, '2026-11-29')
    expect(first).toMatchObject({
      visitId: 'old',
      overdue: 1,
      nextDue: '2026-01-31',
      state: 'expiring',
    })
    expect(first!.followUps.map((f) => [f.id, f.overdue])).toEqual([
      ['y2024', false],
      ['y2025', true],
      ['y2026', false],
    ])
  })

  test('rows with overdue follow-ups come first, then the newest', () => {
    expect(agreementRegister(visits, '2026-11-29').map((r) => r.agreement.id)).toEqual(['a1', 'm'])
    // Once nothing is overdue, the newer document leads.
    expect(agreementRegister(visits, '2025-06-01').map((r) => r.agreement.id)).toEqual(['m', 'a1'])
  })

  test('a signed document is in force, expiring within 90 days, or expired', () => {
    expect(registerState(doc({ validUntil: undefined }), '2030-01-01')).toBe('signed')
    expect(registerState(doc({ validUntil: '2027-06-30' }), '2026-11-29')).toBe('signed')
    expect(registerState(doc({ validUntil: '2027-02-27' }), '2026-11-29')).toBe('expiring')
    expect(registerState(doc({ validUntil: '2026-11-28' }), '2026-11-29')).toBe('expired')
    expect(registerState(doc({ status: 'draft', validUntil: '2020-01-01' }), '2026-11-29')).toBe(
      'draft',
    )
  })

  test('a new visit from a past one starts its documents afresh; moving a visit moves the milestones', () => {
    const source = visits[0]!
    const made = instantiateVisit(
      source,
      empty,
      { startDate: '2026-11-20', carry: { documents: true } } as never,
      {
        id: 'copy',
        createdAt: '2026-11-29T00:00:00.000Z',
      },
    )
    expect(made.agreements[0]).toMatchObject({ status: 'draft', followUps: [] })
    expect(made.agreements[0]!.validUntil).toBeUndefined()
    const moved = shiftVisitDates(source, '2023-11-27')
    expect(moved.agreements[0]!.followUps.map((f) => f.due)).toEqual([
      '2027-02-07',
      '2025-02-07',
      '2026-02-07',
    ])
    expect(moved.agreements[0]!.validUntil).toBe('2027-01-07')
  })
})

describe('archive overview', () => {
  const visits = [
    aVisit({
      id: 'a',
      startDate: '2023-06-15',
      endDate: '2023-06-15',
      partnerCountry: 'Казахстан',
    }),
    aVisit({
      id: 'b',
      startDate: '2025-11-17',
      endDate: '2025-11-21',
      partnerCountry: 'Казахстан',
      agreements: [doc({})],
    }),
    aVisit({
      id: 'c',
      startDate: '2025-05-01',
      endDate: '2025-05-03',
      direction: 'outgoing',
      partnerCountry: 'Беларусь',
      partnerRegion: 'Витебская область',
    }),
    aVisit({
      id: 'd',
      startDate: '2026-12-07',
      endDate: '2026-12-11',
      partnerCountry: 'Казахстан',
    }),
    aVisit({
      id: 'x',
      startDate: '2026-12-01',
      endDate: '2026-12-02',
      status: 'cancelled',
      partnerCountry: 'Китай',
    }),
    aVisit({ id: 'far', startDate: '2027-06-01', endDate: '2027-06-02', partnerCountry: 'Китай' }),
  ]
  const overview = archiveOverview(visits, visits, empty, '2026-11-29')

  test('visits by year both ways and by country; cancelled visits are left out', () => {
    expect(overview.byYear).toEqual([
      { year: 2023, incoming: 1, outgoing: 0 },
      { year: 2025, incoming: 1, outgoing: 1 },
      { year: 2026, incoming: 1, outgoing: 0 },
      { year: 2027, incoming: 1, outgoing: 0 },
    ])
    expect(overview.byCountry).toEqual([
      { country: 'Казахстан', count: 3 },
      { country: 'Беларусь', count: 1 },
      { country: 'Китай', count: 1 },
    ])
    expect(overview.documentsByType.find((d) => d.type === 'plan')).toEqual({
      type: 'plan',
      signed: 1,
      total: 1,
    })
  })

  test('upcoming: within 60 days, not cancelled, with their open tasks, overdue first', () => {
    expect(overview.upcoming.map((u) => u.visitId)).toEqual(['d'])
    const tasks = overview.upcoming[0]!.openTasks
    expect(tasks.length).toBeGreaterThan(0)
    const firstOpen = tasks.findIndex((t) => !t.overdue)
    expect(tasks.slice(firstOpen).some((t) => t.overdue)).toBe(false)
  })
})
