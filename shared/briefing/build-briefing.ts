// Builds the briefing from a visit: pure, so the preview, the PDF, the CLI and the snapshot agree.
// Each section has a builder of its own (./sections/*.ts) over one scope of looked-up facts.
import type { Directory } from '../domain/directory'
import type { Visit } from '../domain/visit'
import { formatShortDate } from '../time/local-date'
import { wallTimeIn } from '../time/zones'
import {
  BRIEFING_SECTIONS,
  BriefingOptionsSchema,
  type BriefingDocument,
  type BriefingOptions,
  type BriefingSection,
  type BriefingSectionId,
} from './briefing-document'
import { briefingScope, type BriefingContext, type BriefingScope } from './scope'
import { backgroundSection, biosSection } from './sections/background'
import { changesSection, editionOf } from './sections/changes'
import { checklistSection, contactsSection } from './sections/contacts'
import { coverSection, summarySection } from './sections/cover'
import { documentsSection } from './sections/documents'
import { guestSection } from './sections/guest'
import { peopleSection, rosterSection } from './sections/people'
import { pocketSections, programmeDays, programmeSection } from './sections/programme'
import { talkingPointsSection } from './sections/talking-points'
import { memosSection, venuesSection } from './sections/venues'

export type { BriefingContext } from './scope'

const PROGRAMME_SECTIONS: BriefingSectionId[] = ['cover', 'changes', 'programme', 'contacts']
const WORKING_SECTIONS: BriefingSectionId[] = [
  'cover',
  'changes',
  'programme',
  'delegation',
  'hosts',
  'memos',
  'contacts',
]

/** The sections to print, in order, from the officer's choice and the variant. */
export function chosenSections(options: BriefingOptions): BriefingSectionId[] {
  const o = BriefingOptionsSchema.parse(options)
  if (o.variant === 'programme') return PROGRAMME_SECTIONS
  if (o.variant === 'working') return WORKING_SECTIONS
  if (o.variant === 'pocket' || o.variant === 'guest') return []
  const listed = o.sections ?? []
  const seen = new Set<BriefingSectionId>()
  const order: BriefingSectionId[] = []
  for (const s of listed) {
    if (seen.has(s.id)) continue
    seen.add(s.id)
    if (s.on) order.push(s.id)
  }
  for (const id of BRIEFING_SECTIONS) if (!seen.has(id)) order.push(id)
  return order
}

/** The briefing document of a visit. */
export function buildBriefing(
  visit: Visit,
  directory: Directory,
  options: BriefingOptions,
  context: BriefingContext,
): BriefingDocument {
  const s = briefingScope(visit, directory, options, context)
  const { t, o, lang } = s
  const at = wallTimeIn(context.generatedAt, visit.timeZone)
  return {
    lang,
    variant: o.variant,
    title: visit.title,
    subtitle: t('briefing.documentTitle'),
    // A programme handed to the guests carries no distribution mark unless the officer sets one.
    classification:
      o.classification ?? (o.variant === 'guest' ? '' : t('briefing.classificationDefault')),
    // The copy handed to the guests carries no internal marks: no edition, no 'prepared' time.
    prepared:
      o.variant === 'guest'
        ? ''
        : t('briefing.prepared', { date: `${formatShortDate(at.date, lang)} ${at.time}` }),
    edition: o.variant === 'guest' ? '' : editionOf(s).label,
    ...(o.includeSensitive ? { sensitiveNotice: t('briefing.sensitiveNotice') } : {}),
    pageLabel: { page: t('briefing.page'), of: t('briefing.of') },
    sections: sectionsOf(s),
    emptyText: t('briefing.empty'),
  }
}

/** One builder per section of the full briefing (a section with nothing to say answers null). */
const SECTIONS: Record<BriefingSectionId, (s: BriefingScope) => BriefingSection | null> = {
  changes: changesSection,
  openQuestions: (s) =>
    s.context.openQuestions?.length
      ? {
          kind: 'text',
          id: 'openQuestions',
          heading: s.t('briefing.sections.openQuestions'),
          paragraphs: s.context.openQuestions.map((q) => `— ${q}`),
        }
      : null,
  cover: coverSection,
  summary: summarySection,
  programme: (s) => programmeSection(s, programmeDays(s)),
  delegation: (s) => peopleSection(s, 'delegation', s.guests),
  hosts: (s) => peopleSection(s, 'hosts', s.hosts),
  venues: venuesSection,
  memos: memosSection,
  documents: documentsSection,
  background: backgroundSection,
  bios: biosSection,
  talkingPoints: talkingPointsSection,
  contacts: contactsSection,
  checklist: checklistSection,
}

/** The sections of the variant: the guest programme, the pocket days, or the chosen sections. */
function sectionsOf(s: BriefingScope): BriefingSection[] {
  const present = (x: BriefingSection | null): x is BriefingSection => x !== null
  if (s.o.variant === 'pocket') return pocketSections(s, programmeDays(s))
  if (s.o.variant !== 'guest')
    return chosenSections(s.o)
      .map((id) => SECTIONS[id](s))
      .filter(present)
  const second = s.o.second
  const rosters = second
    ? [
        rosterSection(s, 'delegation', s.guests, second),
        rosterSection(s, 'hosts', s.hosts, second),
      ].filter((x) => x.kind === 'roster' && x.rows.length > 0)
    : []
  // What to carry and how to dress at sensitive sites, for the guests too.
  return [guestSection(s), ...rosters, ...[memosSection(s)].filter(present)]
}
