import type { VisitRecord } from '../../../shared/api/contract'
import { dispatch } from '../../../shared/api/dispatch'
import { planningReport } from '../../../shared/wording/planning-report'
import { toLocalDate } from '../../../shared/time/local-date'
import { failWith, printJson, type Command } from '../context'

/** list, templates, show, from-template, reschedule, conflicts. */
export const visitCommands: Record<string, Command> = {
  list: async ({ api, values, io }) => {
    const visits = await api.listVisits()
    if (values.json) printJson(io, visits)
    else
      for (const v of visits)
        io.out(`${v.id}\t${v.startDate}–${v.endDate}\t${v.status}\t${v.title}\n`)
    return 0
  },
  templates: async ({ api, values, io }) => {
    const templates = await api.listTemplates()
    if (values.json) printJson(io, templates)
    else for (const t of templates) io.out(`${t.id}\t${t.dayCount} d\t${t.title}\n`)
    return 0
  },
  show: async ({ api, rest, io }) => {
    const envelope = await dispatch(api, 'getVisit', [rest[0]])
    if (!envelope.ok) return failWith(io, envelope.error)
    printJson(io, envelope.value)
    return 0
  },
  'from-template': async ({ api, rest, values, io }) => {
    const options = values.start === undefined ? [] : [{ startDate: values.start }]
    const envelope = await dispatch(api, 'createVisitFromTemplate', [rest[0], ...options])
    if (!envelope.ok) return failWith(io, envelope.error)
    io.out(`${(envelope.value as VisitRecord).visit.id}\n`)
    return 0
  },
  reschedule: async ({ api, rest, values, io }) => {
    const options = {
      startDate: values.start,
      skipWeekends: values['skip-weekends'] === true,
      skipHolidays: values['skip-holidays'] === true,
    }
    const envelope = await dispatch(api, 'rescheduleVisit', [rest[0], options])
    if (!envelope.ok) return failWith(io, envelope.error)
    const { visit } = envelope.value as VisitRecord
    io.out(`${visit.id}\t${visit.startDate}–${visit.endDate}\n`)
    return 0
  },
  conflicts: async ({ api, rest, values, io, clock }) => {
    const envelope = await dispatch(api, 'getVisit', [rest[0]])
    if (!envelope.ok) return failWith(io, envelope.error)
    const report = planningReport(
      (envelope.value as VisitRecord).visit,
      (await api.getDirectory()).directory,
      (await api.getSettings()).planning,
      toLocalDate(clock.now()),
    )
    if (values.json) printJson(io, report)
    else {
      for (const c of report.conflicts) io.out(`${c.severity}\t${c.date ?? ''}\t${c.message}\n`)
      for (const t of report.tasks) io.out(`task\t${t.due}\t${t.status}\t${t.message}\n`)
    }
    return 0
  },
}
