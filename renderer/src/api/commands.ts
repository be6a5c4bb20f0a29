import { useEffect } from 'react'
import type { AppCommand } from './bridge'

const EVENT = 'planner-command'

/** Sends a menu or shortcut command to whichever screen handles it. */
export function sendCommand(command: AppCommand): void {
  window.dispatchEvent(new CustomEvent<AppCommand>(EVENT, { detail: command }))
}

/** Runs `handler` for each command while the calling component is mounted. */
export function useCommand(handler: (command: AppCommand) => void): void {
  useEffect(() => {
    const listener = (e: Event) => handler((e as CustomEvent<AppCommand>).detail)
    window.addEventListener(EVENT, listener)
    return () => window.removeEventListener(EVENT, listener)
  }, [handler])
}
