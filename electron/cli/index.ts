import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { VisitRecord } from '../../shared/api/contract'
import { dispatch } from '../../shared/api/dispatch'
import { planningReport } from '../../shared/domain/planning-report'
import { systemClock, type Clock } from '../../shared/time/clock'
import { toLocalDate } from '../../shared/time/local-date'
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
  const api = await createAppApi({ dataDir, bundledDir, clock })
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
    case 'check': {
      const report = await api.getStorageReport()
      if (values.json) json(report)
      else {
        io.out(`Data folder: ${report.dataDir}${report.readOnly ? ' (read-only)' : ''}\n`)
        for (const q of report.quarantined)
          io.out(`quarantined: ${q.file} → ${q.movedTo}: ${q.reason}\n`)
        for (const r of report.refused)
          io.out(`refused (schema ${r.schemaVersion} is newer): ${r.file}\n`)
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
