import { byPrecedence, type Person } from '../../domain/people'
import { formatShortDate } from '../../time/local-date'
import type { BriefingSection } from '../briefing-document'
import { compact, personLabel, type BriefingScope } from '../scope'

/** The documents to sign: parties, signatories, when and where. */
export function documentsSection(s: BriefingScope): BriefingSection {
  const { t, visit, people, lang } = s
  return {
    kind: 'documents',
    id: 'documents',
    heading: t('briefing.sections.documents'),
    documents: visit.agreements.map((a) => {
      const signing = visit.items.find((i) => i.kind === 'signing' && i.agreementIds.includes(a.id))
      const signers = a.signatoryIds
        .map((id) => people.get(id))
        .filter((p): p is Person => Boolean(p))
        .sort((x, y) => x.side.localeCompare(y.side) || byPrecedence(x, y))
      return {
        title: a.title,
        meta: `${t(`documents.type.${a.type}`)} · ${t(`documents.status.${a.status}`)}`,
        lines: compact([
          { label: t('briefing.parties'), value: a.parties.join('; ') },
          {
            label: t('briefing.signatories'),
            value: signers.map((p) => `${personLabel(lang, p)} (${p.position})`).join('; '),
          },
          {
            label: t('briefing.signingAt'),
            value: signing
              ? `${formatShortDate(signing.date, lang)} ${signing.start ?? ''} — ${signing.title}`
              : '',
          },
        ]),
      }
    }),
  }
}
