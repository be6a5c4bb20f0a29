// The after-visit report: what happened, who took part, what was signed, what was promised and
// what is still open. Built as a briefing document, so the same printer, preview and Word writer
// serve it; the programme and people lists are the briefing's own.
import {
  BRIEFING_SECTIONS,
  type BriefingDocument,
  type BriefingSection,
  type BriefingSectionId,
} from '../briefing/briefing-document'
import { buildBriefing, type BriefingContext } from '../briefing/build-briefing'
import { PROGRAMME_EVENTS } from '../briefing/preflight'
import { agreementRegister } from '../domain/agreement-register'
import { buildChecklist, isOpenTask } from '../domain/checklist'
import { describeTask } from '../wording/describe'
import type { Directory } from '../domain/directory'
import { byPrecedence, type Person } from '../domain/people'
import type { Visit } from '../domain/visit'
import { type Lang, type MessageParams, translateComputed } from '../i18n/translate'
import { formatDateRange, formatShortDate } from '../time/local-date'

export interface ReportOptions {
  lang?: Lang
  /** The distribution mark on every page; absent: 'Для служебного пользования'. */
  classification?: string
}

/** Sections the report takes from the briefing, in its order. */
const FROM_BRIEFING: BriefingSectionId[] = ['cover', 'programme', 'delegation', 'hosts']

/** What the report's own sections are built from. */
interface ReportScope {
  visit: Visit
  directory: Directory
  context: BriefingContext
  lang: Lang
  t: (key: string, params?: MessageParams) => string
  people: Map<string, Person>
}

/** The people of `ids` by precedence, their names joined. */
const namesOf = (r: ReportScope, ids: string[]) =>
  ids
    .map((id) => r.people.get(id))
    .filter((p): p is Person => Boolean(p))
    .sort(byPrecedence)
    .map((p) => p.fullName)
    .join('; ')

/**
 * What the visit achieved, first: the officer's own account of its results, then the figures,
 * what was signed and the main events as held; the objectives for comparison. The planning notes
 * (a template's 'Пример…' among them) never print here.
 */
function resultsSection(r: ReportScope): BriefingSection {
  const { visit, t, lang } = r
  const signed = visit.agreements.filter((a) => a.status === 'signed')
  const held = visit.items.filter((i) => i.kind !== 'transfer' && i.kind !== 'accommodation')
  const guests = visit.participantIds.filter((id) => r.people.get(id)?.side === 'guest').length
  const own = visit.results
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
  const main = held
    .filter((i) => PROGRAMME_EVENTS.has(i.kind))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? ''))
    .map((i) => `— ${formatShortDate(i.date, lang)}: ${i.title}`)
  return {
    kind: 'text',
    id: 'results',
    heading: t('report.results'),
    paragraphs: [
      ...(own.length ? own : [t('report.resultsMissing')]),
      t('report.summary', {
        dates: formatDateRange(visit.startDate, visit.endDate, lang),
        title: visit.title,
        events: held.length,
        guests,
        signed: signed.length,
      }),
      ...(signed.length
        ? [`${t('report.signedList')}: ${signed.map((a) => `«${a.title}»`).join('; ')}.`]
        : []),
      ...(main.length ? [`${t('report.mainEvents')}:`, ...main] : []),
      ...(visit.objectives.trim() ? [`${t('report.objectives')}: ${visit.objectives.trim()}`] : []),
    ],
  }
}

/** The documents signed: type, date, parties, signatories, term. */
function signedSection(r: ReportScope): BriefingSection {
  const { t, lang } = r
  return {
    kind: 'documents',
    id: 'documents',
    heading: t('report.documents'),
    documents: r.visit.agreements
      .filter((a) => a.status === 'signed')
      .map((a) => ({
        title: a.title,
        meta: [t(`documents.type.${a.type}`), a.signedOn ? formatShortDate(a.signedOn, lang) : '']
          .filter(Boolean)
          .join(' · '),
        lines: [
          { label: t('documents.fields.parties').split(' (')[0]!, value: a.parties.join(' — ') },
          { label: t('documents.signatories'), value: namesOf(r, a.signatoryIds) },
          {
            label: t('archive.agreements.columns.term'),
            value: a.validUntil
              ? formatShortDate(a.validUntil, lang)
              : t('archive.agreements.openEnded'),
          },
        ].filter((l) => l.value),
      })),
  }
}

/** The follow-up milestones of the documents, overdue marked. */
function followUpsSection(r: ReportScope): BriefingSection & { kind: 'table' } {
  const { t, lang } = r
  const state = (f: { done: boolean; doneOn?: string; overdue: boolean }) =>
    f.done
      ? t('archive.agreements.done', {
          date: f.doneOn ? formatShortDate(f.doneOn, lang) : '',
        }).trim()
      : f.overdue
        ? t('report.overdue')
        : t('report.open')
  return {
    kind: 'table',
    id: 'followUps',
    heading: t('report.followUps'),
    columns: [
      t('documents.fields.followUpDue'),
      t('documents.fields.followUpTitle'),
      t('report.document'),
      t('documents.fields.followUpOwner'),
      t('report.state'),
    ],
    rows: agreementRegister([r.visit], r.context.today)
      .flatMap((row) => row.followUps.map((f) => ({ row, f })))
      // What is overdue leads, then what is open by due date, then what is done.
      .sort(
        (a, b) =>
          Number(b.f.overdue) - Number(a.f.overdue) ||
          Number(a.f.done) - Number(b.f.done) ||
          a.f.due.localeCompare(b.f.due),
      )
      .map(({ row, f }) => ({
        cells: [
          formatShortDate(f.due, lang),
          f.title,
          row.agreement.title,
          f.owner ?? '',
          state(f),
        ],
        alert: f.overdue,
      })),
  }
}

/** Gifts given and received. */
function giftsSection(r: ReportScope): BriefingSection & { kind: 'table' } {
  const { t, people } = r
  return {
    kind: 'table',
    id: 'gifts',
    heading: t('report.gifts'),
    columns: [
      t('report.giftDirection'),
      t('report.gift'),
      t('report.quantity'),
      t('report.fromTo'),
    ],
    rows: r.visit.gifts.map((g) => ({
      cells: [
        t(`registers.giftDirection.${g.direction}`),
        g.description,
        String(g.quantity),
        [people.get(g.fromPersonId ?? '')?.fullName, people.get(g.toPersonId ?? '')?.fullName]
          .filter(Boolean)
          .join(' — '),
      ],
    })),
  }
}

/**
 * What is still to do from the visit on (the report itself, letters of thanks); preparation
 * tasks due before it are history by the time of a report.
 */
function tasksSection(r: ReportScope): BriefingSection & { kind: 'table' } {
  const { t, lang, visit } = r
  // Overdue first, whenever they were due (the unsent NPP letter too): they are what is open.
  const open = buildChecklist(visit, r.directory, r.context.today)
    .filter((task) => isOpenTask(task) && (task.overdue || task.due >= visit.startDate))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.due.localeCompare(b.due))
  return {
    kind: 'table',
    id: 'tasks',
    heading: t('report.tasks'),
    columns: [
      t('documents.fields.followUpDue'),
      t('report.task'),
      t('documents.fields.followUpOwner'),
    ],
    rows: open.map((task) => ({
      cells: [formatShortDate(task.due, lang), describeTask(task, t), task.owner ?? ''],
      alert: task.overdue,
    })),
  }
}

/** The after-visit report: the briefing's cover, programme and lists, then what came of it. */
export function buildVisitReport(
  visit: Visit,
  directory: Directory,
  options: ReportOptions,
  context: BriefingContext,
): BriefingDocument {
  const lang = options.lang ?? 'ru'
  const t = (key: string, params?: MessageParams) => translateComputed(lang, key, params)
  const base = buildBriefing(
    visit,
    directory,
    {
      lang,
      variant: 'full',
      // Passport data never goes into a report.
      includeSensitive: false,
      ...(options.classification !== undefined ? { classification: options.classification } : {}),
      sections: BRIEFING_SECTIONS.map((id) => ({ id, on: FROM_BRIEFING.includes(id) })),
    },
    context,
  )
  const r: ReportScope = {
    ...{ visit, directory, context, lang, t },
    people: new Map(directory.people.map((p) => [p.id, p])),
  }
  const byId = new Map(base.sections.map((s) => [s.id, s]))
  const cover = byId.get('cover')
  const programme = byId.get('programme')
  const present = <T extends { rows: unknown[] }>(table: T) =>
    table.rows.length > 0 ? [table] : []
  // Results first, then what was signed and promised, what is open; the programme as held and
  // the lists follow as the annex.
  const sections: BriefingSection[] = [
    ...(cover?.kind === 'cover' ? [{ ...cover, heading: t('report.heading'), compact: true }] : []),
    resultsSection(r),
    ...(r.visit.agreements.some((a) => a.status === 'signed') ? [signedSection(r)] : []),
    ...present(followUpsSection(r)),
    ...present(tasksSection(r)),
    ...present(giftsSection(r)),
    ...(programme?.kind === 'programme' ? [{ ...programme, heading: t('report.programme') }] : []),
    ...['delegation', 'hosts'].flatMap((id) => byId.get(id as BriefingSectionId) ?? []),
  ]
  return { ...base, subtitle: t('report.heading'), sections }
}
