import type {
  ExportFormat,
  ExportOptions,
  ExportedFile,
  HistoryEntry,
} from '../../shared/api/contract'
import { AppError } from '../../shared/api/errors'
import { BRIEFING_SECTIONS, type BriefingDocument } from '../../shared/briefing/briefing-document'
import { buildBriefing } from '../../shared/briefing/build-briefing'
import { renderBriefingHtml } from '../../shared/briefing/render-briefing-html'
import type { Visit } from '../../shared/domain/visit'
import { buildVisitReport } from '../../shared/report/build-report'
import { buildAccessRequest } from '../../shared/paperwork/access-request'
import { computeEstimate, estimateDocument, type Estimate } from '../../shared/paperwork/estimate'
import { estimateXlsx } from './xlsx-export'
import {
  draftPressRelease,
  readPressText,
  type PressRelease,
} from '../../shared/report/press-release'
import { exportFileName } from '../../shared/exports/file-name'
import { buildIcs } from '../../shared/exports/ics'
import { translate } from '../../shared/i18n/translate'
import type { Clock } from '../../shared/time/clock'
import { formatDateRange, toLocalDate } from '../../shared/time/local-date'
import { fontCssFor } from './briefing-fonts'
import type { DirectoryService } from './directory-service'
import { writeBundle } from './bundles'
import { documentDocx, pressReleaseDocx, programmeDocx } from './docx-export'
import { referencedDirectory } from './templates-service'
import type { PdfPrinter } from './pdf-printer'
import type { SettingsService } from './settings-service'
import type { TemplatesService } from './templates-service'
import type { VisitsService } from './visits-service'
import type { EditionsService } from './editions-service'

interface Deps {
  visits: VisitsService
  editions: EditionsService
  directory: DirectoryService
  templates: TemplatesService
  settings: SettingsService
  clock: Clock
  printer?: PdfPrinter
}

const same = (a: string, b: string) =>
  a.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase()

/** A visit as a history entry, with its signed documents and who signed them. */
function historyOf(
  v: Visit,
  visitId?: string,
): { entry: HistoryEntry; signed: { entry: HistoryEntry; signatoryIds: string[] }[] } {
  const id = visitId ? { visitId } : {}
  return {
    entry: {
      date: v.startDate,
      endDate: v.endDate,
      kind: 'visit',
      title: v.title,
      direction: v.direction,
      status: v.status,
      ...id,
    },
    signed: v.agreements
      .filter((a) => a.status === 'signed')
      .map((a) => ({
        signatoryIds: a.signatoryIds,
        entry: {
          date: a.signedOn ?? v.startDate,
          kind: 'agreement' as const,
          title: a.title,
          direction: v.direction,
          status: a.status,
          ...id,
        },
      })),
  }
}

/** The entries once each (a template and its visit tell the same event), oldest first. */
function uniqueByDate(entries: HistoryEntry[]): HistoryEntry[] {
  const seen = new Set<string>()
  return entries
    .filter((e) => {
      const key = `${e.kind}|${e.date}|${e.title}`
      return seen.has(key) ? false : (seen.add(key), true)
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind))
}

/** The briefing, its preview HTML and the exports (PDF, ICS, DOCX) of a visit. */
export class BriefingService {
  constructor(private readonly deps: Deps) {}

  /** Every visit of the archive (with its id) and of the templates, for the histories below. */
  private *allVisits(): Generator<{ visit: Visit; visitId?: string }> {
    for (const summary of this.deps.visits.list())
      yield { visit: this.deps.visits.get(summary.id).visit, visitId: summary.id }
    for (const summary of this.deps.templates.list())
      yield { visit: this.deps.templates.get(summary.id).visit }
  }

  /**
   * Every visit both ways and every document signed with a partner (region, else country), from the
   * archive and the templates, oldest first: the counterpart's history.
   */
  history(partner: { country: string; region: string }): HistoryEntry[] {
    const matches = (v: Pick<Visit, 'partnerRegion' | 'partnerCountry'>) =>
      partner.region.trim()
        ? same(v.partnerRegion, partner.region)
        : same(v.partnerCountry, partner.country)
    const out: HistoryEntry[] = []
    for (const { visit, visitId } of this.allVisits()) {
      if (!matches(visit)) continue
      const { entry, signed } = historyOf(visit, visitId)
      out.push(entry, ...signed.map((s) => s.entry))
    }
    return uniqueByDate(out)
  }

  /**
   * For each participant of a visit, the other visits of the archive and the templates they took
   * part in and the documents they signed there: 'earlier contacts with the region' in the bios.
   */
  personHistory(current: Visit): Record<string, HistoryEntry[]> {
    const wanted = new Set(current.participantIds)
    const out: Record<string, HistoryEntry[]> = {}
    const push = (id: string, e: HistoryEntry) => {
      if (wanted.has(id)) (out[id] ??= []).push(e)
    }
    for (const { visit, visitId } of this.allVisits()) {
      if (visitId === current.id) continue
      const { entry, signed } = historyOf(visit, visitId)
      for (const id of visit.participantIds) push(id, entry)
      for (const s of signed) for (const id of s.signatoryIds) push(id, s.entry)
    }
    for (const id of Object.keys(out)) out[id] = uniqueByDate(out[id]!)
    return out
  }

  async document(visitId: string, options: ExportOptions): Promise<BriefingDocument> {
    const visit = this.deps.visits.get(visitId).visit
    const now = this.deps.clock.now()
    return buildBriefing(visit, this.deps.directory.get().directory, options, {
      generatedAt: now,
      today: toLocalDate(now),
      settings: this.deps.settings.get().planning,
      history: this.history({ country: visit.partnerCountry, region: visit.partnerRegion }),
      editions: await this.deps.editions.list(visitId),
      personHistory: this.personHistory(visit),
    })
  }

  /** The after-visit report as a document. */
  async report(visitId: string, options: ExportOptions): Promise<BriefingDocument> {
    const visit = this.deps.visits.get(visitId).visit
    const now = this.deps.clock.now()
    return buildVisitReport(
      visit,
      this.deps.directory.get().directory,
      {
        lang: options.lang ?? 'ru',
        ...(options.classification !== undefined ? { classification: options.classification } : {}),
      },
      {
        generatedAt: now,
        today: toLocalDate(now),
        settings: this.deps.settings.get().planning,
        history: [],
        editions: await this.deps.editions.list(visitId),
      },
    )
  }

  /**
   * The letter to a site and its visitor list, with the passport data the list asks for. Built only
   * when exported; nothing of it is logged.
   */
  accessRequest(visitId: string, venueId: string): BriefingDocument {
    const visit = this.deps.visits.get(visitId).visit
    const directory = this.deps.directory.get().directory
    const venue = directory.venues.find((v) => v.id === venueId)
    if (!venue || !visit.items.some((i) => i.venueId === venueId))
      throw new AppError('not-found', 'venue not in the programme', { key: 'access.noVenue' })
    return buildAccessRequest(visit, directory, venue, {
      generatedAt: this.deps.clock.now(),
      settings: this.deps.settings.get().planning,
    })
  }

  estimate(visitId: string): Estimate {
    const visit = this.deps.visits.get(visitId).visit
    return computeEstimate(
      visit,
      this.deps.directory.get().directory,
      this.deps.settings.get().costNorms,
    )
  }

  async reportHtml(visitId: string, options: ExportOptions): Promise<string> {
    const doc = await this.report(visitId, options)
    return renderBriefingHtml(doc, { fontCss: await fontCssFor(JSON.stringify(doc)) })
  }

  /** The draft press release, with the partner's earlier visits and documents as its background. */
  pressRelease(visitId: string): PressRelease {
    const visit = this.deps.visits.get(visitId).visit
    return draftPressRelease(visit, this.deps.directory.get().directory, {
      hostRegion: this.deps.settings.get().planning.hostRegion,
      today: toLocalDate(this.deps.clock.now()),
      history: this.history({ country: visit.partnerCountry, region: visit.partnerRegion }),
    })
  }

  async html(visitId: string, options: ExportOptions): Promise<string> {
    const doc = await this.document(visitId, options)
    return renderBriefingHtml(doc, { fontCss: await fontCssFor(JSON.stringify(doc)) })
  }

  async export(
    visitId: string,
    format: ExportFormat,
    options: ExportOptions,
  ): Promise<ExportedFile> {
    const visit = this.deps.visits.get(visitId).visit
    const lang = options.lang ?? 'ru'
    const t = (key: string) => translate(lang, key)
    let bytes: Uint8Array
    let name: string
    let mimeType: string
    if (format === 'pdf') {
      const printer = this.deps.printer
      if (!printer)
        throw new AppError('io', 'no PDF printer', { key: 'briefing.options.printerMissing' })
      bytes = await printer.print(await this.html(visitId, options))
      const variant = options.variant ?? 'full'
      name = exportFileName(
        [t(`briefing.options.variants.${variant}`).split(' (')[0]!, visit.title, visit.startDate],
        'pdf',
      )
      mimeType = 'application/pdf'
    } else if (format === 'report-pdf' || format === 'report-docx') {
      if (format === 'report-pdf') {
        const printer = this.deps.printer
        if (!printer)
          throw new AppError('io', 'no PDF printer', { key: 'briefing.options.printerMissing' })
        bytes = await printer.print(await this.reportHtml(visitId, options))
        mimeType = 'application/pdf'
      } else {
        bytes = await documentDocx(await this.report(visitId, options))
        mimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      }
      name = exportFileName(
        [t('report.heading'), visit.title, visit.startDate],
        format === 'report-pdf' ? 'pdf' : 'docx',
      )
    } else if (format === 'access-pdf' || format === 'access-docx') {
      const doc = this.accessRequest(visitId, options.venueId ?? '')
      if (format === 'access-pdf') {
        const printer = this.deps.printer
        if (!printer)
          throw new AppError('io', 'no PDF printer', { key: 'briefing.options.printerMissing' })
        bytes = await printer.print(
          renderBriefingHtml(doc, { fontCss: await fontCssFor(JSON.stringify(doc)) }),
        )
        mimeType = 'application/pdf'
      } else {
        bytes = await documentDocx(doc)
        mimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      }
      const venue = doc.title.split(': ').slice(1).join(': ')
      name = exportFileName(
        [t('access.fileName'), venue, visit.startDate],
        format === 'access-pdf' ? 'pdf' : 'docx',
      )
    } else if (format === 'estimate-pdf' || format === 'estimate-xlsx') {
      const estimate = this.estimate(visitId)
      if (format === 'estimate-pdf') {
        const printer = this.deps.printer
        if (!printer)
          throw new AppError('io', 'no PDF printer', { key: 'briefing.options.printerMissing' })
        const doc = estimateDocument(visit, estimate, this.deps.clock.now())
        bytes = await printer.print(
          renderBriefingHtml(doc, { fontCss: await fontCssFor(JSON.stringify(doc)) }),
        )
        mimeType = 'application/pdf'
      } else {
        bytes = await estimateXlsx(
          visit.title,
          formatDateRange(visit.startDate, visit.endDate, 'ru'),
          estimate,
        )
        mimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      }
      name = exportFileName(
        [t('estimate.fileName'), visit.title, visit.startDate],
        format === 'estimate-pdf' ? 'pdf' : 'xlsx',
      )
    } else if (format === 'press-docx') {
      bytes = await pressReleaseDocx(
        options.pressText?.trim() ? readPressText(options.pressText) : this.pressRelease(visitId),
      )
      name = exportFileName([t('report.pressTitle'), visit.title, visit.startDate], 'docx')
      mimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    } else if (format === 'ics') {
      const person = options.personId
        ? this.deps.directory.get().directory.people.find((p) => p.id === options.personId)
        : undefined
      const text = buildIcs(visit, this.deps.directory.get().directory, {
        lang,
        personId: options.personId,
        generatedAt: this.deps.clock.now(),
      })
      bytes = new TextEncoder().encode(text)
      name = exportFileName([visit.title, person?.fullName ?? '', visit.startDate], 'ics')
      mimeType = 'text/calendar'
    } else if (format === 'bundle') {
      const directory = referencedDirectory(visit, this.deps.directory.get().directory)
      const text = writeBundle(visit, directory, this.deps.clock.now(), options.includeSensitive)
      bytes = new TextEncoder().encode(text)
      name = exportFileName([visit.title, visit.startDate], 'dvisit.json')
      mimeType = 'application/json'
    } else if (options.variant === 'working') {
      bytes = await programmeDocx(await this.document(visitId, options))
      name = exportFileName(
        [t('briefing.options.variants.working').split(' (')[0]!, visit.title, visit.startDate],
        'docx',
      )
      mimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    } else if (options.variant === 'guest') {
      bytes = await documentDocx(await this.document(visitId, options))
      name = exportFileName(
        [t('briefing.options.variants.guest'), visit.title, visit.startDate],
        'docx',
      )
      mimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    } else {
      bytes = await programmeDocx(
        await this.document(visitId, { ...options, variant: 'full', sections: onlyProgramme }),
      )
      name = exportFileName(
        [t('briefing.sections.programme'), visit.title, visit.startDate],
        'docx',
      )
      mimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    }
    return {
      fileName: name,
      mimeType,
      bytes: bytes.length,
      base64: Buffer.from(bytes).toString('base64'),
    }
  }
}

/** The DOCX carries the cover lines, the changes since the previous edition and the programme. */
const onlyProgramme = BRIEFING_SECTIONS.map((id) => ({
  id,
  on: id === 'cover' || id === 'changes' || id === 'programme',
}))
