// The files a visit can be exported as: one exporter per format, each turning the visit's
// documents (built by the briefing service) into bytes. Word and Excel writers are loaded when a
// file of theirs is made, not at every start.
import type { ExportFormat, ExportOptions, ExportedFile } from '../../shared/api/contract'
import { AppError } from '../../shared/api/errors'
import {
  BRIEFING_SECTIONS,
  type BriefingDocument,
  type BriefingVariant,
} from '../../shared/briefing/briefing-document'
import { renderBriefingHtml } from '../../shared/briefing/render-briefing-html'
import type { Visit } from '../../shared/domain/visit'
import { exportFileName } from '../../shared/exports/file-name'
import { buildIcs } from '../../shared/exports/ics'
import { translate, type MessageKey } from '../../shared/i18n/translate'
import { estimateDocument } from '../../shared/paperwork/estimate'
import { seatingPlanDocument } from '../../shared/paperwork/seating-plan'
import { readPressText } from '../../shared/report/press-release'
import { formatDateRange } from '../../shared/time/local-date'
import { fontCssFor } from './briefing-fonts'
import type { BriefingService } from './briefing-service'
import { writeBundle } from './bundles'
import { exportedFile, MIME } from './exported-file'
import type { PdfPrinter } from './pdf-printer'
import { referencedDirectory } from './templates-service'

/** What an exporter works with. */
export interface ExportContext {
  briefing: BriefingService
  visit: Visit
  options: ExportOptions
  printer?: PdfPrinter
  now: Date
}

export type Exporter = (ctx: ExportContext) => Promise<ExportedFile>

const say = (ctx: ExportContext, key: MessageKey) => translate(ctx.options.lang ?? 'ru', key)
const nameOf = (ctx: ExportContext, label: string, extension: string, what = ctx.visit.title) =>
  exportFileName([label, what, ctx.visit.startDate], extension)
/** A variant's name without its explanation in brackets ('Программа для гостей (…)'). */
const variantLabel = (ctx: ExportContext, variant: BriefingVariant) =>
  say(ctx, `briefing.options.variants.${variant}`).split(' (')[0]!

/** A document printed to PDF through the host's printer (Electron's or Chromium's). */
async function printed(ctx: ExportContext, doc: BriefingDocument): Promise<Uint8Array> {
  if (!ctx.printer)
    throw new AppError('io', 'no PDF printer', { key: 'briefing.options.printerMissing' })
  return ctx.printer.print(
    renderBriefingHtml(doc, { fontCss: await fontCssFor(JSON.stringify(doc)) }),
  )
}

const docx = () => import('./docx-export')

/** The DOCX carries the cover lines, the changes since the previous edition and the programme. */
const onlyProgramme = BRIEFING_SECTIONS.map((id) => ({
  id,
  on: id === 'cover' || id === 'changes' || id === 'programme',
}))

/** Every format of the contract, each with its exporter. */
export const EXPORTERS: Record<ExportFormat, Exporter> = {
  pdf: async (ctx) => {
    const doc = await ctx.briefing.document(ctx.visit.id, ctx.options)
    const label = variantLabel(ctx, ctx.options.variant ?? 'full')
    return exportedFile(nameOf(ctx, label, 'pdf'), MIME.pdf, await printed(ctx, doc))
  },
  docx: async (ctx) => {
    const { briefing, visit, options } = ctx
    if (options.variant === 'working') {
      const doc = await briefing.document(visit.id, options)
      const bytes = await (await docx()).programmeDocx(doc)
      return exportedFile(nameOf(ctx, variantLabel(ctx, 'working'), 'docx'), MIME.docx, bytes)
    }
    if (options.variant === 'guest') {
      const bytes = await (await docx()).documentDocx(await briefing.document(visit.id, options))
      const label = say(ctx, 'briefing.options.variants.guest')
      return exportedFile(nameOf(ctx, label, 'docx'), MIME.docx, bytes)
    }
    const doc = await briefing.document(visit.id, {
      ...options,
      variant: 'full',
      sections: onlyProgramme,
    })
    const bytes = await (await docx()).programmeDocx(doc)
    const label = say(ctx, 'briefing.sections.programme')
    return exportedFile(nameOf(ctx, label, 'docx'), MIME.docx, bytes)
  },
  'report-pdf': async (ctx) => {
    const doc = await ctx.briefing.report(ctx.visit.id, ctx.options)
    return exportedFile(
      nameOf(ctx, say(ctx, 'report.heading'), 'pdf'),
      MIME.pdf,
      await printed(ctx, doc),
    )
  },
  'report-docx': async (ctx) => {
    const doc = await ctx.briefing.report(ctx.visit.id, ctx.options)
    const bytes = await (await docx()).documentDocx(doc)
    return exportedFile(nameOf(ctx, say(ctx, 'report.heading'), 'docx'), MIME.docx, bytes)
  },
  'access-pdf': async (ctx) => {
    const doc = await ctx.briefing.accessRequest(ctx.visit.id, ctx.options.venueId ?? '')
    const venue = doc.title.split(': ').slice(1).join(': ')
    const name = nameOf(ctx, say(ctx, 'access.fileName'), 'pdf', venue)
    return exportedFile(name, MIME.pdf, await printed(ctx, doc))
  },
  'access-docx': async (ctx) => {
    const doc = await ctx.briefing.accessRequest(ctx.visit.id, ctx.options.venueId ?? '')
    const venue = doc.title.split(': ').slice(1).join(': ')
    const name = nameOf(ctx, say(ctx, 'access.fileName'), 'docx', venue)
    return exportedFile(name, MIME.docx, await (await docx()).documentDocx(doc))
  },
  'estimate-pdf': async (ctx) => {
    const head = ctx.briefing.letterhead()
    const doc = estimateDocument(ctx.visit, await ctx.briefing.estimate(ctx.visit.id), ctx.now, {
      position: head.signerPosition,
      name: head.signerName,
    })
    const name = nameOf(ctx, say(ctx, 'estimate.fileName'), 'pdf')
    return exportedFile(name, MIME.pdf, await printed(ctx, doc))
  },
  'estimate-xlsx': async (ctx) => {
    const { visit } = ctx
    const { estimateXlsx } = await import('./xlsx-export')
    const dates = formatDateRange(visit.startDate, visit.endDate, 'ru')
    const bytes = await estimateXlsx(visit.title, dates, await ctx.briefing.estimate(visit.id))
    return exportedFile(nameOf(ctx, say(ctx, 'estimate.fileName'), 'xlsx'), MIME.xlsx, bytes)
  },
  'seating-pdf': async (ctx) => {
    const item = ctx.visit.items.find((i) => i.id === ctx.options.itemId)
    if (!item) throw new AppError('not-found', 'no such item', { key: 'seating.itemMissing' })
    const doc = seatingPlanDocument(ctx.visit, item, ctx.briefing.directory(), ctx.now)
    const name = nameOf(ctx, say(ctx, 'seating.title'), 'pdf', item.title)
    return exportedFile(name, MIME.pdf, await printed(ctx, doc))
  },
  'press-docx': async (ctx) => {
    const { options, briefing, visit } = ctx
    const release = options.pressText?.trim()
      ? readPressText(options.pressText)
      : await briefing.pressRelease(visit.id)
    const bytes = await (await docx()).pressReleaseDocx(release)
    return exportedFile(nameOf(ctx, say(ctx, 'report.pressTitle'), 'docx'), MIME.docx, bytes)
  },
  ics: async (ctx) => {
    const { visit, options, briefing } = ctx
    const directory = briefing.directory()
    const person = options.personId
      ? directory.people.find((p) => p.id === options.personId)
      : undefined
    const text = buildIcs(visit, directory, {
      lang: options.lang ?? 'ru',
      personId: options.personId,
      generatedAt: ctx.now,
    })
    const name = exportFileName([visit.title, person?.fullName ?? '', visit.startDate], 'ics')
    return exportedFile(name, MIME.ics, text)
  },
  bundle: async (ctx) => {
    const { visit, options, briefing } = ctx
    const directory = referencedDirectory(visit, briefing.directory())
    const text = writeBundle(visit, directory, ctx.now, options.includeSensitive)
    return exportedFile(
      exportFileName([visit.title, visit.startDate], 'dvisit.json'),
      MIME.json,
      text,
    )
  },
}
