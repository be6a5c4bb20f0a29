import { z } from 'zod'
import { MAX_IMPORT_BASE64 } from '../import/limits'
import { IdSchema, LocalDateSchema } from '../domain/common'
import type { RegisterRow } from '../domain/agreement-register'
import type { ArchiveOverview } from '../domain/archive-overview'
import type { HistoryEntry } from '../domain/history'
import type { ProgrammeChange } from '../domain/editions'
import type { PressRelease } from '../report/press-release'
import { BriefingOptionsSchema } from '../briefing/briefing-document'
import { DirectorySchema, type Directory } from '../domain/directory'
import { InstantiateOptionsSchema, type InstantiateOptions } from '../domain/instantiate'
import type { ImportDraft } from '../import/draft'
import { SEARCH_KINDS, type SearchFilters, type SearchHit } from '../search/search-index'
import { AcceptedSchema, ImportDraftSchema, type Accepted } from '../import/draft-schema'
import { PlanningSettingsSchema, defaultPlanningSettings } from '../domain/planning'
import { CostNormsSchema, SAMPLE_COST_NORMS } from '../domain/cost-norms'
import type { Estimate } from '../paperwork/estimate'
import type { SyncConflict } from '../domain/sync-conflicts'
import type { MergeConflict } from '../domain/merge'
import type { JournalEntry } from '../domain/journal'
import {
  VisitDraftSchema,
  VisitSchema,
  type Visit,
  type VisitDraft,
  type VisitStatus,
} from '../domain/visit'

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

/** Where a new visit is copied from: a template or any visit of the archive. */
export const VisitSourceSchema = z.object({ kind: z.enum(['template', 'visit']), id: IdSchema })
export type VisitSource = z.infer<typeof VisitSourceSchema>
export const NewTemplateSchema = z.object({
  title: z.string().trim().min(1).max(500),
  summary: z.string().max(5000).optional(),
})

export const EXPORT_FORMATS = [
  'pdf',
  'ics',
  'docx',
  'bundle',
  'report-pdf',
  'report-docx',
  'press-docx',
  'access-pdf',
  'access-docx',
  'estimate-pdf',
  'estimate-xlsx',
] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
/** The briefing's options, and for the calendar a participant whose items alone are exported. */
export const ExportOptionsSchema = BriefingOptionsSchema.extend({
  personId: IdSchema.optional(),
  /** The site of an access request (its letter and visitor list). */
  venueId: IdSchema.optional(),
  /** The press release as the officer edited it (title line, blank line, paragraphs). */
  pressText: z.string().max(200_000).optional(),
})
export type ExportOptions = z.input<typeof ExportOptionsSchema>

/** A copy's file name in the visits folder: a plain name, never a path. */
export const SyncFileSchema = z
  .string()
  .min(6)
  .max(300)
  .refine((n) => n.endsWith('.json') && !/[/\\]|^\.\.?$/.test(n), 'not a file name')

/** Changes of the data folder made from outside, after a sequence number. */
export interface FolderChanges {
  /** Pass it back next time. */
  seq: number
  /** Visits changed or removed on disk by another program. */
  visitIds: string[]
  /** Copies made by sync engines appeared or went. */
  copies: boolean
  /** The directory (people, organisations, venues) was replaced from outside. */
  directory: boolean
  /** Templates were added, changed or removed from outside. */
  templates: boolean
  /** The department's settings were replaced from outside. */
  settings: boolean
}

/** One saved revision of a visit, as the history lists it. */
export interface RevisionSummary {
  revision: number
  at: string
  name: string
  author: string
  current: boolean
  /** What changed from the revision before, in Russian sentences (header fields and programme). */
  changes: string[]
}

/** Someone else who has a visit open: on which computer, since when. */
export interface Presence {
  name: string
  author: string
  since: string
  renewed: string
}

/** Who saved a version, where and when. */
export interface SavedBy {
  revision: number
  name: string
  author: string
  at: string
}

/** The merge of a visit with a sync engine's copy of it. */
export interface SyncMerge {
  file: string
  engine: string
  /** Our revision: resolve over it. */
  revision: number
  ours: SavedBy | null
  theirs: SavedBy | null
  /** False when no shared version was found: every difference is then a conflict. */
  hasBase: boolean
  conflicts: MergeConflict[]
  /** Changes taken from their side without a conflict. */
  taken: number
}

/** The officer's columns of the journal; an empty text clears the field. */
export const JournalPatchSchema = z.object({
  summary: z.string().max(4000).optional(),
  basis: z.string().max(1000).optional(),
  authorisedBy: z.string().max(500).optional(),
  report: z.string().max(1000).optional(),
})

/** A file made for the officer to save: the bytes travel as base64 over every transport. */
export interface ExportedFile {
  fileName: string
  mimeType: string
  bytes: number
  base64: string
}

/** How a file is read: the year for dates written without one (default: this year). */
export const ReadImportOptionsSchema = z.object({
  year: z.number().int().min(1990).max(2100).optional(),
})

export const SearchFiltersSchema = z.object({
  kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  country: z.string().max(200).optional(),
  region: z.string().max(300).optional(),
  direction: z.enum(['incoming', 'outgoing']).optional(),
  status: z.string().max(40).optional(),
  itemKind: z.string().max(40).optional(),
}) satisfies z.ZodType<SearchFilters>

/** One line of a counterpart's history: a visit (either way) or a document signed. */
export type { HistoryEntry } from '../domain/history'

/** An issued edition and what changed since the one before it. */
export interface EditionSummary {
  number: number
  issuedAt: string
  note?: string
  changes: ProgrammeChange[]
  /** True when the programme was already issued as this edition (nothing new was added). */
  unchanged?: boolean
}

export interface VisitRecord {
  visit: Visit
  /** Increases by one on every save; a save based on an older revision is a conflict. */
  revision: number
  updatedAt: string
}

export interface VisitSummary {
  id: string
  title: string
  partnerCountry: string
  partnerRegion: string
  startDate: string
  endDate: string
  status: VisitStatus
  itemCount: number
  revision: number
  updatedAt: string
}

export interface DirectoryRecord {
  directory: Directory
  revision: number
  updatedAt: string
}

export interface TemplateSummary {
  id: string
  title: string
  summary: string
  partnerCountry: string
  partnerRegion: string
  startDate: string
  endDate: string
  dayCount: number
  itemCount: number
}

export interface QuarantinedFile {
  /** Path relative to the data folder, where the file was found. */
  file: string
  /** Path relative to the data folder, where it was moved. */
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

/** A department key as the officer sees it (never the key itself). */
export interface DepartmentKeySummary {
  /** 'A1B2-C3D4-E5F6-0718': the same on every computer holding the key. */
  fingerprint: string
  name: string
  createdAt: string
}

/** How the archive's passport data is sealed, as seen from this computer. */
export interface DepartmentKeyStatus {
  /** The key the archive's passport data is sealed with; null: each computer seals with its own. */
  archive: DepartmentKeySummary | null
  /** The archive's key is on this computer (true when the archive has none). */
  available: boolean
  /**
   * People with passport data sealed with the department key, with this computer's own key (to be
   * sealed again once the archive has a department key), or with a key not on this computer.
   */
  sealed: { department: number; computer: number; locked: number }
  /** After an import: people whose passport data opened thanks to it. */
  opened?: number
}

export const DepartmentKeyNameSchema = z.string().trim().min(1).max(200)
/** A passphrase travels only to seal or open a key file; never stored, never logged. */
export const PassphraseSchema = z.string().max(1000)

/** Everything the UI and the CLI may ask of the application. */
export interface PlannerApi {
  /** The visits of the archive, newest first. */
  listVisits(): Promise<VisitSummary[]>
  /** One visit with its revision. */
  getVisit(id: string): Promise<VisitRecord>
  /** Creates an empty visit from the header fields. */
  createVisit(draft: VisitDraft): Promise<VisitRecord>
  /** Saves a visit; answers `conflict` when the stored revision is not `baseRevision`. */
  saveVisit(visit: Visit, baseRevision: number): Promise<VisitRecord>
  /** Moves a visit to the trash. */
  deleteVisit(id: string): Promise<void>
  /** People, organisations and venues. */
  getDirectory(): Promise<DirectoryRecord>
  /** Saves the directory; answers `conflict` when the stored revision is not `baseRevision`. */
  saveDirectory(directory: Directory, baseRevision: number): Promise<DirectoryRecord>
  /** Templates (past visits kept for reuse). */
  listTemplates(): Promise<TemplateSummary[]>
  /** Creates a new visit as a copy of a template, adding its people and venues to the directory. */
  createVisitFromTemplate(templateId: string, options?: InstantiateOptions): Promise<VisitRecord>
  /** The visit a template or a past visit would become with these options, without saving it. */
  previewNewVisit(source: VisitSource, options: InstantiateOptions): Promise<Visit>
  /** Creates a visit from a template or a past visit (new start date, what to carry over). */
  createVisitFrom(source: VisitSource, options: InstantiateOptions): Promise<VisitRecord>
  /** Keeps a visit, with the directory entries it refers to, as a template. */
  saveVisitAsTemplate(
    visitId: string,
    template: z.input<typeof NewTemplateSchema>,
  ): Promise<TemplateSummary>
  /** The briefing as the static HTML page that is printed, for the preview. */
  renderBriefing(visitId: string, options: ExportOptions): Promise<{ html: string }>
  /** The after-visit report as the static HTML page that is printed, for the preview. */
  renderReport(visitId: string, options: ExportOptions): Promise<{ html: string }>
  /** A draft press release in Russian about the visit, names and posts declined. */
  draftPressRelease(visitId: string): Promise<PressRelease>
  /** The cost estimate: the norms of the visit's group applied to its programme and lists. */
  getEstimate(visitId: string): Promise<Estimate>
  /** The briefing PDF, the programme as a calendar (ICS) or as a Word table (DOCX). */
  exportVisit(visitId: string, format: ExportFormat, options: ExportOptions): Promise<ExportedFile>
  /** Reads a file (bundle, calendar, Word programme or press-release text) into a draft to review. */
  readImport(
    fileName: string,
    base64: string,
    options: z.input<typeof ReadImportOptionsSchema>,
  ): Promise<ImportDraft>
  /** Creates the visit from the reviewed draft: kept items, documents and people only. */
  acceptImport(draft: ImportDraft, accepted: Accepted): Promise<VisitRecord>
  /** Imports a `.dvisit.json` bundle as a new copy or as the replacement of the same visit. */
  importBundle(content: string, mode: 'copy' | 'replace'): Promise<VisitRecord>
  /** A partner's history: every visit both ways and every document signed, oldest first. */
  counterpartHistory(partner: { country: string; region: string }): Promise<HistoryEntry[]>
  /**
   * Issues the programme as a new edition (numbered, frozen). When it is exactly the last edition,
   * that one is answered and nothing is added.
   */
  issueEdition(visitId: string, note?: string): Promise<EditionSummary>
  /** The editions, each with what changed since the one before, and the changes not yet issued. */
  listEditions(visitId: string): Promise<{ editions: EditionSummary[]; pending: ProgrammeChange[] }>
  /**
   * Two versions of a visit (a sync engine's copy beside it): the three-way merge over the version
   * both last shared, with the conflicts for the officer to decide.
   */
  getSyncMerge(visitId: string, file: string): Promise<SyncMerge>
  /**
   * Saves the merge (conflicts settled by `picks`, 'ours' where absent) as a new revision over
   * `baseRevision` and removes the copy (to the trash folder).
   */
  resolveSyncMerge(
    visitId: string,
    file: string,
    picks: Record<string, 'ours' | 'theirs'>,
    baseRevision: number,
  ): Promise<VisitRecord>
  /**
   * What changed in the data folder from outside (a sync engine, another window) since `since`
   * (0 at first): visits changed or removed, copies appeared or resolved. The window asks every
   * few seconds and reloads what it shows.
   */
  folderChanges(since: number): Promise<FolderChanges>
  /**
   * Says this computer has the visit open (renewed while it stays open) and answers who else has:
   * others can still edit; revisions and the merge keep both.
   */
  holdVisit(visitId: string): Promise<{ others: Presence[] }>
  /** The visit is closed on this computer. */
  releaseVisit(visitId: string): Promise<void>
  /**
   * The visit's revisions kept on this computer, newest first: who saved each, where, when, and
   * what it changed from the one before.
   */
  listRevisions(visitId: string): Promise<RevisionSummary[]>
  /** Saves an earlier revision's content as a new revision over `baseRevision` (undoable). */
  restoreRevision(visitId: string, revision: number, baseRevision: number): Promise<VisitRecord>
  /** Every document of every visit with its term and follow-up milestones, overdue first. */
  listAgreements(): Promise<RegisterRow[]>
  /** Marks a follow-up milestone of a document done or open again (saves the visit). */
  setFollowUpDone(
    visitId: string,
    agreementId: string,
    followUpId: string,
    done: boolean,
  ): Promise<VisitRecord>
  /** The journal of receptions of foreign citizens (form 20) for a period, from the visits. */
  listJournal(from: string, to: string): Promise<JournalEntry[]>
  /**
   * Completes the journal: the summary (and basis, authoriser, report) of one meeting, or with no
   * item the visit's defaults for all its meetings. Empty texts clear; answers the saved visit.
   */
  updateJournal(
    visitId: string,
    itemId: string | null,
    patch: z.input<typeof JournalPatchSchema>,
  ): Promise<VisitRecord>
  /** The journal for a period as a Word (landscape) or Excel file. */
  exportJournal(from: string, to: string, format: 'docx' | 'xlsx'): Promise<ExportedFile>
  /** Visits by year and country, documents by type, upcoming visits with their open tasks. */
  archiveOverview(): Promise<ArchiveOverview>
  /** Ranked hits across visits, documents, people, organisations and venues. */
  searchArchive(query: string, filters: SearchFilters): Promise<SearchHit[]>
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
  /** The archive's department key for passport data, and how the data is sealed. */
  getDepartmentKey(): Promise<DepartmentKeyStatus>
  /**
   * Makes a new department key on this computer and seals the archive's passport data with it.
   * Refused when the archive already has one (import it instead).
   */
  createDepartmentKey(name: string): Promise<DepartmentKeyStatus>
  /** The archive's department key as a file for colleagues, sealed under `passphrase`. */
  exportDepartmentKey(passphrase: string): Promise<ExportedFile>
  /**
   * Opens a key file with its passphrase and keeps the key on this computer; passport data sealed
   * with it opens, and what this computer sealed alone is sealed again with it.
   */
  importDepartmentKey(content: string, passphrase: string): Promise<DepartmentKeyStatus>
  /**
   * After a visit: deletes the passport data of its participants, except of people taking part
   * in a visit not over yet.
   */
  deletePersonalData(visitId: string): Promise<{ removed: number; kept: number }>
}

export type ApiMethod = keyof PlannerApi

/** Argument schemas of every method; `satisfies` proves at compile time that each key is covered. */
export const API_METHODS = {
  listVisits: z.tuple([]),
  getVisit: z.tuple([IdSchema]),
  createVisit: z.tuple([VisitDraftSchema]),
  saveVisit: z.tuple([VisitSchema, z.number().int().min(0)]),
  deleteVisit: z.tuple([IdSchema]),
  getDirectory: z.tuple([]),
  saveDirectory: z.tuple([DirectorySchema, z.number().int().min(0)]),
  listTemplates: z.tuple([]),
  createVisitFromTemplate: z.union([
    z.tuple([IdSchema]),
    z.tuple([IdSchema, InstantiateOptionsSchema]),
  ]),
  previewNewVisit: z.tuple([VisitSourceSchema, InstantiateOptionsSchema]),
  createVisitFrom: z.tuple([VisitSourceSchema, InstantiateOptionsSchema]),
  saveVisitAsTemplate: z.tuple([IdSchema, NewTemplateSchema]),
  renderBriefing: z.tuple([IdSchema, ExportOptionsSchema]),
  renderReport: z.tuple([IdSchema, ExportOptionsSchema]),
  getEstimate: z.tuple([IdSchema]),
  folderChanges: z.tuple([z.number().int().min(0)]),
  holdVisit: z.tuple([IdSchema]),
  listRevisions: z.tuple([IdSchema]),
  restoreRevision: z.tuple([IdSchema, z.number().int().min(1), z.number().int().min(1)]),
  releaseVisit: z.tuple([IdSchema]),
  getSyncMerge: z.tuple([IdSchema, SyncFileSchema]),
  resolveSyncMerge: z.tuple([
    IdSchema,
    SyncFileSchema,
    z.record(z.string().max(200), z.enum(['ours', 'theirs'])),
    z.number().int().min(1),
  ]),
  listJournal: z.tuple([LocalDateSchema, LocalDateSchema]),
  updateJournal: z.tuple([IdSchema, IdSchema.nullable(), JournalPatchSchema]),
  exportJournal: z.tuple([LocalDateSchema, LocalDateSchema, z.enum(['docx', 'xlsx'])]),
  draftPressRelease: z.tuple([IdSchema]),
  exportVisit: z.tuple([IdSchema, z.enum(EXPORT_FORMATS), ExportOptionsSchema]),
  readImport: z.tuple([
    z.string().max(500),
    z.string().max(MAX_IMPORT_BASE64),
    ReadImportOptionsSchema,
  ]),
  acceptImport: z.tuple([ImportDraftSchema, AcceptedSchema]),
  importBundle: z.tuple([z.string().max(30 * 1024 * 1024), z.enum(['copy', 'replace'])]),
  counterpartHistory: z.tuple([
    z.object({ country: z.string().max(200), region: z.string().max(300) }),
  ]),
  issueEdition: z.union([z.tuple([IdSchema]), z.tuple([IdSchema, z.string().max(1000)])]),
  listEditions: z.tuple([IdSchema]),
  listAgreements: z.tuple([]),
  setFollowUpDone: z.tuple([IdSchema, IdSchema, IdSchema, z.boolean()]),
  archiveOverview: z.tuple([]),
  searchArchive: z.tuple([z.string().max(500), SearchFiltersSchema]),
  getSettings: z.tuple([]),
  saveSettings: z.tuple([SettingsPatchSchema]),
  getStorageReport: z.tuple([]),
  getDataFolder: z.tuple([]),
  chooseDataFolder: z.tuple([z.string().max(4096).nullable()]),
  browseDataFolder: z.tuple([]),
  getDepartmentKey: z.tuple([]),
  createDepartmentKey: z.tuple([DepartmentKeyNameSchema]),
  exportDepartmentKey: z.tuple([PassphraseSchema]),
  importDepartmentKey: z.tuple([z.string().max(20_000), PassphraseSchema]),
  deletePersonalData: z.tuple([IdSchema]),
} satisfies { [K in ApiMethod]: z.ZodType<Parameters<PlannerApi[K]>> }

/** The method names, for transports that build a client by name. */
export const API_METHOD_NAMES = Object.keys(API_METHODS) as ApiMethod[]

/** True when `name` is a method of the contract (own key, never a prototype property). */
export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(API_METHODS, name)
}
