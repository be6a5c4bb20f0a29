import type { DataFolderInfo, SettingsApi } from '../../../shared/api/contract'
import { AppError } from '../../../shared/api/errors'
import { checkDataFolder, readPreferences, updatePreferences } from '../preferences'
import type { AppDeps } from './deps'

/** The settings, the state of the data folder and the choice of folder. */
export function settingsApi(d: AppDeps): SettingsApi {
  const { options, store, settings, directory, visits } = d
  const dataFolderInfo = async (): Promise<DataFolderInfo> => ({
    current: store.path(''),
    chosen: options.preferencesFile
      ? ((await readPreferences(options.preferencesFile)).dataDir ?? null)
      : null,
    fixed: options.dataFolder?.fixed ?? true,
    canBrowse: Boolean(options.dataFolder?.pickFolder),
  })
  return {
    getSettings: async () => settings.get(),
    saveSettings: async (patch) => {
      const saved = await settings.save(patch)
      d.events.emit({ type: 'settings', outside: false })
      return saved
    },
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
  }
}
