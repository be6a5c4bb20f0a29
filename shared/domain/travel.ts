import type { PlanningSettings } from './planning'
import type { Venue } from './venues'

const EARTH_RADIUS_KM = 6371

/** Great-circle distance between two points, km. */
export function distanceKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const rad = (deg: number) => (deg * Math.PI) / 180
  const dLat = rad(b.lat - a.lat)
  const dLon = rad(b.lon - a.lon)
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

export interface TravelEstimate {
  minutes: number
  source: 'override' | 'estimate' | 'same-venue'
  km?: number
}

/** Indexes the override table once: 'from→to' in both directions. */
export function overrideIndex(
  settings: Pick<PlanningSettings, 'travelOverrides'>,
): Map<string, number> {
  const index = new Map<string, number>()
  for (const o of settings.travelOverrides) {
    index.set(`${o.fromVenueId}→${o.toVenueId}`, o.minutes)
    if (!index.has(`${o.toVenueId}→${o.fromVenueId}`))
      index.set(`${o.toVenueId}→${o.fromVenueId}`, o.minutes)
  }
  return index
}

/**
 * Door-to-door minutes from one venue to another: the officer's override when there is one,
 * else straight-line distance × detour factor at the road speed, rounded up to 5 minutes;
 * null when a venue has no coordinates.
 */
export function travelMinutes(
  from: Venue,
  to: Venue,
  settings: PlanningSettings,
  overrides: Map<string, number> = overrideIndex(settings),
): TravelEstimate | null {
  if (from.id === to.id) return { minutes: 0, source: 'same-venue' }
  const override = overrides.get(`${from.id}→${to.id}`)
  if (override !== undefined) return { minutes: override, source: 'override' }
  if (!from.coordinates || !to.coordinates) return null
  const km = distanceKm(from.coordinates, to.coordinates) * settings.detourFactor
  const minutes = Math.ceil(((km / settings.roadSpeedKmh) * 60) / 5) * 5
  return { minutes, source: 'estimate', km: Math.round(km) }
}
