import type { Low } from 'lowdb'
import type { Settings, SettingsPatch } from '../../shared/api/contract'
import { defaultPlanningSettings } from '../../shared/domain/planning'
import { SAMPLE_COST_NORMS } from '../../shared/domain/cost-norms'
import type { Store } from './store/open-store'
import { CURRENT_SCHEMA_VERSION, SettingsFileSchema, type SettingsFile } from './store/schema'

const FILE = 'settings.json'

/** User settings; a damaged settings file is quarantined and defaults are used, never a crash. */
export class SettingsService {
  private constructor(
    private readonly store: Store,
    private doc: Low<SettingsFile>,
    /** True when no settings file existed: this is the first start on this data folder. */
    readonly firstStart: boolean,
  ) {}

  static async open(store: Store): Promise<SettingsService> {
    const loaded = await store.load(FILE, SettingsFileSchema)
    if (loaded.status === 'ok') return new SettingsService(store, loaded.doc, false)
    const doc = store.create<SettingsFile>(FILE, {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      language: 'ru',
      planning: defaultPlanningSettings(),
      costNorms: SAMPLE_COST_NORMS,
      seededTemplates: [],
    })
    return new SettingsService(store, doc, loaded.status === 'missing')
  }

  get(): Settings {
    return {
      language: this.doc.data.language,
      planning: this.doc.data.planning,
      costNorms: this.doc.data.costNorms,
    }
  }

  get seededTemplates(): readonly string[] {
    return this.doc.data.seededTemplates
  }

  async save(patch: SettingsPatch): Promise<Settings> {
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))
    await this.update(defined)
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
