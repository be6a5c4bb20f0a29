import { describe, expect, test } from 'vitest'
import { CONFLICT_KINDS, detectConflicts, type Conflict } from '../../shared/domain/conflicts'
import { describeConflict } from '../../shared/wording/describe'
import type { Directory } from '../../shared/domain/directory'
import type { ItineraryItem } from '../../shared/domain/itinerary-item'
import type { Person } from '../../shared/domain/people'
import { defaultPlanningSettings, type PlanningSettings } from '../../shared/domain/planning'
import type { Venue } from '../../shared/domain/venues'
import type { Visit } from '../../shared/domain/visit'
import { translateComputed } from '../../shared/i18n/translate'
import { aVisit, anItem } from '../helpers/builders'

const person = (
  id: string,
  fullName: string,
  side: 'guest' | 'host',
  precedence = 100,
): Person => ({
  id,
  fullName,
  side,
  precedence,
  position: '',
  languages: [],
})
const venue = (id: string, name: string, lat?: number, lon?: number, extra: Partial<Venue> = {}) =>
  ({
    id,
    name,
    address: '',
    kind: 'other',
    accessRequirements: [],
    ...(lat !== undefined && lon !== undefined ? { coordinates: { lat, lon } } : {}),
    ...extra,
  }) as Venue

const PEOPLE = [
  person('head', 'Бакытжан Абдиев', 'guest', 1),
  person('deputy', 'Айгуль Сеитова', 'guest', 2),
  person('host', 'Мария Воронкова', 'host', 1),
]
const VENUES = [
  venue('gov', 'Дом Правительства', 59.9413, 30.3871),
  venue('gov2', 'Смольный', 59.9463, 30.3963),
  venue('gatchina', 'Гатчинский дворец', 59.5633, 30.1078),
  venue('sbor', 'Администрация Соснового Бора', 59.9006, 29.0881),
  venue('nowhere', 'Место без координат'),
  venue('npp', 'Ленинградская АЭС', 59.8366, 29.0435, {
    accessRequirements: [
      { kind: 'passport-list', leadDays: 30, note: '' },
      { kind: 'id-at-checkpoint', note: 'паспорт на КПП' },
    ],
  }),
]
const DIRECTORY: Directory = { people: PEOPLE, organisations: [], venues: VENUES }
const TODAY = '2025-10-01'

function check(
  items: Partial<ItineraryItem>[],
  visitOverrides: Partial<Visit> = {},
  settings: Partial<PlanningSettings> = {},
  today = TODAY,
): Conflict[] {
  const visit = aVisit({
    items: items.map((i, n) => anItem({ id: `i${n + 1}`, ...i } as ItineraryItem)),
    ...visitOverrides,
  })
  return detectConflicts(visit, DIRECTORY, {
    today,
    settings: { ...defaultPlanningSettings(), ...settings },
  })
}
const kinds = (conflicts: Conflict[]) => conflicts.map((c) => c.kind)
const ru = (c: Conflict) => describeConflict(c, (k, p) => translateComputed('ru', k, p))
const en = (c: Conflict) => describeConflict(c, (k, p) => translateComputed('en', k, p))

describe('detectConflicts: overlaps', () => {
  test('a person in two overlapping items is an error naming the person and both items', () => {
    const [c, ...rest] = check([
      { start: '10:00', end: '11:00', title: 'Встреча', participantIds: ['head', 'host'] },
      {
        start: '10:30',
        end: '11:30',
        title: 'Экскурсия',
        participantIds: ['head'],
        kind: 'excursion',
      },
    ])
    expect(rest).toEqual([])
    expect(c).toMatchObject({ kind: 'person-overlap', severity: 'error', itemIds: ['i1', 'i2'] })
    expect(c!.personIds).toEqual(['head'])
    expect(ru(c!)).toBe(
      'Бакытжан Абдиев: пункты «Встреча» и «Экскурсия» идут одновременно (10:30–11:00)',
    )
  })

  test('back-to-back items do not overlap; an item without an end lasts 30 minutes', () => {
    expect(
      check([
        { start: '10:00', end: '11:00', participantIds: ['head'] },
        { start: '11:00', end: '12:00', participantIds: ['head'] },
      ]),
    ).toEqual([])
    expect(
      kinds(
        check([
          { start: '10:00', participantIds: ['head'] },
          { start: '10:20', end: '11:00', participantIds: ['head'] },
        ]),
      ),
    ).toEqual(['person-overlap'])
    expect(
      check([
        { start: '10:00', participantIds: ['head'] },
        { start: '10:30', end: '11:00', participantIds: ['head'] },
      ]),
    ).toEqual([])
  })

  test('untimed items and items on other days never overlap', () => {
    expect(
      check([
        { participantIds: ['head'] },
        { start: '10:00', end: '11:00', participantIds: ['head'] },
        { date: '2025-11-19', start: '10:00', end: '11:00', participantIds: ['head'] },
      ]),
    ).toEqual([])
  })

  test('a hall booked twice is a warning; meals and press events may share a venue', () => {
    const c = check([
      { start: '10:00', end: '11:00', venueId: 'gov', participantIds: ['head'] },
      { start: '10:30', end: '11:30', venueId: 'gov', participantIds: ['deputy'] },
    ])
    expect(c).toHaveLength(1)
    expect(c[0]).toMatchObject({ kind: 'venue-overlap', severity: 'warning', venueId: 'gov' })
    expect(ru(c[0]!)).toContain('«Дом Правительства» занято дважды')
    expect(
      check([
        { start: '10:00', end: '11:00', venueId: 'gov', participantIds: ['head'] },
        { kind: 'press', start: '10:30', end: '11:00', venueId: 'gov', participantIds: ['deputy'] },
      ]),
    ).toEqual([])
  })

  test('three-way overlap reports each pair once', () => {
    const c = check([
      { start: '10:00', end: '12:00', participantIds: ['head'] },
      { start: '10:30', end: '11:00', participantIds: ['head'] },
      { start: '10:45', end: '11:30', participantIds: ['head'] },
    ])
    expect(c.map((x) => x.id).sort()).toEqual([
      'person-overlap:i1:i2',
      'person-overlap:i1:i3',
      'person-overlap:i2:i3',
    ])
  })
})

describe('detectConflicts: travel', () => {
  test('Gatchina → Sosnovy Bor in 30 minutes: the override table says 100, an error', () => {
    const c = check(
      [
        { start: '10:00', end: '11:00', venueId: 'gatchina', participantIds: ['head', 'deputy'] },
        { start: '11:30', end: '12:30', venueId: 'sbor', participantIds: ['head', 'deputy'] },
      ],
      {},
      {
        travelOverrides: [{ fromVenueId: 'gatchina', toVenueId: 'sbor', minutes: 100 }],
      },
    )
    expect(c).toHaveLength(1)
    expect(c[0]).toMatchObject({
      kind: 'travel-time',
      severity: 'error',
      itemIds: ['i1', 'i2'],
      personIds: ['head', 'deputy'],
      params: { need: 100, have: 30 },
    })
    expect(ru(c[0]!)).toContain('от «Гатчинский дворец» до «Администрация Соснового Бора»')
  })

  test('the override works in both directions', () => {
    const c = check(
      [
        { start: '10:00', end: '11:00', venueId: 'sbor', participantIds: ['head'] },
        { start: '11:30', end: '12:30', venueId: 'gatchina', participantIds: ['head'] },
      ],
      {},
      { travelOverrides: [{ fromVenueId: 'gatchina', toVenueId: 'sbor', minutes: 100 }] },
    )
    expect(c[0]?.params.need).toBe(100)
  })

  test('without an override the estimate uses coordinates and the configurable road speed', () => {
    const items = [
      { start: '10:00', end: '11:00', venueId: 'gov', participantIds: ['head'] },
      { start: '12:00', end: '13:00', venueId: 'gatchina', participantIds: ['head'] },
    ]
    // ≈ 45 km straight × 1.3 = 58 km: 80 min at 45 km/h (an error with 60 min), 35 min at 100 km/h.
    const slow = check(items, {}, { travelOverrides: [] })
    expect(slow[0]).toMatchObject({ kind: 'travel-time', severity: 'error', params: { need: 80 } })
    expect(check(items, {}, { travelOverrides: [], roadSpeedKmh: 100 })).toEqual([])
  })

  test('enough to drive but not to leave and board: a warning', () => {
    const c = check(
      [
        { start: '10:00', end: '11:00', venueId: 'gatchina', participantIds: ['head'] },
        { start: '12:45', end: '13:00', venueId: 'sbor', participantIds: ['head'] },
      ],
      {},
      { travelOverrides: [{ fromVenueId: 'gatchina', toVenueId: 'sbor', minutes: 100 }] },
    )
    expect(c[0]).toMatchObject({ kind: 'travel-time', severity: 'warning' })
  })

  test('items without a venue are transparent; venues without coordinates are not judged', () => {
    expect(
      kinds(
        check(
          [
            { start: '10:00', end: '11:00', venueId: 'gatchina', participantIds: ['head'] },
            { kind: 'meal', start: '11:00', end: '11:20', participantIds: ['head'] },
            { start: '11:30', end: '12:30', venueId: 'sbor', participantIds: ['head'] },
          ],
          {},
          { travelOverrides: [] },
        ),
      ),
    ).toEqual(['travel-time'])
    expect(
      check([
        { start: '10:00', end: '11:00', venueId: 'gatchina', participantIds: ['head'] },
        { start: '11:05', end: '12:00', venueId: 'nowhere', participantIds: ['head'] },
      ]),
    ).toEqual([])
  })

  test('a transfer carries people: its own length is judged, and it ends where it goes', () => {
    const c = check(
      [
        { start: '09:00', end: '10:00', venueId: 'gov', participantIds: ['head'] },
        {
          kind: 'transfer',
          start: '10:00',
          end: '10:40',
          fromVenueId: 'gov',
          venueId: 'npp',
          participantIds: ['head'],
        } as Partial<ItineraryItem>,
        { start: '10:40', end: '12:00', venueId: 'npp', participantIds: ['head'] },
      ],
      {},
      { travelOverrides: [{ fromVenueId: 'gov', toVenueId: 'npp', minutes: 120 }] },
      '2025-01-01',
    )
    expect(kinds(c)).toEqual(['transfer-too-short'])
    expect(c[0]).toMatchObject({ itemIds: ['i2'], params: { need: 120, have: 40 } })
    expect(en(c[0]!)).toContain('takes about 120 min, the transfer has 40 min')
  })

  test('a day that ends far from the hotel with no transfer back is flagged; the last day is not', () => {
    const day = (date: string, back: boolean): Partial<ItineraryItem>[] => [
      { date, kind: 'accommodation', start: '08:00', end: '08:30', venueId: 'gov' },
      { date, start: '15:00', end: '16:00', venueId: 'sbor', title: 'Подписание' },
      ...(back
        ? [
            {
              date,
              kind: 'transfer',
              start: '16:00',
              end: '18:00',
              fromVenueId: 'sbor',
              venueId: 'gov',
            } as Partial<ItineraryItem>,
          ]
        : [{ date, kind: 'reception', start: '19:00', end: '21:00' } as Partial<ItineraryItem>]),
    ]
    const c = check(
      [...day('2025-11-18', false), ...day('2025-11-19', true), ...day('2025-11-21', false)],
      {},
      {},
      '2025-01-01',
    ).filter((x) => x.kind === 'no-return')
    expect(c.map((x) => x.date)).toEqual(['2025-11-18'])
    expect(ru(c[0]!)).toMatch(
      /^18\.11\.2025: после «Подписание» \(«Администрация Соснового Бора»\) нет трансфера обратно — до «Дом Правительства» около \d+ мин$/,
    )
  })

  test('different people at different venues are not each other’s problem', () => {
    expect(
      check([
        { start: '10:00', end: '11:00', venueId: 'gatchina', participantIds: ['head'] },
        { start: '11:00', end: '12:00', venueId: 'sbor', participantIds: ['deputy'] },
      ]),
    ).toEqual([])
  })
})

describe('detectConflicts: dates, night, lunch', () => {
  test('an item outside the visit dates is an error', () => {
    const c = check([{ date: '2025-11-22', start: '10:00', end: '11:00' }])
    expect(c[0]).toMatchObject({ kind: 'outside-dates', severity: 'error', itemIds: ['i1'] })
    expect(ru(c[0]!)).toBe('«Встреча» (22.11.2025) вне дат визита 17.11.2025–21.11.2025')
  })

  test('a meeting at night is a warning; arrivals and transfers at night are normal', () => {
    expect(kinds(check([{ start: '06:00', end: '07:00' }]))).toEqual(['night'])
    expect(kinds(check([{ start: '22:00', end: '23:00' }]))).toEqual(['night'])
    expect(check([{ start: '07:00', end: '22:30' }]).filter((c) => c.kind === 'night')).toEqual([])
    expect(check([{ kind: 'arrival', start: '02:00', end: '03:00' }])).toEqual([])
    expect(kinds(check([{ start: '23:00', end: '23:30' }], {}, { nightStart: '23:45' }))).toEqual(
      [],
    )
  })

  test('a full day without a meal between 12:00 and 15:00 is flagged; a lunch or reception clears it', () => {
    const day = [
      { start: '09:00', end: '12:30' },
      { start: '13:00', end: '16:00', kind: 'site-tour' as const },
    ]
    const c = check(day)
    expect(c).toHaveLength(1)
    expect(c[0]).toMatchObject({ kind: 'no-lunch', date: '2025-11-18', itemIds: ['i1', 'i2'] })
    expect(check([...day, { kind: 'meal', start: '12:30', end: '13:00' }])).toEqual([])
    expect(check([...day, { kind: 'reception', start: '14:30', end: '15:30' }])).toEqual([])
    // A half day is not 'full'.
    expect(check([{ start: '09:00', end: '13:00' }])).toEqual([])
  })

  test('lunch judged from the actual gaps: a day from noon, or a free hour at lunch time, is fine', () => {
    // From noon to four: lunch is had before the programme starts.
    expect(check([{ start: '12:00', end: '16:00', kind: 'site-tour' as const }])).toEqual([])
    // An hour free between the morning and the afternoon.
    expect(
      check([
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '16:00', kind: 'site-tour' as const },
      ]),
    ).toEqual([])
  })
})

describe('detectConflicts: signings', () => {
  const agreement = {
    id: 'a1',
    title: 'Меморандум',
    type: 'memorandum' as const,
    parties: [],
    status: 'draft' as const,
    followUps: [],
  }
  test('a signing without documents', () => {
    expect(
      kinds(check([{ kind: 'signing', start: '14:00', end: '14:30', agreementIds: [] }])),
    ).toEqual(['signing-no-documents'])
  })
  test('a document without signatories', () => {
    const c = check(
      [
        {
          kind: 'signing',
          start: '14:00',
          end: '14:30',
          agreementIds: ['a1'],
        } as Partial<ItineraryItem>,
      ],
      {
        agreements: [{ ...agreement, signatoryIds: [] }],
      },
    )
    expect(kinds(c)).toEqual(['signing-no-signatories'])
    expect(ru(c[0]!)).toContain('«Меморандум»')
  })
  test('a signatory who is not at the ceremony', () => {
    const c = check(
      [
        {
          kind: 'signing',
          start: '14:00',
          end: '14:30',
          agreementIds: ['a1'],
          participantIds: ['head'],
        } as Partial<ItineraryItem>,
      ],
      { agreements: [{ ...agreement, signatoryIds: ['head', 'host'] }] },
    )
    expect(c[0]).toMatchObject({ kind: 'signatory-absent', personIds: ['host'] })
    expect(ru(c[0]!)).toContain('Мария Воронкова')
  })
  test('a complete signing raises nothing', () => {
    expect(
      check(
        [
          {
            kind: 'signing',
            start: '14:00',
            end: '14:30',
            agreementIds: ['a1'],
            participantIds: ['head', 'host'],
          } as Partial<ItineraryItem>,
        ],
        { agreements: [{ ...agreement, signatoryIds: ['head', 'host'] }] },
      ),
    ).toEqual([])
  })
})

describe('detectConflicts: access deadlines', () => {
  const tour = [
    {
      kind: 'site-tour' as const,
      date: '2025-11-20',
      start: '10:00',
      end: '12:00',
      venueId: 'npp',
    },
  ]
  test('the NPP passport list 30 days ahead: overdue after 21 Oct, due soon within a week before', () => {
    const late = check(tour, {}, {}, '2025-10-25')
    expect(late).toHaveLength(1)
    expect(late[0]).toMatchObject({
      kind: 'access-overdue',
      severity: 'error',
      venueId: 'npp',
      itemIds: ['i1'],
    })
    expect(ru(late[0]!)).toBe(
      '«Ленинградская АЭС»: список с паспортными данными нужно было направить до 21.10.2025 (за 30 дн.) — срок пропущен на 4 дн.',
    )
    const soon = check(tour, {}, {}, '2025-10-16')
    expect(soon[0]).toMatchObject({ kind: 'access-soon', severity: 'warning', params: { days: 5 } })
    // A month ahead it is in the check already (the letter due in 19 days was only a task before).
    expect(check(tour, {}, {}, '2025-10-02')[0]).toMatchObject({
      kind: 'access-soon',
      params: { days: 19 },
    })
    expect(check(tour, {}, {}, '2025-09-15')).toEqual([])
    // The deadline day itself is still in time.
    expect(kinds(check(tour, {}, {}, '2025-10-21'))).toEqual(['access-soon'])
  })
  test('a visit that is over reports no missed access deadlines', () => {
    expect(check(tour, {}, {}, '2026-12-02')).toEqual([])
    // The last day of the visit still counts.
    expect(kinds(check(tour, {}, {}, '2025-11-20'))).toEqual(['access-overdue'])
  })
  test('a done or not-needed task silences it; so does a completed or cancelled visit', () => {
    expect(
      check(
        tour,
        { tasks: [{ key: 'access:leningrad-npp:0', custom: false, status: 'done' }] },
        {},
        '2025-10-25',
      ),
    ).toHaveLength(1)
    expect(
      check(
        tour,
        { tasks: [{ key: 'access:npp:0', custom: false, status: 'done' }] },
        {},
        '2025-10-25',
      ),
    ).toEqual([])
    expect(
      check(
        tour,
        { tasks: [{ key: 'access:npp:0', custom: false, status: 'not-needed' }] },
        {},
        '2025-10-25',
      ),
    ).toEqual([])
    expect(
      check(
        tour,
        { tasks: [{ key: 'access:npp:0', custom: false, status: 'in-progress' }] },
        {},
        '2025-10-25',
      ),
    ).toHaveLength(1)
    expect(check(tour, { status: 'completed' }, {}, '2025-12-25')).toEqual([])
    expect(check(tour, { status: 'cancelled' }, {}, '2025-10-25')).toEqual([])
  })
})

describe('detectConflicts: time-zone and DST edges', () => {
  const berlin = { timeZone: 'Europe/Berlin', startDate: '2026-03-28', endDate: '2026-03-30' }
  test('02:30 on the spring-forward Sunday does not exist in Berlin', () => {
    const c = check([{ date: '2026-03-29', start: '02:30', end: '03:30', kind: 'arrival' }], berlin)
    expect(c).toHaveLength(1)
    expect(c[0]).toMatchObject({ kind: 'dst-gap', severity: 'error' })
    expect(ru(c[0]!)).toContain('02:30 в этот день нет')
    // The same time a day earlier, or in Moscow (no DST since 2011), is fine.
    expect(
      check([{ date: '2026-03-28', start: '02:30', end: '03:30', kind: 'arrival' }], berlin),
    ).toEqual([])
    expect(
      check([{ date: '2026-03-29', start: '02:30', end: '03:30', kind: 'arrival' }], {
        ...berlin,
        timeZone: 'Europe/Moscow',
      }),
    ).toEqual([])
  })
  test('02:30 on the fall-back Sunday happens twice in Berlin', () => {
    const c = check([{ date: '2026-10-25', start: '02:30', end: '03:00', kind: 'departure' }], {
      timeZone: 'Europe/Berlin',
      startDate: '2026-10-24',
      endDate: '2026-10-26',
    })
    expect(c.map((x) => [x.kind, x.severity])).toEqual([['dst-ambiguous', 'warning']])
    expect(en(c[0]!)).toContain('02:30 happens twice')
  })
  test('times away from the switch on a DST day are fine', () => {
    expect(check([{ date: '2026-03-29', start: '10:00', end: '11:00' }], berlin)).toEqual([])
  })
})

describe('detectConflicts: ordering and messages', () => {
  test('errors come first, then warnings, each by date and time; ids are stable', () => {
    const items = [
      { date: '2025-11-19', start: '06:00', end: '06:30' },
      { date: '2025-11-18', start: '10:00', end: '11:00', participantIds: ['head'] },
      { date: '2025-11-18', start: '10:30', end: '11:30', participantIds: ['head'] },
      { date: '2025-11-25', start: '10:00', end: '11:00' },
    ]
    const a = check(items)
    expect(a.map((c) => c.severity)).toEqual(['error', 'error', 'warning'])
    expect(a.map((c) => c.kind)).toEqual(['person-overlap', 'outside-dates', 'night'])
    expect(check(items).map((c) => c.id)).toEqual(a.map((c) => c.id))
  })

  test('every kind has a message in Russian and English', () => {
    for (const kind of CONFLICT_KINDS) {
      for (const lang of ['ru', 'en'] as const) {
        expect(translateComputed(lang, `conflicts.message.${kind}`)).not.toBe(
          `conflicts.message.${kind}`,
        )
      }
    }
  })

  test('hostile text in titles passes through as text, never as markup or a placeholder', () => {
    const c = check([
      { start: '06:00', end: '06:30', title: '<img src=x onerror=alert(1)> {{people}}' },
    ])
    expect(ru(c[0]!)).toBe('«<img src=x onerror=alert(1)> {{people}}» в ночное время (06:00–06:30)')
  })
})
