import type { BriefingSection } from '../briefing-document'
import { SITE_MEMO_FIELDS, type SiteMemo, type SiteMemoField } from '../../domain/venues'
import { PARTNER_WORDS, venueNameIn } from '../../i18n/second-language'
import { addressOf, compact, usedVenues, venueLabel, type BriefingScope } from '../scope'

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

/**
 * What to carry and how to dress at sensitive sites (their memos); none: no section. The English
 * briefing prints each line's English (the Russian, marked, where there is none); the guests'
 * two-language copy prints each line in both languages.
 */
export function memosSection(s: BriefingScope): BriefingSection | null {
  const { t, lang } = s
  const second = s.o.variant === 'guest' ? s.o.second : undefined
  const sites = usedVenues(s.visit, s.venues).filter((v) => v.memo)
  if (sites.length === 0) return null
  const label = (f: SiteMemoField) =>
    second
      ? `${t(`briefing.memo.${f}`)} / ${PARTNER_WORDS[second].memo[f]}`
      : t(`briefing.memo.${f}`)
  const value = (memo: SiteMemo, f: SiteMemoField) => {
    const ru = memo[f].trim()
    if (!ru) return ''
    if (second) {
      const other = memo.i18n?.[f]?.[second]?.trim()
      return other ? `${ru}\n${other}` : ru
    }
    if (lang === 'en') return memo.i18n?.[f]?.en?.trim() || `(RU) ${ru}`
    return ru
  }
  return {
    kind: 'memo',
    id: 'memos',
    heading: second
      ? `${t('briefing.sections.memos')} / ${PARTNER_WORDS[second].memoHeading}`
      : t('briefing.sections.memos'),
    sites: sites.map((v) => ({
      name: second ? `${v.name} / ${venueNameIn(second, v)}` : venueLabel(lang, v),
      lines: compact(SITE_MEMO_FIELDS.map((f) => ({ label: label(f), value: value(v.memo!, f) }))),
    })),
  }
}
