import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { systemClock, type Clock } from '../../shared/time/clock'
import { createAppApi } from '../services/create-app-api'
import type { PdfPrinter } from '../services/pdf-printer'
import { defaultDataDir, repoBundledDir } from '../services/paths'
import { archiveCommands } from './commands/archive'
import { exportCommands } from './commands/exports'
import { importCommands } from './commands/imports'
import { visitCommands } from './commands/visits'
import type { CliIo, Command } from './context'

export type { CliIo } from './context'

const USAGE = `Delegation Planner CLI
Usage: npm run --silent cli -- COMMAND [options] --data-dir DIR

Commands:
  list [--json]              the visits of the archive
  templates [--json]         the templates, each with id and title
  show VISIT_ID              one visit as JSON
  from-template TEMPLATE_ID [--start YYYY-MM-DD]
                             a new visit copied from a template (moved to start that day);
                             prints the new visit's id
  reschedule VISIT_ID --start YYYY-MM-DD [--skip-weekends] [--skip-holidays]
                             moves the visit in place: programme, tasks, stays and follow-ups
                             by whole days; prints the id and the new dates
  conflicts VISIT_ID [--json]
                             the programme's conflicts and the preparation tasks with due dates
  export-pdf VISIT_ID --out FILE [--lang ru|en|ru+en|ru+kk|ru+zh]
             [--pocket | --programme-only | --variant guest|working]
             [--approval] [--sensitive] [--waive]
                             the briefing as A4 PDF (Chromium); prints the output path; a guest
                             copy with open questions is refused unless --waive (recorded)
  export VISIT_ID --doc DOC --out FILE [--format FORMAT] [--lang …] [--venue …] [--item ITEM_ID]
                             any paper of the visit; DOC and its formats (from --out's extension
                             when --format is not given):
                               briefing pdf · programme pdf|docx · guest pdf|docx
                               working pdf|docx · pocket pdf · access pdf|docx · estimate pdf|xlsx
                               report pdf|docx · press docx · journal docx|xlsx · seating pdf
                               calendar ics
                             access takes --venue unless one site of the visit admits by list;
                             seating takes the event's --item; guest takes --lang ru+en etc.
                             and --waive as export-pdf does
  export-ics VISIT_ID --out FILE [--lang ru|en] [--person PERSON_ID]
                             the programme as a calendar file
  export-docx VISIT_ID --out FILE [--lang ru|en|ru+en|ru+kk|ru+zh]
              [--variant guest|working [--approval] [--waive]]
                             the programme as an editable Word table
  journal [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
                             the journal of receptions of foreign citizens (form 20) for a period
                             (this year to date by default), from the incoming visits' meetings
  estimate VISIT_ID [--json]  the cost estimate from the norms of the visit's group (settings):
                             { lines: [{ category, description, quantity, unit, unitCost, total }],
                               total, currency }
  access-request VISIT_ID --venue NAME_OR_ID --out FILE.docx|FILE.pdf [--waive]
                             the letter to a site that admits visitors by list, with the list in
                             the site's columns (passport data included); a unique part of the
                             venue's name is enough; refused while names to sign, the list's
                             data or a missed deadline are open, unless --waive (recorded)
  import FILE|FOLDER… [--year YYYY]
                             visit bundles, calendars (.ics), Word programmes (.docx) or press-release
                             texts, each type found from the content; everything read is kept; prints
                             the new visit's id (with several files: id and file, one per line)
  import-text FILE [--year YYYY] --json
                             the draft a press-release text gives, as JSON, without saving it
  search QUERY [--json]      ranked hits across visits, documents, people, organisations, venues
  issue-edition VISIT_ID     issues the programme as a new edition (the last one if unchanged);
                             prints its number
  editions VISIT_ID [--json] the editions, each with what changed since the one before
  check [--json]             validate every file; exits 1 if any file is quarantined or refused
  call METHOD 'ARGS_JSON'    call any contract method, e.g. call getVisit '["abc"]'
`

const COMMANDS: Record<string, Command> = {
  ...visitCommands,
  ...exportCommands,
  ...importCommands,
  ...archiveCommands,
}

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
        'skip-weekends': { type: 'boolean' },
        'skip-holidays': { type: 'boolean' },
        out: { type: 'string' },
        lang: { type: 'string' },
        pocket: { type: 'boolean' },
        'programme-only': { type: 'boolean' },
        variant: { type: 'string' },
        approval: { type: 'boolean' },
        waive: { type: 'boolean' },
        sensitive: { type: 'boolean' },
        person: { type: 'string' },
        year: { type: 'string' },
        venue: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        doc: { type: 'string' },
        format: { type: 'string' },
        item: { type: 'string' },
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
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined
  if (!run) {
    io.err(`Unknown command: ${command}\n\n${USAGE}`)
    return 2
  }
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir())
  const printer = await printerFor(command, argv)
  try {
    const api = await createAppApi({ dataDir, bundledDir, clock, printer })
    try {
      return await run({ api, rest, values, io, clock })
    } finally {
      await api.close()
    }
  } finally {
    await printer?.close()
  }
}

/** Chromium only for the commands that print a PDF (loaded then, not at every start). */
async function printerFor(command: string, argv: string[]): Promise<PdfPrinter | undefined> {
  const pdf = argv.some((a) => a.toLowerCase().endsWith('.pdf'))
  const printing =
    command === 'export-pdf' || (pdf && ['access-request', 'export'].includes(command))
  if (!printing) return undefined
  const { ChromiumPdfPrinter } = await import('../node-host/pdf-printer-chromium')
  return new ChromiumPdfPrinter()
}
