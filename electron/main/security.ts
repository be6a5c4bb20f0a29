export { CONTENT_SECURITY_POLICY } from '../../shared/security/csp'
/** The app is served from this scheme, never from file:// (Electron security checklist). */
export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://renderer`
export const APP_ENTRY = `${APP_ORIGIN}/index.html`

/** True for a URL of the app itself (or the electron-vite dev server while developing). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  try {
    const parsed = new URL(url)
    if (`${parsed.protocol}//${parsed.host}` === APP_ORIGIN) return true
    if (devServerUrl) return parsed.origin === new URL(devServerUrl).origin
    return false
  } catch {
    return false
  }
}
