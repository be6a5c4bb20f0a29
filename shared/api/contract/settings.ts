import { z } from 'zod'
import { CostNormsSchema, SAMPLE_COST_NORMS } from '../../domain/cost-norms'
import { PlanningSettingsSchema, defaultPlanningSettings } from '../../domain/planning'
import type { SyncConflict } from '../../domain/sync-conflicts'
import { read, write, type AreaMethods } from './method'

export const UI_LANGUAGES = ['ru', 'en'] as const
export const SettingsSchema = z.object({
  language: z.enum(UI_LANGUAGES).default('ru'),
  planning: PlanningSettingsSchema.default(defaultPlanningSettings),
  costNorms: CostNormsSchema.default(SAMPLE_COST_NORMS),
})
export type Settings = z.infer<typeof SettingsSchema>
/** A change to the settings: only the fields given are replaced (no defaults filled in). */
export const SettingsPatchSchema = z.object({
  language: z.enum(UI_LANGUAGES).optional(),
  planning: PlanningSettingsSchema.optional(),
  costNorms: CostNormsSchema.optional(),
})
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>

export interface QuarantinedFile {
  /** Path relative to the data folder, where the file was found. */
  file: string
  /** Path relative to the data folder, where its bytes were kept. */
  movedTo: string
  reason: string
  at: string
  /** The last good revision put back in its place, and the revision it was saved as. */
  restoredFrom?: number
  restoredAs?: number
}

/** A sync engine's copy of the directory, merged into it. */
export interface DirectoryCopyMerge {
  /** The copy's name in the data folder. */
  file: string
  /** Where the copy was moved (the other computer's version, readable there). */
  movedTo: string
  /** Entries only the other computer had, now added. */
  added: string[]
  /** Entries both changed differently: this computer's kept, its empty fields completed. */
  differing: string[]
  at: string
}

/** A sync engine's copy of the department's settings, merged into them. */
export interface SettingsCopyMerge {
  file: string
  movedTo: string
  /** Settings taken from the other computer ('planning.roadSpeedKmh', 'costNorms'). */
  taken: string[]
  /** Settings both computers changed differently: this computer's kept. */
  differing: string[]
  at: string
}

export interface StorageReport {
  dataDir: string
  readOnly: boolean
  quarantined: QuarantinedFile[]
  /** Files from a newer version of the app: left untouched and not loaded. */
  refused: { file: string; schemaVersion: number }[]
  /** People whose passport data was sealed with a key this computer does not have (kept sealed). */
  lockedPersonalData?: number
  /** Copies of visits that sync engines made when two computers changed the same visit. */
  syncConflicts?: SyncConflict[]
  /** Copies of the directory that sync engines made, merged since the app started. */
  directoryCopies?: DirectoryCopyMerge[]
  /** Copies of the settings file that sync engines made, merged since the app started. */
  settingsCopies?: SettingsCopyMerge[]
  /** The archive folder the officer chose could not be opened (the default folder is open). */
  folderUnavailable?: string
}

/** Which folder is the archive: the one open now and the one chosen for the next start. */
export interface DataFolderInfo {
  /** The folder open now. */
  current: string
  /** The folder the officer chose (null: the default folder). */
  chosen: string | null
  /** The folder was named at start (command line, environment), which wins over the choice. */
  fixed: boolean
  /** The system's folder picker is available (the desktop app). */
  canBrowse: boolean
}

/** The settings, the state of the data folder and the choice of folder. */
export interface SettingsApi {
  /** User settings (interface language). */
  getSettings(): Promise<Settings>
  /** Changes user settings and answers the result. */
  saveSettings(settings: SettingsPatch): Promise<Settings>
  /** What the store found at start-up: quarantined or refused files, read-only folder. */
  getStorageReport(): Promise<StorageReport>
  /** Which folder is the archive, and which one opens at the next start. */
  getDataFolder(): Promise<DataFolderInfo>
  /**
   * Chooses the archive folder for the next start (null: back to the default): an empty folder or
   * an existing archive this user can write to, such as a synced folder or a network share.
   */
  chooseDataFolder(path: string | null): Promise<DataFolderInfo>
  /** Shows the system's folder picker (desktop app only); null when the officer cancels. */
  browseDataFolder(): Promise<string | null>
}

export const settingsMethods = {
  getSettings: read(z.tuple([])),
  saveSettings: write(z.tuple([SettingsPatchSchema])),
  getStorageReport: read(z.tuple([])),
  getDataFolder: read(z.tuple([])),
  chooseDataFolder: write(z.tuple([z.string().max(4096).nullable()])),
  browseDataFolder: read(z.tuple([])),
} satisfies AreaMethods<SettingsApi>
