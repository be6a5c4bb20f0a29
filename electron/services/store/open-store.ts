import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { hostname } from 'node:os'
import { basename, join, relative } from 'node:path'
import { Low } from 'lowdb'
import type { z } from 'zod'
import type { QuarantinedFile, StorageReport } from '../../../shared/api/contract'
import type { Clock } from '../../../shared/time/clock'
import { TEMP_PREFIX, writeFileDurable, type DurableFs } from './atomic-write'
import { decodeUtf8, DurableJsonFile, jsonText, readTextStrict } from './durable-json-file'
import { toIoError } from './io-errors'
import { migrate, MIGRATIONS, type Migration } from './migrations'
import { historyFolderOf, RevisionHistory } from './revision-history'
import { CURRENT_SCHEMA_VERSION } from './schema'
import { contentHash, ValidatedCatalog } from './validated-catalog'
import { WriteLocks } from './write-lock'

/** Files read at once when a folder is loaded. */
const LOAD_CONCURRENCY = 16
/** A cut-off file changed this recently may still be being written by another program. */
const WRITE_QUIET_MS = 1_000
const WRITE_POLL_MS = 200
const WRITE_WAIT_MS = 3_000

export const FOLDERS = [
  'visits',
  'templates',
  'quarantine',
  'trash',
  'history',
  'backups',
  'index',
  'editions',
  'locks',
] as const

export interface StoreOptions {
  dataDir: string
  clock: Clock
  fs?: DurableFs
  migrations?: Migration[]
  /** The schema version files are migrated to; tests raise it to exercise migrations. */
  targetVersion?: number
  /**
   * This computer, recorded in the write locks it takes (a lock of a process of this computer
   * that died is broken at once); default: one made up for this process.
   */
  owner?: string
}

export type Loaded<T> =
  | { status: 'ok'; doc: Low<T> }
  | { status: 'missing' }
  | { status: 'quarantined'; reason: string }
  | { status: 'refused'; version: number }

/** The data folder: loads documents through validation, quarantines bad ones, writes durably. */
export class Store {
  readonly report: StorageReport
  /** Compare-and-swap across processes: a file's writer holds its lock from check to rename. */
  readonly locks: WriteLocks
  /** Earlier revisions of visits, the directory and the settings. */
  readonly history: RevisionHistory

  private constructor(
    readonly dataDir: string,
    readonly clock: Clock,
    readonly fs: DurableFs,
    private readonly migrations: Migration[],
    private readonly targetVersion: number,
    readOnly: boolean,
    quarantined: QuarantinedFile[],
    owner: string,
  ) {
    this.report = { dataDir, readOnly, quarantined, refused: [] }
    this.locks = new WriteLocks(join(dataDir, 'locks'), owner)
    this.history = new RevisionHistory(this)
  }

  /** Opens (and on first use creates) a data folder; a read-only folder opens read-only. */
  static async open(options: StoreOptions): Promise<Store> {
    const { dataDir } = options
    const fs = options.fs ?? nodeFs
    let readOnly = false
    try {
      for (const folder of FOLDERS) await nodeFs.mkdir(join(dataDir, folder), { recursive: true })
      await probeWritable(dataDir, fs)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code !== 'EROFS' && code !== 'EACCES' && code !== 'EPERM') throw toIoError(err, 'open')
      readOnly = true
    }
    // File ages are measured against the real clock: the files carry real times.
    if (!readOnly) await sweepTemporaryFiles(dataDir, Date.now())
    if (!readOnly) await writeSyncIgnore(dataDir, fs)
    const quarantined = await readQuarantineLog(dataDir)
    return new Store(
      dataDir,
      options.clock,
      fs,
      options.migrations ?? MIGRATIONS,
      options.targetVersion ?? CURRENT_SCHEMA_VERSION,
      readOnly,
      quarantined,
      // The computer's id and its host name: two computers sharing a home folder (and so an id)
      // are still told apart by the lock, which checks a process only on its own computer.
      `${options.owner ?? randomBytes(4).toString('hex')}@${hostname().replace(/\s/g, '').slice(0, 60)}`,
    )
  }

  path(rel: string): string {
    return join(this.dataDir, rel)
  }

  /** Names of the `.json` files in a folder of the store (temporary files excluded). */
  async listJson(folder: string): Promise<string[]> {
    try {
      const names = await nodeFs.readdir(this.path(folder))
      return names.filter((n) => n.endsWith('.json') && !n.startsWith(TEMP_PREFIX)).sort()
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw toIoError(err, 'list')
    }
  }

  /** The text of a file of the store, refusing bytes that are not UTF-8 (ENOENT when missing). */
  async readText(rel: string): Promise<string> {
    const text = await readTextStrict(this.path(rel))
    if (text === null)
      throw Object.assign(new Error(`${rel} not found`), { code: 'ENOENT' }) as Error
    return text
  }

  /**
   * Reads, migrates and validates one file. A file that cannot be read as its schema is moved to
   * quarantine, and a file that keeps revisions (a visit, the directory, the settings) is restored
   * from its last good one; one written by a newer app is left untouched and refused. A caller
   * that holds the file's write lock says so (`lockHeld`): the quarantine takes the lock otherwise.
   */
  async load<S extends z.ZodType>(
    rel: string,
    schema: S,
    options: { lockHeld?: boolean } = {},
  ): Promise<Loaded<z.infer<S>>> {
    return (await this.loadWithText(rel, schema, true, options.lockHeld ?? false)).loaded
  }

  private async loadWithText<S extends z.ZodType>(
    rel: string,
    schema: S,
    restoring = true,
    lockHeld = false,
  ): Promise<{ loaded: Loaded<z.infer<S>>; text?: string }> {
    let bytes: Buffer
    try {
      bytes = await nodeFs.readFile(this.path(rel))
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { loaded: { status: 'missing' } }
      throw toIoError(err, 'read')
    }
    const damaged = (reason: string, text = '') =>
      this.damaged(rel, schema, { reason, bytes, text, restoring, lockHeld })
    // A file another program is still writing (a sync engine's copy written in place) reads as
    // cut off for a moment: it is read again once it has stopped changing, not quarantined.
    const cutOff = async (reason: string, text = '') =>
      (await this.stillBeingWritten(rel, bytes))
        ? (await this.loadWithText(rel, schema, restoring, lockHeld)).loaded
        : await damaged(reason, text)
    const text = decodeUtf8(bytes)
    if (text === null) return { loaded: await cutOff('not valid UTF-8 text') }
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch {
      return { loaded: await cutOff('not valid JSON (truncated or damaged)', text) }
    }
    const outcome = migrate(raw, this.migrations, this.targetVersion)
    if (outcome.kind === 'newer') {
      if (!this.report.refused.some((r) => r.file === rel))
        this.report.refused.push({ file: rel, schemaVersion: outcome.version })
      return { loaded: { status: 'refused', version: outcome.version } }
    }
    if (outcome.kind === 'unversioned')
      return { loaded: await damaged('no known schemaVersion', text) }
    const parsed = schema.safeParse(outcome.data)
    if (!parsed.success) {
      const first = parsed.error.issues[0]
      const where = first ? `${first.path.join('.')}: ${first.message}` : 'invalid'
      return { loaded: await damaged(`does not match the schema (${where})`, text) }
    }
    const adapter = new DurableJsonFile<z.infer<S>>(this.path(rel), this.fs)
    const doc = new Low<z.infer<S>>(adapter, parsed.data)
    if (outcome.kind === 'migrated' && !this.report.readOnly) {
      await this.backupBeforeMigration(rel, outcome.from)
      await doc.write()
    }
    return { loaded: { status: 'ok', doc }, text }
  }

  /**
   * Whether a file that was just written to is still changing: while its last change is recent
   * (under WRITE_QUIET_MS ago), it is looked at again every WRITE_POLL_MS, for WRITE_WAIT_MS at
   * most. True as soon as its bytes differ from those read; false once it has been quiet.
   */
  private async stillBeingWritten(rel: string, bytes: Buffer): Promise<boolean> {
    const deadline = Date.now() + WRITE_WAIT_MS
    for (;;) {
      const stat = await nodeFs.stat(this.path(rel)).catch(() => null)
      if (!stat || Date.now() - stat.mtimeMs >= WRITE_QUIET_MS || Date.now() >= deadline)
        return false
      await new Promise((resolve) => setTimeout(resolve, WRITE_POLL_MS))
      const now = await nodeFs.readFile(this.path(rel)).catch(() => null)
      if (now !== null && !now.equals(bytes)) return true
    }
  }

  /**
   * A file that cannot be read. Under its write lock, and only if it still holds the bytes that
   * were read (another process may have restored or saved it meanwhile), its bytes are copied to
   * quarantine with the reason; then a file that keeps revisions gets its last good revision put
   * back as a newer one, replacing it atomically (the name is never empty, so no other process
   * ever finds it missing). Nothing that held data is replaced by an empty or default file:
   * without a good revision the damaged file is removed (its bytes are in quarantine) and the
   * service says so.
   */
  private async damaged<S extends z.ZodType>(
    rel: string,
    schema: S,
    seen: { reason: string; bytes: Buffer; text: string; restoring: boolean; lockHeld: boolean },
  ): Promise<Loaded<z.infer<S>>> {
    const quarantined = { status: 'quarantined' as const, reason: seen.reason }
    if (this.report.readOnly) {
      const at = this.clock.now().toISOString()
      this.report.quarantined.push({ file: rel, movedTo: '', reason: seen.reason, at })
      return quarantined
    }
    const key = lockKeyOf(rel)
    const locked = <T>(task: () => Promise<T>) =>
      seen.lockHeld || !key ? task() : this.locks.holding(key, task)
    const outcome = await locked(async (): Promise<Loaded<z.infer<S>> | 'changed'> => {
      const now = await nodeFs.readFile(this.path(rel)).catch(() => null)
      // Moved aside by another process that found no good revision: quarantined all the same.
      if (now === null) return quarantined
      if (!now.equals(seen.bytes)) return 'changed'
      const entry = await this.quarantine(rel, seen.reason, now)
      const good =
        seen.restoring && historyFolderOf(rel)
          ? await this.history.lastGood(rel, schema)
          : undefined
      if (!good) {
        await nodeFs.unlink(this.path(rel)).catch(() => undefined)
        return quarantined
      }
      // Above the damaged file's revision, which windows may hold: when it cannot be read, above
      // the one that most likely replaced the last good revision.
      const damagedRevision = Number(/"revision"\s*:\s*(\d{1,9})/.exec(seen.text)?.[1] ?? 0)
      const revision = Math.max(good.revision + 1, damagedRevision) + 1
      const data = {
        ...(good.data as Record<string, unknown>),
        revision,
        updatedAt: this.clock.now().toISOString(),
      }
      await writeFileDurable(this.path(rel), jsonText(data), this.fs).catch((err: unknown) => {
        throw toIoError(err, 'restore')
      })
      // The reason file says so too: the banner of later starts still tells what happened.
      Object.assign(entry, { restoredFrom: good.revision, restoredAs: revision })
      await writeFileDurable(
        this.path(`${entry.movedTo}.reason.json`),
        jsonText(entry),
        this.fs,
      ).catch(() => undefined)
      return 'changed'
    })
    if (outcome !== 'changed') return outcome
    // Read again as it is now (restored here, or replaced by another process), never restoring
    // twice in a row.
    return (await this.loadWithText(rel, schema, false, seen.lockHeld)).loaded
  }

  /**
   * Loads every `.json` file of a folder, several at a time. Files whose content is unchanged since
   * it last passed validation (see ValidatedCatalog) are only parsed; the others go through `load`.
   */
  async loadFolder<S extends z.ZodType>(folder: string, schema: S): Promise<Low<z.infer<S>>[]> {
    return (await this.loadFolderNamed(folder, schema)).map((f) => f.doc)
  }

  /** As loadFolder, with each document's file name (a sync engine's copy is told by its name). */
  async loadFolderNamed<S extends z.ZodType>(
    folder: string,
    schema: S,
  ): Promise<{ name: string; doc: Low<z.infer<S>> }[]> {
    const catalogRel = `index/validated-${folder}.json`
    const catalog = await ValidatedCatalog.open(this.path(catalogRel), schema)
    const names = await this.listJson(folder)
    const docs: (Low<z.infer<S>> | undefined)[] = new Array(names.length)
    let next = 0
    const worker = async () => {
      while (next < names.length) {
        const n = next++
        const name = names[n]!
        const rel = `${folder}/${name}`
        const text = await readTextStrict(this.path(rel)).catch(() => null)
        if (text !== null && catalog.trusts(name, contentHash(text))) {
          try {
            const adapter = new DurableJsonFile<z.infer<S>>(this.path(rel), this.fs)
            docs[n] = new Low(adapter, JSON.parse(text) as z.infer<S>)
            continue
          } catch {
            // Not what was validated after all: checked in full below.
          }
        }
        const { loaded, text: read } = await this.loadWithText(rel, schema)
        if (loaded.status !== 'ok') continue
        docs[n] = loaded.doc
        if (read !== undefined) catalog.record(name, contentHash(read))
      }
    }
    await Promise.all(Array.from({ length: LOAD_CONCURRENCY }, worker))
    catalog.retain(new Set(names))
    if (catalog.dirty && !this.report.readOnly)
      await this.writeText(catalogRel, JSON.stringify(catalog)).catch(() => undefined)
    return names.flatMap((name, n) => (docs[n] ? [{ name, doc: docs[n] }] : []))
  }

  /** A new document at `rel` holding `data`, not yet written. */
  create<T>(rel: string, data: T): Low<T> {
    return new Low<T>(new DurableJsonFile<T>(this.path(rel), this.fs), data)
  }

  /** Writes a document durably, translating failures into messages for the officer. */
  async write<T>(doc: Low<T>, action: string): Promise<string> {
    this.assertWritable()
    const text = jsonText(doc.data)
    try {
      await writeFileDurable((doc.adapter as DurableJsonFile<T>).path, text, this.fs)
    } catch (err) {
      throw toIoError(err, action)
    }
    return text
  }

  /** Durably writes raw text at `rel` (history copies, backups). */
  async writeText(rel: string, text: string): Promise<void> {
    this.assertWritable()
    try {
      await nodeFs.mkdir(join(this.dataDir, rel, '..'), { recursive: true })
      await writeFileDurable(this.path(rel), text, this.fs)
    } catch (err) {
      throw toIoError(err, 'write')
    }
  }

  /**
   * Runs a change of one file under its write lock (see WriteLocks), after checking that the
   * folder can be written at all; a lock that cannot be made is reported as the file system's
   * error in the officer's words (read-only, busy…), never as an internal error.
   */
  async withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    this.assertWritable()
    let started = false
    try {
      return await this.locks.run(key, () => {
        started = true
        return task()
      })
    } catch (err) {
      throw started ? err : toIoError(err, 'lock')
    }
  }

  assertWritable(): void {
    if (this.report.readOnly)
      throw toIoError(Object.assign(new Error('read-only'), { code: 'EROFS' }), 'write')
  }

  /**
   * Keeps a damaged file's bytes in `quarantine/` with a written reason (a name of its own: never
   * over an earlier quarantined file). The caller then replaces or removes the file.
   */
  private async quarantine(rel: string, reason: string, bytes: Buffer): Promise<QuarantinedFile> {
    const at = this.clock.now().toISOString()
    const stamp = at.replace(/[:.]/g, '-')
    const unique = randomBytes(3).toString('hex')
    const target = `quarantine/${stamp}-${unique}-${rel.replace(/[\\/]/g, '__')}`
    const entry: QuarantinedFile = { file: rel, movedTo: target, reason, at }
    try {
      await writeFileDurable(this.path(target), bytes, this.fs, 'binary')
      await writeFileDurable(this.path(`${target}.reason.json`), jsonText(entry), this.fs)
    } catch (err) {
      throw toIoError(err, 'quarantine')
    }
    this.report.quarantined.push(entry)
    return entry
  }

  private async backupBeforeMigration(rel: string, from: number): Promise<void> {
    const text = await this.readText(rel)
    const stamp = this.clock.now().toISOString().replace(/[:.]/g, '-')
    await this.writeText(`backups/migrations/${stamp}-v${from}-${basename(rel)}`, text)
  }
}

/** The write lock a file of the store is saved under (see WriteLocks); none for other files. */
export function lockKeyOf(rel: string): string | undefined {
  if (rel === 'directory.json') return 'directory'
  if (rel === 'settings.json') return 'settings'
  const visit = /^visits\/([A-Za-z0-9_-]{1,64})\.json$/.exec(rel)
  return visit ? `visit-${visit[1]}` : undefined
}

/** Temporary files older than this were left by a write that was cut off (a crash, a kill). */
const STALE_TEMP_MS = 10 * 60_000

/**
 * Removes the temporary files of writes that never finished. Only old ones: a younger one may
 * belong to another process writing right now. The file they were replacing is intact.
 */
/**
 * What Syncthing must not carry between computers when the data folder is shared: the atomic
 * writer's temporary files, and what each computer derives or keeps for itself (the search index
 * and validation stamps, quarantine, backups). Written once; an officer's own edits are kept.
 */
export const SYNC_IGNORE = `// Delegation Planner: files a shared archive must not carry between computers.
// Temporary files of interrupted writes (the app removes them itself).
(?d)${TEMP_PREFIX}*
// Derived on each computer from the visit files; rebuilt when missing.
/index
// Kept on the computer where they happened.
/quarantine
/backups
`

async function writeSyncIgnore(dataDir: string, fs: DurableFs): Promise<void> {
  const path = join(dataDir, '.stignore')
  const exists = await nodeFs.stat(path).then(
    () => true,
    () => false,
  )
  if (!exists) await writeFileDurable(path, SYNC_IGNORE, fs).catch(() => undefined)
}

async function sweepTemporaryFiles(dataDir: string, now: number): Promise<void> {
  for (const folder of ['', 'visits', 'templates', 'index']) {
    const dir = join(dataDir, folder)
    const names = await nodeFs.readdir(dir).catch(() => [] as string[])
    for (const name of names) {
      if (!name.startsWith(TEMP_PREFIX) || !name.endsWith('.tmp')) continue
      const path = join(dir, name)
      const stat = await nodeFs.stat(path).catch(() => undefined)
      if (stat && now - stat.mtimeMs > STALE_TEMP_MS)
        await nodeFs.unlink(path).catch(() => undefined)
    }
  }
}

async function probeWritable(dataDir: string, fs: DurableFs): Promise<void> {
  // A name of its own: two processes opening the folder at once must not remove each other's.
  const probe = join(dataDir, `${TEMP_PREFIX}probe.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await fs.open(probe, 'w')
  await handle.close()
  await fs.unlink(probe)
}

async function readQuarantineLog(dataDir: string): Promise<QuarantinedFile[]> {
  const folder = join(dataDir, 'quarantine')
  let names: string[]
  try {
    names = await nodeFs.readdir(folder)
  } catch {
    return []
  }
  const entries: QuarantinedFile[] = []
  for (const name of names.filter((n) => n.endsWith('.reason.json')).sort()) {
    try {
      const entry = JSON.parse(await nodeFs.readFile(join(folder, name), 'utf8')) as QuarantinedFile
      entries.push({
        file: String(entry.file),
        movedTo: String(entry.movedTo),
        reason: String(entry.reason),
        at: String(entry.at),
        ...(Number.isInteger(entry.restoredFrom) && Number.isInteger(entry.restoredAs)
          ? { restoredFrom: entry.restoredFrom, restoredAs: entry.restoredAs }
          : {}),
      })
    } catch {
      entries.push({
        file: relative(dataDir, join(folder, name)),
        movedTo: '',
        reason: 'unreadable reason file',
        at: '',
      })
    }
  }
  return entries
}
