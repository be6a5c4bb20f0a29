// The conflicts and the checklist of a visit with their sentences, as the CLI and exports print them.
import { type Lang, translateComputed } from '../i18n/translate'
import { buildChecklist, type TaskRule } from '../domain/checklist'
import { detectConflicts, type Conflict } from '../domain/conflicts'
import { describeConflict, describeTask } from './describe'
import type { Directory } from '../domain/directory'
import type { PlanningSettings } from '../domain/planning'
import type { TaskStatus } from '../domain/registers'
import type { Visit } from '../domain/visit'

export interface PlanningReport {
  /** A conflict with its sentence instead of the message key and parameters. */
  conflicts: (Omit<Conflict, 'messageKey' | 'params'> & { message: string })[]
  tasks: {
    key: string
    kind: TaskRule
    due: string
    status: TaskStatus
    overdue: boolean
    itemIds: string[]
    owner?: string
    message: string
  }[]
}

export function planningReport(
  visit: Visit,
  directory: Directory,
  settings: PlanningSettings,
  today: string,
  lang: Lang = 'ru',
): PlanningReport {
  const t = (key: string, params?: Record<string, string | number>) =>
    translateComputed(lang, key, params)
  return {
    conflicts: detectConflicts(visit, directory, { today, settings, lang }).map((c) => ({
      id: c.id,
      kind: c.kind,
      severity: c.severity,
      date: c.date,
      itemIds: c.itemIds,
      personIds: c.personIds,
      venueId: c.venueId,
      message: describeConflict(c, t),
    })),
    tasks: buildChecklist(visit, directory, today).map((task) => ({
      key: task.key,
      kind: task.rule,
      due: task.due,
      status: task.status,
      overdue: task.overdue,
      itemIds: task.itemIds,
      owner: task.owner,
      message: describeTask(task, t),
    })),
  }
}
