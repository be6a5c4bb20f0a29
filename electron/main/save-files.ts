import type { BrowserWindow, SaveDialogOptions, SaveDialogReturnValue } from 'electron'
import { basename, dirname, extname, join } from 'node:path'
import type { SaveFiles } from '../services/api/deps'
import { writeFileDurable } from '../services/store/atomic-write'

/** The parts of Electron's dialog and shell modules this uses (mocked in tests). */
export interface SaveDialogLike {
  showSaveDialog(window: BrowserWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>
}
export interface ShellLike {
  showItemInFolder(path: string): void
}

/**
 * Files the desktop app saves: the system's save dialog, opened where the officer saved last
 * (else in Documents), the file written durably; and 'show in folder' for what was saved.
 */
export function desktopSaveFiles(
  dialog: SaveDialogLike,
  shell: ShellLike,
  focusedWindow: () => BrowserWindow | null,
  documentsDir: string,
): SaveFiles {
  let lastFolder = documentsDir
  return {
    async saveAs(fileName, bytes) {
      const name = basename(fileName.replace(/\\/g, '/'))
      const extension = extname(name).slice(1)
      const options: SaveDialogOptions = {
        defaultPath: join(lastFolder, name),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
        ...(extension
          ? { filters: [{ name: extension.toUpperCase(), extensions: [extension] }] }
          : {}),
      }
      const window = focusedWindow()
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options)
      if (result.canceled || !result.filePath) return null
      await writeFileDurable(result.filePath, bytes)
      lastFolder = dirname(result.filePath)
      return result.filePath
    },
    showInFolder: (path) => shell.showItemInFolder(path),
  }
}
