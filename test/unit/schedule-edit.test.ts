import { describe, expect, test } from 'vitest'
import { layoutDay, moveItem, resizeItem, snapMinutes } from '../../shared/domain/schedule-edit'
import { anItem } from '../helpers/builders'

describe('schedule edits', () => {
  const meeting = anItem({ id: 'm', start: '10:00', end: '11:00' })
  test('moving keeps the length, snaps to 5 minutes and can change the day', () => {
    expect(moveItem(meeting, { deltaMinutes: 15 })).toMatchObject({ start: '10:15', end: '11:15' })
    expect(moveItem(meeting, { deltaMinutes: 7 })).toMatchObject({ start: '10:05', end: '11:05' })
    expect(moveItem(meeting, { deltaMinutes: -5, date: '2025-11-19' })).toMatchObject({
      date: '2025-11-19',
      start: '09:55',
    })
    expect(moveItem(meeting, { deltaMinutes: 2 })).toBe(meeting)
  })
  test('items stay inside the day', () => {
    expect(moveItem(meeting, { deltaMinutes: -700 })).toMatchObject({
      start: '00:00',
      end: '01:00',
    })
    expect(moveItem(meeting, { deltaMinutes: 900 })).toMatchObject({ start: '22:55', end: '23:55' })
  })
  test('an item without an end moves its start only; an untimed item only changes date', () => {
    const open = anItem({ id: 'o', start: '10:00' })
    const moved = moveItem(open, { deltaMinutes: 30 })
    expect(moved.start).toBe('10:30')
    expect('end' in moved).toBe(false)
    const untimed = anItem({ id: 'u' })
    expect(moveItem(untimed, { deltaMinutes: 30 })).toBe(untimed)
    expect(moveItem(untimed, { date: '2025-11-20' }).date).toBe('2025-11-20')
  })
  test('resizing moves the end, never below 5 minutes; an open item gets an end', () => {
    expect(resizeItem(meeting, 15).end).toBe('11:15')
    expect(resizeItem(meeting, -120).end).toBe('10:05')
    expect(resizeItem(anItem({ id: 'o', start: '10:00' }), 0).end).toBe('10:30')
    expect(snapMinutes(12)).toBe(10)
  })
  test('overlapping items share the width in lanes; separate clusters do not', () => {
    const placed = layoutDay([
      anItem({ id: 'a', start: '10:00', end: '11:00' }),
      anItem({ id: 'b', start: '10:30', end: '11:30' }),
      anItem({ id: 'c', start: '11:00', end: '12:00' }),
      anItem({ id: 'd', start: '13:00', end: '14:00' }),
      anItem({ id: 'e' }),
    ])
    const by = Object.fromEntries(placed.map((p) => [p.item.id, [p.lane, p.lanes]]))
    expect(by).toEqual({ a: [0, 2], b: [1, 2], c: [0, 2], d: [0, 1] })
  })
})
