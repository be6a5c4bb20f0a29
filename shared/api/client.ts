import { API_KINDS, API_METHOD_NAMES, type ApiMethod, type PlannerApi } from './contract'
import { AppError, ERROR_CODES, type Envelope } from './errors'

/** Delivers one call to wherever `dispatch` runs (IPC, HTTP, or in-process). */
export type Send = (method: ApiMethod, args: unknown[]) => Promise<Envelope>

/** A typed PlannerApi over any transport; failures re-thrown as AppError with the same code. */
export function createApiClient(send: Send): PlannerApi {
  const client: Record<string, (...args: unknown[]) => Promise<unknown>> = {}
  for (const method of API_METHOD_NAMES) {
    client[method] = async (...args: unknown[]) => {
      let envelope: Envelope
      try {
        envelope = await send(method, args)
      } catch {
        throw new AppError('io', 'the application did not answer', { key: 'error.transport' })
      }
      if (envelope.ok) return envelope.value
      const { code, message, details } = envelope.error
      throw new AppError(ERROR_CODES.includes(code) ? code : 'internal', message, details)
    }
  }
  return client as unknown as PlannerApi
}

/**
 * Read-your-writes for one window: every change is sent after the changes before it, and every
 * read after the changes sent before it. Without this a page opened right after an edit (the
 * editor saves as it closes) could show the archive as it was before the edit.
 */
export function orderedSend(send: Send): Send {
  let writes: Promise<unknown> = Promise.resolve()
  return (method, args) => {
    // Reads may overtake each other, never a change sent before them (kinds are in the contract).
    if (API_KINDS[method] === 'read') return writes.then(() => send(method, args))
    const result = writes.then(() => send(method, args))
    writes = result.catch(() => undefined)
    return result
  }
}
