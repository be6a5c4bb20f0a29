import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Visit } from '../../../../shared/domain/visit'
import { minutesOfDay, shiftDate, toLocalDate } from '../../../../shared/time/local-date'
import {
  convertWallTime,
  formatOffset,
  hasOffsetChange,
  wallTimeIn,
  zoneCity,
  zoneDifferenceMinutes,
} from '../../../../shared/time/zones'

/** The host's clock and the delegation's home clock side by side, ticking every 20 seconds. */
export function ZoneClocks({ visit }: { visit: Pick<Visit, 'timeZone' | 'homeTimeZone'> }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'ru'
  const zoneName = useZoneName()
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 20_000)
    return () => window.clearInterval(timer)
  }, [])
  const host = wallTimeIn(now, visit.timeZone)
  const home =
    visit.homeTimeZone && visit.homeTimeZone !== visit.timeZone ? visit.homeTimeZone : null
  const homeTime = home ? wallTimeIn(now, home) : null
  const diff = home ? zoneDifferenceMinutes(toLocalDate(now), host.time, visit.timeZone, home) : 0
  return (
    <div className="clocks" aria-label={t('clocks.now')}>
      <div className="clock" data-testid="clock-host">
        <span className="clock-label">{t('clocks.host')}</span>
        <span className="clock-time">{host.time}</span>
        <span className="clock-zone">{zoneName(visit.timeZone)}</span>
      </div>
      <div className="clock" data-testid="clock-home">
        <span className="clock-label">{t('clocks.home')}</span>
        {homeTime && home ? (
          <>
            <span className="clock-time">{homeTime.time}</span>
            <span className="clock-zone">
              {zoneName(home)} · {t('clocks.difference', { offset: formatOffset(diff, lang) })}
            </span>
          </>
        ) : (
          <span className="clock-zone">
            {t('clocks.homeZone')}: {t('clocks.noHomeZone')}
          </span>
        )}
      </div>
    </div>
  )
}

/** A zone's city in the interface language ('Asia/Almaty' → 'Алматы'), else its English city. */
export function useZoneName(): (zone: string) => string {
  const { t } = useTranslation()
  return (zone) => t(`zones.${zone.replace(/\//g, '_')}`, { defaultValue: zoneCity(zone) })
}

const differenceCache = new Map<string, number | null>()

/**
 * The same wall time read in the delegation's zone, for a second column of times; null when the
 * zones are the same. The difference is worked out once per date and pair of zones (a grid shows
 * hundreds of times), except on a DST switch day, when each time is converted on its own.
 */
export function homeTimeOf(
  visit: Pick<Visit, 'timeZone' | 'homeTimeZone'>,
  date: string,
  time: string,
): string | null {
  const from = visit.timeZone
  const to = visit.homeTimeZone
  if (!to || to === from) return null
  const key = `${date}|${from}|${to}`
  let diff = differenceCache.get(key)
  if (diff === undefined) {
    diff =
      hasOffsetChange(date, from) || hasOffsetChange(date, to)
        ? null
        : zoneDifferenceMinutes(date, '12:00', from, to)
    if (differenceCache.size > 2000) differenceCache.clear()
    differenceCache.set(key, diff)
  }
  if (diff === null) {
    const other = convertWallTime(date, time, from, to)
    return other.date === date
      ? other.time
      : `${other.time} (${other.date.slice(8)}.${other.date.slice(5, 7)})`
  }
  const total = minutesOfDay(time) + diff
  const shifted = ((total % 1440) + 1440) % 1440
  const clock = `${String(Math.floor(shifted / 60)).padStart(2, '0')}:${String(shifted % 60).padStart(2, '0')}`
  if (total >= 0 && total < 1440) return clock
  const other = shiftDate(date, total < 0 ? -1 : 1)
  return `${clock} (${other.slice(8)}.${other.slice(5, 7)})`
}
