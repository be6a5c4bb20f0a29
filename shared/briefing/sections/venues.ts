import type { BriefingSection } from '../briefing-document'
import { addressOf, compact, usedVenues, type BriefingScope } from '../scope'

/** The venues of the programme with their addresses, contacts and access rules. */
export function venuesSection(s: BriefingScope): BriefingSection {
  const { t, visit, venues } = s
  return {
    kind: 'venues',
    id: 'venues',
    heading: t('briefing.sections.venues'),
    venues: usedVenues(visit, venues).map((v) => ({
      name: v.name,
      lines: compact([
        { label: t('briefing.address'), value: addressOf(v) },
        { label: t('briefing.contact'), value: v.contact ?? '' },
      ]),
      access: v.accessRequirements.map((r) => {
        const lead = r.leadDays ? ` (${t('directory.leadDays', { count: r.leadDays })})` : ''
        if (r.kind === 'other' && r.note) return `${r.note}${lead}`
        return `${t(`accessKind.${r.kind}`)}${lead}${r.note ? ` — ${r.note}` : ''}`
      }),
    })),
  }
}

/** What to carry and how to dress at sensitive sites (their memos); none: no section. */
export function memosSection(s: BriefingScope): BriefingSection | null {
  const { t } = s
  const sites = usedVenues(s.visit, s.venues).filter((v) => v.memo)
  if (sites.length === 0) return null
  return {
    kind: 'memo',
    id: 'memos',
    heading: t('briefing.sections.memos'),
    sites: sites.map((v) => ({
      name: v.name,
      lines: compact([
        { label: t('briefing.memo.documents'), value: v.memo?.documents ?? '' },
        { label: t('briefing.memo.photo'), value: v.memo?.photo ?? '' },
        { label: t('briefing.memo.dress'), value: v.memo?.dress ?? '' },
        { label: t('briefing.memo.other'), value: v.memo?.other ?? '' },
      ]),
    })),
  }
}
