import { randomUUID } from 'node:crypto'
import { resolve } from 'node:path'
import type {
  DataFolderInfo,
  EditionSummary,
  ExportFormat,
  PlannerApi,
  VisitRecord,
  VisitSource,
} from '../../shared/api/contract'
import {
  diffProgrammes,
  freezeItems,
  sameProgramme,
  type Edition,
} from '../../shared/domain/editions'
import { ArchiveSearch } from './search-service'
import { AppError } from '../../shared/api/errors'
import { agreementRegister } from '../../shared/domain/agreement-register'
import { archiveOverview } from '../../shared/domain/archive-overview'
import { instantiateVisit } from '../../shared/domain/instantiate'
import { systemClock, type Clock } from '../../shared/time/clock'
import { loadBundledDirectory } from './bundled-data'
import { formatShortDate, toLocalDate } from '../../shared/time/local-date'
import { JOURNAL_COLUMNS, journalCells, journalEntries } from '../../shared/domain/journal'
import { mergeVisits } from '../../shared/domain/merge'
import { describeRevision } from '../../shared/domain/revisions'
import { VisitSchema } from '../../shared/domain/visit'
import type { JournalNote } from '../../shared/domain/itinerary-item'
import { journalDocument } from '../../shared/paperwork/journal-document'
import { exportFileName } from '../../shared/exports/file-name'
import { documentDocx } from './docx-export'
import { tableXlsx } from './xlsx-export'
import { BriefingService } from './briefing-service'
import { readBundle } from './bundles'
import { acceptedVisit } from './import-service'
import { readImportIsolated } from './import-runner'
import { DirectoryService } from './directory-service'
import type { PdfPrinter } from './pdf-printer'
import { SettingsService } from './settings-service'
import type { DurableFs } from './store/atomic-write'
import { Store } from './store/open-store'
import { TemplatesService, referencedDirectory, seedTemplates } from './templates-service'
import { VisitsService } from './visits-service'
import { EditionsService } from './editions-service'
import { keyFileBox, type SecretBox } from './personal-data'
import { checkDataFolder, readPreferences, updatePreferences } from './preferences'
import {
  Keyring,
  fileVault,
  readDepartmentKeyFile,
  writeDepartmentKeyFile,
  type KeyVault,
} from './department-key'
import { localMachine, type Machine } from './machine'
import { FolderWatch } from './folder-watch'
import { PresenceService } from './presence-service'
import { withoutSensitive } from '../../shared/domain/people'
import type { Directory } from '../../shared/domain/directory'

/** Exports that carry the programme: each is an edition. */
const PROGRAMME_FORMATS = new Set<ExportFormat>(['pdf', 'docx', 'ics'])

/** An edition with the changes since the one before it. */
function summariseEdition(e: Edition, before: Edition | undefined, dir: Directory): EditionSummary {
  return {
    number: e.number,
    issuedAt: e.issuedAt,
    ...(e.note ? { note: e.note } : {}),
    changes: before ? diffProgrammes(before.items, e.items, dir) : [],
  }
}

const withoutSensitiveData = (d: Directory): Directory => ({
  ...d,
  people: d.people.map(withoutSensitive),
})

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

/** The contract, plus what the shell calls when the app quits. */
export interface AppApi extends PlannerApi {
  /** Writes what is still pending (the search index) before the process ends. */
  close(): Promise<void>
}

/** The composition root: opens the data folder and implements the whole contract over it. */
export async function createAppApi(options: AppApiOptions): Promise<AppApi> {
  const clock = options.clock ?? systemClock
  const newId = options.newId ?? defaultNewId
  const machine = options.machine ?? (await localMachine())
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
  const directory = await DirectoryService.open(
    store,
    await loadBundledDirectory(options.bundledDir),
    keyring,
  )
  const visits = await VisitsService.open(store, newId, machine)
  const presence = new PresenceService(store, machine, clock)
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

  // The chosen folder opened as an archive: from now on, found empty, it is a drive not there.
  if (options.preferencesFile && !store.report.readOnly) {
    const prefs = await readPreferences(options.preferencesFile)
    if (
      prefs.dataDir &&
      resolve(prefs.dataDir) === resolve(options.dataDir) &&
      !prefs.dataDirOpened
    )
      await updatePreferences(options.preferencesFile, { dataDirOpened: true }).catch(
        () => undefined,
      )
  }
  const dataFolderInfo = async (): Promise<DataFolderInfo> => ({
    current: store.path(''),
    chosen: options.preferencesFile
      ? ((await readPreferences(options.preferencesFile)).dataDir ?? null)
      : null,
    fixed: options.dataFolder?.fixed ?? true,
    canBrowse: Boolean(options.dataFolder?.pickFolder),
  })

  const allVisits = () => visits.list().map((v) => visits.get(v.id).visit)

  const sourceOf = (source: VisitSource) =>
    source.kind === 'template'
      ? templates.get(source.id)
      : { visit: visits.get(source.id).visit, directory: directory.get().directory }

  const api: Omit<PlannerApi, 'searchArchive' | 'folderChanges'> = {
    listVisits: async () => visits.list(),
    getVisit: async (id) => visits.get(id),
    createVisit: (draft) => visits.create(draft),
    saveVisit: (visit, baseRevision) => visits.save(visit, baseRevision),
    deleteVisit: (id) => visits.delete(id),
    getDirectory: async () => directory.get(),
    saveDirectory: (dir, baseRevision) => directory.save(dir, baseRevision),
    listTemplates: async () => templates.list(),
    createVisitFromTemplate: (templateId, options) =>
      api.createVisitFrom({ kind: 'template', id: templateId }, options ?? {}),
    previewNewVisit: async (source, options) => {
      const { visit, directory: dir } = sourceOf(source)
      return instantiateVisit(visit, dir, options, {
        id: 'preview',
        createdAt: clock.now().toISOString(),
      })
    },
    createVisitFrom: async (source, options) => {
      const { visit, directory: dir } = sourceOf(source)
      if (source.kind === 'template') await directory.addMissing(dir)
      const identity = { id: newId(), createdAt: clock.now().toISOString() }
      return visits.insert(instantiateVisit(visit, dir, options, identity))
    },
    saveVisitAsTemplate: async (visitId, input) => {
      const visit = visits.get(visitId).visit
      return templates.save({
        id: `tpl-${newId()}`,
        title: input.title.trim(),
        summary: input.summary ?? '',
        visit,
        // A template is a pattern to share and reuse: it never carries passport data.
        directory: withoutSensitiveData(referencedDirectory(visit, directory.get().directory)),
      })
    },
    counterpartHistory: async (partner) => briefing.history(partner),
    issueEdition: async (visitId, note) => {
      const { visit } = visits.get(visitId)
      const issued = await editions.list(visitId)
      const last = issued.at(-1)
      const { directory: dir } = directory.get()
      if (last && sameProgramme(last.items, visit.items))
        return { ...summariseEdition(last, issued.at(-2), dir), unchanged: true }
      const edition = {
        number: (last?.number ?? 0) + 1,
        issuedAt: clock.now().toISOString(),
        items: freezeItems(visit.items),
        ...(note?.trim() ? { note: note.trim() } : {}),
      }
      await editions.append(visitId, edition)
      return summariseEdition(edition, last, dir)
    },
    listEditions: async (visitId) => {
      const { visit } = visits.get(visitId)
      const issued = await editions.list(visitId)
      const { directory: dir } = directory.get()
      const last = issued.at(-1)
      return {
        editions: issued.map((e, n) => summariseEdition(e, issued[n - 1], dir)),
        pending: last ? diffProgrammes(last.items, visit.items, dir) : [],
      }
    },
    listAgreements: async () => agreementRegister(allVisits(), toLocalDate(clock.now())),
    setFollowUpDone: async (visitId, agreementId, followUpId, done) => {
      const { visit, revision } = visits.get(visitId)
      const agreement = visit.agreements.find((a) => a.id === agreementId)
      if (!agreement?.followUps.some((f) => f.id === followUpId))
        throw new AppError('not-found', `follow-up ${followUpId} not found`, {
          key: 'error.followUpNotFound',
        })
      const today = toLocalDate(clock.now())
      const agreements = visit.agreements.map((a) =>
        a.id !== agreementId
          ? a
          : {
              ...a,
              followUps: a.followUps.map((f) => {
                if (f.id !== followUpId) return f
                const { doneOn: _previous, ...rest } = f
                return done ? { ...rest, done, doneOn: today } : { ...rest, done }
              }),
            },
      )
      return visits.save({ ...visit, agreements }, revision)
    },
    getSyncMerge: async (visitId, file) => {
      const ours = visits.currentFile(visitId)
      const theirs = await visits.readCopy(visitId, file)
      const base = await visits.sharedVersion(ours, theirs)
      const result = mergeVisits(base, ours.visit, theirs.visit)
      const savedBy = (f: typeof ours) => {
        const last = f.lineage.at(-1)
        return last
          ? { revision: f.revision, name: last.name, author: last.author, at: last.at }
          : null
      }
      return {
        file,
        engine: visits.syncConflicts().find((c) => c.file === file)?.engine ?? 'unknown',
        revision: ours.revision,
        ours: savedBy(ours),
        theirs: savedBy(theirs),
        hasBase: base !== undefined,
        conflicts: result.conflicts,
        taken: result.taken,
      }
    },
    resolveSyncMerge: async (visitId, file, picks, baseRevision) => {
      const ours = visits.currentFile(visitId)
      const theirs = await visits.readCopy(visitId, file)
      const base = await visits.sharedVersion(ours, theirs)
      const { merged } = mergeVisits(base, ours.visit, theirs.visit, picks)
      return visits.resolveCopy(VisitSchema.parse(merged), baseRevision, file, theirs.lineage)
    },
    holdVisit: async (visitId) => {
      visits.get(visitId)
      await presence.hold(visitId)
      const others = await presence.others(visitId)
      return {
        others: others.map((l) => ({
          name: l.name,
          author: l.author,
          since: l.since,
          renewed: l.renewed,
        })),
      }
    },
    releaseVisit: async (visitId) => presence.release(visitId),
    listRevisions: async (visitId) => {
      const files = await visits.revisions(visitId)
      const dir = directory.get().directory
      return files
        .map((file, n) => {
          const saved = file.lineage.at(-1)
          const before = files[n - 1]
          return {
            revision: file.revision,
            at: saved?.at ?? file.updatedAt,
            name: saved?.name ?? '',
            author: saved?.author ?? '',
            current: n === files.length - 1,
            changes: before ? describeRevision(before.visit, file.visit, dir) : [],
          }
        })
        .reverse()
    },
    restoreRevision: async (visitId, revision, baseRevision) => {
      const file = (await visits.revisions(visitId)).find((f) => f.revision === revision)
      if (!file)
        throw new AppError('not-found', `revision ${revision} not kept`, {
          key: 'revisions.notKept',
        })
      return visits.save(file.visit, baseRevision)
    },
    listJournal: async (from, to) =>
      journalEntries(allVisits(), directory.get().directory, from, to),
    updateJournal: async (visitId, itemId, patch) => {
      const { visit, revision } = visits.get(visitId)
      const clean = (v: string | undefined) => (v === undefined ? undefined : v.trim())
      if (itemId === null) {
        const current = visit.journal ?? { basis: '', authorisedBy: '', report: '' }
        const journal = {
          basis: clean(patch.basis) ?? current.basis,
          authorisedBy: clean(patch.authorisedBy) ?? current.authorisedBy,
          report: clean(patch.report) ?? current.report,
        }
        return visits.save({ ...visit, journal }, revision)
      }
      if (!visit.items.some((i) => i.id === itemId))
        throw new AppError('not-found', 'no such item', { key: 'errors.notFound' })
      const items = visit.items.map((item) => {
        if (item.id !== itemId) return item
        const note: JournalNote = { summary: '', ...item.journal }
        for (const key of ['summary', 'basis', 'authorisedBy', 'report'] as const) {
          const value = clean(patch[key])
          if (value === undefined) continue
          if (key === 'summary') note.summary = value
          else if (value) note[key] = value
          else delete note[key]
        }
        return { ...item, journal: note }
      })
      return visits.save({ ...visit, items }, revision)
    },
    exportJournal: async (from, to, format) => {
      const entries = journalEntries(allVisits(), directory.get().directory, from, to)
      const period = `${formatShortDate(from, 'ru')}–${formatShortDate(to, 'ru')}`
      const title = `Журнал учёта приёма иностранных граждан за ${period}`
      const rows = entries.map((e) => journalCells(e, (d) => formatShortDate(d, 'ru')))
      const bytes =
        format === 'xlsx'
          ? await tableXlsx(
              title,
              'Журнал',
              JOURNAL_COLUMNS.map((header, i) => ({
                header,
                width: [6, 22, 36, 34, 40, 34, 22, 24][i]!,
              })),
              rows,
            )
          : await documentDocx(journalDocument(title, rows, clock.now()))
      return {
        fileName: exportFileName(['Журнал приёма иностранных граждан', from, to], format),
        mimeType:
          format === 'xlsx'
            ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
            : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: bytes.length,
        base64: Buffer.from(bytes).toString('base64'),
      }
    },
    archiveOverview: async () =>
      archiveOverview(allVisits(), directory.get().directory, toLocalDate(clock.now())),
    renderBriefing: async (visitId, opts) => ({ html: await briefing.html(visitId, opts) }),
    renderReport: async (visitId, opts) => ({ html: await briefing.reportHtml(visitId, opts) }),
    draftPressRelease: async (visitId) => briefing.pressRelease(visitId),
    getEstimate: async (visitId) => briefing.estimate(visitId),
    // Whatever is issued is an edition: a programme export first makes sure one exists for it.
    exportVisit: async (visitId, format, opts) => {
      if (PROGRAMME_FORMATS.has(format)) await api.issueEdition(visitId)
      return briefing.export(visitId, format, opts)
    },
    readImport: async (fileName, base64, opts) => {
      const today = toLocalDate(clock.now())
      return readImportIsolated(fileName, Buffer.from(base64, 'base64'), {
        year: opts.year ?? Number(today.slice(0, 4)),
        today,
        timeZone: 'Europe/Moscow',
      })
    },
    acceptImport: async (draft, accepted) => {
      const { visit, additions } = acceptedVisit(draft, accepted, directory.get().directory, {
        newId,
        createdAt: clock.now().toISOString(),
      })
      await directory.addMissing(additions)
      return visits.insert(visit)
    },
    importBundle: async (content, mode) => {
      const bundle = readBundle(content)
      await directory.addMissing(bundle.directory)
      if (mode === 'copy')
        return visits.insert({ ...bundle.visit, id: newId(), createdAt: clock.now().toISOString() })
      const existing = visits.list().some((v) => v.id === bundle.visit.id)
      if (!existing) return visits.insert(bundle.visit)
      return visits.save(bundle.visit, visits.get(bundle.visit.id).revision)
    },
    getSettings: async () => settings.get(),
    saveSettings: (patch) => settings.save(patch),
    getStorageReport: async () => ({
      ...structuredClone(store.report),
      lockedPersonalData: directory.lockedCount,
      syncConflicts: visits.syncConflicts(),
      directoryCopies: [...directory.copyMerges],
      settingsCopies: [...settings.copyMerges],
      ...(options.dataFolder?.unavailable
        ? { folderUnavailable: options.dataFolder.unavailable }
        : {}),
    }),
    getDataFolder: async () => dataFolderInfo(),
    chooseDataFolder: async (path) => {
      const file = options.preferencesFile
      if (!file)
        throw new AppError('io', 'no preferences file', { key: 'error.dataFolderUnavailable' })
      await updatePreferences(file, {
        dataDir: path === null ? undefined : await checkDataFolder(path),
        dataDirOpened: undefined,
      })
      return dataFolderInfo()
    },
    browseDataFolder: async () => {
      const pick = options.dataFolder?.pickFolder
      if (!pick)
        throw new AppError('io', 'no folder picker', { key: 'error.dataFolderUnavailable' })
      return pick()
    },
    getDepartmentKey: async () => directory.keyStatus(),
    createDepartmentKey: async (name) => {
      store.assertWritable()
      // The newest directory first: a key made on another computer may have just arrived.
      await directory.refresh()
      const status = directory.keyStatus()
      if (status.archive) {
        throw new AppError('conflict', 'the archive has a department key', {
          key: status.available ? 'error.departmentKeyExists' : 'error.departmentKeyImportInstead',
          name: status.archive.name,
          fingerprint: status.archive.fingerprint,
        })
      }
      const made = await keyring.create(name, clock.now())
      try {
        await directory.adoptDepartmentKey(made)
      } catch (err) {
        await keyring.remove(made.fingerprint)
        throw err
      }
      return directory.keyStatus()
    },
    exportDepartmentKey: async (passphrase) => {
      const archive = directory.keyStatus().archive
      const key = archive && keyring.get(archive.fingerprint)
      if (!key)
        throw new AppError('not-found', 'no department key here', {
          key: 'error.departmentKeyNone',
        })
      const text = await writeDepartmentKeyFile(key, passphrase)
      return {
        fileName: `Ключ отдела ${key.fingerprint}.dpkey`,
        mimeType: 'application/json',
        bytes: Buffer.byteLength(text),
        base64: Buffer.from(text, 'utf8').toString('base64'),
      }
    },
    importDepartmentKey: async (content, passphrase) => {
      store.assertWritable()
      const key = await readDepartmentKeyFile(content, passphrase)
      const before = directory.keyStatus()
      if (before.archive && before.archive.fingerprint !== key.fingerprint) {
        throw new AppError('conflict', 'another department key', {
          key: 'error.departmentKeyOther',
          name: before.archive.name,
          fingerprint: before.archive.fingerprint,
        })
      }
      await keyring.add(key)
      await directory.refresh(true)
      if (!directory.keyStatus().archive) await directory.adoptDepartmentKey(key)
      else await directory.saveAgain()
      const after = directory.keyStatus()
      return { ...after, opened: Math.max(0, before.sealed.locked - after.sealed.locked) }
    },
    deletePersonalData: async (visitId) => {
      const visit = visits.get(visitId).visit
      const today = toLocalDate(clock.now())
      // People also taking part in a visit not yet over keep their data: it is still needed.
      const needed = new Set(
        visits
          .list()
          .filter((v) => v.id !== visitId && v.endDate >= today && v.status !== 'cancelled')
          .flatMap((v) => visits.get(v.id).visit.participantIds),
      )
      const ids = visit.participantIds.filter((id) => !needed.has(id))
      const removed = await directory.deletePersonalData(ids)
      const keptFor = visit.participantIds.filter(
        (id) =>
          needed.has(id) && directory.get().directory.people.some((p) => p.id === id && p.passport),
      ).length
      return { removed, kept: keptFor }
    },
  }
  // The search index follows every change of a visit or of the directory.
  const summaries = visits.list()
  const search = await ArchiveSearch.open(
    store,
    () => summaries.map((v) => visits.get(v.id)),
    summaries,
    directory.get().directory,
    (id) => visits.find(id)?.visit,
  )
  let directoryRevision = directory.get().revision
  // Changes from outside keep the search index current, file by file.
  const watcher = new FolderWatch(
    store.path('visits'),
    visits,
    (change) => {
      if (change.kind === 'directory') {
        const dir = directory.get()
        directoryRevision = dir.revision
        search.putDirectory(dir.directory)
        return
      }
      if (!change.id) return
      const record = visits.find(change.id)
      if (record) search.putVisit(record)
      else if (change.kind === 'removed') search.removeVisit(change.id)
    },
    {
      path: store.path(''),
      refreshDirectory: async () => {
        const read = await directory.refresh()
        return (await directory.reconcileCopies()) || read
      },
      refreshSettings: async () => {
        const read = await settings.refresh()
        return (await settings.reconcileCopies()) || read
      },
    },
    {
      path: store.path('templates'),
      refreshFile: (name) => templates.refreshFile(name),
      rescan: () => templates.rescan(),
    },
  )
  if (options.watch) await watcher.start()
  const afterVisit =
    <A extends unknown[]>(fn: (...args: A) => Promise<VisitRecord>) =>
    async (...args: A) => {
      const record = await fn(...args)
      search.putVisit(record)
      // Templates and imports may add people and venues; a plain save leaves the directory alone.
      const dir = directory.get()
      if (dir.revision !== directoryRevision) {
        directoryRevision = dir.revision
        search.putDirectory(dir.directory)
      }
      return record
    }
  return {
    ...api,
    createVisit: afterVisit(api.createVisit),
    saveVisit: afterVisit(api.saveVisit),
    createVisitFromTemplate: afterVisit(api.createVisitFromTemplate),
    createVisitFrom: afterVisit(api.createVisitFrom),
    acceptImport: afterVisit(api.acceptImport),
    importBundle: afterVisit(api.importBundle),
    setFollowUpDone: afterVisit(api.setFollowUpDone),
    updateJournal: afterVisit(api.updateJournal),
    resolveSyncMerge: afterVisit(api.resolveSyncMerge),
    restoreRevision: afterVisit(api.restoreRevision),
    deleteVisit: async (id) => {
      await api.deleteVisit(id)
      search.removeVisit(id)
    },
    saveDirectory: async (dir, baseRevision) => {
      const record = await api.saveDirectory(dir, baseRevision)
      directoryRevision = record.revision
      search.putDirectory(record.directory)
      return record
    },
    searchArchive: async (query, filters) => search.search(query, filters),
    folderChanges: async (since) => {
      const { seq, changes } = watcher.since(since)
      return {
        seq,
        visitIds: [...new Set(changes.filter((c) => c.kind !== 'copy' && c.id).map((c) => c.id!))],
        copies: changes.some((c) => c.kind === 'copy'),
        directory: changes.some((c) => c.kind === 'directory'),
        templates: changes.some((c) => c.kind === 'template'),
        settings: changes.some((c) => c.kind === 'settings'),
      }
    },
    close: async () => {
      watcher.stop()
      await presence.releaseAll()
      await search.flush()
    },
  }
}
