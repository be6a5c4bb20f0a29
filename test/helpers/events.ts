import type { AppApi } from '../../electron/services/create-app-api'
import type { PlannerEvent } from '../../shared/api/events'

/** The app's change stream as a test sees it: every event so far, and a wait for the next one. */
export interface EventLog {
  events: PlannerEvent[]
  /** Resolves with the first event (already seen or still to come) that matches. */
  until(match: (event: PlannerEvent) => boolean, what?: string): Promise<PlannerEvent>
  stop(): void
}

/** Starts recording the app's events. */
export function recordEvents(api: Pick<AppApi, 'onEvent'>): EventLog {
  const events: PlannerEvent[] = []
  const waiting: { match: (e: PlannerEvent) => boolean; resolve: (e: PlannerEvent) => void }[] = []
  const stop = api.onEvent((event) => {
    events.push(event)
    for (const w of [...waiting])
      if (w.match(event)) {
        waiting.splice(waiting.indexOf(w), 1)
        w.resolve(event)
      }
  })
  return {
    events,
    stop,
    until: (match, what = 'an event') => {
      const seen = events.find(match)
      if (seen) return Promise.resolve(seen)
      return new Promise((resolve, reject) => {
        // Only a guard against a test that hangs for ever: the event is waited for, not a time.
        const guard = setTimeout(() => reject(new Error(`${what} never came`)), 60_000)
        waiting.push({
          match,
          resolve: (e) => {
            clearTimeout(guard)
            resolve(e)
          },
        })
      })
    },
  }
}
