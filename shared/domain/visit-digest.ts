import type { Visit } from './visit'

/**
 * What the archive-wide views need of a visit (the overview, the register of documents, the
 * counterpart's and the people's histories), without its programme: the host keeps one of these
 * per visit and reads a whole visit only when it is opened or a view needs its items.
 */
export type VisitOutline = Pick<
  Visit,
  | 'id'
  | 'title'
  | 'direction'
  | 'status'
  | 'partnerCountry'
  | 'partnerRegion'
  | 'startDate'
  | 'endDate'
  | 'participantIds'
  | 'agreements'
>

export type VisitDigest = VisitOutline & {
  /** The earliest and the latest date of the programme's items (the visit's dates when none). */
  itemsFrom: string
  itemsTo: string
}

export function digestOf(visit: Visit): VisitDigest {
  let itemsFrom = visit.startDate
  let itemsTo = visit.endDate
  for (const item of visit.items) {
    if (item.date < itemsFrom) itemsFrom = item.date
    if (item.date > itemsTo) itemsTo = item.date
  }
  return {
    id: visit.id,
    title: visit.title,
    direction: visit.direction,
    status: visit.status,
    partnerCountry: visit.partnerCountry,
    partnerRegion: visit.partnerRegion,
    startDate: visit.startDate,
    endDate: visit.endDate,
    participantIds: visit.participantIds,
    agreements: visit.agreements,
    itemsFrom,
    itemsTo,
  }
}

/** Whether any of the visit's dates or items' dates may fall between `from` and `to`. */
export function mayTouch(digest: VisitDigest, from: string, to: string): boolean {
  return digest.itemsFrom <= to && digest.itemsTo >= from
}
