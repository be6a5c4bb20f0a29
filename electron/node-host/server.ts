import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import * as nodeFs from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import type { PlannerApi } from '../../shared/api/contract'
import { dispatch } from '../../shared/api/dispatch'
import type { Envelope } from '../../shared/api/errors'
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp'

/** Largest request body accepted by /api/call. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
}

export interface NodeHostOptions {
  api: PlannerApi
  rendererDir: string
  port: number
  host?: string
}

export interface NodeHost {
  url: string
  server: Server
  close(): Promise<void>
}

/** Browser mode: serves the built renderer and `POST /api/call` into the same `dispatch`. */
export async function startNodeHost(options: NodeHostOptions): Promise<NodeHost> {
  const host = options.host ?? '127.0.0.1'
  const server = createServer((req, res) => {
    handle(req, res, options).catch(() => {
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, host, () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  return {
    url: `http://${host}:${port}/`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: NodeHostOptions,
): Promise<void> {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('Cache-Control', 'no-store')
  const url = new URL(req.url ?? '/', 'http://localhost')
  if (url.pathname === '/api/call') return handleCall(req, res, options.api)
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end()
  return serveStatic(url.pathname, res, options.rendererDir)
}

async function handleCall(
  req: IncomingMessage,
  res: ServerResponse,
  api: PlannerApi,
): Promise<void> {
  if (req.method !== 'POST') return void res.writeHead(405).end()
  // Pages of other sites may post to localhost: accept only our own origin.
  const origin = req.headers.origin
  if (origin && origin !== `http://${req.headers.host}`)
    return sendJson(res, 403, invalid('error.forbidden', 'foreign origin'))
  const body = await readBody(req)
  if (body === 'too-large')
    return sendJson(res, 413, invalid('error.tooLarge', 'request too large'))
  let call: { method?: unknown; args?: unknown }
  try {
    call = JSON.parse(body) as typeof call
  } catch {
    return sendJson(res, 400, invalid('error.badRequest', 'body is not JSON'))
  }
  if (typeof call !== 'object' || call === null)
    return sendJson(res, 400, invalid('error.badRequest', 'bad call'))
  sendJson(res, 200, await dispatch(api, call.method, call.args))
}

function invalid(key: string, message: string): Envelope {
  return { ok: false, error: { code: 'invalid', message, details: { key } } }
}

function readBody(req: IncomingMessage): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        resolve('too-large')
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(value))
}

async function serveStatic(pathname: string, res: ServerResponse, root: string): Promise<void> {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return void res.writeHead(400).end()
  }
  const candidate = normalize(join(root, decoded))
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) {
    return void res.writeHead(403).end()
  }
  let file = candidate
  const stat = await nodeFs.stat(file).catch(() => null)
  // Unknown paths without an extension are client routes: answer the app.
  if (!stat?.isFile()) {
    if (extname(decoded)) return void res.writeHead(404).end()
    file = join(root, 'index.html')
  }
  const data = await nodeFs.readFile(file).catch(() => null)
  if (!data) return void res.writeHead(404).end()
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
  res.end(data)
}
