import { describe, expect, test } from 'vitest'
import { TASK_RULES, buildChecklist, type Task } from '../../shared/domain/checklist'
import { describeTask } from '../../shared/wording/describe'
import type { Directory } from '../../shared/domain/directory'
import type { ItineraryItem } from '../../shared/domain/itinerary-item'
import type { Person } from '../../shared/domain/people'
import type { Venue } from '../../shared/domain/venues'
import type { Visit } from '../../shared/domain/visit'
import { translateComputed } from '../../shared/i18n/translate'
import { aVisit, anItem } from '../helpers/builders'

const person = (id: string, side: 'guest' | 'host', extra: Partial<Person> = {}): Person => ({
  id,
  fullName: id,
  side,
  precedence: 100,
  position: '',
  languages: [],
  ...extra,
})
const NPP: Venue = {
  id: 'npp',
  name: 'Ленинградская АЭС',
  address: '',
  kind: 'industrial',
  accessRequirements: [
    { kind: 'passport-list', leadDays: 30, note: '' },
    { kind: 'id-at-checkpoint', note: '' },
  ],
}
const AIRPORT: Venue = {
  id: 'airport',
  name: 'Пулково',
  address: '',
  kind: 'transport',
  accessRequirements: [
    { kind: 'other', leadDays: 3, note: 'Заявка на зал официальных делегаций. Форма на сайте' },
  ],
}

function list(visit: Partial<Visit>, people: Person[] = [], today = '2025-11-01'): Task[] {
  const directory: Directory = { people, organisations: [], venues: [NPP, AIRPORT] }
  return buildChecklist(
    aVisit({ participantIds: people.map((p) => p.id), ...visit }),
    directory,
    today,
  )
}
const item = (id: string, o: Partial<ItineraryItem>) => anItem({ id, ...o } as ItineraryItem)
const byKey = (tasks: Task[], key: string) => tasks.find((t) => t.key === key)
const ru = (t: Task) => describeTask(t, (k, p) => translateComputed('ru', k, p))

describe('checklist rules', () => {
  test('access: a venue rule with lead days gives a task due that many days before the first visit', () => {
    const tasks = list({
      items: [item('tour', { kind: 'site-tour', date: '2025-11-20', venueId: 'npp' })],
    })
    const passport = byKey(tasks, 'access:npp:0')
    expect(passport).toMatchObject({ rule: 'access', due: '2025-10-21', itemIds: ['tour'] })
    expect(ru(passport!)).toBe('«Ленинградская АЭС»: список с паспортными данными (за 30 дн.)')
    // The lead time is a venue property: change it and the due date follows.
    const venues = [
      { ...NPP, accessRequirements: [{ kind: 'passport-list' as const, leadDays: 45, note: '' }] },
    ]
    const later = buildChecklist(
      aVisit({ items: [item('tour', { kind: 'site-tour', date: '2025-11-20', venueId: 'npp' })] }),
      { people: [], organisations: [], venues },
      '2025-11-01',
    )
    expect(byKey(later, 'access:npp:0')?.due).toBe('2025-10-06')
  })

  test('checkpoint: a rule without lead days is a reminder the day before', () => {
    const tasks = list({
      items: [item('tour', { kind: 'site-tour', date: '2025-11-20', venueId: 'npp' })],
    })
    expect(byKey(tasks, 'access:npp:1')).toMatchObject({ rule: 'checkpoint', due: '2025-11-19' })
  })

  test("an 'other' rule reads as the site's own note", () => {
    const tasks = list({
      items: [item('arr', { kind: 'arrival', date: '2025-11-17', venueId: 'airport' })],
    })
    expect(ru(byKey(tasks, 'access:airport:0')!)).toBe(
      '«Пулково»: заявка на зал официальных делегаций (за 3 дн.)',
    )
  })

  test('interpreter: one task per language pair the sides do not share', () => {
    const people = [
      person('g1', 'guest', { languages: ['kk', 'ru'] }),
      person('g2', 'guest', { languages: ['zh'] }),
      person('g3', 'guest', { languages: ['zh', 'en'] }),
      person('g4', 'guest', { languages: ['ky'] }),
      person('h1', 'host', { languages: ['ru'] }),
    ]
    const tasks = list({}, people)
    const pairs = tasks.filter((t) => t.rule === 'interpreter').map((t) => t.params.pair)
    expect(pairs.sort()).toEqual(['RU–KY', 'RU–ZH'])
    expect(byKey(tasks, 'interpreter:ru-zh')?.due).toBe('2025-11-07')
  })

  test('gifts, flags and name plates, flowers, press accreditation', () => {
    const tasks = list(
      {
        items: [
          item('talks', { kind: 'talks', date: '2025-11-18' }),
          item('sign', { kind: 'signing', date: '2025-11-19', agreementIds: [] }),
          item('wreath', { kind: 'memorial', date: '2025-11-19' }),
          item('press', { kind: 'press', date: '2025-11-18' }),
        ],
      },
      [person('g1', 'guest'), person('g2', 'guest')],
    )
    expect(byKey(tasks, 'gifts')).toMatchObject({ due: '2025-11-11', params: { guests: 2 } })
    expect(byKey(tasks, 'flags:talks')?.due).toBe('2025-11-16')
    expect(byKey(tasks, 'flags:sign')?.due).toBe('2025-11-17')
    expect(byKey(tasks, 'flowers:wreath')?.due).toBe('2025-11-17')
    expect(byKey(tasks, 'press:press')?.due).toBe('2025-11-15')
    // A signing on a day without a press event needs its own accreditation.
    expect(byKey(tasks, 'press:sign')?.due).toBe('2025-11-16')
    expect(byKey(tasks, 'press:talks')).toBeUndefined()
  })

  test('transport and hotel bookings; no hotel for an outgoing visit', () => {
    const items = [
      item('arr', { kind: 'arrival', date: '2025-11-17' }),
      item('tr', { kind: 'transfer', date: '2025-11-17' }),
    ]
    const tasks = list({ items }, [person('g1', 'guest')])
    expect(byKey(tasks, 'transport')).toMatchObject({ due: '2025-11-10', params: { count: 2 } })
    expect(byKey(tasks, 'hotel')).toMatchObject({
      due: '2025-11-03',
      params: { nights: 4, people: 1 },
    })
    expect(byKey(list({ items, direction: 'outgoing' }), 'hotel')).toBeUndefined()
  })

  test('agreement: a draft document is agreed 5 days before its signing; an agreed one is not', () => {
    const doc = {
      id: 'm1',
      title: 'Меморандум',
      type: 'memorandum' as const,
      parties: [],
      signatoryIds: [],
      followUps: [],
    }
    const items = [item('sign', { kind: 'signing', date: '2025-11-20', agreementIds: ['m1'] })]
    expect(
      byKey(list({ items, agreements: [{ ...doc, status: 'draft' }] }), 'agreement:m1'),
    ).toMatchObject({
      due: '2025-11-15',
      itemIds: ['sign'],
    })
    expect(
      byKey(list({ items, agreements: [{ ...doc, status: 'agreed' }] }), 'agreement:m1'),
    ).toBeUndefined()
  })

  test('dietary: when a participant has needs and the programme has meals', () => {
    const people = [person('g1', 'guest', { dietaryNotes: 'халяль' }), person('g2', 'guest')]
    const items = [item('lunch', { kind: 'meal', date: '2025-11-18' })]
    expect(byKey(list({ items }, people), 'dietary')).toMatchObject({
      due: '2025-11-15',
      params: { count: 1 },
    })
    expect(byKey(list({ items }, [person('g2', 'guest')]), 'dietary')).toBeUndefined()
  })

  test('briefing before the visit and the report after it', () => {
    const tasks = list({})
    expect(byKey(tasks, 'briefing')?.due).toBe('2025-11-14')
    expect(byKey(tasks, 'report')?.due).toBe('2025-11-24')
  })

  test("the officer's records: status, owner, own due date; overdue only while open", () => {
    const items = [item('tour', { kind: 'site-tour', date: '2025-11-20', venueId: 'npp' })]
    const open = list({ items }, [], '2025-10-25')
    expect(byKey(open, 'access:npp:0')).toMatchObject({
      overdue: true,
      daysLeft: -4,
      status: 'todo',
    })
    const done = list(
      { items, tasks: [{ key: 'access:npp:0', custom: false, status: 'done', owner: 'Иванова' }] },
      [],
      '2025-10-25',
    )
    expect(byKey(done, 'access:npp:0')).toMatchObject({
      overdue: false,
      status: 'done',
      owner: 'Иванова',
    })
  })

  test('custom tasks keep their text and due date, sorted in with the rest', () => {
    const tasks = list({
      tasks: [
        {
          key: 'custom:1',
          custom: true,
          title: 'Заказать юрту <b>',
          due: '2025-11-12',
          status: 'todo',
        },
      ],
    })
    const own = byKey(tasks, 'custom:1')!
    expect(own.rule).toBe('custom')
    expect(ru(own)).toBe('Заказать юрту <b>')
    const dues = tasks.map((t) => t.due)
    expect(dues).toEqual([...dues].sort())
  })

  test('every rule has a title in Russian and English', () => {
    for (const rule of TASK_RULES.filter((r) => r !== 'custom'))
      for (const lang of ['ru', 'en'] as const)
        expect(translateComputed(lang, `checklist.task.${rule}`)).not.toBe(`checklist.task.${rule}`)
  })
})
