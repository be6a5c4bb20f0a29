/** One line of a partner's history: a visit either way, or a document signed. */
export interface HistoryEntry {
  date: string
  endDate?: string
  kind: 'visit' | 'agreement'
  title: string
  direction: 'incoming' | 'outgoing'
  status: string
  /** Present for visits of the archive (templates have none). */
  visitId?: string
}
