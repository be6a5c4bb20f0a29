import type { BrowserWindowConstructorOptions, WebContents } from 'electron'
import { isAppUrl } from './security'

/** The hardened options of the one app window. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 900,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Планировщик визитов',
    backgroundColor: '#f4f5f7',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: undefined,
      webviewTag: false,
      spellcheck: true,
    },
  }
}

/** Links that may leave the app, to the system browser or mail program, after the officer agrees. */
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** The link to hand to the system, or undefined for anything else (file:, javascript:, app:…). */
export function externalLink(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return undefined
    if (parsed.protocol !== 'mailto:' && (parsed.username || parsed.password)) return undefined
    return parsed.href
  } catch {
    return undefined
  }
}

/**
 * Blocks navigation away from the app, new windows, webviews and every permission request. A
 * web or mail link is never opened inside the app: it is offered to `openExternal`, which asks
 * the officer before handing it to the system.
 */
export function installNavigationGuards(
  contents: WebContents,
  devServerUrl?: string,
  openExternal: (url: string) => void = () => undefined,
): void {
  const offer = (url: string) => {
    const link = externalLink(url)
    if (link) openExternal(link)
  }
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, devServerUrl)) return
    event.preventDefault()
    offer(url)
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    offer(url)
    return { action: 'deny' }
  })
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  contents.session.setPermissionCheckHandler(() => false)
}
