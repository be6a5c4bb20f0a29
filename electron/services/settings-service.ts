import type { Low } from 'lowdb'
import type { SettingsCopyMerge, UI_LANGUAGES } from '../../shared/api/contract'
import { AppError } from '../../shared/api/errors'
import { jsonText } from './store/durable-json-file'
import { reconcileSettingsCopy } from '../../shared/domain/settings-copy'
import { readPreferences, updatePreferences } from './preferences'
import type { Settings, SettingsPatch } from '../../shared/api/contract'
import { defaultPlanningSettings } from '../../shared/domain/planning'
import { SAMPLE_COST_NORMS } from '../../shared/domain/cost-norms'
import type { Store } from './store/open-store'
import { rootCopiesOf, trashMergedCopy } from './sync-copies'
import { CURRENT_SCHEMA_VERSION, SettingsFileSchema, type SettingsFile } from './store/schema'

const FILE = 'settings.json'
const LOCK = 'settings'

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Settings. The department's (planning rules, letterhead, cost norms) live in the data folder, so
 * a shared archive shares them; the officer's own (interface language) live in a preferences file
 * on the computer. A damaged settings file is quarantined and restored from its last good revision
 * by the store; without one the defaults are used, never a crash. A file from a newer version is
 * refused: the defaults are used meanwhile and the file is never written (saving says why).
 */
export class SettingsService {
  private language: (typeof UI_LANGUAGES)[number] | null = null

  private constructor(
    private readonly store: Store,
    private doc: Low<SettingsFile>,
    /** True when no settings file existed: this is the first start on this data folder. */
    readonly firstStart: boolean,
    private readonly preferencesFile?: string,
    /** The file is from a newer version (its schema version): shown, never written. */
    private readonly newerVersion?: number,
  ) {}

  /**
   * False when what the file holds is not known here (a newer version's file): the shipped
   * templates are then not copied in, since which ones the officer deleted is not known either.
   */
  get known(): boolean {
    return this.newerVersion === undefined && !this.unrecovered
  }

  /** The file was damaged and no good revision could be put back: what it held is not known. */
  private unrecovered = false

  static async open(store: Store, preferencesFile?: string): Promise<SettingsService> {
    const service = await SettingsService.openShared(store, preferencesFile)
    if (preferencesFile) {
      // No preferences yet (or unreadable): the folder's language until the officer picks one.
      service.language = (await readPreferences(preferencesFile)).language ?? null
    }
    return service
  }

  private static async openShared(
    store: Store,
    preferencesFile?: string,
  ): Promise<SettingsService> {
    const loaded = await store.load(FILE, SettingsFileSchema)
    if (loaded.status === 'ok')
      return new SettingsService(store, loaded.doc, false, preferencesFile)
    const doc = store.create<SettingsFile>(FILE, {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      revision: 1,
      language: 'ru',
      planning: defaultPlanningSettings(),
      costNorms: SAMPLE_COST_NORMS,
      seededTemplates: [],
    })
    const newer = loaded.status === 'refused' ? loaded.version : undefined
    const service = new SettingsService(
      store,
      doc,
      loaded.status === 'missing',
      preferencesFile,
      newer,
    )
    service.unrecovered = loaded.status === 'quarantined'
    return service
  }

  get(): Settings {
    return {
      language: this.language ?? this.doc.data.language,
      planning: this.doc.data.planning,
      costNorms: this.doc.data.costNorms,
    }
  }

  get seededTemplates(): readonly string[] {
    return this.doc.data.seededTemplates
  }

  async save(patch: SettingsPatch): Promise<Settings> {
    const { language, ...shared } = patch
    if (language !== undefined && this.preferencesFile) {
      await updatePreferences(this.preferencesFile, { language })
      this.language = language
    }
    const defined = Object.fromEntries(
      Object.entries(this.preferencesFile ? shared : patch).filter(([, v]) => v !== undefined),
    )
    if (Object.keys(defined).length > 0) await this.update(defined)
    return this.get()
  }

  async markSeeded(ids: string[]): Promise<void> {
    if (!this.known) return
    await this.update({ seededTemplates: [...new Set([...this.doc.data.seededTemplates, ...ids])] })
  }

  /**
   * Reads the settings again when another program (a sync engine) replaced the file; answers
   * whether they changed. A damaged file is quarantined by the store and the loaded one stays.
   */
  async refresh(): Promise<boolean> {
    if (this.newerVersion !== undefined) return false
    const loaded = await this.store.load(FILE, SettingsFileSchema)
    if (loaded.status !== 'ok' || same(loaded.doc.data, this.doc.data)) return false
    this.doc = loaded.doc
    return true
  }

  /**
   * Merges the copies of the settings file a sync engine left beside it (the department's
   * settings changed on two computers apart); the copy goes to `trash/` and the merge is reported.
   * Answers whether the settings changed.
   */
  async reconcileCopies(): Promise<boolean> {
    if (this.store.report.readOnly || !this.known) return false
    const copies = await rootCopiesOf(this.store, 'settings')
    let changed = false
    for (const name of copies) {
      const loaded = await this.store.load(name, SettingsFileSchema)
      if (loaded.status !== 'ok') continue // damaged (quarantined) or newer (refused): reported
      await this.refresh()
      const result = reconcileSettingsCopy(this.doc.data, loaded.doc.data)
      if (
        result.taken.length > 0 ||
        result.settings.seededTemplates.length !== this.doc.data.seededTemplates.length
      )
        await this.update({ ...result.settings })
      this.copyMerges.push({
        ...(await trashMergedCopy(this.store, name)),
        taken: result.taken,
        differing: result.differing,
      })
      changed = true
    }
    return changed
  }

  /** The sync engines' copies of the settings merged while the app runs. */
  readonly copyMerges: SettingsCopyMerge[] = []

  /**
   * Writes the fields given over the file as it is on disk now, so that settings another computer
   * saved meanwhile (through a sync engine) are kept, not overwritten from memory.
   */
  private async update(patch: Partial<Omit<SettingsFile, 'revision'>>): Promise<void> {
    await this.store.withLock(LOCK, async () => {
      this.store.assertWritable()
      const loaded = await this.store.load(FILE, SettingsFileSchema, { lockHeld: true })
      if (loaded.status === 'refused' || this.newerVersion !== undefined)
        throw new AppError('io', 'settings written by a newer version', { key: 'error.newerFile' })
      const base = loaded.status === 'ok' ? loaded.doc.data : this.doc.data
      if (loaded.status === 'ok')
        await this.store.history.keep(FILE, base.revision, () => jsonText(base))
      const next = this.store.create<SettingsFile>(FILE, {
        ...base,
        ...patch,
        revision: base.revision + 1,
        updatedAt: this.store.clock.now().toISOString(),
      })
      const text = await this.store.write(next, 'save settings')
      this.doc = next
      await this.store.history.keep(FILE, next.data.revision, text)
    })
  }
}
