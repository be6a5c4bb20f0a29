// Moving a visit to other dates in place: the programme, the tasks, the stays and the follow-ups
// move by whole days with it (the same day plan as a visit made from a template), times stay.
import { z } from 'zod'
import { daysBetween, shiftDate } from '../time/local-date'
import { LocalDateSchema } from './common'
import { planDates } from './instantiate'
import type { Visit } from './visit'

export const RescheduleOptionsSchema = z.object({
  /** The visit's new first day. */
  startDate: LocalDateSchema,
  skipWeekends: z.boolean().default(false),
  skipHolidays: z.boolean().default(false),
})
export type RescheduleOptions = z.input<typeof RescheduleOptionsSchema>

/** Where each date of the visit goes: its days by the day plan, any other date by the offset. */
export function rescheduleMover(
  visit: Visit,
  options: RescheduleOptions,
): (date: string) => string {
  const o = RescheduleOptionsSchema.parse(options)
  const plan = planDates(visit.startDate, visit.endDate, o.startDate, o)
  const offset = daysBetween(visit.startDate, o.startDate)
  return (date) => plan.get(date) ?? shiftDate(date, offset)
}

/**
 * The same visit on new dates: the days of the visit land on the k-th usable day from the new
 * start (weekends and holidays skipped when asked), and dates outside it (a task due a month
 * before, a follow-up after) keep their distance from the start. Signed documents keep their dates.
 */
export function rescheduleVisit(visit: Visit, options: RescheduleOptions): Visit {
  const move = rescheduleMover(visit, options)
  return {
    ...visit,
    startDate: move(visit.startDate),
    endDate: move(visit.endDate),
    items: visit.items.map((item) => ({ ...item, date: move(item.date) })),
    tasks: visit.tasks.map((t) => (t.due ? { ...t, due: move(t.due) } : t)),
    stays: visit.stays.map((s) => ({ ...s, checkIn: move(s.checkIn), checkOut: move(s.checkOut) })),
    agreements: visit.agreements.map((a) => ({
      ...a,
      ...(a.status !== 'signed' && a.signedOn ? { signedOn: move(a.signedOn) } : {}),
      followUps: a.followUps.map((f) => (f.done ? f : { ...f, due: move(f.due) })),
    })),
  }
}

/** The days of the visit as they move, for the preview: 17.11 → 15.12. */
export function rescheduleDays(
  visit: Visit,
  options: RescheduleOptions,
): { from: string; to: string; items: number }[] {
  const move = rescheduleMover(visit, options)
  const days = new Set([visit.startDate, visit.endDate, ...visit.items.map((i) => i.date)])
  return [...days].sort().map((from) => ({
    from,
    to: move(from),
    items: visit.items.filter((i) => i.date === from).length,
  }))
}
