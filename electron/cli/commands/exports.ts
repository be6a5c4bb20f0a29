import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { ExportedFile, VisitRecord } from '../../../shared/api/contract'
import { dispatch } from '../../../shared/api/dispatch'
import type { JournalEntry } from '../../../shared/domain/journal'
import { findVenue } from '../../../shared/paperwork/access-request'
import type { Estimate } from '../../../shared/paperwork/estimate'
import { toLocalDate } from '../../../shared/time/local-date'
import { fail, failWith, printJson, type CliIo, type Command, type Values } from '../context'

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

/** export-pdf, export-ics, export-docx, access-request, journal, estimate. */
export const exportCommands: Record<string, Command> = {
  'export-pdf': exportAs('pdf'),
  'export-ics': exportAs('ics'),
  'export-docx': exportAs('docx'),
  'access-request': async ({ api, rest, values, io }) => {
    if (!values.out) return fail(io, '--out FILE.docx or FILE.pdf is required')
    if (!values.venue) return fail(io, '--venue NAME_OR_ID is required')
    const got = await dispatch(api, 'getVisit', [rest[0]])
    if (!got.ok) return failWith(io, got.error)
    const visit = (got.value as VisitRecord).visit
    const found = findVenue(visit, (await api.getDirectory()).directory, values.venue)
    if ('error' in found) {
      const which =
        found.error === 'ambiguous'
          ? `'${values.venue}' fits several venues`
          : `no venue '${values.venue}' in this visit`
      return fail(io, `${which}: ${found.candidates.join('; ') || '—'}`)
    }
    const format = values.out.toLowerCase().endsWith('.pdf') ? 'access-pdf' : 'access-docx'
    const envelope = await dispatch(api, 'exportVisit', [
      visit.id,
      format,
      { venueId: found.venue.id },
    ])
    if (!envelope.ok) return failWith(io, envelope.error)
    return save(io, values.out, envelope.value as ExportedFile)
  },
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
