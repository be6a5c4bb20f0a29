import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { findVenue } from '../../shared/paperwork/access-request'
import type { Estimate } from '../../shared/paperwork/estimate'
import type { JournalEntry } from '../../shared/domain/journal'
import { readFile, writeFile } from 'node:fs/promises'
import type { ImportDraft } from '../../shared/import/draft'
import type { SearchHit } from '../../shared/search/search-index'
import type {
  EditionSummary,
  ExportedFile,
  PlannerApi,
  VisitRecord,
} from '../../shared/api/contract'
import { dispatch } from '../../shared/api/dispatch'
import { planningReport } from '../../shared/domain/planning-report'
import { systemClock, type Clock } from '../../shared/time/clock'
import { toLocalDate } from '../../shared/time/local-date'
import { ChromiumPdfPrinter } from '../node-host/pdf-printer-chromium'
import { createAppApi } from '../services/create-app-api'
import { defaultDataDir, repoBundledDir } from '../services/paths'

export interface CliIo {
  out(text: string): void
  err(text: string): void
}

const USAGE = `Delegation Planner CLI
Usage: npm run --silent cli -- COMMAND [options] --data-dir DIR

Commands:
  list [--json]              the visits of the archive
  templates [--json]         the templates, each with id and title
  show VISIT_ID              one visit as JSON
  from-template TEMPLATE_ID [--start YYYY-MM-DD]
                             a new visit copied from a template (moved to start that day);
                             prints the new visit's id
  conflicts VISIT_ID [--json]
                             the programme's conflicts and the preparation tasks with due dates
  export-pdf VISIT_ID --out FILE [--lang ru|en|ru+en|ru+kk|ru+zh]
             [--pocket | --programme-only | --variant guest|working]
             [--approval] [--sensitive]
                             the briefing as A4 PDF (Chromium); prints the output path
  export-ics VISIT_ID --out FILE [--lang ru|en] [--person PERSON_ID]
                             the programme as a calendar file
  export-docx VISIT_ID --out FILE [--lang ru|en|ru+en|ru+kk|ru+zh]
              [--variant guest|working [--approval]]
                             the programme as an editable Word table
  journal [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
                             the journal of receptions of foreign citizens (form 20) for a period
                             (this year to date by default), from the incoming visits' meetings
  estimate VISIT_ID [--json]  the cost estimate from the norms of the visit's group (settings):
                             { lines: [{ category, description, quantity, unit, unitCost, total }],
                               total, currency }
  access-request VISIT_ID --venue NAME_OR_ID --out FILE.docx|FILE.pdf
                             the letter to a site that admits visitors by list, with the list in
                             the site's columns (passport data included); a unique part of the
                             venue's name is enough
  import FILE [--year YYYY]  a visit bundle, calendar (.ics), Word programme (.docx) or press-release
                             text, type found from the content; everything read is kept; prints the id
  import-text FILE [--year YYYY] --json
                             the draft a press-release text gives, as JSON, without saving it
  search QUERY [--json]      ranked hits across visits, documents, people, organisations, venues
  issue-edition VISIT_ID     issues the programme as a new edition (the last one if unchanged);
                             prints its number
  editions VISIT_ID [--json] the editions, each with what changed since the one before
  check [--json]             validate every file; exits 1 if any file is quarantined or refused
  call METHOD 'ARGS_JSON'    call any contract method, e.g. call getVisit '["abc"]'
`

/** Runs one CLI command over the same services as the app; returns the exit code. */
export async function runCli(
  argv: string[],
  io: CliIo,
  bundledDir = repoBundledDir,
  clock: Clock = systemClock,
): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        start: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        pocket: { type: 'boolean' },
        'programme-only': { type: 'boolean' },
        variant: { type: 'string' },
        approval: { type: 'boolean' },
        sensitive: { type: 'boolean' },
        person: { type: 'string' },
        year: { type: 'string' },
        venue: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        help: { type: 'boolean' },
      },
    })
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  const [command, ...rest] = positionals
  if (!command || values.help) {
    io.out(USAGE)
    return command || values.help ? 0 : 2
  }
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir())
  const pdf = argv.some((a) => a.toLowerCase().endsWith('.pdf'))
  const printer =
    command === 'export-pdf' || (command === 'access-request' && pdf)
      ? new ChromiumPdfPrinter()
      : undefined
  try {
    const api = await createAppApi({ dataDir, bundledDir, clock, printer })
    try {
      return await run(api, command, rest, values, io, clock)
    } finally {
      await api.close()
    }
  } finally {
    await printer?.close()
  }
}

type Values = {
  json?: boolean
  start?: string
  out?: string
  lang?: string
  pocket?: boolean
  'programme-only'?: boolean
  variant?: string
  approval?: boolean
  sensitive?: boolean
  person?: string
  year?: string
  venue?: string
  from?: string
  to?: string
}

async function run(
  api: PlannerApi,
  command: string,
  rest: string[],
  values: Values,
  io: CliIo,
  clock: Clock,
): Promise<number> {
  const json = (value: unknown) => io.out(`${JSON.stringify(value, null, 2)}\n`)

  switch (command) {
    case 'list': {
      const visits = await api.listVisits()
      if (values.json) json(visits)
      else
        for (const v of visits)
          io.out(`${v.id}\t${v.startDate}–${v.endDate}\t${v.status}\t${v.title}\n`)
      return 0
    }
    case 'templates': {
      const templates = await api.listTemplates()
      if (values.json) json(templates)
      else for (const t of templates) io.out(`${t.id}\t${t.dayCount} d\t${t.title}\n`)
      return 0
    }
    case 'show': {
      const envelope = await dispatch(api, 'getVisit', [rest[0]])
      if (!envelope.ok) return fail(io, envelope.error.message)
      json(envelope.value)
      return 0
    }
    case 'from-template': {
      const options = values.start === undefined ? [] : [{ startDate: values.start }]
      const envelope = await dispatch(api, 'createVisitFromTemplate', [rest[0], ...options])
      if (!envelope.ok) return fail(io, envelope.error.message)
      io.out(`${(envelope.value as VisitRecord).visit.id}\n`)
      return 0
    }
    case 'conflicts': {
      const envelope = await dispatch(api, 'getVisit', [rest[0]])
      if (!envelope.ok) return fail(io, envelope.error.message)
      const report = planningReport(
        (envelope.value as VisitRecord).visit,
        (await api.getDirectory()).directory,
        (await api.getSettings()).planning,
        toLocalDate(clock.now()),
      )
      if (values.json) json(report)
      else {
        for (const c of report.conflicts) io.out(`${c.severity}\t${c.date ?? ''}\t${c.message}\n`)
        for (const t of report.tasks) io.out(`task\t${t.due}\t${t.status}\t${t.message}\n`)
      }
      return 0
    }
    case 'export-pdf':
    case 'export-ics':
    case 'export-docx': {
      if (!values.out) return fail(io, '--out FILE is required')
      const format = command.slice('export-'.length)
      // '--lang ru+en': the guest programme and lists with a second column (en, kk or zh).
      const [lang, second] = (values.lang ?? '').split('+')
      if (second !== undefined && (lang !== 'ru' || !['en', 'kk', 'zh'].includes(second)))
        return fail(io, '--lang takes ru, en, ru+en, ru+kk or ru+zh')
      const options = {
        ...(lang ? { lang } : {}),
        ...(second ? { second, variant: 'guest' } : {}),
        ...(values.pocket ? { variant: 'pocket' } : {}),
        ...(values['programme-only'] ? { variant: 'programme' } : {}),
        ...(values.variant ? { variant: values.variant } : {}),
        ...(values.approval ? { approval: true } : {}),
        ...(values.sensitive ? { includeSensitive: true } : {}),
        ...(values.person ? { personId: values.person } : {}),
      }
      const envelope = await dispatch(api, 'exportVisit', [rest[0], format, options])
      if (!envelope.ok) return fail(io, envelope.error.message)
      const file = envelope.value as ExportedFile
      const out = resolve(values.out)
      await writeFile(out, Buffer.from(file.base64, 'base64'))
      io.out(`${out}\n`)
      return 0
    }
    case 'journal': {
      const today = toLocalDate(clock.now())
      const from = values.from ?? `${today.slice(0, 4)}-01-01`
      const to = values.to ?? today
      const envelope = await dispatch(api, 'listJournal', [from, to])
      if (!envelope.ok)
        return fail(io, `--from and --to take YYYY-MM-DD: ${envelope.error.message}`)
      const entries = envelope.value as JournalEntry[]
      if (values.json) json(entries)
      else
        for (const e of entries)
          io.out(
            `${e.number}\t${e.date} ${e.time}\t${e.place}\t${e.foreigners.map((f) => f.name).join('; ')}\t${e.missing.length ? `to fill: ${e.missing.join(', ')}` : 'complete'}\n`,
          )
      return 0
    }
    case 'estimate': {
      const envelope = await dispatch(api, 'getEstimate', [rest[0] ?? ''])
      if (!envelope.ok) return fail(io, envelope.error.message)
      const estimate = envelope.value as Estimate
      if (values.json)
        json({
          lines: estimate.lines,
          total: estimate.total,
          currency: estimate.currency,
          group: estimate.group,
          sample: estimate.sample,
        })
      else {
        for (const l of estimate.lines)
          io.out(
            `${l.category}\t${l.description}\t${l.quantity} ${l.unit}\t${l.unitCost}\t${l.total}\n`,
          )
        io.out(
          `total\t${estimate.total} ${estimate.currency}${estimate.sample ? ' (sample norms)' : ''}\n`,
        )
      }
      return 0
    }
    case 'access-request': {
      if (!values.out) return fail(io, '--out FILE.docx or FILE.pdf is required')
      if (!values.venue) return fail(io, '--venue NAME_OR_ID is required')
      const got = await dispatch(api, 'getVisit', [rest[0]])
      if (!got.ok) return fail(io, got.error.message)
      const visit = (got.value as VisitRecord).visit
      const found = findVenue(visit, (await api.getDirectory()).directory, values.venue)
      if ('error' in found)
        return fail(
          io,
          `${found.error === 'ambiguous' ? `'${values.venue}' fits several venues` : `no venue '${values.venue}' in this visit`}: ${found.candidates.join('; ') || '—'}`,
        )
      const format = values.out.toLowerCase().endsWith('.pdf') ? 'access-pdf' : 'access-docx'
      const envelope = await dispatch(api, 'exportVisit', [
        visit.id,
        format,
        { venueId: found.venue.id },
      ])
      if (!envelope.ok) return fail(io, envelope.error.message)
      const out = resolve(values.out)
      await writeFile(out, Buffer.from((envelope.value as ExportedFile).base64, 'base64'))
      io.out(`${out}\n`)
      return 0
    }
    case 'import':
    case 'import-text': {
      const file = rest[0]
      if (!file) return fail(io, 'FILE is required')
      let bytes: Buffer
      try {
        bytes = await readFile(resolve(file))
      } catch {
        return fail(io, `cannot read ${file}`)
      }
      const year = values.year === undefined ? undefined : Number(values.year)
      if (year !== undefined && !Number.isInteger(year)) return fail(io, '--year must be a year')
      const name = basename(file)
      const read = await dispatch(api, 'readImport', [
        name,
        bytes.toString('base64'),
        year === undefined ? {} : { year },
      ])
      if (!read.ok) return fail(io, read.error.message)
      const draft = read.value as ImportDraft
      if (command === 'import-text') {
        json(draft)
        return 0
      }
      const envelope =
        draft.kind === 'bundle'
          ? await dispatch(api, 'importBundle', [bytes.toString('utf8'), 'copy'])
          : await dispatch(api, 'acceptImport', [
              draft,
              {
                items: draft.items.map((i) => i.key),
                documents: draft.documents.map((d) => d.key),
                people: draft.people.map((p) => p.key),
              },
            ])
      if (!envelope.ok) return fail(io, envelope.error.message)
      io.out(`${(envelope.value as VisitRecord).visit.id}\n`)
      return 0
    }
    case 'search': {
      const envelope = await dispatch(api, 'searchArchive', [rest.join(' '), {}])
      if (!envelope.ok) return fail(io, envelope.error.message)
      const hits = envelope.value as SearchHit[]
      if (values.json) json(hits)
      else for (const h of hits) io.out(`${h.score.toFixed(1)}\t${h.kind}\t${h.title}\n`)
      return 0
    }
    case 'issue-edition': {
      const envelope = await dispatch(api, 'issueEdition', [rest[0] ?? ''])
      if (!envelope.ok) return fail(io, envelope.error.message)
      const edition = envelope.value as EditionSummary
      io.out(`${edition.number}\n`)
      return 0
    }
    case 'editions': {
      const envelope = await dispatch(api, 'listEditions', [rest[0] ?? ''])
      if (!envelope.ok) return fail(io, envelope.error.message)
      const { editions } = envelope.value as { editions: EditionSummary[] }
      const out = editions.map((e) => ({
        number: e.number,
        issuedAt: e.issuedAt,
        changes: e.changes.map((c) => ({ kind: c.kind, itemId: c.itemId, text: c.text })),
      }))
      if (values.json) json(out)
      else
        for (const e of out)
          io.out(`${e.number}\t${e.issuedAt}\t${e.changes.map((c) => c.text).join(' ')}\n`)
      return 0
    }
    case 'check': {
      const report = await api.getStorageReport()
      const key = await api.getDepartmentKey()
      if (values.json) json({ ...report, departmentKey: key })
      else {
        io.out(`Data folder: ${report.dataDir}${report.readOnly ? ' (read-only)' : ''}\n`)
        for (const q of report.quarantined)
          io.out(`quarantined: ${q.file} → ${q.movedTo}: ${q.reason}\n`)
        for (const r of report.refused)
          io.out(`refused (schema ${r.schemaVersion} is newer): ${r.file}\n`)
        for (const c of report.syncConflicts ?? [])
          io.out(`two versions of visit ${c.visitId}: visits/${c.file} (${c.engine})\n`)
        const { department, computer, locked } = key.sealed
        io.out(
          key.archive
            ? `Department key: ${key.archive.name} (${key.archive.fingerprint})${key.available ? '' : ', not on this computer'}\n`
            : 'Department key: none (passport data sealed with each computer’s own key)\n',
        )
        if (department + computer + locked > 0)
          io.out(
            `Passport data sealed: department key ${department}, this computer’s key ${computer}, a key not here ${locked}\n`,
          )
        if (report.quarantined.length + report.refused.length === 0)
          io.out('All files are valid.\n')
      }
      return report.quarantined.length + report.refused.length > 0 ? 1 : 0
    }
    case 'call': {
      const [method, argsJson = '[]'] = rest
      let args: unknown
      try {
        args = JSON.parse(argsJson)
      } catch {
        return fail(io, 'ARGS_JSON is not valid JSON')
      }
      const envelope = await dispatch(api, method, args)
      json(envelope.ok ? envelope.value : envelope)
      return envelope.ok ? 0 : 1
    }
    default:
      io.err(`Unknown command: ${command}\n\n${USAGE}`)
      return 2
  }
}

function fail(io: CliIo, message: string): number {
  io.err(`${message}\n`)
  return 1
}
