import { watch, type FSWatcher } from 'node:fs'
import type { VisitsService } from './visits-service'

/** A change found in the folder: a visit changed, removed or copied, the directory, settings, templates. */
export interface FolderChange {
  kind: 'changed' | 'removed' | 'copy' | 'directory' | 'settings' | 'template'
  id?: string
  name: string
}

/** The key under which changes of the directory file are gathered and logged. */
const DIRECTORY = '../directory.json'
/** The key under which changes of the settings file are gathered and logged. */
const SETTINGS = '../settings.json'
/** Template files are gathered under their name in the templates folder. */
const TEMPLATES = '../templates/'

/** The templates folder and its reader, when that is watched too. */
export interface WatchedTemplates {
  path: string
  refreshFile(name: string): Promise<boolean>
  rescan(): Promise<boolean>
}

/** How long events on one file are gathered before it is read (sync engines rename in steps). */
const SETTLE_MS = 150
/** The full comparison that catches what the system did not report (network folders). */
const RESCAN_MS = 30_000

/**
 * Watches the visits folder for changes made from outside (a sync engine, another window) and
 * applies them to the loaded visits, one file at a time, with a full comparison now and then.
 * Each change found is handed to `applied` (which turns it into an event of the change stream).
 */
export class FolderWatch {
  private watcher: FSWatcher | null = null
  private rootWatcher: FSWatcher | null = null
  private templatesWatcher: FSWatcher | null = null
  private timers = new Map<string, NodeJS.Timeout>()
  private rescanTimer: NodeJS.Timeout | null = null
  private running: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly folder: string,
    private readonly visits: VisitsService,
    private readonly applied: (change: FolderChange) => void,
    /** The data folder and the reader of its directory file, when that is watched too. */
    private readonly root?: {
      path: string
      refreshDirectory: () => Promise<boolean>
      refreshSettings?: () => Promise<boolean>
    },
    private readonly templates?: WatchedTemplates,
  ) {}

  /** Starts watching; the stamps of the files as they are now are the starting point. */
  async start(): Promise<void> {
    await this.visits.noteStamps()
    try {
      this.watcher = watch(this.folder, { persistent: false }, (_event, name) => {
        if (name) this.schedule(String(name))
      })
      this.watcher.on('error', () => undefined) // the periodic rescan still runs
      if (this.root) {
        this.rootWatcher = watch(this.root.path, { persistent: false }, (_event, name) => {
          // The directory file, or a sync engine's copy of it ('directory.sync-conflict-….json').
          const file = String(name)
          if (file.startsWith('directory') && file.endsWith('.json')) this.schedule(DIRECTORY)
          if (file.startsWith('settings') && file.endsWith('.json')) this.schedule(SETTINGS)
        })
        this.rootWatcher.on('error', () => undefined)
      }
      if (this.templates) {
        this.templatesWatcher = watch(this.templates.path, { persistent: false }, (_e, name) => {
          if (name) this.schedule(TEMPLATES + String(name))
        })
        this.templatesWatcher.on('error', () => undefined)
      }
    } catch {
      // No file-system events here (some network folders): the periodic rescan does the work.
    }
    this.rescanTimer = setInterval(() => void this.rescan(), RESCAN_MS)
    this.rescanTimer.unref()
  }

  stop(): void {
    this.watcher?.close()
    this.watcher = null
    this.rootWatcher?.close()
    this.rootWatcher = null
    this.templatesWatcher?.close()
    this.templatesWatcher = null
    for (const t of this.timers.values()) clearTimeout(t)
    this.timers.clear()
    if (this.rescanTimer) clearInterval(this.rescanTimer)
    this.rescanTimer = null
  }

  /** Reads one file now (also what the events lead to, after they settle). */
  async refresh(name: string): Promise<void> {
    const run = this.running.then(async () => {
      if (name === DIRECTORY) {
        if (await this.root?.refreshDirectory()) this.record(name, { kind: 'directory' })
        return
      }
      if (name === SETTINGS) {
        if (await this.root?.refreshSettings?.()) this.record(name, { kind: 'settings' })
        return
      }
      if (name.startsWith(TEMPLATES)) {
        const file = name.slice(TEMPLATES.length)
        if (await this.templates?.refreshFile(file)) this.record(name, { kind: 'template' })
        return
      }
      const { kind, id } = await this.visits.refreshFile(name)
      if (kind !== 'unchanged' && kind !== 'ignored') this.record(name, { kind, id })
    })
    this.running = run.catch(() => undefined)
    await run
  }

  /** Compares the whole folder with what is loaded. */
  async rescan(): Promise<void> {
    const run = this.running.then(async () => {
      for (const change of await this.visits.rescan()) this.record(change.name, change)
      if (await this.root?.refreshDirectory()) this.record(DIRECTORY, { kind: 'directory' })
      if (await this.root?.refreshSettings?.()) this.record(SETTINGS, { kind: 'settings' })
      if (await this.templates?.rescan()) this.record(TEMPLATES, { kind: 'template' })
    })
    this.running = run.catch(() => undefined)
    await run
  }

  private schedule(name: string): void {
    clearTimeout(this.timers.get(name))
    this.timers.set(
      name,
      setTimeout(() => {
        this.timers.delete(name)
        void this.refresh(name).catch(() => undefined)
      }, SETTLE_MS),
    )
  }

  private record(name: string, result: { kind: FolderChange['kind']; id?: string }): void {
    this.applied({ name, ...result })
  }
}
