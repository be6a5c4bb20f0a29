/**
 * What changed in the archive, pushed to every window (an IPC event in the desktop app, a stream
 * of server-sent events in browser mode): windows reload what they show, never poll.
 * `outside` is true for a change another program or computer made (a sync engine, a second
 * process on a network share): the window holding that visit open merges or reloads it. A change
 * made through this application has `outside: false`.
 */
export type PlannerEvent =
  | { type: 'visit'; id: string; outside: boolean; removed?: boolean }
  | { type: 'copies' }
  | { type: 'directory'; outside: boolean }
  | { type: 'settings'; outside: boolean }
  | { type: 'templates'; outside: boolean }
  | { type: 'storage' }
  /** The window's link was broken for a while (events may be missed): reload what is shown. */
  | { type: 'resync' }

export const PLANNER_EVENT_TYPES = [
  'visit',
  'copies',
  'directory',
  'settings',
  'templates',
  'storage',
  'resync',
] as const satisfies readonly PlannerEvent['type'][]

/** True for a value shaped like a PlannerEvent (what crosses a transport is checked). */
export function isPlannerEvent(value: unknown): value is PlannerEvent {
  if (!value || typeof value !== 'object') return false
  const type = (value as { type?: unknown }).type
  return (PLANNER_EVENT_TYPES as readonly unknown[]).includes(type)
}
