import type { MessageParams } from '../i18n/translate'
import type { Task } from '../domain/checklist'
import type { Conflict } from '../domain/conflicts'

/** A translate function: i18next's `t` in the renderer, `translate` bound to a language elsewhere. */
export type Translate = (key: string, params?: MessageParams) => string

/** The requirement in words: its kind, or for 'other' the start of the site's own note. */
function requirementText(params: MessageParams, t: Translate): string {
  const note = typeof params.note === 'string' ? params.note.trim() : ''
  if (params.requirement === 'other' && note) {
    const first = note.split(/[.;\n]/)[0]!.trim()
    const short = first.length > 70 ? `${first.slice(0, 69)}…` : first
    return short.charAt(0).toLowerCase() + short.slice(1)
  }
  return t(`accessKind.${params.requirement}`).toLowerCase()
}

const withRequirement = (params: MessageParams, t: Translate): MessageParams =>
  typeof params.requirement === 'string'
    ? { ...params, requirement: requirementText(params, t) }
    : params

/** The sentence an officer reads for a conflict. */
export function describeConflict(conflict: Conflict, t: Translate): string {
  return t(`conflicts.message.${conflict.messageKey}`, withRequirement(conflict.params, t))
}

/** The title of a checklist task. */
export function describeTask(task: Task, t: Translate): string {
  if (task.rule === 'custom') return task.text ?? ''
  const text = t(`checklist.task.${task.titleKey}`, withRequirement(task.params, t))
  return text.charAt(0).toUpperCase() + text.slice(1)
}
