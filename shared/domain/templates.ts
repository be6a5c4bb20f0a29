import { z } from 'zod'
import { IdSchema, longText, shortText } from './common'
import { DirectorySchema } from './directory'
import { VisitSchema, type Visit } from './visit'
import { daysBetween, shiftDate } from '../time/local-date'

/** A past visit kept for reuse, with the directory entries its programme refers to. */
export const TemplateSchema = z.object({
  id: IdSchema,
  title: shortText(500).min(1),
  summary: longText.default(''),
  /** Where the template came from, e.g. a press release. */
  source: shortText(1000).optional(),
  visit: VisitSchema,
  directory: DirectorySchema,
})
export type Template = z.infer<typeof TemplateSchema>

/**
 * The visit moved so that it starts on `newStart`: every date (programme, hotel stays, own task
 * due dates) moves by the same whole number of days, so weekdays of a 5-day programme may change
 * but the order and the gaps stay.
 */
export function shiftVisitDates(visit: Visit, newStart: string): Visit {
  const days = daysBetween(visit.startDate, newStart)
  if (days === 0) return visit
  const move = (d: string) => shiftDate(d, days)
  return {
    ...visit,
    startDate: move(visit.startDate),
    endDate: move(visit.endDate),
    items: visit.items.map((i) => ({ ...i, date: move(i.date) })),
    stays: visit.stays.map((s) => ({ ...s, checkIn: move(s.checkIn), checkOut: move(s.checkOut) })),
    tasks: visit.tasks.map((t) => (t.due ? { ...t, due: move(t.due) } : t)),
    agreements: visit.agreements.map(({ signedOn, validUntil, ...a }) => ({
      ...a,
      ...(signedOn ? { signedOn: move(signedOn) } : {}),
      ...(validUntil ? { validUntil: move(validUntil) } : {}),
      followUps: a.followUps.map((f) => ({
        ...f,
        due: move(f.due),
        ...(f.doneOn ? { doneOn: move(f.doneOn) } : {}),
      })),
    })),
  }
}
