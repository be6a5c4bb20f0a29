import { readFileSync } from 'node:fs'
import { describe, expect, test, vi } from 'vitest'

vi.mock('electron', () => ({}))

const { mainWindowOptions, installNavigationGuards } =
  await import('../../electron/main/main-window')
const { isAppUrl, APP_ENTRY } = await import('../../electron/main/security')
const { confirmAndOpen } = await import('../../electron/main/external-links')
const { resolveAppFile, handleAppProtocol } = await import('../../electron/main/app-protocol')
const { CONTENT_SECURITY_POLICY } = await import('../../electron/main/security')

type Handler = (event: { preventDefault(): void }, url?: string) => void

function fakeContents() {
  const handlers = new Map<string, Handler>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  let permission: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined
  const contents = {
    on: (name: string, handler: Handler) => handlers.set(name, handler),
    setWindowOpenHandler: (h: (details: { url: string }) => { action: string }) =>
      (openHandler = h),
    session: {
      setPermissionRequestHandler: (h: typeof permission) => (permission = h),
      setPermissionCheckHandler: vi.fn(),
    },
  }
  const fire = (name: string, url?: string) => {
    const event = {
      prevented: false,
      preventDefault() {
        this.prevented = true
      },
    }
    handlers.get(name)?.(event, url)
    return event.prevented
  }
  return {
    contents,
    fire,
    open: (url = 'about:blank') => openHandler?.({ url }),
    permission: () => permission,
  }
}

describe('the main window', () => {
  test('runs the page isolated and sandboxed, without Node', () => {
    const prefs = mainWindowOptions('/app/out/preload/index.cjs').webPreferences!
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.sandbox).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.nodeIntegrationInWorker).toBe(false)
    expect(prefs.webSecurity).toBe(true)
    expect(prefs.allowRunningInsecureContent).toBe(false)
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.preload).toBe('/app/out/preload/index.cjs')
  })

  test('blocks navigation to any other site, new windows, webviews and permissions', () => {
    const { contents, fire, open, permission } = fakeContents()
    installNavigationGuards(contents as never)
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true)
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(fire('will-navigate', `${APP_ENTRY}#/visits`)).toBe(false)
    expect(fire('will-redirect', 'http://127.0.0.1:9999/')).toBe(true)
    expect(fire('will-attach-webview')).toBe(true)
    expect(open()).toEqual({ action: 'deny' })
    let granted: boolean | undefined
    permission()?.(null, 'geolocation', (ok) => (granted = ok))
    expect(granted).toBe(false)
  })

  test('web and mail links are offered to the system browser, never opened in the app', () => {
    const { contents, fire, open } = fakeContents()
    const offered: string[] = []
    installNavigationGuards(contents as never, undefined, (url) => offered.push(url))
    expect(open('https://lenobl.ru/press')).toEqual({ action: 'deny' })
    expect(fire('will-navigate', 'mailto:protocol@lenobl.ru')).toBe(true)
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://renderer/index.html',
      'smb://server/share',
      'https://user:secret@evil.example/',
      'not a url',
    ])
      expect(open(url)).toEqual({ action: 'deny' })
    expect(offered).toEqual(['https://lenobl.ru/press', 'mailto:protocol@lenobl.ru'])
  })

  test('an external link opens only after the officer agrees, with the address shown', async () => {
    const opened: string[] = []
    const asked: { detail?: string; buttons?: string[] }[] = []
    const deps = (answer: number) => ({
      showMessageBox: async (o: { detail?: string; buttons?: string[] }) => {
        asked.push(o)
        return { response: answer }
      },
      openExternal: async (url: string) => void opened.push(url),
      language: () => 'ru' as const,
    })
    expect(await confirmAndOpen('https://lenobl.ru/', deps(1))).toBe(false)
    expect(opened).toEqual([])
    expect(await confirmAndOpen('https://lenobl.ru/', deps(0))).toBe(true)
    expect(opened).toEqual(['https://lenobl.ru/'])
    expect(asked[0]).toMatchObject({ detail: 'https://lenobl.ru/', buttons: ['Открыть', 'Отмена'] })
  })

  test('app:// answers with the strict CSP header; the page carries the same policy as a meta tag', async () => {
    let handler: ((request: Request) => Promise<Response>) | undefined
    const protocol = { handle: (_scheme: string, h: typeof handler) => (handler = h) }
    const net = { fetch: async () => new Response('<!doctype html>', { status: 200 }) }
    handleAppProtocol(protocol as never, net as never, '/app/out/renderer')
    const page = await handler!(new Request('app://renderer/index.html'))
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect((await handler!(new Request('app://renderer/..%2F..%2Fetc%2Fpasswd'))).status).toBe(403)
    for (const rule of ["script-src 'self'", "object-src 'none'", "default-src 'self'"])
      expect(CONTENT_SECURITY_POLICY).toContain(rule)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/)
    // The meta tag (frame-ancestors cannot be set by meta) says the rest.
    const html = readFileSync('renderer/index.html', 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''))
  })

  test('the packaged app sets the Electron fuses that close Node-style entry points', () => {
    const yml = readFileSync('electron-builder.yml', 'utf8')
    const fuses = yml.slice(yml.indexOf('electronFuses:'))
    for (const line of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'enableEmbeddedAsarIntegrityValidation: true',
      'onlyLoadAppFromAsar: true',
      'grantFileProtocolExtraPrivileges: false',
      'enableCookieEncryption: true',
    ])
      expect(fuses).toContain(line)
    expect(yml).toMatch(/^asar: true$/m)
  })

  test('trusts only the app origin, and the dev server only when given', () => {
    expect(isAppUrl('app://renderer/index.html')).toBe(true)
    expect(isAppUrl('app://other/index.html')).toBe(false)
    expect(isAppUrl('http://localhost:5173/')).toBe(false)
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isAppUrl('not a url')).toBe(false)
  })

  test('app:// never serves a file outside the renderer folder', () => {
    expect(resolveAppFile('app://renderer/index.html', '/app/out/renderer')).toBe(
      '/app/out/renderer/index.html',
    )
    expect(resolveAppFile('app://renderer/', '/app/out/renderer')).toBe(
      '/app/out/renderer/index.html',
    )
    for (const url of [
      'app://renderer/%2e%2e/%2e%2e/secret',
      'app://renderer/..%2F..%2Fsecret',
      'app://renderer/a/..%2F..%2F..%2Fsecret',
    ]) {
      const file = resolveAppFile(url, '/app/out/renderer')
      expect(file === null || file.startsWith('/app/out/renderer/')).toBe(true)
    }
  })
})
