import { join, normalize, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Net, Protocol } from 'electron'
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './security'

/** Resolves an app:// URL to a file inside `root`, or null for anything that escapes it. */
export function resolveAppFile(url: string, root: string): string | null {
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(url).pathname)
  } catch {
    return null
  }
  const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname))
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null
}

/** Serves the built renderer under app:// with the CSP header on every response. */
export function handleAppProtocol(protocol: Protocol, net: Net, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererDir)
    if (!file) return new Response('Forbidden', { status: 403 })
    const response = await net.fetch(pathToFileURL(file).toString())
    const headers = new Headers(response.headers)
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    headers.set('X-Content-Type-Options', 'nosniff')
    return new Response(response.body, { status: response.status, headers })
  })
}
