const EVENT = 'delegation-planner:storage-changed'

/** Tells whoever shows the storage report (the banner) to ask for it again. */
export function notifyStorageChanged(): void {
  window.dispatchEvent(new Event(EVENT))
}

/** Calls `listener` whenever the storage report may have changed; answers the unsubscribe. */
export function onStorageChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener)
  return () => window.removeEventListener(EVENT, listener)
}
