import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../../../shared/api/errors'
import { KeyedMutex } from '../keyed-mutex'
import { TEMP_PREFIX } from './atomic-write'

/** How long locks take to go stale and be renewed; tests shorten them. */
export interface LockTiming {
  /** A lock left unchanged this long belongs to a process that died (a live holder renews it). */
  staleMs: number
  /** How often a holder renews its lock while its task runs (a slow network share, a big save). */
  renewMs: number
  /** How long a writer waits for another one before it says the file is busy. */
  waitMs: number
}

export const LOCK_TIMING: LockTiming = { staleMs: 8_000, renewMs: 2_000, waitMs: 12_000 }

/** The file-system calls the lock uses; tests pass their own. */
export interface LockFs {
  open(path: string, flags: string, mode?: number): Promise<nodeFs.FileHandle>
  readFile(path: string, encoding: 'utf8'): Promise<string>
  /** 'r+': over an existing file only (renewal); 'wx': a new file only. */
  writeFile(path: string, data: string, flag: 'r+' | 'wx'): Promise<void>
  rename(from: string, to: string): Promise<void>
  link(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  mkdir(path: string): Promise<unknown>
}

const fsCalls: LockFs = {
  open: (path, flags, mode) => nodeFs.open(path, flags, mode),
  readFile: (path, encoding) => nodeFs.readFile(path, encoding),
  writeFile: (path, data, flag) => nodeFs.writeFile(path, data, { flag, mode: 0o600 }),
  rename: (from, to) => nodeFs.rename(from, to),
  link: (from, to) => nodeFs.link(from, to),
  unlink: (path) => nodeFs.unlink(path),
  mkdir: (path) => nodeFs.mkdir(path, { recursive: true }),
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Errors of an exclusive create that mean 'someone has it': the name exists, or (Windows, SMB) a
 * lock file another process deleted is still open and cannot be made again yet.
 */
const TAKEN = new Set(['EEXIST', 'EPERM', 'EBUSY'])

/**
 * Compare-and-swap across processes and computers for the files of a data folder. Re-reading a
 * file before renaming over it is not atomic: two processes (two laptops on a network share) can
 * both pass the check. So a writer first claims the file with a lock created by an exclusive create
 * (`O_EXCL`, which local disks, SMB and NFSv3+ honour), checks the revision, writes, and gives the
 * lock up. Exactly one writer holds it; the other waits, then finds the new revision and answers
 * `conflict`.
 *
 * The lock names its holder: the computer (its id and host name) and the process. A holder renews
 * it every few seconds while its task runs. A lock whose process on this computer is gone is broken
 * at once; any other lock once it has stayed the same for `staleMs` as measured by the waiter's
 * own clock (never by file times: another computer's clock may differ). The name starts with the
 * temporary prefix, so sync engines never carry locks between computers.
 */
export class WriteLocks {
  private readonly local = new KeyedMutex()

  constructor(
    private readonly folder: string,
    /** This computer: its id and host name, without spaces. */
    private readonly owner: string,
    private readonly fs: LockFs = fsCalls,
    private readonly timing: LockTiming = LOCK_TIMING,
  ) {}

  /** Runs `task` holding the lock named `key` (one at a time here, and across processes). */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.local.run(key, () => this.holding(key, task))
  }

  /**
   * Runs `task` holding only the lock file of `key`, for a caller that already runs one at a time
   * with this process's holders of `key` (see runHere) and must still keep other processes out.
   */
  holding<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.withFile(join(this.folder, `${TEMP_PREFIX}${key}.lock`), task)
  }

  /** Runs `task` one at a time with this process's holders of `key`, without the lock file. */
  runHere<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.local.run(key, task)
  }

  private async withFile<T>(path: string, task: () => Promise<T>): Promise<T> {
    const token = `${this.owner} ${process.pid} ${randomBytes(8).toString('hex')}`
    await this.acquire(path, token)
    let beat = 0
    const renew = setInterval(() => {
      // A new content each time: waiters see a live holder and do not break the lock.
      void this.fs
        .readFile(path, 'utf8')
        .then((holder) =>
          // Over the existing lock only, never making one again (r+; the content only grows).
          holder.startsWith(token)
            ? this.fs.writeFile(path, `${token} ${++beat}`, 'r+')
            : undefined,
        )
        .catch(() => undefined)
    }, this.timing.renewMs)
    renew.unref()
    try {
      return await task()
    } finally {
      clearInterval(renew)
      await this.release(path, token)
    }
  }

  private async acquire(path: string, token: string): Promise<void> {
    const started = Date.now()
    let seen: { holder: string; since: number } | undefined
    for (let attempt = 0; ; attempt++) {
      try {
        await this.create(path, token)
        return
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? ''
        if (code === 'ENOENT') {
          // The locks folder itself is gone (removed from outside): made again.
          await this.fs.mkdir(this.folder)
          continue
        }
        if (!TAKEN.has(code)) throw err
      }
      const holder = await this.fs.readFile(path, 'utf8').catch(() => undefined)
      const now = Date.now()
      if (holder !== undefined) {
        if (!seen || seen.holder !== holder) seen = { holder, since: now }
        if (this.diedHere(holder) || now - seen.since >= this.timing.staleMs) {
          await this.breakStale(path, holder)
          seen = undefined
          continue
        }
      }
      if (now - started > this.timing.waitMs)
        throw new AppError('io', `lock ${path} held by ${holder ?? '?'}`, { key: 'store.busy' })
      // Saves take milliseconds: short, jittered waits so that two waiters do not march in step.
      await pause(Math.min(200, 5 + attempt * 5) + Math.random() * 10)
    }
  }

  /**
   * Makes the lock with its holder already written in it: the token goes to a file of its own,
   * which is then hard-linked to the lock's name (a link, like O_EXCL, never replaces a name). A
   * process killed between making a lock and writing into it would otherwise leave an empty lock
   * that names no one, which no one could tell from a live one for LOCK_STALE_MS. Where hard links
   * are not possible (some network shares), an exclusive create.
   */
  private async create(path: string, token: string): Promise<void> {
    const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`
    await this.fs.writeFile(temp, token, 'wx')
    try {
      await this.fs.link(temp, path)
      return
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV')
        throw err
    } finally {
      await this.fs.unlink(temp).catch(() => undefined)
    }
    const handle = await this.fs.open(path, 'wx', 0o600)
    try {
      await handle.writeFile(token, 'utf8')
    } finally {
      await handle.close()
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
      await this.fs.link(aside, path).catch(() => undefined)
    }
    await this.fs.unlink(aside).catch(() => undefined)
  }

  /** Gives the lock up, if it is still ours (one broken as stale and taken again is not). */
  private async release(path: string, token: string): Promise<void> {
    const holder = await this.fs.readFile(path, 'utf8').catch(() => undefined)
    if (holder !== undefined && holder.startsWith(token))
      await this.fs.unlink(path).catch(() => undefined)
  }
}
