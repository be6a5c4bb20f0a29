import { describe, expect, test } from 'vitest'
import { MAX_OCCURRENCES_PER_EVENT, readIcs } from '../../shared/import/read-ics'

const calendar = (...events: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
    'X-WR-CALNAME:Делегация Жамбылской области',
    'BEGIN:VTIMEZONE',
    'TZID:Central Asia Standard Time',
    'BEGIN:STANDARD',
    'DTSTART:16010101T000000',
    'TZOFFSETFROM:+0500',
    'TZOFFSETTO:+0500',
    'END:STANDARD',
    'END:VTIMEZONE',
    ...events,
    'END:VCALENDAR',
  ].join('\r\n')

const event = (lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n')
const moscow = { timeZone: 'Europe/Moscow' }

describe('readIcs', () => {
  test('Outlook zones, UTC and floating times land in the visit’s zone', () => {
    const draft = readIcs(
      calendar(
        event([
          'UID:1',
          'SUMMARY:Встреча с вице-губернатором',
          'DTSTART;TZID=Central Asia Standard Time:20261208T120000',
          'DTEND;TZID=Central Asia Standard Time:20261208T130000',
          'LOCATION:Дом Правительства Ленинградской области',
          'ATTENDEE;CN=Кялин Александр:mailto:kyalin@example.org',
        ]),
        event([
          'UID:2',
          'SUMMARY:Экскурсия на ЛАЭС',
          'DTSTART:20261210T070000Z',
          'DTEND:20261210T093000Z',
        ]),
        event([
          'UID:3',
          'SUMMARY:Подписание меморандума',
          'DTSTART:20261208T140000',
          'DTEND:20261208T144500',
        ]),
        event([
          'UID:4',
          'SUMMARY:Свободное время',
          'DTSTART;VALUE=DATE:20261209',
          'DTEND;VALUE=DATE:20261210',
        ]),
      ),
      moscow,
    )
    expect(draft.kind).toBe('ics')
    expect(draft.visit.title).toBe('Делегация Жамбылской области')
    expect([draft.visit.startDate, draft.visit.endDate]).toEqual(['2026-12-08', '2026-12-10'])
    const byTitle = Object.fromEntries(draft.items.map((i) => [i.title, i]))
    // 12:00 in Almaty (UTC+5) is 10:00 in Moscow.
    expect(byTitle['Встреча с вице-губернатором']).toMatchObject({
      date: '2026-12-08',
      start: '10:00',
      end: '11:00',
      kind: 'meeting',
      venueName: 'Дом Правительства Ленинградской области',
      people: ['Кялин Александр'],
    })
    expect(byTitle['Экскурсия на ЛАЭС']).toMatchObject({
      start: '10:00',
      end: '12:30',
      kind: 'excursion',
    })
    expect(byTitle['Подписание меморандума']).toMatchObject({ start: '14:00', kind: 'signing' })
    expect(byTitle['Свободное время']).toMatchObject({ date: '2026-12-09', kind: 'free-time' })
    expect(byTitle['Свободное время']?.start).toBeUndefined()
    expect(byTitle['Экскурсия на ЛАЭС']?.source.text).toContain('2026-12-10 10:00–12:30')
  })

  test('recurring events expand only inside the visit window and never past the cap', () => {
    const daily = event([
      'UID:r1',
      'SUMMARY:Завтрак',
      'DTSTART:20261201T080000',
      'DTEND:20261201T090000',
      'RRULE:FREQ=DAILY',
    ])
    const inWindow = readIcs(calendar(daily), {
      ...moscow,
      window: { start: '2026-12-07', end: '2026-12-11' },
    })
    expect(inWindow.items.map((i) => i.date)).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
    ])
    const storm = event([
      'UID:r2',
      'SUMMARY:Напоминание',
      'DTSTART:20261207T000000',
      'RRULE:FREQ=MINUTELY',
    ])
    const capped = readIcs(calendar(storm), {
      ...moscow,
      window: { start: '2026-12-07', end: '2026-12-11' },
    })
    expect(capped.items).toHaveLength(MAX_OCCURRENCES_PER_EVENT)
    expect(capped.problems.map((p) => p.reason).join()).toContain('первые 100')
  })

  test('an event past midnight keeps its start and says why the end is gone', () => {
    const draft = readIcs(
      calendar(
        event([
          'UID:n',
          'SUMMARY:Ночной переезд',
          'DTSTART:20261208T230000',
          'DTEND:20261209T010000',
        ]),
      ),
      moscow,
    )
    expect(draft.items[0]).toMatchObject({ start: '23:00', kind: 'transfer' })
    expect(draft.items[0]?.end).toBeUndefined()
    expect(draft.problems[0]?.reason).toContain('следующий день')
  })

  test('text that is not a calendar is refused with a clear message', () => {
    expect(() => readIcs('hello', moscow)).toThrow('не похож на календарь')
    expect(() => readIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT', moscow)).toThrow()
  })
})
