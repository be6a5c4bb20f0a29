import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import {
  checkDataFolder,
  readPreferences,
  resolveDataDir,
  updatePreferences,
} from '../../electron/services/preferences'
import { AppError } from '../../shared/api/errors'
import { tempDir } from '../helpers/temp-dir'

const keyOf = async (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e.details?.key : String(e)),
  )

describe('the archive folder', () => {
  test('named at start wins, then the officer’s choice, then the default', () => {
    expect(resolveDataDir('/a', { dataDir: '/b' }, '/c')).toBe('/a')
    expect(resolveDataDir(undefined, { dataDir: '/b' }, '/c')).toBe('/b')
    expect(resolveDataDir(undefined, {}, '/c')).toBe('/c')
  })

  test('an empty folder, a synced one or an archive is accepted; others are refused in plain words', async () => {
    const home = await tempDir()
    expect(await keyOf(checkDataFolder('relative/path'))).toBe('error.dataFolderRelative')
    const other = join(home, 'Документы')
    await mkdir(other)
    await writeFile(join(other, 'письмо.docx'), 'x')
    expect(await keyOf(checkDataFolder(other))).toBe('error.dataFolderNotArchive')
    const synced = join(home, 'Sync')
    await mkdir(join(synced, '.stfolder'), { recursive: true })
    expect(await checkDataFolder(synced)).toBe(synced)
    const made = join(home, 'новая', 'папка')
    expect(await checkDataFolder(`  ${made}  `)).toBe(made)
    const archive = join(home, 'archive')
    await mkdir(join(archive, 'visits'), { recursive: true })
    await writeFile(join(archive, 'directory.json'), '{}')
    expect(await checkDataFolder(archive)).toBe(archive)
    if (process.getuid?.() !== 0) {
      const locked = join(home, 'locked')
      await mkdir(locked)
      await chmod(locked, 0o500)
      expect(await keyOf(checkDataFolder(locked))).toBe('error.dataFolderUnwritable')
    }
  })

  test('the choice is kept in the officer’s preferences beside the language, and can be undone', async () => {
    const home = await tempDir()
    const preferencesFile = join(home, 'keys', 'preferences.json')
    const api = await createAppApi({
      dataDir: join(home, 'data'),
      bundledDir: repoBundledDir,
      preferencesFile,
      dataFolder: { fixed: false },
    })
    await api.saveSettings({ language: 'en' })
    const target = join(home, 'share')
    expect(await api.getDataFolder()).toEqual({
      current: join(home, 'data'),
      chosen: null,
      fixed: false,
      canBrowse: false,
    })
    expect((await api.chooseDataFolder(target)).chosen).toBe(target)
    expect(await readPreferences(preferencesFile)).toEqual({ language: 'en', dataDir: target })
    await api.saveSettings({ language: 'ru' })
    expect((await readPreferences(preferencesFile)).dataDir).toBe(target)
    expect((await api.chooseDataFolder(null)).chosen).toBeNull()
    expect(JSON.parse(await readFile(preferencesFile, 'utf8'))).toEqual({ language: 'ru' })
    expect(await keyOf(api.browseDataFolder())).toBe('error.dataFolderUnavailable')
    await api.close()
  })

  test('damaged preferences are ignored, never a failed start', async () => {
    const file = join(await tempDir(), 'preferences.json')
    await writeFile(file, '{"dataDir": 42')
    expect(await readPreferences(file)).toEqual({})
    expect(await updatePreferences(file, { language: 'en' })).toEqual({ language: 'en' })
  })
})
