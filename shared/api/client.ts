import { API_METHOD_NAMES, type ApiMethod, type PlannerApi } from './contract'
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
