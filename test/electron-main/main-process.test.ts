import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { tempDir } from '../helpers/temp-dir'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

/** A stand-in for the parts of Electron the main process touches, recording what it is asked. */
function fakeElectron(lock: boolean, userData: string) {
  const appHandlers = new Map<string, (...args: unknown[]) => void>()
  let loaded: (url: string) => void = () => undefined
  const windowLoaded = new Promise<string>((resolve) => (loaded = resolve))
  const windows: FakeWindow[] = []
  class FakeWindow {
    minimized = true
    focused = false
    webContents = { send: vi.fn() }
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      windows.push(this)
    }
    once() {}
    on() {}
    show() {}
    isMinimized = () => this.minimized
    restore = () => (this.minimized = false)
    focus = () => (this.focused = true)
    loadURL = async (url: string) => loaded(url)
  }
  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: vi.fn(() => lock),
      quit: vi.fn(),
      on: (name: string, fn: (...args: unknown[]) => void) => appHandlers.set(name, fn),
      whenReady: () => (lock ? Promise.resolve() : new Promise(() => undefined)),
      getPath: () => userData,
      getAppPath: () => repoRoot,
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    net: { fetch: vi.fn() },
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
    BrowserWindow: FakeWindow,
    safeStorage: {
      isEncryptionAvailable: () => false,
      encryptString: () => Buffer.alloc(0),
      decryptString: () => '',
    },
    dialog: { showMessageBox: vi.fn(async () => ({ response: 1 })) },
    shell: { openExternal: vi.fn() },
  }
  return { electron, appHandlers, windows, windowLoaded }
}

afterEach(() => {
  vi.resetModules()
  vi.doUnmock('electron')
})

describe('the main process', () => {
  test('a second launch quits at once and leaves the running one alone', async () => {
    const fake = fakeElectron(false, await tempDir())
    vi.doMock('electron', () => fake.electron)
    await import('../../electron/main/index')
    expect(fake.electron.app.quit).toHaveBeenCalled()
    expect(fake.windows).toHaveLength(0)
    expect(fake.appHandlers.has('second-instance')).toBe(false)
  })

  test('the first one opens one hardened window on app://, registers the one IPC handler, and comes forward when launched again', async () => {
    const userData = await tempDir()
    const fake = fakeElectron(true, userData)
    vi.doMock('electron', () => fake.electron)
    process.env.DELEGATION_PLANNER_DATA = `${userData}/data`
    try {
      await import('../../electron/main/index')
      expect(await fake.windowLoaded).toBe('app://renderer/index.html')
    } finally {
      delete process.env.DELEGATION_PLANNER_DATA
    }
    expect(fake.electron.app.quit).not.toHaveBeenCalled()
    expect(fake.electron.ipcMain.handle).toHaveBeenCalledTimes(1)
    expect(fake.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    const [window] = fake.windows
    expect(window!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    })
    fake.appHandlers.get('second-instance')!()
    expect(window!.minimized).toBe(false)
    expect(window!.focused).toBe(true)
    // Quitting waits for pending writes (the search index) first.
    const event = { preventDefault: vi.fn() }
    fake.appHandlers.get('before-quit')!(event)
    expect(event.preventDefault).toHaveBeenCalled()
    await vi.waitFor(() => expect(fake.electron.app.quit).toHaveBeenCalled())
  }, 20_000)
})
