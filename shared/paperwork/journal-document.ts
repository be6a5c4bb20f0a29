// The journal of receptions of foreign citizens as a printable document (landscape table).
import type { BriefingDocument } from '../briefing/briefing-document'
import { JOURNAL_COLUMNS } from '../domain/journal'
import { formatShortDate } from '../time/local-date'
import { wallTimeIn } from '../time/zones'

export function journalDocument(
  title: string,
  rows: string[][],
  generatedAt: Date,
): BriefingDocument {
  const at = wallTimeIn(generatedAt, 'Europe/Moscow')
  return {
    lang: 'ru',
    variant: 'full',
    title,
    subtitle: title,
    classification: '',
    prepared: `Подготовлено ${formatShortDate(at.date, 'ru')} ${at.time}`,
    edition: '',
    pageLabel: { page: 'стр.', of: 'из' },
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
  }
}
