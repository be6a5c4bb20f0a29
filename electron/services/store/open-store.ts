import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { hostname } from 'node:os'
import { basename, dirname, join, relative } from 'node:path'
import { Low } from 'lowdb'
import type { z } from 'zod'
import type { QuarantinedFile, StorageReport } from '../../../shared/api/contract'
import type { Clock } from '../../../shared/time/clock'
import { syncFolder, TEMP_PREFIX, writeFileDurable, type DurableFs } from './atomic-write'
import { DurableJsonFile, InvalidUtf8Error, jsonText, readTextStrict } from './durable-json-file'
import { toIoError } from './io-errors'
import { migrate, MIGRATIONS, type Migration } from './migrations'
import { historyFolderOf, RevisionHistory } from './revision-history'
import { CURRENT_SCHEMA_VERSION } from './schema'
import { contentHash, ValidatedCatalog } from './validated-catalog'
import { WriteLocks } from './write-lock'

/** Files read at once when a folder is loaded. */
const LOAD_CONCURRENCY = 16

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
      options.owner ??
        `${hostname().replace(/\s/g, '').slice(0, 60)}-${randomBytes(4).toString('hex')}`,
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
   * from its last good one; one written by a newer app is left untouched and refused.
   */
  async load<S extends z.ZodType>(rel: string, schema: S): Promise<Loaded<z.infer<S>>> {
    return (await this.loadWithText(rel, schema)).loaded
  }

  private async loadWithText<S extends z.ZodType>(
    rel: string,
    schema: S,
    restoring = true,
  ): Promise<{ loaded: Loaded<z.infer<S>>; text?: string }> {
    let text: string | null
    try {
      text = await readTextStrict(this.path(rel))
    } catch (err) {
      if (err instanceof InvalidUtf8Error)
        return { loaded: await this.damaged(rel, schema, 'not valid UTF-8 text', '', restoring) }
      throw toIoError(err, 'read')
    }
    if (text === null) return { loaded: { status: 'missing' } }
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch {
      const reason = 'not valid JSON (truncated or damaged)'
      return { loaded: await this.damaged(rel, schema, reason, text, restoring) }
    }
    const outcome = migrate(raw, this.migrations, this.targetVersion)
    if (outcome.kind === 'newer') {
      if (!this.report.refused.some((r) => r.file === rel))
        this.report.refused.push({ file: rel, schemaVersion: outcome.version })
      return { loaded: { status: 'refused', version: outcome.version } }
    }
    if (outcome.kind === 'unversioned')
      return { loaded: await this.damaged(rel, schema, 'no known schemaVersion', text, restoring) }
    const parsed = schema.safeParse(outcome.data)
    if (!parsed.success) {
      const first = parsed.error.issues[0]
      const where = first ? `${first.path.join('.')}: ${first.message}` : 'invalid'
      const reason = `does not match the schema (${where})`
      return { loaded: await this.damaged(rel, schema, reason, text, restoring) }
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
   * A file that cannot be read: moved to quarantine, then, for a file that keeps revisions, its
   * last good revision is put back as a new one. Nothing that held data is replaced by an empty
   * or default file: without a good revision the place stays empty and the service says so.
   */
  private async damaged<S extends z.ZodType>(
    rel: string,
    schema: S,
    reason: string,
    text: string,
    restoring: boolean,
  ): Promise<Loaded<z.infer<S>>> {
    const moved = await this.quarantine(rel, reason)
    if (moved === 'gone') return (await this.loadWithText(rel, schema, restoring)).loaded
    const quarantined = { status: 'quarantined' as const, reason }
    if (!restoring || this.report.readOnly || !historyFolderOf(rel)) return quarantined
    const good = await this.history.lastGood(rel, schema)
    if (!good) return quarantined
    // Above the damaged file's revision, which windows may hold: when it cannot be read, above
    // the one that most likely replaced the last good revision.
    const damagedRevision = Number(/"revision"\s*:\s*(\d{1,9})/.exec(text)?.[1] ?? 0)
    const revision = Math.max(good.revision + 1, damagedRevision) + 1
    const data = {
      ...(good.data as Record<string, unknown>),
      revision,
      updatedAt: this.clock.now().toISOString(),
    }
    // Put back only where nothing is yet: another process may have restored or saved meanwhile.
    const placed = await writeFileExclusive(this.path(rel), jsonText(data), this.fs).catch(
      (err: unknown) => {
        throw toIoError(err, 'restore')
      },
    )
    if (placed) {
      // The reason file says so too: the banner of later starts still tells what happened.
      Object.assign(moved.entry, { restoredFrom: good.revision, restoredAs: revision })
      await writeFileDurable(
        this.path(`${moved.entry.movedTo}.reason.json`),
        jsonText(moved.entry),
        this.fs,
      ).catch(() => undefined)
    }
    return (await this.loadWithText(rel, schema, false)).loaded
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

  assertWritable(): void {
    if (this.report.readOnly)
      throw toIoError(Object.assign(new Error('read-only'), { code: 'EROFS' }), 'write')
  }

  /** Moves a damaged file aside with a written reason; never overwrites or deletes it. */
  private async quarantine(
    rel: string,
    reason: string,
  ): Promise<{ status: 'quarantined'; reason: string; entry: QuarantinedFile } | 'gone'> {
    const at = this.clock.now().toISOString()
    const stamp = at.replace(/[:.]/g, '-')
    // Never onto an earlier quarantined file: the same name damaged twice in one moment stays two.
    const unique = randomBytes(3).toString('hex')
    const target = `quarantine/${stamp}-${unique}-${rel.replace(/[\\/]/g, '__')}`
    const entry: QuarantinedFile = { file: rel, movedTo: target, reason, at }
    if (this.report.readOnly) {
      this.report.quarantined.push({ ...entry, movedTo: '' })
      return { status: 'quarantined', reason, entry }
    }
    try {
      await nodeFs.rename(this.path(rel), this.path(target))
    } catch (err) {
      // Another process moved it aside (and perhaps restored it) first.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'gone'
      throw toIoError(err, 'quarantine')
    }
    try {
      await writeFileDurable(
        this.path(`${target}.reason.json`),
        `${JSON.stringify(entry, null, 2)}\n`,
        this.fs,
      )
    } catch (err) {
      throw toIoError(err, 'quarantine')
    }
    this.report.quarantined.push(entry)
    return { status: 'quarantined', reason, entry }
  }

  private async backupBeforeMigration(rel: string, from: number): Promise<void> {
    const text = await this.readText(rel)
    const stamp = this.clock.now().toISOString().replace(/[:.]/g, '-')
    await this.writeText(`backups/migrations/${stamp}-v${from}-${basename(rel)}`, text)
  }
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

/**
 * Creates `path` holding `data` only if nothing is there: written to a temporary file, fsynced,
 * then hard-linked into place (a link never replaces an existing name). Where links are not
 * possible, an exclusive create. Answers false when the name was taken.
 */
export async function writeFileExclusive(
  path: string,
  data: string,
  fs: DurableFs = nodeFs,
): Promise<boolean> {
  const dir = dirname(path)
  const temp = join(dir, `${TEMP_PREFIX}${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await fs.open(temp, 'wx', 0o600)
  try {
    await handle.writeFile(data, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await nodeFs.link(temp, path)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'EEXIST') {
      await fs.unlink(temp).catch(() => undefined)
      return false
    }
    // No hard links here (FAT, some network folders): an exclusive create instead.
    await fs.unlink(temp).catch(() => undefined)
    let target: nodeFs.FileHandle
    try {
      target = await fs.open(path, 'wx', 0o600)
    } catch (err2) {
      if ((err2 as NodeJS.ErrnoException).code === 'EEXIST') return false
      throw err2
    }
    try {
      await target.writeFile(data, 'utf8')
      await target.sync()
    } finally {
      await target.close()
    }
    await syncFolder(dir, fs)
    return true
  }
  await fs.unlink(temp).catch(() => undefined)
  await syncFolder(dir, fs)
  return true
}

async function probeWritable(dataDir: string, fs: DurableFs): Promise<void> {
  const probe = join(dataDir, `${TEMP_PREFIX}probe.tmp`)
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
