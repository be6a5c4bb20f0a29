import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../../../shared/api/errors'
import { KeyedMutex } from '../keyed-mutex'
import { TEMP_PREFIX } from './atomic-write'

/** A lock held this long without changing hands belongs to a process that died. */
export const LOCK_STALE_MS = 8_000
/** How long a writer waits for another one before it says the file is busy. */
const WAIT_MS = LOCK_STALE_MS + 4_000

/** The file-system calls the lock uses; tests pass their own. */
export interface LockFs {
  open(path: string, flags: string, mode?: number): Promise<nodeFs.FileHandle>
  readFile(path: string, encoding: 'utf8'): Promise<string>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
}

const fsCalls: LockFs = {
  open: (path, flags, mode) => nodeFs.open(path, flags, mode),
  readFile: (path, encoding) => nodeFs.readFile(path, encoding),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (path) => nodeFs.unlink(path),
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Compare-and-swap across processes and computers for the files of a data folder. Re-reading a
 * file before renaming over it is not atomic: two processes (two laptops on a network share) can
 * both pass the check. So a writer first claims the file with a lock created by an exclusive create
 * (`O_EXCL`, which local disks, SMB and NFSv3+ honour), checks the revision, writes, and gives the
 * lock up. Exactly one writer holds it; the other waits, then finds the new revision and answers
 * `conflict`.
 *
 * A lock left by a process that died is broken: at once when it was a process of this computer
 * (the lock names the computer and the process), else once it has stayed the same for
 * LOCK_STALE_MS as measured by the waiter's own clock (never by file times: another computer's
 * clock may differ).
 * The name starts with the temporary prefix, so sync engines never carry locks between computers.
 */
export class WriteLocks {
  private readonly local = new KeyedMutex()

  constructor(
    private readonly folder: string,
    private readonly owner: string,
    private readonly fs: LockFs = fsCalls,
  ) {}

  /** Runs `task` holding the lock named `key` (one at a time here, and across processes). */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.local.run(key, async () => {
      const path = join(this.folder, `${TEMP_PREFIX}${key}.lock`)
      await this.acquire(path)
      try {
        return await task()
      } finally {
        await this.release(path)
      }
    })
  }

  /** Runs `task` one at a time with this process's holders of `key`, without the lock file. */
  runHere<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.local.run(key, task)
  }

  private async acquire(path: string): Promise<void> {
    const token = `${this.owner} ${process.pid} ${randomBytes(8).toString('hex')}`
    const started = Date.now()
    let seen: { holder: string; since: number } | undefined
    for (let attempt = 0; ; attempt++) {
      try {
        const handle = await this.fs.open(path, 'wx', 0o600)
        try {
          await handle.writeFile(token, 'utf8')
        } finally {
          await handle.close()
        }
        return
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code
        if (code === 'ENOENT') {
          // The locks folder itself is gone (removed from outside): made again.
          await nodeFs.mkdir(this.folder, { recursive: true })
          continue
        }
        if (code !== 'EEXIST') throw err
      }
      const holder = await this.fs.readFile(path, 'utf8').catch(() => undefined)
      if (holder === undefined) continue // given up meanwhile: try again at once
      const now = Date.now()
      if (!seen || seen.holder !== holder) seen = { holder, since: now }
      if (this.diedHere(holder) || now - seen.since >= LOCK_STALE_MS) {
        await this.breakStale(path, holder)
        seen = undefined
        continue
      }
      if (now - started > WAIT_MS)
        throw new AppError('io', `lock ${path} held by ${holder}`, { key: 'store.busy' })
      // Saves take milliseconds: short, jittered waits so that two waiters do not march in step.
      await pause(Math.min(200, 5 + attempt * 5) + Math.random() * 10)
    }
  }

  /** True when the lock was taken on this computer by a process that is no longer running. */
  private diedHere(holder: string): boolean {
    const [owner, pid] = holder.split(' ')
    if (owner !== this.owner || !pid || !/^\d{1,10}$/.test(pid) || Number(pid) === process.pid)
      return false
    try {
      process.kill(Number(pid), 0)
      return false
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ESRCH'
    }
  }

  /**
   * Removes a lock whose holder died. It is first renamed aside (atomic): of two waiters breaking
   * it at once only one succeeds, and a lock taken again meanwhile by a live writer is put back.
   */
  private async breakStale(path: string, holder: string): Promise<void> {
    const aside = `${path}.${randomBytes(6).toString('hex')}.stale`
    try {
      await this.fs.rename(path, aside)
    } catch {
      return // someone else broke or released it
    }
    const moved = await this.fs.readFile(aside, 'utf8').catch(() => undefined)
    if (moved !== undefined && moved !== holder) {
      // Not the stale lock but a new one: hand it back unless yet another writer holds the name.
      await nodeFs.link(aside, path).catch(() => undefined)
    }
    await this.fs.unlink(aside).catch(() => undefined)
  }

  /**
   * Gives the lock up. It is ours: a lock is broken only after LOCK_STALE_MS, far longer than any
   * save holds it, so it is removed without being read again (one call fewer on every save).
   */
  private async release(path: string): Promise<void> {
    await this.fs.unlink(path).catch(() => undefined)
  }
}
