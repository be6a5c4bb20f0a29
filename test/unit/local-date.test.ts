import { describe, expect, test } from 'vitest'
import {
  eachDate,
  formatDateRange,
  formatDayHeading,
  isLocalDate,
  isLocalTime,
  parseTypedDate,
  parseTypedTime,
  shiftDate,
} from '../../shared/time/local-date'

describe('dates and times as officers write them', () => {
  test('prints a day heading in Russian as "18 ноября 2025 г., вторник"', () => {
    expect(formatDayHeading('2025-11-18', 'ru')).toBe('18 ноября 2025 г., вторник')
    expect(formatDayHeading('2025-11-18', 'en')).toBe('Tuesday, 18 November 2025')
  })

  test('prints a visit span within one month compactly', () => {
    expect(formatDateRange('2025-11-17', '2025-11-21', 'ru')).toBe('17–21 ноября 2025 г.')
    expect(formatDateRange('2025-10-30', '2025-11-02', 'ru')).toBe('30 октября – 2 ноября 2025 г.')
  })

  test('accepts 29 February only in leap years', () => {
    expect(isLocalDate('2024-02-29')).toBe(true)
    expect(isLocalDate('2025-02-29')).toBe(false)
    expect(isLocalDate('2025-13-01')).toBe(false)
    expect(isLocalDate('18.11.2025')).toBe(false)
  })

  test('accepts only 24-hour HH:MM times', () => {
    expect(isLocalTime('09:30')).toBe(true)
    expect(isLocalTime('23:59')).toBe(true)
    expect(isLocalTime('24:00')).toBe(false)
    expect(isLocalTime('9:30')).toBe(false)
  })

  test('reads typed dates and times in the forms officers use', () => {
    expect(parseTypedDate('18.11.2025')).toBe('2025-11-18')
    expect(parseTypedDate('1.2.2026')).toBe('2026-02-01')
    expect(parseTypedDate('31.02.2026')).toBeNull()
    expect(parseTypedTime('9:30')).toBe('09:30')
    expect(parseTypedTime('0930')).toBe('09:30')
    expect(parseTypedTime('14.45')).toBe('14:45')
    expect(parseTypedTime('25:00')).toBeNull()
  })

  test('shifts dates by calendar days across month ends and the DST change', () => {
    expect(shiftDate('2025-11-30', 1)).toBe('2025-12-01')
    expect(shiftDate('2024-02-28', 1)).toBe('2024-02-29')
    expect(shiftDate('2025-03-29', 2)).toBe('2025-03-31')
    expect(eachDate('2025-11-17', '2025-11-21')).toEqual([
      '2025-11-17',
      '2025-11-18',
      '2025-11-19',
      '2025-11-20',
      '2025-11-21',
    ])
    expect(eachDate('2025-11-21', '2025-11-17')).toEqual([])
  })
})
