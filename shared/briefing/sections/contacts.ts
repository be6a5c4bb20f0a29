import { buildChecklist } from '../../domain/checklist'
import { describeTask } from '../../wording/describe'
import { formatShortDate } from '../../time/local-date'
import type { BriefingSection } from '../briefing-document'
import type { BriefingScope } from '../scope'

/** Phones and e-mails of the participants, the drivers and the hotels. */
export function contactsSection(s: BriefingScope): BriefingSection {
  const { t, visit, venues } = s
  return {
    kind: 'table',
    id: 'contacts',
    heading: t('briefing.sections.contacts'),
    columns: [
      t('briefing.columns.name'),
      t('briefing.columns.role'),
      t('briefing.columns.phone'),
      t('briefing.columns.email'),
    ],
    rows: [
      ...s.participants
        .filter((p) => p.phone || p.email)
        .map((p) => ({ cells: [p.fullName, p.position, p.phone ?? '', p.email ?? ''] })),
      ...visit.vehicles
        .filter((v) => v.driver || v.driverPhone)
        .map((v) => ({
          cells: [v.driver ?? '', `${t('briefing.driver')}: ${v.label}`, v.driverPhone ?? '', ''],
        })),
      ...visit.stays.map((stay) => ({
        cells: [stay.hotel, t('briefing.hotel'), venues.get(stay.venueId ?? '')?.contact ?? '', ''],
      })),
    ],
  }
}

/** The preparation tasks with due dates, owners and status (overdue marked). */
export function checklistSection(s: BriefingScope): BriefingSection {
  const { t, lang } = s
  return {
    kind: 'table',
    id: 'checklist',
    heading: t('briefing.sections.checklist'),
    columns: [
      t('briefing.columns.due'),
      t('briefing.columns.task'),
      t('briefing.columns.owner'),
      t('briefing.columns.status'),
    ],
    rows: buildChecklist(s.visit, s.directory, s.context.today).map((task) => ({
      cells: [
        formatShortDate(task.due, lang),
        describeTask(task, t),
        task.owner ?? '',
        t(`checklist.statuses.${task.status}`),
      ],
      alert: task.overdue,
    })),
  }
}
