import { createApiClient, orderedSend, type Send } from '../../../shared/api/client'
import type { PlannerApi } from '../../../shared/api/contract'
import type { Envelope } from '../../../shared/api/errors'
import { getBridge } from './bridge'
import { takeAccessToken } from './access-token'

/** Browser mode: the node host answers `POST /api/call` with an envelope, given this launch's secret. */
function httpSend(token: string | null): Send {
  return async (method, args) => {
    const response = await fetch('/api/call', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ method, args }),
    })
    return (await response.json()) as Envelope
  }
}

/** The API client over IPC inside Electron, over HTTP in a browser. */
export function createTransportClient(): PlannerApi {
  const bridge = getBridge()
  return createApiClient(
    orderedSend(bridge ? (method, args) => bridge.call(method, args) : httpSend(takeAccessToken())),
  )
}
