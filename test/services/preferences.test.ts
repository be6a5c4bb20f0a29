import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import {
  checkDataFolder,
  readPreferences,
  startFolder,
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
  test('named at start wins, then the officer’s choice, then the default', async () => {
    const home = await tempDir()
    const chosen = join(home, 'share')
    await mkdir(chosen)
    expect(await startFolder('/a', { dataDir: chosen }, '/c')).toEqual({ dataDir: '/a' })
    expect(await startFolder(undefined, { dataDir: chosen }, '/c')).toEqual({ dataDir: chosen })
    expect(await startFolder(undefined, {}, '/c')).toEqual({ dataDir: '/c' })
  })

  test('a chosen folder not there (a drive not connected) is not made into a new archive', async () => {
    const home = await tempDir()
    const chosen = join(home, 'mnt', 'protocol')
    // Missing altogether (a mapped drive absent).
    expect(await startFolder(undefined, { dataDir: chosen }, '/c')).toEqual({
      dataDir: '/c',
      unavailable: chosen,
    })
    // An empty mount point, after it had been opened as an archive.
    await mkdir(chosen, { recursive: true })
    expect(await startFolder(undefined, { dataDir: chosen, dataDirOpened: true }, '/c')).toEqual({
      dataDir: '/c',
      unavailable: chosen,
    })
    // Empty and never opened yet: the new archive is made there.
    expect(await startFolder(undefined, { dataDir: chosen }, '/c')).toEqual({ dataDir: chosen })
    await mkdir(join(chosen, 'visits'))
    expect(await startFolder(undefined, { dataDir: chosen, dataDirOpened: true }, '/c')).toEqual({
      dataDir: chosen,
    })
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
    // Opened at the next start: from then on it must look like an archive.
    const next = await createAppApi({
      dataDir: target,
      bundledDir: repoBundledDir,
      preferencesFile,
      dataFolder: { fixed: false },
    })
    await next.close()
    expect((await readPreferences(preferencesFile)).dataDirOpened).toBe(true)
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
