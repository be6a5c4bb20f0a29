import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import type { PlannerApi } from '../../shared/api/contract'
import { dispatch } from '../../shared/api/dispatch'
import type { Envelope } from '../../shared/api/errors'

export const CALL_CHANNEL = 'planner:call'
export const EVENT_CHANNEL = 'planner:event'

/** The one IPC entry point: checks who is calling, then hands the call to `dispatch`. */
export function registerIpcHost(
  ipcMain: IpcMain,
  api: PlannerApi,
  isTrustedSender: (url: string) => boolean,
): void {
  ipcMain.handle(
    CALL_CHANNEL,
    async (event: IpcMainInvokeEvent, method: unknown, args: unknown): Promise<Envelope> => {
      const url = event.senderFrame?.url ?? ''
      if (!isTrustedSender(url)) {
        return {
          ok: false,
          error: {
            code: 'invalid',
            message: 'untrusted sender',
            details: { key: 'error.forbidden' },
          },
        }
      }
      return dispatch(api, method, args)
    },
  )
}
