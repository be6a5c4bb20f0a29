import * as nodeFs from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import { Low } from 'lowdb'
import type { z } from 'zod'
import type { QuarantinedFile, StorageReport } from '../../../shared/api/contract'
import type { Clock } from '../../../shared/time/clock'
import { TEMP_PREFIX, writeFileDurable, type DurableFs } from './atomic-write'
import { DurableJsonFile } from './durable-json-file'
import { toIoError } from './io-errors'
import { migrate, MIGRATIONS, type Migration } from './migrations'
import { CURRENT_SCHEMA_VERSION } from './schema'
import { ValidatedCatalog } from './validated-catalog'

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
}

export type Loaded<T> =
  | { status: 'ok'; doc: Low<T> }
  | { status: 'missing' }
  | { status: 'quarantined'; reason: string }
  | { status: 'refused'; version: number }

/** The data folder: loads documents through validation, quarantines bad ones, writes durably. */
export class Store {
  readonly report: StorageReport

  private constructor(
    readonly dataDir: string,
    readonly clock: Clock,
    readonly fs: DurableFs,
    private readonly migrations: Migration[],
    private readonly targetVersion: number,
    readOnly: boolean,
    quarantined: QuarantinedFile[],
  ) {
    this.report = { dataDir, readOnly, quarantined, refused: [] }
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

  /**
   * Reads, migrates and validates one file. A file that cannot be read as its schema is moved to
   * quarantine; one written by a newer app is left untouched and refused.
   */
  async load<S extends z.ZodType>(rel: string, schema: S): Promise<Loaded<z.infer<S>>> {
    const adapter = new DurableJsonFile<unknown>(this.path(rel), this.fs)
    let raw: unknown
    try {
      raw = await adapter.read()
    } catch (err) {
      if (err instanceof SyntaxError)
        return this.quarantine(rel, 'not valid JSON (truncated or damaged)')
      throw toIoError(err, 'read')
    }
    if (raw === null) return { status: 'missing' }
    const outcome = migrate(raw, this.migrations, this.targetVersion)
    if (outcome.kind === 'newer') {
      this.report.refused.push({ file: rel, schemaVersion: outcome.version })
      return { status: 'refused', version: outcome.version }
    }
    if (outcome.kind === 'unversioned') return this.quarantine(rel, 'no known schemaVersion')
    const parsed = schema.safeParse(outcome.data)
    if (!parsed.success) {
      const first = parsed.error.issues[0]
      const where = first ? `${first.path.join('.')}: ${first.message}` : 'invalid'
      return this.quarantine(rel, `does not match the schema (${where})`)
    }
    const doc = new Low<z.infer<S>>(adapter as DurableJsonFile<z.infer<S>>, parsed.data)
    if (outcome.kind === 'migrated' && !this.report.readOnly) {
      await this.backupBeforeMigration(rel, outcome.from)
      await doc.write()
    }
    return { status: 'ok', doc }
  }

  /**
   * Loads every `.json` file of a folder, several at a time. Files unchanged since they last
   * passed validation (see ValidatedCatalog) are only parsed; the others go through `load`.
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
    const stampOf = async (rel: string) => {
      const stat = await nodeFs.stat(this.path(rel)).catch(() => undefined)
      return stat && { size: stat.size, mtimeMs: stat.mtimeMs }
    }
    let next = 0
    const worker = async () => {
      while (next < names.length) {
        const n = next++
        const rel = `${folder}/${names[n]!}`
        const stamp = await stampOf(rel)
        if (stamp && catalog.trusts(names[n]!, stamp)) {
          const adapter = new DurableJsonFile<z.infer<S>>(this.path(rel), this.fs)
          const data = await adapter.read().catch(() => null)
          if (data !== null) {
            docs[n] = new Low(adapter, data)
            continue
          }
        }
        const loaded = await this.load(rel, schema)
        if (loaded.status !== 'ok') continue
        docs[n] = loaded.doc
        const after = await stampOf(rel)
        if (after) catalog.record(names[n]!, after)
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
  async write<T>(doc: Low<T>, action: string): Promise<void> {
    this.assertWritable()
    try {
      await doc.write()
    } catch (err) {
      throw toIoError(err, action)
    }
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
  ): Promise<{ status: 'quarantined'; reason: string }> {
    const at = this.clock.now().toISOString()
    const stamp = at.replace(/[:.]/g, '-')
    const target = `quarantine/${stamp}-${rel.replace(/[\\/]/g, '__')}`
    const entry: QuarantinedFile = { file: rel, movedTo: target, reason, at }
    if (this.report.readOnly) {
      this.report.quarantined.push({ ...entry, movedTo: '' })
      return { status: 'quarantined', reason }
    }
    try {
      await nodeFs.rename(this.path(rel), this.path(target))
      await writeFileDurable(
        this.path(`${target}.reason.json`),
        `${JSON.stringify(entry, null, 2)}\n`,
        this.fs,
      )
    } catch (err) {
      throw toIoError(err, 'quarantine')
    }
    this.report.quarantined.push(entry)
    return { status: 'quarantined', reason }
  }

  private async backupBeforeMigration(rel: string, from: number): Promise<void> {
    const text = await nodeFs.readFile(this.path(rel), 'utf8')
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
