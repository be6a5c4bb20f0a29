import type { BrowserWindow, OpenDialogOptions, OpenDialogReturnValue } from 'electron'

/** The part of Electron's dialog module this uses (mocked in tests). */
export interface FolderDialogLike {
  showOpenDialog(window: BrowserWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>
}

/** The system's folder picker for the archive folder; null when the officer cancels. */
export async function pickFolder(
  dialog: FolderDialogLike,
  window: BrowserWindow | null,
): Promise<string | null> {
  const options: OpenDialogOptions = {
    properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
  }
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}
