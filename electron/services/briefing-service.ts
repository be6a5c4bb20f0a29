import type { Letterhead } from '../../shared/domain/planning'
import { preflight, type PreflightIssue } from '../../shared/briefing/preflight'
import { digestOf, type VisitDigest } from '../../shared/domain/visit-digest'
import type {
  ExportFormat,
  ExportOptions,
  ExportedFile,
  HistoryEntry,
} from '../../shared/api/contract'
import { AppError } from '../../shared/api/errors'
import type { BriefingDocument } from '../../shared/briefing/briefing-document'
import { buildBriefing } from '../../shared/briefing/build-briefing'
import { renderBriefingHtml } from '../../shared/briefing/render-briefing-html'
import type { Directory } from '../../shared/domain/directory'
import type { Visit } from '../../shared/domain/visit'
import { buildAccessRequest, letterPreflight } from '../../shared/paperwork/access-request'
import { computeEstimate, type Estimate } from '../../shared/paperwork/estimate'
import { buildVisitReport } from '../../shared/report/build-report'
import { draftPressRelease, type PressRelease } from '../../shared/report/press-release'
import type { Clock } from '../../shared/time/clock'
import { toLocalDate } from '../../shared/time/local-date'
import { fontCssFor } from './briefing-fonts'
import type { DirectoryService } from './directory-service'
import type { EditionsService } from './editions-service'
import { EXPORTERS } from './exporters'
import type { PdfPrinter } from './pdf-printer'
import type { SettingsService } from './settings-service'
import type { TemplatesService } from './templates-service'
import type { VisitsService } from './visits-service'

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
  v: VisitDigest,
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
  private *allVisits(): Generator<{ visit: VisitDigest; visitId?: string }> {
    for (const digest of this.deps.visits.digests()) yield { visit: digest, visitId: digest.id }
    for (const summary of this.deps.templates.list())
      yield { visit: digestOf(this.deps.templates.get(summary.id).visit) }
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

  /** What is still open before the visit's papers go out (the guest copy refuses while any is). */
  async openQuestions(visitId: string, options: ExportOptions = {}): Promise<PreflightIssue[]> {
    const visit = (await this.deps.visits.get(visitId)).visit
    return preflight(visit, this.deps.directory.get().directory, {
      today: toLocalDate(this.deps.clock.now()),
      settings: this.deps.settings.get().planning,
      ...(options.second ? { second: options.second } : {}),
    })
  }

  /** The sender and signer of the department's papers (settings). */
  letterhead(): Letterhead {
    return this.deps.settings.get().planning.letterhead
  }

  /** What keeps a site's letter from being signed and sent as it is (names, data, deadline). */
  async letterQuestions(visitId: string, venueId: string): Promise<PreflightIssue[]> {
    const visit = (await this.deps.visits.get(visitId)).visit
    const directory = this.deps.directory.get().directory
    const venue = directory.venues.find((v) => v.id === venueId)
    if (!venue)
      throw new AppError('not-found', 'venue not in the programme', { key: 'access.noVenue' })
    return letterPreflight(visit, directory, venue, {
      settings: this.deps.settings.get().planning,
      today: toLocalDate(this.deps.clock.now()),
    })
  }

  async document(visitId: string, options: ExportOptions): Promise<BriefingDocument> {
    const visit = (await this.deps.visits.get(visitId)).visit
    const now = this.deps.clock.now()
    const open = options.variant === 'guest' ? [] : await this.openQuestions(visitId)
    return buildBriefing(visit, this.deps.directory.get().directory, options, {
      openQuestions: open.map((q) => q.text),
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
    const visit = (await this.deps.visits.get(visitId)).visit
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
  async accessRequest(visitId: string, venueId: string): Promise<BriefingDocument> {
    const visit = (await this.deps.visits.get(visitId)).visit
    const directory = this.deps.directory.get().directory
    const venue = directory.venues.find((v) => v.id === venueId)
    if (!venue || !visit.items.some((i) => i.venueId === venueId))
      throw new AppError('not-found', 'venue not in the programme', { key: 'access.noVenue' })
    return buildAccessRequest(visit, directory, venue, {
      generatedAt: this.deps.clock.now(),
      settings: this.deps.settings.get().planning,
    })
  }

  async estimate(visitId: string): Promise<Estimate> {
    const visit = (await this.deps.visits.get(visitId)).visit
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
  async pressRelease(visitId: string): Promise<PressRelease> {
    const visit = (await this.deps.visits.get(visitId)).visit
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

  /** The visit as a file of `format` (see EXPORTERS). */
  async export(
    visitId: string,
    format: ExportFormat,
    options: ExportOptions,
  ): Promise<ExportedFile> {
    const visit = (await this.deps.visits.get(visitId)).visit
    const context = { briefing: this, visit, options, printer: this.deps.printer }
    return EXPORTERS[format]({ ...context, now: this.deps.clock.now() })
  }

  /** The directory as it is now. */
  directory(): Directory {
    return this.deps.directory.get().directory
  }
}
