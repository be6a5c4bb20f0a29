import { describe, expect, test, vi } from 'vitest'
import type { BrowserWindow } from 'electron'
import { pickFolder } from '../../electron/main/folder-picker'

describe('the folder picker of the desktop app', () => {
  test('asks for a folder (one may be made) over the window, answers it or null', async () => {
    const showOpenDialog = vi
      .fn()
      .mockResolvedValueOnce({ canceled: false, filePaths: ['Z:\\Архив отдела'] })
      .mockResolvedValueOnce({ canceled: true, filePaths: [] })
    const window = {} as BrowserWindow
    expect(await pickFolder({ showOpenDialog }, window)).toBe('Z:\\Архив отдела')
    expect(showOpenDialog).toHaveBeenCalledWith(window, {
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    })
    expect(await pickFolder({ showOpenDialog }, null)).toBeNull()
    expect(showOpenDialog).toHaveBeenLastCalledWith({
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    })
  })
})
