import { buildChecklist, isOpenTask } from '../../domain/checklist'
import { postMidSentence } from '../../language/ru/decline'
import { formatDateRange } from '../../time/local-date'
import { formatOffset, zoneDifferenceMinutes } from '../../time/zones'
import type { BriefingSection } from '../briefing-document'
import { compact, personLabel, placesOf, zoneName, type BriefingScope } from '../scope'

/** The cover: the visit's title, dates, partner, the heads of both sides, places, status. */
export function coverSection(s: BriefingScope): BriefingSection {
  const { t, visit, lang, head, hostHead, position } = s
  return {
    kind: 'cover',
    id: 'cover',
    heading: t('briefing.sections.cover'),
    title: visit.title,
    lines: compact([
      {
        label: t('briefing.cover.dates'),
        value: formatDateRange(visit.startDate, visit.endDate, lang),
      },
      {
        label: t('briefing.cover.partner'),
        value: [visit.partnerRegion, visit.partnerCountry].filter(Boolean).join(', '),
      },
      {
        label: t('briefing.cover.head'),
        value: head ? `${personLabel(lang, head)}, ${postMidSentence(position(head))}` : '',
      },
      {
        label: t('briefing.cover.host'),
        value: hostHead
          ? `${personLabel(lang, hostHead)}, ${postMidSentence(position(hostHead))}`
          : '',
      },
      { label: t('briefing.cover.places'), value: placesOf(visit, s.venues) },
      { label: t('briefing.cover.status'), value: t(`visit.status.${visit.status}`) },
    ]),
  }
}

/** The visit at a glance: objectives, figures, the time difference, what is to be signed. */
export function summarySection(s: BriefingScope): BriefingSection {
  const { t, visit, lang, directory } = s
  const open = buildChecklist(visit, directory, s.context.today).filter(isOpenTask)
  const home = visit.homeTimeZone
  const diff =
    home && home !== visit.timeZone
      ? zoneDifferenceMinutes(visit.startDate, '12:00', visit.timeZone, home)
      : 0
  return {
    kind: 'summary',
    id: 'summary',
    heading: t('briefing.sections.summary'),
    objectives: visit.objectives,
    facts: compact([
      { label: t('briefing.summary.days'), value: String(s.dates.length) },
      { label: t('briefing.summary.items'), value: String(visit.items.length) },
      { label: t('briefing.summary.guests'), value: String(s.guests.length) },
      { label: t('briefing.summary.hosts'), value: String(s.hosts.length) },
      {
        label: t('briefing.summary.timeDifference'),
        value: diff && home ? `${formatOffset(diff, lang)} (${zoneName(home, t)})` : '',
      },
      { label: t('briefing.summary.openTasks'), value: String(open.length) },
    ]),
    signingLabel: t('briefing.summary.signing'),
    signing:
      visit.agreements.length > 0
        ? visit.agreements.map((a) => `${a.title} (${t(`documents.status.${a.status}`)})`)
        : [t('briefing.summary.nothingToSign')],
  }
}
