import { PARTNER_WORDS, personNameIn, positionIn } from '../../i18n/second-language'
import type { Person } from '../../domain/people'
import type { BriefingSection, PersonRow } from '../briefing-document'
import { languageNames, passportLine, personLabel, type BriefingScope } from '../scope'

type Side = 'delegation' | 'hosts'

/** The delegation or the hosts by precedence (passport data only when asked for). */
export function peopleSection(s: BriefingScope, id: Side, list: Person[]): BriefingSection {
  const { t, lang, position } = s
  const sensitive = s.o.includeSensitive
  return {
    kind: 'people',
    id,
    heading: t(`briefing.sections.${id}`),
    columns: {
      rank: t('briefing.columns.rank'),
      name: t('briefing.columns.name'),
      position: t('briefing.columns.position'),
      languages: t('briefing.columns.languages'),
      ...(sensitive ? { passport: t('briefing.columns.passport') } : {}),
    },
    rows: list.map((p, i): PersonRow => ({
      rank: String(i + 1),
      name: personLabel(lang, p),
      latin: lang === 'en' ? '' : (p.fullNameLatin ?? ''),
      position: position(p),
      languages: languageNames(p.languages, t),
      ...(sensitive ? { passport: passportLine(p, t, lang) } : {}),
    })),
  }
}

/** A participant list with the partner's language beside Russian. */
export function rosterSection(
  s: BriefingScope,
  id: Side,
  list: Person[],
  lang2: keyof typeof PARTNER_WORDS,
): BriefingSection {
  const { t, position } = s
  const words = PARTNER_WORDS[lang2]
  return {
    kind: 'roster',
    id,
    lang: lang2,
    heading: t(`briefing.sections.${id}`),
    secondHeading: id === 'delegation' ? words.delegation : words.hosts,
    columns: {
      name: t('briefing.columns.name'),
      position: t('briefing.columns.position'),
      secondName: words.listColumns.name,
      secondPosition: words.listColumns.position,
    },
    rows: list.map((p, i) => ({
      n: String(i + 1),
      name: p.fullName,
      position: position(p),
      secondName: personNameIn(lang2, p),
      secondPosition: positionIn(lang2, p, position(p)),
    })),
  }
}
