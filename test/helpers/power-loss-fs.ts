import * as fs from 'node:fs/promises'
import { dirname } from 'node:path'
import type { DurableFs } from '../../electron/services/store/atomic-write'

/** What becomes of a write the disk had not made durable when the power went. */
export type Fate = 'keep' | 'drop' | 'garble'

/** The power went: thrown by the fsync at which the simulated machine stops. */
export class PowerLoss extends Error {}

interface PendingContent {
  path: string
  /** The bytes the file held before the unsynced write (null: it did not exist). */
  before: Buffer | null
}

interface PendingRename {
  from: string
  to: string
  /** What `to` held before the rename (null: nothing). */
  replaced: Buffer | null
}

/**
 * A file system that, like SQLite's crash simulator (src/test6.c), knows which writes a disk has
 * made durable: file content at the file's fsync, a rename or a new name at its folder's fsync.
 * Every call runs on the real disk; at the `crashAt`-th fsync the power goes (that fsync throws,
 * every later call too), and `powerLoss(fate)` then undoes on the real disk what was not durable:
 * each unsynced write is kept, dropped or garbled, each unsynced rename kept or undone.
 */
export class PowerLossFs implements DurableFs {
  syncs = 0
  private dead = false

  /** True once the power has gone: whatever failed after that failed because of it. */
  get off(): boolean {
    return this.dead
  }
  private readonly content: PendingContent[] = []
  private readonly renames: PendingRename[] = []

  constructor(private readonly crashAt = Number.POSITIVE_INFINITY) {}

  async open(path: string, flags: string, mode?: number): Promise<fs.FileHandle> {
    this.alive()
    const before = flags === 'r' ? null : await fs.readFile(path).catch(() => null)
    const handle = await fs.open(path, flags, mode)
    const written = () => {
      this.alive()
      if (!this.content.some((c) => c.path === path)) this.content.push({ path, before })
    }
    const synced = () => this.fsync(path, flags === 'r')
    return new Proxy(handle, {
      get(target, prop, receiver) {
        if (prop === 'writeFile')
          return async (data: string | Uint8Array, encoding?: BufferEncoding) => {
            written()
            return target.writeFile(data, encoding)
          }
        if (prop === 'sync')
          return async () => {
            synced()
            return target.sync()
          }
        const value = Reflect.get(target, prop, receiver) as unknown
        return typeof value === 'function'
          ? (value as (...a: unknown[]) => unknown).bind(target)
          : value
      },
    })
  }

  async rename(from: string, to: string): Promise<void> {
    this.alive()
    const replaced = await fs.readFile(to).catch(() => null)
    await fs.rename(from, to)
    this.renames.push({ from, to, replaced })
    for (const c of this.content) if (c.path === from) c.path = to
  }

  async unlink(path: string): Promise<void> {
    this.alive()
    await fs.unlink(path)
  }

  /** After the crash: the disk as the machine finds it when the power comes back. */
  async powerLoss(fate: (what: string) => Fate): Promise<void> {
    this.dead = true
    // Names first, newest first: an undone rename puts the old file back under its name.
    for (const r of [...this.renames].reverse()) {
      if (fate(`rename ${r.to}`) === 'keep') continue
      const moved = await fs.readFile(r.to).catch(() => null)
      if (moved) await fs.writeFile(r.from, moved)
      if (r.replaced) await fs.writeFile(r.to, r.replaced)
      else await fs.rm(r.to, { force: true })
      for (const c of this.content) if (c.path === r.to) c.path = r.from
    }
    for (const c of this.content) {
      const now = await fs.readFile(c.path).catch(() => null)
      if (!now) continue
      const what = fate(`write ${c.path}`)
      if (what === 'drop') {
        if (c.before) await fs.writeFile(c.path, c.before)
        else await fs.writeFile(c.path, '')
      } else if (what === 'garble') {
        const cut = Math.floor(now.length / 2)
        await fs.writeFile(c.path, Buffer.concat([now.subarray(0, cut), Buffer.alloc(64, 0)]))
      }
    }
  }

  private fsync(path: string, folder: boolean): void {
    this.alive()
    this.syncs += 1
    if (this.syncs >= this.crashAt) {
      this.dead = true
      throw new PowerLoss(`power lost at fsync ${this.syncs}`)
    }
    if (folder) {
      for (let n = this.renames.length - 1; n >= 0; n--)
        if (dirname(this.renames[n]!.to) === path) this.renames.splice(n, 1)
    } else {
      for (let n = this.content.length - 1; n >= 0; n--)
        if (this.content[n]!.path === path) this.content.splice(n, 1)
    }
  }

  private alive(): void {
    if (this.dead) throw new PowerLoss('the power is off')
  }
}
