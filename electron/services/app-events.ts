import type { PlannerEvent } from '../../shared/api/events'

export type { PlannerEvent }

/**
 * The one change stream of the application: services emit what changed (a visit saved here or
 * outside, the directory, the settings, the templates); the search index, and through the
 * transports every window, subscribe.
 */
export class AppEvents {
  private readonly listeners = new Set<(event: PlannerEvent) => void>()

  /** Calls `listener` with every event from now on; answers the unsubscribe. */
  on(listener: (event: PlannerEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit(event: PlannerEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event)
      } catch {
        // One listener's failure (a closed window) never stops the others or the change.
      }
    }
  }
}
