// Sandboxed preload (CommonJS): the page gets two functions, never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'

const CALL_CHANNEL = 'planner:call'
const EVENT_CHANNEL = 'planner:event'

contextBridge.exposeInMainWorld('plannerBridge', {
  call: (method: string, args: unknown[]) => ipcRenderer.invoke(CALL_CHANNEL, method, args),
  onEvent: (listener: (event: unknown) => void) => {
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(EVENT_CHANNEL, handler)
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler)
    }
  },
})
