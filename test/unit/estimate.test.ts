import { shippedVenues, zhambyl } from '../helpers/zhambyl'
import { describe, expect, test } from 'vitest'
import { SAMPLE_COST_NORMS, type CostNorms } from '../../shared/domain/cost-norms'
import { shiftVisitDates } from '../../shared/domain/templates'
import type { Visit } from '../../shared/domain/visit'
import { computeEstimate, estimateDocument, formatMoney } from '../../shared/paperwork/estimate'
import { aPerson, aVisit, anItem } from '../helpers/builders'

const norms: CostNorms = {
  currency: 'RUB',
  sample: false,
  groups: [
    {
      id: 'g',
      name: 'Тест',
      headRoom: 'Люкс',
      headRoomPerNight: 10000,
      memberRoom: 'Стандарт',
      memberRoomPerNight: 5000.5,
      mealsPerDay: 2000,
      officialMealPerPerson: 3000,
      buffetPerPerson: 800,
      culturalPerPerson: 1200,
      interpreterPerHour: 2500,
      transportPerHour: 1500,
      souvenirPerGift: 0,
      flowersPerCeremony: 0,
      vipHallPerPerson: 0,
    },
  ],
}

describe('the cost estimate', () => {
  test('every line is quantity × norm from the programme and the lists; the total is their sum', () => {
    const head = aPerson({ id: 'head', side: 'guest', precedence: 1, languages: ['zh'] })
    const m1 = aPerson({ id: 'm1', side: 'guest', precedence: 2, languages: ['zh'] })
    const m2 = aPerson({ id: 'm2', side: 'guest', precedence: 3, languages: ['zh', 'en'] })
    const host = aPerson({ id: 'host', side: 'host', precedence: 1, languages: ['ru'] })
    const visit: Visit = aVisit({
      startDate: '2026-12-07',
      endDate: '2026-12-09',
      participantIds: ['head', 'm1', 'm2', 'host'],
      items: [
        anItem({
          id: 'a',
          kind: 'talks',
          date: '2026-12-07',
          start: '10:00',
          end: '11:30',
          title: 'Переговоры',
          participantIds: [],
        }),
        anItem({
          id: 'b',
          kind: 'meal',
          meal: 'lunch',
          date: '2026-12-07',
          start: '12:00',
          end: '13:00',
          title: 'Официальный обед',
          participantIds: [],
        }),
        anItem({
          id: 'c',
          kind: 'meal',
          meal: 'coffee',
          date: '2026-12-08',
          start: '09:00',
          end: '09:20',
          title: 'Кофе-пауза',
          participantIds: ['head', 'host'],
        }),
        anItem({
          id: 'd',
          kind: 'excursion',
          date: '2026-12-08',
          start: '10:00',
          end: '12:10',
          title: 'Эрмитаж',
          participantIds: ['head', 'm1', 'host'],
        }),
        anItem({
          id: 'e',
          kind: 'meal',
          meal: 'dinner',
          date: '2026-12-08',
          start: '19:00',
          end: '20:00',
          title: 'Ужин в своём кругу',
          participantIds: ['head', 'm1', 'm2'],
        }),
        anItem({
          id: 'f',
          kind: 'reception',
          date: '2026-12-09',
          start: '18:00',
          end: '20:00',
          title: 'Приём',
          participantIds: [],
        }),
      ],
    })
    const directory = { people: [head, m1, m2, host], organisations: [], venues: [] }
    const e = computeEstimate(visit, directory, norms)
    const line = (c: string, start = '') =>
      e.lines.filter((l) => l.category === c && l.description.startsWith(start))
    // Three days, two nights: the head in the suite, two members × two nights.
    expect(line('accommodation').map((l) => [l.quantity, l.unitCost, l.total])).toEqual([
      [2, 10000, 20000],
      [4, 5000.5, 20002],
    ])
    // The daily norm is not charged again for the meals the official lunch and the reception
    // serve: 3 guests × 3 days × 3 meals − 6 taken officially = 21 thirds of the norm.
    expect(line('meals')[0]).toMatchObject({ quantity: 21, total: 14000 })
    expect(line('meals')[0]!.description).toContain(
      'без 6 приёмов пищи на официальных мероприятиях',
    )
    // The official lunch (everyone, 4) and the reception (4); the dinner without hosts is not one.
    expect(line('receptions').map((l) => [l.quantity, l.total])).toEqual([
      [4, 12000],
      [4, 12000],
    ])
    expect(line('buffet')[0]).toMatchObject({ quantity: 2, total: 1600 })
    // Guests at the excursion: 2 of 3 (the host is not costed for tickets).
    expect(line('cultural')[0]).toMatchObject({ quantity: 2, total: 2400 })
    // No shared language: talks 1.5 h + lunch 1 h + coffee 0.5 h + excursion 2.5 h + dinner? (no
    // hosts there: no interpreting) + reception 2 h = 7.5 h.
    expect(line('interpreters')[0]).toMatchObject({ quantity: 7.5, total: 18750 })
    // One vehicle for each day's span: 3 h, 11 h, 2 h.
    expect(line('transport').map((l) => l.quantity)).toEqual([3, 11, 2])
    expect(line('transport').reduce((s, l) => s + l.total, 0)).toBe(16 * 1500)
    const sum = e.lines.reduce((s, l) => s + l.total, 0)
    expect(e.total).toBe(Math.round(sum * 100) / 100)
    expect(e.total).toBe(20000 + 20002 + 14000 + 24000 + 1600 + 2400 + 18750 + 24000)
    expect(e.currency).toBe('RUB')
    expect(e.sample).toBe(false)
  })

  test('recorded stays replace the default nights; the visit picks its group', () => {
    const head = aPerson({ id: 'head', side: 'guest', precedence: 1 })
    const m1 = aPerson({ id: 'm1', side: 'guest', precedence: 2 })
    const visit = aVisit({
      startDate: '2026-12-07',
      endDate: '2026-12-11',
      participantIds: ['head', 'm1'],
      costGroupId: 'group-3',
      stays: [
        {
          id: 's1',
          hotel: 'Гостиница',
          checkIn: '2026-12-07',
          checkOut: '2026-12-09',
          personIds: ['head'],
          confirmed: true,
        },
        {
          id: 's2',
          hotel: 'Гостиница',
          checkIn: '2026-12-07',
          checkOut: '2026-12-10',
          personIds: ['m1'],
          confirmed: true,
        },
      ],
    })
    const e = computeEstimate(
      visit,
      { people: [head, m1], organisations: [], venues: [] },
      SAMPLE_COST_NORMS,
    )
    expect(e.group.id).toBe('group-3')
    expect(e.sample).toBe(true)
    const rooms = e.lines.filter((l) => l.category === 'accommodation')
    expect(rooms.map((l) => [l.quantity, l.unitCost])).toEqual([
      [2, 9000],
      [3, 5000],
    ])
  })

  test('the Zhambyl sample visit: group 2 of the sample norms; the printed estimate says they are a sample', () => {
    const template = zhambyl
    const visit = shiftVisitDates(template.visit, '2026-12-07')
    const e = computeEstimate(visit, template.directory, SAMPLE_COST_NORMS)
    expect(e.group.id).toBe('group-2')
    expect(e.lines.find((l) => l.category === 'accommodation')).toMatchObject({
      quantity: 4,
      unitCost: 22000,
      total: 88000,
    })
    expect(e.total).toBeGreaterThan(0)
    const doc = estimateDocument(visit, e, new Date('2026-11-28T07:40:00Z'))
    const table = doc.sections.find((s) => s.kind === 'table')
    if (table?.kind !== 'table') throw new Error('no table')
    expect(table.rows.at(-1)!.cells.at(-1)).toBe(formatMoney(e.total))
    expect(JSON.stringify(doc)).toContain('нормы — образец')
    expect(formatMoney(1234567.5)).toBe('1\u00a0234\u00a0567,50')
  })

  test('what protocol hands and lays is costed: the VIP hall both ways, souvenirs, the memorial’s flowers; the head approves', () => {
    const visit = shiftVisitDates(zhambyl.visit, '2026-12-07')
    const directory = { ...zhambyl.directory, venues: shippedVenues }
    const e = computeEstimate(visit, directory, SAMPLE_COST_NORMS)
    const of = (c: string) => e.lines.filter((l) => l.category === c)
    const guests = zhambyl.directory.people.filter(
      (p) => p.side === 'guest' && visit.participantIds.includes(p.id),
    ).length
    // Pulkovo's hall of official delegations on arrival and departure, per guest.
    expect(of('vipHall').map((l) => [l.description.split(': ')[1], l.quantity])).toEqual([
      ['прилёт, Аэропорт Пулково', guests],
      ['вылет, Аэропорт Пулково', guests],
    ])
    // No gifts recorded: one souvenir per guest, said so.
    expect(of('gifts')[0]).toMatchObject({ quantity: guests, unitCost: 3000 })
    expect(of('gifts')[0]!.description).toContain('подарки не записаны')
    // The memorial: flowers laid once.
    expect(of('flowers')).toHaveLength(1)
    expect(of('flowers')[0]!.description).toContain('Мемориал')
    // Recorded gifts replace the estimate by head count.
    const gifted = computeEstimate(
      {
        ...visit,
        gifts: [
          {
            id: 'g1',
            direction: 'given',
            description: 'Альбом «Ленинградская область»',
            quantity: 4,
          },
          { id: 'g2', direction: 'received', description: 'Домбра', quantity: 1 },
        ],
      },
      directory,
      SAMPLE_COST_NORMS,
    )
    expect(gifted.lines.filter((l) => l.category === 'gifts').map((l) => l.quantity)).toEqual([4])
    const doc = estimateDocument(visit, e, new Date('2026-11-28T07:40:00Z'), {
      position: 'Председатель комитета',
      name: 'Путиков Дмитрий Анатольевич',
    })
    expect(doc.sections[0]).toMatchObject({
      kind: 'approval',
      label: 'УТВЕРЖДАЮ',
      position: 'Председатель комитета',
      signature: '______________ Д.А. Путиков',
      date: '«___» ____________ 2026 г.',
    })
  })
})
