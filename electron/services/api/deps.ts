import { randomUUID } from 'node:crypto'
import { resolve } from 'node:path'
import { systemClock, type Clock } from '../../../shared/time/clock'
import { AppEvents } from '../app-events'
import { loadBundledDirectory } from '../bundled-data'
import { BriefingService } from '../briefing-service'
import { fileVault, Keyring, type KeyVault } from '../department-key'
import { DirectoryService } from '../directory-service'
import { EditionsService } from '../editions-service'
import { localMachine, type Machine } from '../machine'
import type { PdfPrinter } from '../pdf-printer'
import { keyFileBox, type SecretBox } from '../personal-data'
import { readPreferences, updatePreferences } from '../preferences'
import { PresenceService } from '../presence-service'
import { SettingsService } from '../settings-service'
import type { DurableFs } from '../store/atomic-write'
import { Store } from '../store/open-store'
import { seedTemplates, TemplatesService } from '../templates-service'
import { VisitsService } from '../visits-service'

/** Where the desktop app saves what it makes: the system's save dialog and file manager. */
export interface SaveFiles {
  /** Asks where to save and writes the file; the path, or null when the officer cancels. */
  saveAs(fileName: string, bytes: Uint8Array): Promise<string | null>
  showInFolder(path: string): void
}

export interface AppApiOptions {
  /** The officer's data folder. */
  dataDir: string
  /** The folder holding the shipped `templates/` and `venues/` (the repo's `data/`). */
  bundledDir: string
  clock?: Clock
  newId?: () => string
  fs?: DurableFs
  /** Prints the briefing; without one, PDF export answers a clear 'unavailable' error. */
  printer?: PdfPrinter
  /** The desktop app's save dialog; without it (browser mode) the window downloads files itself. */
  files?: SaveFiles
  /** Seals passport data on disk; default: the key file outside the data folder. */
  secrets?: SecretBox
  /**
   * How the data folder was chosen: `fixed` when named at start (command line, environment);
   * `pickFolder` shows the system's folder picker (the desktop app).
   */
  dataFolder?: {
    fixed: boolean
    pickFolder?: () => Promise<string | null>
    /** The chosen folder that could not be opened at start (the default one opened instead). */
    unavailable?: string
  }
  /** The department keys imported on this computer; default: a file beside the key file. */
  departmentKeys?: KeyVault
  /** This computer and user, recorded with each saved revision; default: read or made locally. */
  machine?: Machine
  /** Watch the data folder for changes made from outside (the app and the node host do). */
  watch?: boolean
  /**
   * The officer's own preferences (interface language), kept outside the shared folder; without
   * one (the CLI, tests) the language stays in the folder's settings.
   */
  preferencesFile?: string
}

/** Short, file-name-safe identifiers. */
export const defaultNewId = () => randomUUID().replace(/-/g, '').slice(0, 16)

/** What every area of the API is built from: the open data folder and its services. */
export interface AppDeps {
  options: AppApiOptions
  store: Store
  clock: Clock
  newId: () => string
  events: AppEvents
  settings: SettingsService
  keyring: Keyring
  directory: DirectoryService
  visits: VisitsService
  presence: PresenceService
  templates: TemplatesService
  editions: EditionsService
  briefing: BriefingService
}

/** Opens the data folder and its services, in the order they depend on each other. */
export async function openDeps(options: AppApiOptions): Promise<AppDeps> {
  const clock = options.clock ?? systemClock
  const newId = options.newId ?? defaultNewId
  const machine = options.machine ?? (await localMachine())
  const events = new AppEvents()
  const store = await Store.open({
    dataDir: options.dataDir,
    clock,
    fs: options.fs,
    owner: machine.id,
  })
  const settings = await SettingsService.open(store, options.preferencesFile)
  await settings.reconcileCopies()
  if (!store.report.readOnly && settings.known) {
    const seeded = await seedTemplates(store, options.bundledDir, settings.seededTemplates)
    if (seeded.length > 0 || settings.firstStart) await settings.markSeeded(seeded)
  }
  const keyring = await Keyring.open(
    options.secrets ?? (await keyFileBox()),
    options.departmentKeys ?? fileVault(),
  )
  const seed = await loadBundledDirectory(options.bundledDir)
  const directory = await DirectoryService.open(store, seed, keyring, events)
  const visits = await VisitsService.open(store, newId, machine, events)
  const templates = await TemplatesService.open(store)
  const editions = new EditionsService(store)
  const briefing = new BriefingService({
    visits,
    editions,
    directory,
    templates,
    settings,
    clock,
    printer: options.printer,
  })
  await noteChosenFolderOpened(options, store)
  const presence = new PresenceService(store, machine, clock)
  return {
    ...{ options, store, clock, newId, events, settings, keyring, directory, visits, presence },
    ...{ templates, editions, briefing },
  }
}

/** The chosen folder opened as an archive: from now on, found empty, it is a drive not there. */
async function noteChosenFolderOpened(options: AppApiOptions, store: Store): Promise<void> {
  if (!options.preferencesFile || store.report.readOnly) return
  const prefs = await readPreferences(options.preferencesFile)
  if (prefs.dataDir && resolve(prefs.dataDir) === resolve(options.dataDir) && !prefs.dataDirOpened)
    await updatePreferences(options.preferencesFile, { dataDirOpened: true }).catch(() => undefined)
}
