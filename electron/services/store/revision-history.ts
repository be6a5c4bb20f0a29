import * as nodeFs from 'node:fs/promises'
import type { z } from 'zod'
import type { Store } from './open-store'

/** How many earlier revisions of each file are kept in `history/`. */
export const HISTORY_DEPTH = 20
/** History may grow this far past its depth before it is pruned (pruning lists the folder). */
const HISTORY_SLACK = 5

/** Where the earlier revisions of a file of the data folder are kept; none for other files. */
export function historyFolderOf(rel: string): string | undefined {
  if (rel === 'directory.json') return 'history/@directory'
  if (rel === 'settings.json') return 'history/@settings'
  const visit = /^visits\/([A-Za-z0-9_-]{1,64})\.json$/.exec(rel)
  return visit ? `history/${visit[1]}` : undefined
}

const nameOf = (folder: string, revision: number) =>
  `${folder}/${String(revision).padStart(6, '0')}.json`

/**
 * The earlier revisions of the files that carry one (visits, the directory, the settings): kept
 * before a revision is replaced, read back to show a visit's history or to restore a damaged file
 * from its last good revision.
 */
export class RevisionHistory {
  /** Revisions kept per folder, once counted. */
  private readonly counts = new Map<string, number>()
  /** Revisions this process kept or found kept (no second look at the disk for them). */
  private readonly kept = new Set<string>()

  constructor(private readonly store: Store) {}

  /**
   * Keeps revision `revision` of `rel` (its text): called when it is written, so that the history
   * holds the current revision too and a damaged file comes back whole, and before it is replaced
   * (files from before this rule). A copy, never a hard link: a link shares its bytes with the
   * file, and whatever damages the file in place would damage its history with it. Not fsynced:
   * history is the second copy, and a history file cut off by a power loss is skipped when read.
   * A revision already kept is left as it is. The oldest beyond HISTORY_DEPTH are pruned now and
   * then.
   */
  async keep(rel: string, revision: number, text: string | (() => string)): Promise<void> {
    void (await this.add(rel, revision, async (path) => {
      const data = typeof text === 'string' ? text : text()
      await nodeFs.writeFile(path, data, { flag: 'wx', mode: 0o600 })
    }))
  }

  /**
   * Takes back a revision kept by keepReplaced whose replacement then failed: the link would go on
   * sharing its bytes with the file, which is still that revision.
   */
  async forget(rel: string, revision: number): Promise<void> {
    const folder = historyFolderOf(rel)
    if (!folder) return
    const name = nameOf(folder, revision)
    this.kept.delete(name)
    await nodeFs.unlink(this.store.path(name)).catch(() => undefined)
  }

  /**
   * Keeps revision `revision` of `rel` just before it is replaced, as a hard link to the file on
   * disk (no copy, no write: the save stays as fast as a bare durable write). Once the rename has
   * replaced the file, the link is the only name of the old bytes, so nothing that later edits
   * the file in place reaches it. Where links are not possible, a copy of `text`.
   */
  async keepReplaced(rel: string, revision: number, text: () => string): Promise<boolean> {
    return this.add(rel, revision, async (path) => {
      try {
        await nodeFs.link(this.store.path(rel), path)
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw err
        await nodeFs.writeFile(path, text(), { flag: 'wx', mode: 0o600 })
      }
    })
  }

  /** Puts a revision in the history unless it is there; answers whether it was added now. */
  private async add(
    rel: string,
    revision: number,
    put: (path: string) => Promise<void>,
  ): Promise<boolean> {
    const folder = historyFolderOf(rel)
    if (!folder) return false
    const name = nameOf(folder, revision)
    if (this.kept.has(name)) return false
    let count = this.counts.get(folder)
    if (count === undefined) {
      await nodeFs.mkdir(this.store.path(folder), { recursive: true })
      count = (await this.store.listJson(folder)).length
    }
    try {
      await put(this.store.path(name))
      this.remember(name)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      this.remember(name)
      return false
    }
    count += 1
    if (count > HISTORY_DEPTH + HISTORY_SLACK) {
      const names = await this.store.listJson(folder)
      for (const old of names.slice(0, Math.max(0, names.length - HISTORY_DEPTH)))
        await nodeFs.unlink(this.store.path(`${folder}/${old}`)).catch(() => undefined)
      count = Math.min(names.length, HISTORY_DEPTH)
    }
    this.counts.set(folder, count)
    return true
  }

  /** Notes a kept revision (a bounded memory: only the latest matter to later saves). */
  private remember(name: string): void {
    if (this.kept.size > 10_000) this.kept.clear()
    this.kept.add(name)
  }

  /** The kept revisions of `rel` that still read as `schema`, oldest first (damaged ones skipped). */
  async read<S extends z.ZodType>(
    rel: string,
    schema: S,
  ): Promise<{ revision: number; data: z.infer<S> }[]> {
    const folder = historyFolderOf(rel)
    if (!folder) return []
    const out: { revision: number; data: z.infer<S> }[] = []
    for (const name of await this.store.listJson(folder)) {
      const revision = Number(name.slice(0, -'.json'.length))
      if (!Number.isInteger(revision)) continue
      try {
        const text = await this.store.readText(`${folder}/${name}`)
        const parsed = schema.safeParse(JSON.parse(text))
        if (parsed.success) out.push({ revision, data: parsed.data })
      } catch {
        // A damaged history file is skipped: the others still serve.
      }
    }
    return out.sort((a, b) => a.revision - b.revision)
  }

  /** The newest kept revision of `rel` that reads as `schema`. */
  async lastGood<S extends z.ZodType>(
    rel: string,
    schema: S,
  ): Promise<{ revision: number; data: z.infer<S> } | undefined> {
    return (await this.read(rel, schema)).at(-1)
  }
}
