import type { ArchiveApi } from '../../../shared/api/contract'
import { AppError } from '../../../shared/api/errors'
import { agreementRegister } from '../../../shared/domain/agreement-register'
import { archiveOverview, isUpcoming } from '../../../shared/domain/archive-overview'
import type { JournalNote } from '../../../shared/domain/itinerary-item'
import { JOURNAL_COLUMNS, journalCells, journalEntries } from '../../../shared/domain/journal'
import type { Visit } from '../../../shared/domain/visit'
import { mayTouch } from '../../../shared/domain/visit-digest'
import { exportFileName } from '../../../shared/exports/file-name'
import { journalDocument } from '../../../shared/paperwork/journal-document'
import { formatShortDate, toLocalDate } from '../../../shared/time/local-date'
import { exportedFile, MIME } from '../exported-file'
import type { SearchOnDemand } from '../search-on-demand'
import type { AppDeps } from './deps'

/** Widths of the journal's columns in the Excel file (form 20). */
const JOURNAL_WIDTHS = [6, 22, 36, 34, 40, 34, 22, 24]

/** The journal's defaults of a visit, or the note of one meeting, with the officer's patch. */
function journalPatched(
  visit: Visit,
  itemId: string | null,
  patch: Partial<Record<'summary' | 'basis' | 'authorisedBy' | 'report', string>>,
): Visit {
  const clean = (v: string | undefined) => (v === undefined ? undefined : v.trim())
  if (itemId === null) {
    const current = visit.journal ?? { basis: '', authorisedBy: '', report: '' }
    return {
      ...visit,
      journal: {
        basis: clean(patch.basis) ?? current.basis,
        authorisedBy: clean(patch.authorisedBy) ?? current.authorisedBy,
        report: clean(patch.report) ?? current.report,
      },
    }
  }
  if (!visit.items.some((i) => i.id === itemId))
    throw new AppError('not-found', 'no such item', { key: 'error.itemNotFound' })
  const items = visit.items.map((item) => {
    if (item.id !== itemId) return item
    const note: JournalNote = { summary: '', ...item.journal }
    for (const key of ['summary', 'basis', 'authorisedBy', 'report'] as const) {
      const value = clean(patch[key])
      if (value === undefined) continue
      if (key === 'summary') note.summary = value
      else if (value) note[key] = value
      else delete note[key]
    }
    return { ...item, journal: note }
  })
  return { ...visit, items }
}

/** The archive as a whole: search, overview, the registers of documents and of receptions. */
export function archiveApi(d: AppDeps & { search: SearchOnDemand }): ArchiveApi {
  const { visits, directory, clock, briefing } = d
  /** The incoming visits that may have meetings between `from` and `to`, read one at a time. */
  const journalOf = async (from: string, to: string) => {
    const wanted: Visit[] = []
    for await (const visit of visits.visitsWhere(
      (d) => d.direction === 'incoming' && d.status !== 'cancelled' && mayTouch(d, from, to),
    ))
      wanted.push(visit)
    return journalEntries(wanted, directory.get().directory, from, to)
  }
  const today = () => toLocalDate(clock.now())
  return {
    counterpartHistory: async (partner) => briefing.history(partner),
    listAgreements: async () => agreementRegister(visits.digests(), today()),
    setFollowUpDone: async (visitId, agreementId, followUpId, done) => {
      const { visit, revision } = await visits.get(visitId)
      const agreement = visit.agreements.find((a) => a.id === agreementId)
      if (!agreement?.followUps.some((f) => f.id === followUpId))
        throw new AppError('not-found', `follow-up ${followUpId} not found`, {
          key: 'error.followUpNotFound',
        })
      const agreements = visit.agreements.map((a) =>
        a.id !== agreementId
          ? a
          : {
              ...a,
              followUps: a.followUps.map((f) => {
                if (f.id !== followUpId) return f
                const { doneOn: _previous, ...rest } = f
                return done ? { ...rest, done, doneOn: today() } : { ...rest, done }
              }),
            },
      )
      return visits.save({ ...visit, agreements }, revision)
    },
    archiveOverview: async () => {
      const ahead: Visit[] = []
      for await (const visit of visits.visitsWhere((d) => isUpcoming(d, today()))) ahead.push(visit)
      return archiveOverview(visits.digests(), ahead, directory.get().directory, today())
    },
    searchArchive: async (query, filters) => (await d.search.get()).search(query, filters),
    listJournal: (from, to) => journalOf(from, to),
    updateJournal: async (visitId, itemId, patch) => {
      const { visit, revision } = await visits.get(visitId)
      return visits.save(journalPatched(visit, itemId, patch), revision)
    },
    exportJournal: async (from, to, format) => {
      const entries = await journalOf(from, to)
      const period = `${formatShortDate(from, 'ru')}–${formatShortDate(to, 'ru')}`
      const title = `Журнал учёта приёма иностранных граждан за ${period}`
      const rows = entries.map((e) => journalCells(e, (date) => formatShortDate(date, 'ru')))
      const bytes =
        format === 'xlsx'
          ? await (
              await import('../xlsx-export')
            ).tableXlsx(
              title,
              'Журнал',
              JOURNAL_COLUMNS.map((header, i) => ({ header, width: JOURNAL_WIDTHS[i]! })),
              rows,
            )
          : await (
              await import('../docx-export')
            ).documentDocx(journalDocument(title, rows, clock.now()))
      const name = exportFileName(['Журнал приёма иностранных граждан', from, to], format)
      return exportedFile(name, MIME[format], bytes)
    },
  }
}
