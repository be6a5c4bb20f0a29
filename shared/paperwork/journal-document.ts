// The journal of receptions of foreign citizens as a printable document (landscape table).
import type { BriefingDocument } from '../briefing/briefing-document'
import { JOURNAL_COLUMNS } from '../domain/journal'
import { paperworkDocument } from './paperwork-document'

export function journalDocument(
  title: string,
  rows: string[][],
  generatedAt: Date,
): BriefingDocument {
  return paperworkDocument({
    title,
    subtitle: title,
    sections: [
      {
        kind: 'table',
        id: 'journal',
        heading: title,
        columns: [...JOURNAL_COLUMNS],
        rows: rows.map((cells) => ({ cells })),
        landscape: true,
      },
    ],
    emptyText: 'За период встреч нет',
    generatedAt,
    timeZone: 'Europe/Moscow',
  })
}
