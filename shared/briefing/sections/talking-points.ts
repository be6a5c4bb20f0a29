import { formatDayHeading } from '../../time/local-date'
import type { BriefingSection } from '../briefing-document'
import { capitalise, itemTitle, personLabel, timeRange, type BriefingScope } from '../scope'

/** A list written as lines, bullets and numbers taken off. */
const points = (text: string) =>
  text
    .split(/\n+/)
    .map((x) => x.replace(/^\s*[-–—•*\d.)]+\s*/, '').trim())
    .filter(Boolean)

/** For each meeting with talking points: what to raise and what to avoid. */
export function talkingPointsSection(s: BriefingScope): BriefingSection | null {
  const { t, visit, venues, lang } = s
  const meetings = visit.items
    .filter(
      (i) => i.talkingPoints && (i.talkingPoints.raise.trim() || i.talkingPoints.avoid.trim()),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? ''))
  if (meetings.length === 0) return null
  return {
    kind: 'points',
    id: 'talkingPoints',
    heading: t('briefing.sections.talkingPoints'),
    raiseLabel: t('briefing.points.raise'),
    avoidLabel: t('briefing.points.avoid'),
    meetings: meetings.map((item) => {
      const venue = venues.get(item.venueId ?? '')
      const time = item.start ? `, ${timeRange(item, t)}` : ''
      return {
        title: itemTitle(s, item) || t(`itemKind.${item.kind}`),
        when: `${capitalise(formatDayHeading(item.date, lang))}${time}${venue ? ` · ${venue.name}` : ''}`,
        who: s
          .whoAt(item)
          .map((p) => personLabel(lang, p))
          .join(', '),
        raise: points(item.talkingPoints!.raise),
        avoid: points(item.talkingPoints!.avoid),
      }
    }),
  }
}
