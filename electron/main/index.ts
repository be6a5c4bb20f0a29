import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  net,
  protocol,
  safeStorage,
  shell,
} from 'electron'
import { createAppApi } from '../services/create-app-api'
import { readPreferences, startFolder } from '../services/preferences'
import { handleAppProtocol } from './app-protocol'
import { pickFolder } from './folder-picker'
import { desktopSaveFiles } from './save-files'
import { confirmAndOpen } from './external-links'
import { safeStorageBox, safeStorageVault } from './safe-storage-key'
import { EVENT_CHANNEL, registerIpcHost } from './ipc-host'
import { installNavigationGuards, mainWindowOptions } from './main-window'
import { buildMenuTemplate, type MenuCommand } from './menu'
import { createElectronPdfPrinter } from './pdf-printer-electron'
import { APP_ENTRY, APP_SCHEME, isAppUrl } from './security'

const here = fileURLToPath(new URL('.', import.meta.url))
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
let mainWindow: BrowserWindow | null = null
let language: 'ru' | 'en' = 'ru'

/** A web or mail link from the page: asked about, then opened by the system, never in the app. */
const openExternal = (url: string) =>
  void confirmAndOpen(url, {
    showMessageBox: (options) =>
      mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options),
    openExternal: (link) => shell.openExternal(link),
    language: () => language,
  }).catch(() => undefined)

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

// One running instance: a second launch focuses the first window.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('web-contents-created', (_event, contents) =>
    installNavigationGuards(contents, devServerUrl, openExternal),
  )
  app.whenReady().then(start, (err: unknown) => {
    console.error(
      'Delegation Planner failed to start:',
      err instanceof Error ? err.message : 'unknown error',
    )
    app.quit()
  })
  app.on('window-all-closed', () => app.quit())
}

async function start(): Promise<void> {
  const resources = app.isPackaged ? process.resourcesPath : app.getAppPath()
  handleAppProtocol(protocol, net, join(app.getAppPath(), 'out', 'renderer'))
  const preferencesFile = join(app.getPath('userData'), 'preferences.json')
  // A folder named in the environment wins; else the one the officer chose; else the default.
  const explicit = process.env.DELEGATION_PLANNER_DATA
  const folder = await startFolder(
    explicit,
    await readPreferences(preferencesFile),
    join(app.getPath('userData'), 'data'),
  )
  const api = await createAppApi({
    dataDir: folder.dataDir,
    dataFolder: {
      fixed: explicit !== undefined,
      unavailable: folder.unavailable,
      pickFolder: () => pickFolder(dialog, BrowserWindow.getFocusedWindow()),
    },
    bundledDir: join(resources, 'data'),
    files: desktopSaveFiles(
      dialog,
      shell,
      () => BrowserWindow.getFocusedWindow(),
      app.getPath('documents'),
    ),
    printer: createElectronPdfPrinter(BrowserWindow),
    secrets: await safeStorageBox(app.getPath('userData'), safeStorage),
    departmentKeys: safeStorageVault(app.getPath('userData'), safeStorage),
    watch: true,
    preferencesFile,
  })
  registerIpcHost(ipcMain, api, (url) => isAppUrl(url, devServerUrl))
  // Every change of the archive reaches the window at once (it never polls).
  api.onEvent((event) => mainWindow?.webContents.send(EVENT_CHANNEL, { type: 'planner', event }))
  // The search index is written a moment after the last save; write it before the app ends.
  let closed = false
  app.on('before-quit', (event) => {
    if (closed) return
    event.preventDefault()
    void api.close().finally(() => {
      closed = true
      app.quit()
    })
  })
  const settings = await api.getSettings()
  language = settings.language
  const send = (command: MenuCommand) =>
    mainWindow?.webContents.send(EVENT_CHANNEL, { type: 'command', command })
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(settings.language, send)))

  mainWindow = new BrowserWindow(mainWindowOptions(join(here, '../preload/index.cjs')))
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  await mainWindow.loadURL(devServerUrl ?? APP_ENTRY)
}
