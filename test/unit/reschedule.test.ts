import { describe, expect, test } from 'vitest'
import { rescheduleDays, rescheduleVisit } from '../../shared/domain/reschedule'
import { shiftRestOfDay } from '../../shared/domain/schedule-edit'
import type { Visit } from '../../shared/domain/visit'
import { isPublicHoliday, isWeekend } from '../../shared/time/holidays-ru'
import { daysBetween, minutesOfDay } from '../../shared/time/local-date'
import { zhambyl } from '../helpers/zhambyl'

const visit: Visit = {
  ...zhambyl.visit,
  tasks: [
    { key: 'custom-1', custom: true, title: 'Письмо на АЭС', due: '2025-10-17', status: 'todo' },
  ],
  stays: [
    {
      id: 's1',
      hotel: 'Гостиница',
      checkIn: '2025-11-17',
      checkOut: '2025-11-21',
      personIds: [],
      confirmed: true,
    },
  ],
} as Visit

describe('a visit moved to other dates in place', () => {
  test('a month later: every item, task, stay and follow-up moves with it, times stay', () => {
    const moved = rescheduleVisit(visit, { startDate: '2025-12-15' })
    expect([moved.startDate, moved.endDate]).toEqual(['2025-12-15', '2025-12-19'])
    for (const [n, item] of moved.items.entries()) {
      expect(daysBetween(visit.items[n]!.date, item.date)).toBe(28)
      expect([item.start, item.end, item.id]).toEqual([
        visit.items[n]!.start,
        visit.items[n]!.end,
        visit.items[n]!.id,
      ])
    }
    expect(moved.tasks[0]!.due).toBe('2025-11-14')
    expect([moved.stays[0]!.checkIn, moved.stays[0]!.checkOut]).toEqual([
      '2025-12-15',
      '2025-12-19',
    ])
    const before = visit.agreements.flatMap((a) => a.followUps)
    const after = moved.agreements.flatMap((a) => a.followUps)
    after.forEach((f, n) => expect(daysBetween(before[n]!.due, f.due)).toBe(f.done ? 0 : 28))
  })

  test('holidays and weekends skipped: the New Year holidays push the days into January', () => {
    const moved = rescheduleVisit(visit, {
      startDate: '2026-12-30',
      skipWeekends: true,
      skipHolidays: true,
    })
    const days = [...new Set(moved.items.map((i) => i.date))]
    expect(days.every((d) => !isWeekend(d) && !isPublicHoliday(d))).toBe(true)
    expect(moved.items.every((i) => i.date >= moved.startDate && i.date <= moved.endDate)).toBe(
      true,
    )
    expect(
      rescheduleDays(visit, { startDate: '2026-12-30', skipWeekends: true, skipHolidays: true }),
    ).toHaveLength(5)
  })
})

describe('the day running late', () => {
  test('the item and every later one of its day move by the minutes given, the rest stay', () => {
    const day = visit.items.filter((i) => i.start).map((i) => i.date)[0]!
    const ofDay = visit.items
      .filter((i) => i.date === day && i.start)
      .sort((a, b) => a.start!.localeCompare(b.start!))
    const from = ofDay[1]!
    const shifted = shiftRestOfDay(visit.items, from, 30)
    for (const [n, item] of shifted.entries()) {
      const was = visit.items[n]!
      const later = was.date === day && was.start !== undefined && was.start >= from.start!
      if (later && was.start! < '23:00')
        expect(minutesOfDay(item.start!) - minutesOfDay(was.start!)).toBe(30)
      if (!later) expect(item).toBe(was)
    }
    expect(shiftRestOfDay(visit.items, { date: day }, 30)).toBe(visit.items)
  })
})
