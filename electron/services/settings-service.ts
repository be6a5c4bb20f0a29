import type { Low } from 'lowdb'
import type { UI_LANGUAGES } from '../../shared/api/contract'
import { readPreferences, updatePreferences } from './preferences'
import type { Settings, SettingsPatch } from '../../shared/api/contract'
import { defaultPlanningSettings } from '../../shared/domain/planning'
import { SAMPLE_COST_NORMS } from '../../shared/domain/cost-norms'
import type { Store } from './store/open-store'
import { CURRENT_SCHEMA_VERSION, SettingsFileSchema, type SettingsFile } from './store/schema'

const FILE = 'settings.json'

/**
 * Settings. The department's (planning rules, letterhead, cost norms) live in the data folder, so
 * a shared archive shares them; the officer's own (interface language) live in a preferences file
 * on the computer. A damaged settings file is quarantined and defaults are used, never a crash.
 */
export class SettingsService {
  private language: (typeof UI_LANGUAGES)[number] | null = null

  private constructor(
    private readonly store: Store,
    private doc: Low<SettingsFile>,
    /** True when no settings file existed: this is the first start on this data folder. */
    readonly firstStart: boolean,
    private readonly preferencesFile?: string,
  ) {}

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
      language: 'ru',
      planning: defaultPlanningSettings(),
      costNorms: SAMPLE_COST_NORMS,
      seededTemplates: [],
    })
    return new SettingsService(store, doc, loaded.status === 'missing', preferencesFile)
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
    await this.update({ seededTemplates: [...new Set([...this.doc.data.seededTemplates, ...ids])] })
  }

  private async update(patch: Partial<SettingsFile>): Promise<void> {
    const next = this.store.create<SettingsFile>(FILE, { ...this.doc.data, ...patch })
    await this.store.write(next, 'save settings')
    this.doc = next
  }
}
