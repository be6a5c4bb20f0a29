import { describe, expect, test } from 'vitest'
import { defaultPlanningSettings } from '../../shared/domain/planning'
import { shiftVisitDates } from '../../shared/domain/templates'
import { distanceKm, travelMinutes } from '../../shared/domain/travel'
import type { Venue } from '../../shared/domain/venues'
import {
  convertWallTime,
  formatOffset,
  hasOffsetChange,
  instantOf,
  isAmbiguousWallTime,
  isInDstGap,
  offsetMinutes,
  zoneCity,
  zoneDifferenceMinutes,
} from '../../shared/time/zones'
import { aVisit, anItem } from '../helpers/builders'

describe('time zones', () => {
  test('Moscow and Almaty differ by two hours all year', () => {
    expect(convertWallTime('2025-11-18', '10:00', 'Europe/Moscow', 'Asia/Almaty')).toEqual({
      date: '2025-11-18',
      time: '12:00',
    })
    expect(zoneDifferenceMinutes('2025-07-01', '10:00', 'Europe/Moscow', 'Asia/Almaty')).toBe(120)
    expect(offsetMinutes('2025-11-18', '10:00', 'Europe/Moscow')).toBe(180)
  })

  test('a late evening in Moscow is the next morning in Beijing', () => {
    expect(convertWallTime('2025-11-18', '22:30', 'Europe/Moscow', 'Asia/Shanghai')).toEqual({
      date: '2025-11-19',
      time: '03:30',
    })
  })

  test('Berlin: the difference with Moscow is 2 h in winter and 1 h in summer', () => {
    expect(zoneDifferenceMinutes('2026-01-15', '12:00', 'Europe/Moscow', 'Europe/Berlin')).toBe(
      -120,
    )
    expect(zoneDifferenceMinutes('2026-07-15', '12:00', 'Europe/Moscow', 'Europe/Berlin')).toBe(-60)
    // Around the switch at 01:00 UTC on 29 March 2026 (04:00 Moscow).
    expect(zoneDifferenceMinutes('2026-03-29', '03:30', 'Europe/Moscow', 'Europe/Berlin')).toBe(
      -120,
    )
    expect(zoneDifferenceMinutes('2026-03-29', '04:30', 'Europe/Moscow', 'Europe/Berlin')).toBe(-60)
  })

  test('spring gap: 02:30 in Berlin on 29 March 2026 does not exist and moves forward', () => {
    expect(isInDstGap('2026-03-29', '02:30', 'Europe/Berlin')).toBe(true)
    expect(isInDstGap('2026-03-29', '03:30', 'Europe/Berlin')).toBe(false)
    expect(isInDstGap('2026-03-29', '02:30', 'Europe/Moscow')).toBe(false)
    expect(instantOf('2026-03-29', '02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    )
  })

  test('autumn overlap: 02:30 in Berlin on 25 October 2026 happens twice', () => {
    expect(isAmbiguousWallTime('2026-10-25', '02:30', 'Europe/Berlin')).toBe(true)
    expect(isAmbiguousWallTime('2026-10-25', '03:30', 'Europe/Berlin')).toBe(false)
    expect(isAmbiguousWallTime('2026-10-25', '02:30', 'Asia/Almaty')).toBe(false)
  })

  test('switch days are recognised; Moscow and Almaty have none', () => {
    expect(hasOffsetChange('2026-03-29', 'Europe/Berlin')).toBe(true)
    expect(hasOffsetChange('2026-03-28', 'Europe/Berlin')).toBe(false)
    expect(hasOffsetChange('2026-03-29', 'Europe/Moscow')).toBe(false)
    expect(hasOffsetChange('2026-03-29', 'Asia/Almaty')).toBe(false)
  })

  test('labels', () => {
    expect(formatOffset(120, 'ru')).toBe('+2 ч')
    expect(formatOffset(-90, 'en')).toBe('−1 h 30 min')
    expect(formatOffset(0, 'ru')).toBe('±0 ч')
    expect(zoneCity('America/Los_Angeles')).toBe('Los Angeles')
  })
})

const venue = (id: string, lat: number, lon: number): Venue => ({
  id,
  name: id,
  address: '',
  kind: 'other',
  accessRequirements: [],
  coordinates: { lat, lon },
})

describe('travel estimates', () => {
  const settings = { ...defaultPlanningSettings(), travelOverrides: [] }
  test('distance is great-circle kilometres', () => {
    // Saint Petersburg – Moscow is about 635 km in a straight line.
    expect(distanceKm({ lat: 59.9343, lon: 30.3351 }, { lat: 55.7558, lon: 37.6173 })).toBeCloseTo(
      635,
      -1,
    )
  })
  test('the estimate rounds up to 5 minutes at the road speed with the detour factor', () => {
    const a = venue('a', 59.9343, 30.3351)
    const b = venue('b', 59.7275, 30.4103)
    const est = travelMinutes(a, b, settings)!
    expect(est.source).toBe('estimate')
    expect(est.minutes % 5).toBe(0)
    expect(est.minutes).toBe(45)
    expect(travelMinutes(a, b, { ...settings, roadSpeedKmh: 90 })!.minutes).toBe(25)
  })
  test('override beats the estimate, the same venue is zero, no coordinates is unknown', () => {
    const a = venue('a', 59.9, 30.3)
    const b = venue('b', 59.5, 30.1)
    const withOverride = {
      ...settings,
      travelOverrides: [{ fromVenueId: 'b', toVenueId: 'a', minutes: 95 }],
    }
    expect(travelMinutes(a, b, withOverride)).toEqual({ minutes: 95, source: 'override' })
    expect(travelMinutes(a, a, settings)).toEqual({ minutes: 0, source: 'same-venue' })
    const { coordinates: _c, ...bare } = b
    expect(travelMinutes(a, bare as Venue, settings)).toBeNull()
  })
})

describe('shiftVisitDates', () => {
  test('moves the span, the programme, stays and own task dates by the same days', () => {
    const visit = aVisit({
      items: [anItem({ id: 'i1', date: '2025-11-18' }), anItem({ id: 'i2', date: '2025-11-21' })],
      stays: [
        {
          id: 's1',
          hotel: 'H',
          checkIn: '2025-11-17',
          checkOut: '2025-11-21',
          personIds: [],
          confirmed: false,
        },
      ],
      tasks: [{ key: 'custom:1', custom: true, due: '2025-11-10', status: 'todo' }],
    })
    const moved = shiftVisitDates(visit, '2026-12-07')
    expect([moved.startDate, moved.endDate]).toEqual(['2026-12-07', '2026-12-11'])
    expect(moved.items.map((i) => i.date)).toEqual(['2026-12-08', '2026-12-11'])
    expect(moved.stays[0]).toMatchObject({ checkIn: '2026-12-07', checkOut: '2026-12-11' })
    expect(moved.tasks[0]?.due).toBe('2026-11-30')
    expect(visit.startDate).toBe('2025-11-17')
  })
})
