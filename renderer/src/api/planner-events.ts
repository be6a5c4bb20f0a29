import { useEffect, useRef } from 'react'
import { isPlannerEvent, type PlannerEvent } from '../../../shared/api/events'
import { takeAccessToken } from './access-token'
import { getBridge } from './bridge'

type Listener = (event: PlannerEvent) => void

const listeners = new Set<Listener>()
let stop: (() => void) | null = null

const deliver = (event: PlannerEvent) => {
  for (const listener of [...listeners]) listener(event)
}

/**
 * Browser mode: the node host's stream of server-sent events, read with fetch (which can send
 * the launch's secret as a header). A broken link is opened again, and the pages are told to
 * reload what they show, since events may have been missed meanwhile.
 */
function streamFromHost(): () => void {
  let closed = false
  let controller: AbortController | null = null
  const run = async (attempt: number): Promise<void> => {
    if (closed) return
    controller = new AbortController()
    try {
      const token = takeAccessToken()
      const response = await fetch('/api/events', {
        headers: token ? { Authorization: `Bearer ${token}` } : {},
        signal: controller.signal,
      })
      if (!response.ok || !response.body) throw new Error(`events: ${response.status}`)
      if (attempt > 0) deliver({ type: 'resync' })
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffer = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer += value
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          for (const line of block.split('\n')) {
            if (!line.startsWith('data: ')) continue
            const event: unknown = JSON.parse(line.slice(6))
            if (isPlannerEvent(event)) deliver(event)
          }
        }
      }
    } catch {
      // Broken, refused or aborted: opened again below unless the page is done with it.
    }
    if (closed) return
    await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 250 * 2 ** attempt)))
    return run(attempt + 1)
  }
  void run(0)
  return () => {
    closed = true
    controller?.abort()
  }
}

/** Calls `listener` with every change of the archive; answers the unsubscribe. */
export function subscribePlannerEvents(listener: Listener): () => void {
  listeners.add(listener)
  if (!stop) {
    const bridge = getBridge()
    stop = bridge
      ? bridge.onEvent((e) => e.type === 'planner' && isPlannerEvent(e.event) && deliver(e.event))
      : streamFromHost()
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0 && stop) {
      stop()
      stop = null
    }
  }
}

/** Runs `handler` for each change of the archive while the calling component is mounted. */
export function usePlannerEvents(handler: Listener): void {
  const latest = useRef(handler)
  latest.current = handler
  useEffect(() => subscribePlannerEvents((event) => latest.current(event)), [])
}
