import { describe, expect, test } from 'vitest'
import { offsetMinutes, utcLabel, zoneOfCountry } from '../../shared/time/zones'

describe("the delegation's time zone from its country", () => {
  test('partner countries as officers type them', () => {
    expect(zoneOfCountry('Казахстан')).toBe('Asia/Almaty')
    expect(zoneOfCountry(' Республика  Казахстан ')).toBe('Asia/Almaty')
    expect(zoneOfCountry('Кыргызстан')).toBe('Asia/Bishkek')
    expect(zoneOfCountry('КНР')).toBe('Asia/Shanghai')
    expect(zoneOfCountry('Belarus')).toBe('Europe/Minsk')
    expect(zoneOfCountry('Монголия')).toBe('Asia/Ulaanbaatar')
    expect(zoneOfCountry('Атлантида')).toBeUndefined()
  })

  test('offsets as people write them, from the zone data on that day', () => {
    expect(utcLabel(offsetMinutes('2026-12-07', '12:00', 'Asia/Almaty'))).toBe('UTC+5')
    expect(utcLabel(offsetMinutes('2026-12-07', '12:00', 'Asia/Kolkata'))).toBe('UTC+5:30')
    expect(utcLabel(offsetMinutes('2026-12-07', '12:00', 'Europe/Berlin'))).toBe('UTC+1')
    expect(utcLabel(offsetMinutes('2026-07-07', '12:00', 'Europe/Berlin'))).toBe('UTC+2')
    expect(utcLabel(-90)).toBe('UTC−1:30')
    expect(utcLabel(0)).toBe('UTC')
  })
})
