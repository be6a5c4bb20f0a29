import type { ApiMethod } from '../../../shared/api/contract'
import type { Envelope } from '../../../shared/api/errors'
import type { PlannerEvent } from '../../../shared/api/events'

/** What the Electron preload exposes as `window.plannerBridge`. */
export interface PlannerBridge {
  call(method: ApiMethod, args: unknown[]): Promise<Envelope>
  onEvent(listener: (event: AppEvent) => void): () => void
}

/** Events the shell sends to the window: menu commands, and the archive's change stream. */
export type AppEvent =
  { type: 'command'; command: AppCommand } | { type: 'planner'; event: PlannerEvent }
export type AppCommand = 'new-visit' | 'undo' | 'redo' | 'open-settings'

export function getBridge(): PlannerBridge | undefined {
  return (window as unknown as { plannerBridge?: PlannerBridge }).plannerBridge
}
