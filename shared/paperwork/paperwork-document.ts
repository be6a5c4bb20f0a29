// The frame every Russian paperwork document shares (the estimate, the journal, the access
// request): full variant, no classification or edition, Russian page labels and the prepared line.
import type { BriefingDocument, BriefingSection } from '../briefing/briefing-document'
import { formatShortDate } from '../time/local-date'
import { wallTimeIn } from '../time/zones'

export interface PaperworkDocumentInput {
  title: string
  subtitle: string
  sections: BriefingSection[]
  emptyText: string
  /** Present when passport data is printed. */
  sensitiveNotice?: string
  generatedAt: Date
  /** The zone the prepared time is given in. */
  timeZone: string
  /** Appended to the prepared line (' · направить до 01.02.2026'). */
  preparedSuffix?: string
  /** A letter that leaves the house: no 'prepared' line in its footer. */
  outgoing?: boolean
}

/** A Russian paperwork document for the printer and the Word writer. */
export function paperworkDocument(input: PaperworkDocumentInput): BriefingDocument {
  const at = wallTimeIn(input.generatedAt, input.timeZone)
  return {
    lang: 'ru',
    variant: 'full',
    title: input.title,
    subtitle: input.subtitle,
    classification: '',
    prepared: input.outgoing
      ? ''
      : `Подготовлено ${formatShortDate(at.date, 'ru')} ${at.time}${input.preparedSuffix ?? ''}`,
    edition: '',
    ...(input.sensitiveNotice !== undefined ? { sensitiveNotice: input.sensitiveNotice } : {}),
    pageLabel: { page: 'стр.', of: 'из' },
    sections: input.sections,
    emptyText: input.emptyText,
  }
}
