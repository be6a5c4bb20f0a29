// The agreements register: every document of every visit, with its term and the follow-up
// milestones it committed the sides to; what is overdue comes first.
import { shiftDate } from '../time/local-date'
import type { Agreement, FollowUp } from './agreements'
import type { Visit } from './visit'
import type { VisitOutline } from './visit-digest'

/** Documents in force that end within this many days are 'expiring'. */
export const EXPIRING_WITHIN_DAYS = 90

export const REGISTER_STATES = ['draft', 'agreed', 'signed', 'expiring', 'expired'] as const
export type RegisterState = (typeof REGISTER_STATES)[number]

export interface RegisterFollowUp extends FollowUp {
  overdue: boolean
}

export interface RegisterRow {
  visitId: string
  visitTitle: string
  visitStart: string
  partnerCountry: string
  partnerRegion: string
  direction: Visit['direction']
  agreement: Omit<Agreement, 'followUps'>
  state: RegisterState
  followUps: RegisterFollowUp[]
  /** Open milestones past their date. */
  overdue: number
  /** The date of the next open milestone, if any. */
  nextDue?: string
}

/** A signed document's state on a day: in force, ending soon, or ended. */
export function registerState(a: Pick<Agreement, 'status' | 'validUntil'>, today: string) {
  if (a.status !== 'signed' || !a.validUntil) return a.status
  if (a.validUntil < today) return 'expired'
  return a.validUntil <= shiftDate(today, EXPIRING_WITHIN_DAYS) ? 'expiring' : 'signed'
}

/** One row per document of every visit; rows with overdue milestones first, then newest first. */
export function agreementRegister(visits: VisitOutline[], today: string): RegisterRow[] {
  const rows: RegisterRow[] = []
  for (const visit of visits)
    for (const { followUps, ...agreement } of visit.agreements) {
      const marked = [...followUps]
        .sort((a, b) => a.due.localeCompare(b.due))
        .map((f) => ({ ...f, overdue: !f.done && f.due < today }))
      const open = marked.filter((f) => !f.done)
      rows.push({
        visitId: visit.id,
        visitTitle: visit.title,
        visitStart: visit.startDate,
        partnerCountry: visit.partnerCountry,
        partnerRegion: visit.partnerRegion,
        direction: visit.direction,
        agreement,
        state: registerState(agreement, today),
        followUps: marked,
        overdue: marked.filter((f) => f.overdue).length,
        ...(open[0] ? { nextDue: open[0].due } : {}),
      })
    }
  const dateOf = (r: RegisterRow) => r.agreement.signedOn ?? r.visitStart
  return rows.sort(
    (a, b) =>
      Number(b.overdue > 0) - Number(a.overdue > 0) ||
      dateOf(b).localeCompare(dateOf(a)) ||
      a.agreement.title.localeCompare(b.agreement.title, 'ru'),
  )
}
