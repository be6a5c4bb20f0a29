// Moving and stretching programme items on the time grid: pure, so drag, keyboard and tests agree.
import { minutesOfDay } from '../time/local-date'
import { DEFAULT_DURATION_MINUTES } from './conflicts'
import type { ItineraryItem } from './itinerary-item'

/** Drags and arrow keys move items in steps of this many minutes. */
export const SNAP_MINUTES = 5
/** The last minute an item may end at (items do not run past midnight). */
const DAY_END = 23 * 60 + 55
const MIN_DURATION = SNAP_MINUTES

export const snapMinutes = (m: number, step = SNAP_MINUTES) => Math.round(m / step) * step

export const timeOf = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n))

/**
 * The item moved by `deltaMinutes` (snapped to 5) and/or to another date; its length is kept and
 * it stays within the day. An item without a time can only change its date.
 */
export function moveItem(
  item: ItineraryItem,
  change: { deltaMinutes?: number; date?: string },
): ItineraryItem {
  const date = change.date ?? item.date
  if (!item.start) return date === item.date ? item : { ...item, date }
  const start = minutesOfDay(item.start)
  const length = item.end ? minutesOfDay(item.end) - start : 0
  const next = clamp(snapMinutes(start + (change.deltaMinutes ?? 0)), 0, DAY_END - length)
  if (next === start && date === item.date) return item
  return {
    ...item,
    date,
    start: timeOf(next),
    ...(item.end ? { end: timeOf(next + length) } : {}),
  }
}

/** The item with its end moved by `deltaMinutes` (snapped to 5), never shorter than 5 minutes. */
export function resizeItem(item: ItineraryItem, deltaMinutes: number): ItineraryItem {
  if (!item.start) return item
  const start = minutesOfDay(item.start)
  const end = item.end ? minutesOfDay(item.end) : start + DEFAULT_DURATION_MINUTES
  const next = clamp(snapMinutes(end + deltaMinutes), start + MIN_DURATION, DAY_END)
  if (item.end && next === end) return item
  return { ...item, end: timeOf(next) }
}

export interface Placed {
  item: ItineraryItem
  start: number
  end: number
  /** Side-by-side position among items that overlap it. */
  lane: number
  lanes: number
}

/** Lays out one day's timed items in lanes, so overlapping items sit side by side. */
export function layoutDay(items: ItineraryItem[]): Placed[] {
  const timed = items
    .filter((i) => i.start)
    .map((item) => {
      const start = minutesOfDay(item.start!)
      const end = item.end ? minutesOfDay(item.end) : start + DEFAULT_DURATION_MINUTES
      return { item, start, end: Math.max(end, start + MIN_DURATION), lane: 0, lanes: 1 }
    })
    .sort((a, b) => a.start - b.start || b.end - a.end)
  let cluster: Placed[] = []
  let clusterEnd = -1
  let laneEnds: number[] = []
  const close = () => {
    const lanes = laneEnds.length
    for (const p of cluster) p.lanes = lanes
    cluster = []
    laneEnds = []
  }
  for (const p of timed) {
    if (p.start >= clusterEnd) close()
    let lane = laneEnds.findIndex((end) => end <= p.start)
    if (lane === -1) {
      lane = laneEnds.length
      laneEnds.push(p.end)
    } else laneEnds[lane] = p.end
    p.lane = lane
    cluster.push(p)
    clusterEnd = Math.max(clusterEnd, p.end)
  }
  close()
  return timed
}

/**
 * The day running late (or early): `from` and every later item of its day move by `minutes`
 * (snapped to 5), each keeping its length; items without a time and other days stay.
 */
export function shiftRestOfDay(
  items: ItineraryItem[],
  from: Pick<ItineraryItem, 'date' | 'start'>,
  minutes: number,
): ItineraryItem[] {
  if (!from.start) return items
  const at = minutesOfDay(from.start)
  return items.map((i) =>
    i.date === from.date && i.start && minutesOfDay(i.start) >= at
      ? moveItem(i, { deltaMinutes: minutes })
      : i,
  )
}
