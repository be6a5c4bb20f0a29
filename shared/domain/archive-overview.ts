// The archive at a glance: visits by year and country, documents by type, and the visits ahead
// with what is still to be done for them.
import { shiftDate } from '../time/local-date'
import { AGREEMENT_TYPES, type Agreement } from './agreements'
import { buildChecklist, isOpenTask, type Task } from './checklist'
import type { Directory } from './directory'
import type { Visit } from './visit'
import type { VisitOutline } from './visit-digest'

/** Visits starting within this many days are 'upcoming'. */
export const UPCOMING_DAYS = 60

export interface ArchiveOverview {
  byYear: { year: number; incoming: number; outgoing: number }[]
  byCountry: { country: string; count: number }[]
  documentsByType: { type: Agreement['type']; signed: number; total: number }[]
  upcoming: {
    visitId: string
    title: string
    startDate: string
    endDate: string
    partnerCountry: string
    partnerRegion: string
    /** Open tasks, overdue first, then by date. */
    openTasks: Task[]
  }[]
}

/** Whether a visit is one of the overview's visits ahead (not over, starting within the horizon). */
export function isUpcoming(v: VisitOutline, today: string): boolean {
  return (
    v.status !== 'cancelled' &&
    v.status !== 'completed' &&
    v.endDate >= today &&
    v.startDate <= shiftDate(today, UPCOMING_DAYS)
  )
}

/**
 * The overview from the outlines of every visit, and the whole visits ahead (`isUpcoming`), whose
 * open tasks it lists.
 */
export function archiveOverview(
  visits: VisitOutline[],
  ahead: Visit[],
  directory: Directory,
  today: string,
): ArchiveOverview {
  const live = visits.filter((v) => v.status !== 'cancelled')
  const years = new Map<number, { incoming: number; outgoing: number }>()
  const countries = new Map<string, number>()
  for (const v of live) {
    const year = Number(v.startDate.slice(0, 4))
    const row = years.get(year) ?? { incoming: 0, outgoing: 0 }
    row[v.direction] += 1
    years.set(year, row)
    const country = v.partnerCountry.trim()
    if (country) countries.set(country, (countries.get(country) ?? 0) + 1)
  }
  const documents = AGREEMENT_TYPES.map((type) => {
    const all = live.flatMap((v) => v.agreements).filter((a) => a.type === type)
    return { type, signed: all.filter((a) => a.status === 'signed').length, total: all.length }
  })
  const upcoming = ahead
    .filter((v) => isUpcoming(v, today))
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .map((v) => ({
      visitId: v.id,
      title: v.title,
      startDate: v.startDate,
      endDate: v.endDate,
      partnerCountry: v.partnerCountry,
      partnerRegion: v.partnerRegion,
      openTasks: buildChecklist(v, directory, today)
        .filter(isOpenTask)
        .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.due.localeCompare(b.due)),
    }))
  return {
    byYear: [...years].map(([year, r]) => ({ year, ...r })).sort((a, b) => a.year - b.year),
    byCountry: [...countries]
      .map(([country, count]) => ({ country, count }))
      .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country, 'ru')),
    documentsByType: documents,
    upcoming,
  }
}
