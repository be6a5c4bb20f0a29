import { writeFile } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import type { ExportFormat, ExportedFile, VisitRecord } from '../../../shared/api/contract'
import { dispatch } from '../../../shared/api/dispatch'
import type { JournalEntry } from '../../../shared/domain/journal'
import { findVenue } from '../../../shared/paperwork/access-request'
import type { Estimate } from '../../../shared/paperwork/estimate'
import { toLocalDate } from '../../../shared/time/local-date'
import {
  fail,
  failWith,
  printJson,
  type CliContext,
  type CliIo,
  type Command,
  type Values,
} from '../context'

/** Writes an exported file where --out says and prints its path. */
async function save(io: CliIo, out: string, file: ExportedFile): Promise<number> {
  const path = resolve(out)
  await writeFile(path, Buffer.from(file.base64, 'base64'))
  io.out(`${path}\n`)
  return 0
}

/** The export options the command line gives ('--lang ru+en' is the guest programme in two columns). */
function exportOptions(values: Values): Record<string, unknown> | string {
  const [lang, second] = (values.lang ?? '').split('+')
  if (second !== undefined && (lang !== 'ru' || !['en', 'kk', 'zh'].includes(second)))
    return '--lang takes ru, en, ru+en, ru+kk or ru+zh'
  return {
    ...(lang ? { lang } : {}),
    ...(second ? { second, variant: 'guest' } : {}),
    ...(values.pocket ? { variant: 'pocket' } : {}),
    ...(values['programme-only'] ? { variant: 'programme' } : {}),
    ...(values.variant ? { variant: values.variant } : {}),
    ...(values.approval ? { approval: true } : {}),
    ...(values.waive ? { waive: true } : {}),
    ...(values.sensitive ? { includeSensitive: true } : {}),
    ...(values.person ? { personId: values.person } : {}),
  }
}

const exportAs =
  (format: 'pdf' | 'ics' | 'docx'): Command =>
  async ({ api, rest, values, io }) => {
    if (!values.out) return fail(io, '--out FILE is required')
    const options = exportOptions(values)
    if (typeof options === 'string') return fail(io, options)
    const envelope = await dispatch(api, 'exportVisit', [rest[0], format, options])
    if (!envelope.ok) return failWith(io, envelope.error)
    return save(io, values.out, envelope.value as ExportedFile)
  }

/**
 * The site of an access request: the venue named (a unique part of its name is enough), or with
 * no name the one venue of the visit that admits visitors by list.
 */
async function siteOf(
  api: CliContext['api'],
  visitId: string,
  query: string | undefined,
): Promise<{ visitId: string; venueId: string } | { message: string }> {
  const got = await dispatch(api, 'getVisit', [visitId])
  if (!got.ok) return { message: got.error.message }
  const visit = (got.value as VisitRecord).visit
  const found = findVenue(visit, (await api.getDirectory()).directory, query ?? '')
  if (!('error' in found)) return { visitId: visit.id, venueId: found.venue.id }
  if (!query && found.candidates.length === 1) {
    const only = findVenue(visit, (await api.getDirectory()).directory, found.candidates[0]!)
    if (!('error' in only)) return { visitId: visit.id, venueId: only.venue.id }
  }
  const which = !query
    ? '--venue NAME_OR_ID is required'
    : found.error === 'ambiguous'
      ? `'${query}' fits several venues`
      : `no venue '${query}' in this visit`
  return { message: `${which}: ${found.candidates.join('; ') || '—'}` }
}

/** The documents of `export --doc`, each with the formats it is made in. */
export const EXPORT_DOCS = {
  briefing: ['pdf', 'docx'],
  programme: ['pdf', 'docx'],
  guest: ['pdf', 'docx'],
  working: ['pdf', 'docx'],
  pocket: ['pdf'],
  access: ['pdf', 'docx'],
  estimate: ['pdf', 'xlsx'],
  report: ['pdf', 'docx'],
  press: ['docx'],
  journal: ['docx', 'xlsx'],
  seating: ['pdf'],
  calendar: ['ics'],
} as const satisfies Record<string, readonly string[]>
type ExportDoc = keyof typeof EXPORT_DOCS

/** The contract's format and options for a document in a format. */
function formatOf(doc: ExportDoc, format: string): ExportFormat {
  switch (doc) {
    case 'briefing':
    case 'programme':
    case 'guest':
    case 'working':
    case 'pocket':
      return format === 'docx' ? 'docx' : 'pdf'
    case 'calendar':
      return 'ics'
    case 'press':
      return 'press-docx'
    default:
      return `${doc}-${format}` as ExportFormat
  }
}

/**
 * export VISIT_ID --doc DOC [--format pdf|docx|xlsx|ics] --out FILE: any paper of the visit, the
 * format taken from --out's extension when not given.
 */
async function exportDocument({ api, rest, values, io }: CliContext): Promise<number> {
  const docs = Object.keys(EXPORT_DOCS).join('|')
  const doc = values.doc as ExportDoc | undefined
  if (!doc || !Object.hasOwn(EXPORT_DOCS, doc)) return fail(io, `--doc ${docs} is required`)
  if (!values.out) return fail(io, '--out FILE is required')
  const allowed: readonly string[] = EXPORT_DOCS[doc]
  const format = (values.format ?? extname(values.out).slice(1)).toLowerCase()
  if (!allowed.includes(format))
    return fail(io, `--doc ${doc} is made as ${allowed.join(' or ')}, not '${format || '?'}'`)
  const visitId = rest[0] ?? ''
  if (doc === 'journal') {
    const got = await dispatch(api, 'getVisit', [visitId])
    if (!got.ok) return failWith(io, got.error)
    const { startDate, endDate } = (got.value as VisitRecord).visit
    const envelope = await dispatch(api, 'exportJournal', [startDate, endDate, format])
    if (!envelope.ok) return failWith(io, envelope.error)
    return save(io, values.out, envelope.value as ExportedFile)
  }
  const options = exportOptions({
    ...values,
    ...(['programme', 'guest', 'working', 'pocket'].includes(doc) ? { variant: doc } : {}),
  })
  if (typeof options === 'string') return fail(io, options)
  if (doc === 'guest' && !options.second && !options.lang) options.lang = 'ru'
  if (doc === 'access') {
    const site = await siteOf(api, visitId, values.venue)
    if ('message' in site) return fail(io, site.message)
    options.venueId = site.venueId
  }
  if (doc === 'seating') {
    if (!values.item)
      return fail(io, '--item ITEM_ID is required (the event with the seating plan)')
    options.itemId = values.item
  }
  const envelope = await dispatch(api, 'exportVisit', [visitId, formatOf(doc, format), options])
  if (!envelope.ok) return failWith(io, envelope.error)
  return save(io, values.out, envelope.value as ExportedFile)
}

/** export, export-pdf, export-ics, export-docx, access-request, journal, estimate. */
export const exportCommands: Record<string, Command> = {
  'export-pdf': exportAs('pdf'),
  'export-ics': exportAs('ics'),
  'export-docx': exportAs('docx'),
  'access-request': async ({ api, rest, values, io }) => {
    if (!values.out) return fail(io, '--out FILE.docx or FILE.pdf is required')
    if (!values.venue) return fail(io, '--venue NAME_OR_ID is required')
    const site = await siteOf(api, rest[0] ?? '', values.venue)
    if ('message' in site) return fail(io, site.message)
    const format = values.out.toLowerCase().endsWith('.pdf') ? 'access-pdf' : 'access-docx'
    const envelope = await dispatch(api, 'exportVisit', [
      site.visitId,
      format,
      { venueId: site.venueId, ...(values.waive ? { waive: true } : {}) },
    ])
    if (!envelope.ok) return failWith(io, envelope.error)
    return save(io, values.out, envelope.value as ExportedFile)
  },
  export: exportDocument,
  journal: async ({ api, values, io, clock }) => {
    const today = toLocalDate(clock.now())
    const from = values.from ?? `${today.slice(0, 4)}-01-01`
    const envelope = await dispatch(api, 'listJournal', [from, values.to ?? today])
    if (!envelope.ok) return fail(io, `--from and --to take YYYY-MM-DD: ${envelope.error.message}`)
    const entries = envelope.value as JournalEntry[]
    if (values.json) printJson(io, entries)
    else
      for (const e of entries) {
        const who = e.foreigners.map((f) => f.name).join('; ')
        const state = e.missing.length ? `to fill: ${e.missing.join(', ')}` : 'complete'
        io.out(`${e.number}\t${e.date} ${e.time}\t${e.place}\t${who}\t${state}\n`)
      }
    return 0
  },
  estimate: async ({ api, rest, values, io }) => {
    const envelope = await dispatch(api, 'getEstimate', [rest[0] ?? ''])
    if (!envelope.ok) return failWith(io, envelope.error)
    const { lines, total, currency, group, sample } = envelope.value as Estimate
    if (values.json) printJson(io, { lines, total, currency, group, sample })
    else {
      for (const l of lines)
        io.out(
          `${l.category}\t${l.description}\t${l.quantity} ${l.unit}\t${l.unitCost}\t${l.total}\n`,
        )
      io.out(`total\t${total} ${currency}${sample ? ' (sample norms)' : ''}\n`)
    }
    return 0
  },
}
