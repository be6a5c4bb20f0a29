import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import * as nodeFs from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import type { PlannerApi } from '../../shared/api/contract'
import { dispatch } from '../../shared/api/dispatch'
import type { Envelope } from '../../shared/api/errors'
import type { PlannerEvent } from '../../shared/api/events'
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
  /** The change stream pushed to the pages (`GET /api/events`, server-sent events). */
  onEvent?: (listener: (event: PlannerEvent) => void) => () => void
  rendererDir: string
  port: number
  host?: string
  /** The secret of this launch; a random one when not given (tests pass their own). */
  token?: string
}

export interface NodeHost {
  /** The address to open: the page with this launch's secret in it. */
  url: string
  /** The address without the secret (for requests that present it as a header). */
  origin: string
  /** This launch's secret: `Authorization: Bearer <token>` for scripts. */
  token: string
  server: Server
  close(): Promise<void>
}

/** The query parameter the page's address carries the secret in. */
export const TOKEN_PARAM = 'token'

/** Browser mode: serves the built renderer and `POST /api/call` into the same `dispatch`. */
export async function startNodeHost(options: NodeHostOptions): Promise<NodeHost> {
  const host = options.host ?? '127.0.0.1'
  const token = options.token ?? randomBytes(32).toString('base64url')
  const gate: Gate = { token: Buffer.from(token), hosts: new Set() }
  const server = createServer((req, res) => {
    handle(req, res, options, gate).catch(() => {
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
  gate.hosts = allowedHosts(host, port)
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`
  return {
    url: `${origin}?${TOKEN_PARAM}=${token}`,
    origin,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Who may talk to the server: its own addresses, and whoever holds this launch's secret. */
interface Gate {
  token: Buffer
  /** `Host` values of this server: the loopback names with its port (DNS rebinding is refused). */
  hosts: Set<string>
}

/** The `Host` headers a request to this server can carry when it really is addressed to it. */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]'])
  // Listening elsewhere (an explicit --host) adds that address, never any name a DNS answers.
  if (host !== '0.0.0.0' && host !== '::') names.add(host.includes(':') ? `[${host}]` : host)
  return new Set([...names].map((name) => `${name}:${port}`))
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: NodeHostOptions,
  gate: Gate,
): Promise<void> {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('Cache-Control', 'no-store')
  // A page reached through DNS rebinding names its own host: nothing is served to it.
  if (!gate.hosts.has((req.headers.host ?? '').toLowerCase())) {
    drain(req)
    return sendJson(res, 403, invalid('error.forbidden', 'unknown host'))
  }
  const url = new URL(req.url ?? '/', 'http://localhost')
  if (url.pathname === '/api/call') return handleCall(req, res, options.api, gate)
  if (url.pathname === '/api/events') return handleEvents(req, res, options, gate)
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end()
  return serveStatic(url.pathname, res, options.rendererDir)
}

/** True when the request presents this launch's secret as `Authorization: Bearer …`. */
function authorised(req: IncomingMessage, gate: Gate): boolean {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(req.headers.authorization ?? '')
  if (!match) return false
  const given = Buffer.from(match[1]!)
  return given.length === gate.token.length && timingSafeEqual(given, gate.token)
}

async function handleCall(
  req: IncomingMessage,
  res: ServerResponse,
  api: PlannerApi,
  gate: Gate,
): Promise<void> {
  if (req.method !== 'POST') {
    drain(req)
    return void res.writeHead(405).end()
  }
  // Pages of other sites may post to localhost: accept only our own origin.
  const origin = req.headers.origin
  if (origin && origin !== `http://${req.headers.host}`) {
    drain(req)
    return sendJson(res, 403, invalid('error.forbidden', 'foreign origin'))
  }
  // Another account on this computer reaches the port too; only this launch's page knows the secret.
  if (!authorised(req, gate)) {
    drain(req)
    res.setHeader('WWW-Authenticate', 'Bearer')
    return sendJson(res, 401, invalid('error.noAccess', 'missing or wrong access token'))
  }
  const body = await readBody(req)
  if (body === 'too-large') return tooLarge(req, res)
  let call: { method?: unknown; args?: unknown }
  try {
    call = JSON.parse(body) as typeof call
  } catch {
    return sendJson(res, 400, invalid('error.badRequest', 'body is not JSON'))
  }
  if (typeof call !== 'object' || call === null)
    return sendJson(res, 400, invalid('error.badRequest', 'bad call'))
  const envelope = await dispatch(api, call.method, call.args)
  if (envelope.ok && Array.isArray(envelope.value) && envelope.value.length > LIST_PIECE)
    return sendList(res, envelope.value as unknown[])
  sendJson(res, 200, envelope)
}

/** How often an idle event stream says it is alive (proxies and the page's reader time out). */
const HEARTBEAT_MS = 15_000

/**
 * The change stream as server-sent events: one `data:` line of JSON per event. Same checks as a
 * call (own Host, own Origin, this launch's secret); read by the page with fetch, which can send
 * the secret as a header (EventSource cannot).
 */
function handleEvents(
  req: IncomingMessage,
  res: ServerResponse,
  options: NodeHostOptions,
  gate: Gate,
): void {
  const origin = req.headers.origin
  if (req.method !== 'GET') return void res.writeHead(405).end()
  if (origin && origin !== `http://${req.headers.host}`)
    return sendJson(res, 403, invalid('error.forbidden', 'foreign origin'))
  if (!authorised(req, gate)) {
    res.setHeader('WWW-Authenticate', 'Bearer')
    return sendJson(res, 401, invalid('error.noAccess', 'missing or wrong access token'))
  }
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  })
  res.write(': connected\n\n')
  const off = options.onEvent?.((event) => res.write(`data: ${JSON.stringify(event)}\n\n`))
  const beat = setInterval(() => res.write(': alive\n\n'), HEARTBEAT_MS)
  beat.unref()
  req.on('close', () => {
    clearInterval(beat)
    off?.()
  })
}

function invalid(key: string, message: string): Envelope {
  return { ok: false, error: { code: 'invalid', message, details: { key } } }
}

/** Answers 413 with a message naming the limit, and closes the connection. */
function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Connection', 'close')
  sendJson(res, 413, {
    ok: false,
    error: {
      code: 'invalid',
      message: 'request too large',
      details: { key: 'error.tooLarge', limitMb: MAX_BODY_BYTES / (1024 * 1024) },
    },
  } satisfies Envelope)
  drain(req)
}

/** Reads and discards what remains of a request body (so the answer is read, not reset). */
function drain(req: IncomingMessage): void {
  req.resume()
}

/** A body past this is not even read to its end: the connection is closed. */
const DISCARD_LIMIT = 4 * MAX_BODY_BYTES

/**
 * The request body as text, or 'too-large' once it has ended past MAX_BODY_BYTES (read to its
 * end and discarded, so that the client is still listening when the 413 comes).
 */
function readBody(req: IncomingMessage): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
      else chunks.length = 0
      if (size > DISCARD_LIMIT) {
        req.destroy()
        resolve('too-large')
      }
    })
    req.on('end', () =>
      resolve(size > MAX_BODY_BYTES ? 'too-large' : Buffer.concat(chunks).toString('utf8')),
    )
    req.on('error', reject)
  })
}

/** Elements of a long answer written at a time. */
const LIST_PIECE = 200

/**
 * A long list (every agreement of a 5,000-visit archive is 15,000 rows) goes out in pieces, as
 * the envelope `{"ok":true,"value":[…]}`: the host never holds the answer as one string of tens
 * of megabytes, and waits for the connection to drain between pieces.
 */
async function sendList(res: ServerResponse, list: unknown[]): Promise<void> {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' })
  res.write('{"ok":true,"value":[')
  for (let at = 0; at < list.length; at += LIST_PIECE) {
    const piece = list
      .slice(at, at + LIST_PIECE)
      .map((element) => JSON.stringify(element) ?? 'null')
      .join(',')
    const more = res.write(at === 0 ? piece : `,${piece}`)
    if (!more && !res.destroyed)
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off('drain', done)
          res.off('close', done)
          resolve()
        }
        res.on('drain', done)
        res.on('close', done)
      })
    if (res.destroyed) return
  }
  res.end(']}')
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
