// A new visit from a template or a past visit: dates move by whole days (local dates, never
// milliseconds), times stay as they are, and the officer chooses what to carry over.
import { z } from 'zod'
import { LocalDateSchema } from './common'
import type { Directory } from './directory'
import type { Visit } from './visit'
import { daysBetween, eachDate, shiftDate } from '../time/local-date'
import { isPublicHoliday, isWeekend, isWorkingDay } from '../time/holidays-ru'

export const CarryOverSchema = z.object({
  programme: z.boolean().default(true),
  venues: z.boolean().default(true),
  hosts: z.boolean().default(true),
  guests: z.boolean().default(true),
  documents: z.boolean().default(true),
  checklist: z.boolean().default(true),
})

export const InstantiateOptionsSchema = z.object({
  /** The new first day; absent keeps the source's dates. */
  startDate: LocalDateSchema.optional(),
  skipWeekends: z.boolean().default(false),
  skipHolidays: z.boolean().default(false),
  carry: CarryOverSchema.default(CarryOverSchema.parse({})),
})
export type InstantiateOptions = z.input<typeof InstantiateOptionsSchema>

/** A deep copy of plain JSON data (visits are plain JSON). */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** Longest search for a free day, so a calendar full of holidays cannot loop forever. */
const MAX_SKIP_DAYS = 60

/**
 * Where each day of the source lands: day k goes to the k-th usable day from the new start
 * (every day, or only working days / non-holidays when asked).
 */
export function planDates(
  sourceStart: string,
  sourceEnd: string,
  newStart: string,
  options: { skipWeekends?: boolean; skipHolidays?: boolean },
): Map<string, string> {
  const usable = (d: string) =>
    options.skipWeekends && options.skipHolidays
      ? isWorkingDay(d)
      : !(options.skipWeekends && isWeekend(d)) && !(options.skipHolidays && isPublicHoliday(d))
  const map = new Map<string, string>()
  let next = newStart
  for (const day of eachDate(sourceStart, sourceEnd, 400)) {
    let guard = 0
    while (!usable(next) && guard++ < MAX_SKIP_DAYS) next = shiftDate(next, 1)
    map.set(day, next)
    next = shiftDate(next, 1)
  }
  return map
}

/** The source's dates as new ones; dates outside the source span move by the start offset. */
function mover(visit: Visit, newStart: string, opts: InstantiateOptions) {
  const plan = planDates(visit.startDate, visit.endDate, newStart, opts)
  const offset = daysBetween(visit.startDate, newStart)
  return (d: string) => plan.get(d) ?? shiftDate(d, offset)
}

/**
 * The new visit (not yet saved): a draft again, documents back to unsigned, checklist statuses back
 * to 'to do', and only what the officer chose to carry over.
 */
export function instantiateVisit(
  source: Visit,
  directory: Pick<Directory, 'people'>,
  options: InstantiateOptions,
  identity: { id: string; createdAt: string },
): Visit {
  const o = InstantiateOptionsSchema.parse(options)
  const move = o.startDate ? mover(source, o.startDate, o) : (d: string) => d
  const side = new Map(directory.people.map((p) => [p.id, p.side]))
  const keepPerson = (id: string) =>
    side.get(id) === 'host' ? o.carry.hosts : side.get(id) === 'guest' ? o.carry.guests : true
  const participantIds = source.participantIds.filter(keepPerson)
  const endDate = move(source.endDate)
  const items = o.carry.programme
    ? source.items.map((item) => {
        const copy = clone(item)
        copy.date = move(item.date)
        copy.participantIds = item.participantIds.filter(keepPerson)
        if (!o.carry.venues) {
          delete copy.venueId
          if (copy.kind === 'transfer') delete copy.fromVenueId
        }
        if (copy.kind === 'signing' && !o.carry.documents) copy.agreementIds = []
        if (copy.seating)
          copy.seating = {
            guest: copy.seating.guest.filter(keepPerson),
            host: copy.seating.host.filter(keepPerson),
          }
        return copy
      })
    : []
  return {
    ...clone(source),
    id: identity.id,
    createdAt: identity.createdAt,
    status: 'draft',
    // What the earlier visit achieved is its own, not the new one's.
    results: '',
    startDate: move(source.startDate),
    endDate,
    participantIds,
    items,
    agreements: o.carry.documents
      ? source.agreements.map(({ signedOn: _s, validUntil: _v, ...a }) => ({
          ...a,
          followUps: [],
          status: 'draft' as const,
          signatoryIds: a.signatoryIds.filter(keepPerson),
        }))
      : [],
    tasks: o.carry.checklist
      ? source.tasks
          .filter((t) => t.custom)
          .map(({ owner: _owner, note: _note, ...t }) => ({
            ...t,
            status: 'todo' as const,
            ...(t.due ? { due: move(t.due) } : {}),
          }))
      : [],
    gifts: [],
    vehicles: source.vehicles.map((v) => ({
      ...v,
      passengerIds: v.passengerIds.filter(keepPerson),
    })),
    stays: source.stays.map((s) => ({
      ...s,
      checkIn: move(s.checkIn),
      checkOut: move(s.checkOut),
      confirmed: false,
      personIds: s.personIds.filter(keepPerson),
    })),
  }
}
