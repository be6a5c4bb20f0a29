import * as nodeFs from 'node:fs/promises'
import { classifyVisitFile } from '../../shared/domain/sync-conflicts'
import type { Store } from './store/open-store'

/**
 * The copies sync engines left of one file in the data folder's root ('directory' →
 * 'directory.sync-conflict-….json', 'directory (conflicted copy …).json', …).
 */
export async function rootCopiesOf(store: Store, stem: string): Promise<string[]> {
  const only = new Set([stem])
  return (await store.listJson('')).filter((name) => {
    const kind = classifyVisitFile(name, only)
    return kind.kind === 'conflict' && kind.id === stem
  })
}

/** Moves a merged copy to `trash/` (where the other computer's version stays readable). */
export async function moveCopyToTrash(store: Store, name: string): Promise<string> {
  const stamp = store.clock.now().toISOString().replace(/[:.]/g, '-')
  const movedTo = `trash/${stamp}.${name}`
  await nodeFs.rename(store.path(name), store.path(movedTo)).catch(() => undefined)
  return movedTo
}

/** Ends the merge of a copy: moves it to `trash/` and answers what the merge report records of it. */
export async function trashMergedCopy(
  store: Store,
  name: string,
): Promise<{ file: string; movedTo: string; at: string }> {
  const movedTo = await moveCopyToTrash(store, name)
  return { file: name, movedTo, at: store.clock.now().toISOString() }
}
