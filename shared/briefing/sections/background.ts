import type { HistoryEntry } from '../../domain/history'
import { passportName } from '../../i18n/second-language'
import { formatDateRange, formatShortDate } from '../../time/local-date'
import type { BriefingSection } from '../briefing-document'
import { keyCounterparts, type BriefingScope } from '../scope'

const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)

/** '18–21 ноября 2025 г.' or '18 ноября 2025 г.' for a history entry. */
const whenOf = (s: BriefingScope, h: HistoryEntry) =>
  h.endDate ? formatDateRange(h.date, h.endDate, s.lang) : formatShortDate(h.date, s.lang)

/** The partner: the officer's background note and the history of relations from the archive. */
export function backgroundSection(s: BriefingScope): BriefingSection {
  const { t, visit } = s
  return {
    kind: 'background',
    id: 'background',
    heading: t('briefing.sections.background'),
    paragraphs: visit.background.trim()
      ? paragraphs(visit.background)
      : [t('briefing.noBackground')],
    historyHeading: t('briefing.history'),
    history: s.context.history
      .filter((h) => h.date < visit.startDate && h.visitId !== visit.id)
      .map((h) => ({
        label: whenOf(s, h),
        value: `${h.kind === 'agreement' ? t('history.agreement') : t(`history.${h.direction}`)}: ${h.title}`,
      })),
  }
}

/** Short bios of the key counterparts, with their earlier contacts found in the archive. */
export function biosSection(s: BriefingScope): BriefingSection {
  const { t, visit, position } = s
  return {
    kind: 'bios',
    id: 'bios',
    heading: t('briefing.sections.bios'),
    bios: keyCounterparts(visit, s.guests, s.hosts).map((p) => ({
      name: p.fullName,
      latin: passportName(p),
      position: position(p),
      ...(p.photo ? { photo: p.photo } : {}),
      text: paragraphs(p.bio ?? ''),
      contactsLabel: t('briefing.bioContacts'),
      contacts: (s.context.personHistory?.[p.id] ?? [])
        .filter((h) => h.visitId !== visit.id && h.date < visit.startDate)
        .map(
          (h) =>
            `${whenOf(s, h)} — ${h.kind === 'agreement' ? `${t('history.agreement')}: ` : ''}${h.title}`,
        ),
    })),
  }
}
