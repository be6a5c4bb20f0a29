import { request } from 'node:http'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createAppApi } from '../../electron/services/create-app-api'
import { aesBox } from '../../electron/services/personal-data'
import { repoBundledDir } from '../../electron/services/paths'
import { MAX_BODY_BYTES, startNodeHost, type NodeHost } from '../../electron/node-host/server'
import { fixedClock } from '../../shared/time/clock'
import { tempDir } from '../helpers/temp-dir'
import { givePassport } from '../helpers/passport'

interface Answer {
  status: number
  body: string
}

/** A raw HTTP request, so that `Host` and `Origin` can be whatever an attacker sends. */
function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: Buffer },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'POST',
        path: options.path ?? '/api/call',
        headers: options.headers,
        setHost: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        )
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const call = (method: string) => Buffer.from(JSON.stringify({ method, args: [] }))

describe('browser mode admits only its own page', () => {
  let host: NodeHost
  let port: number
  let visitId = ''
  let saveVisit: () => Promise<void> = async () => undefined

  beforeAll(async () => {
    // Not tempDir(): that one is emptied after each test, and these tests share the folder.
    const dir = await fs.mkdtemp(join(tmpdir(), 'dp-server-'))
    const renderer = await tempDir()
    await fs.writeFile(join(renderer, 'index.html'), '<!doctype html><title>x</title>')
    const api = await createAppApi({
      dataDir: dir,
      bundledDir: repoBundledDir,
      secrets: aesBox(Buffer.alloc(32, 7)),
      clock: fixedClock('2026-11-29T09:00:00Z'),
    })
    await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-11-10' })
    await givePassport(api)
    host = await startNodeHost({ api, onEvent: api.onEvent, rendererDir: renderer, port: 0 })
    visitId = (await api.listVisits())[0]!.id
    saveVisit = async () => {
      const { visit, revision } = await api.getVisit(visitId)
      await api.saveVisit({ ...visit, notes: `${visit.notes}.` }, revision)
    }
    port = Number(new URL(host.url).port)
  })
  afterAll(() => host.close())

  const own = () => ({
    Host: `127.0.0.1:${port}`,
    'Content-Type': 'application/json',
    Authorization: `Bearer ${host.token}`,
  })

  test('prints its address with this launch’s secret in it', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{40,}$/)
    expect(host.url).toContain(host.token)
  })

  test('the page with the secret reads the directory, passport data included', async () => {
    const answer = await send(port, { headers: own(), body: call('getDirectory') })
    expect(answer.status).toBe(200)
    expect(answer.body).toContain('98765432')
  })

  test('a page reached through DNS rebinding gets 403 and no passport data', async () => {
    for (const path of ['/api/call', '/']) {
      const answer = await send(port, {
        method: path === '/' ? 'GET' : 'POST',
        path,
        headers: {
          ...own(),
          Host: `evil.example:${port}`,
          Origin: `http://evil.example:${port}`,
        },
        body: path === '/' ? undefined : call('getDirectory'),
      })
      expect(answer.status).toBe(403)
      expect(answer.body).not.toContain('98765432')
    }
  })

  test('a request without the secret (curl from another account) gets 401', async () => {
    const { Authorization: _none, ...noToken } = own()
    for (const method of ['getDirectory', 'listVisits', 'chooseDataFolder']) {
      const answer = await send(port, { headers: noToken, body: call(method) })
      expect(answer.status).toBe(401)
      expect(JSON.parse(answer.body)).toMatchObject({
        ok: false,
        error: { details: { key: 'error.noAccess' } },
      })
      expect(answer.body).not.toContain('98765432')
    }
    const wrong = await send(port, {
      headers: { ...own(), Authorization: `Bearer ${'x'.repeat(host.token.length)}` },
      body: call('getDirectory'),
    })
    expect(wrong.status).toBe(401)
  })

  test('a foreign origin is refused even with the secret', async () => {
    const answer = await send(port, {
      headers: { ...own(), Origin: 'https://evil.example' },
      body: call('listVisits'),
    })
    expect(answer.status).toBe(403)
  })

  test('localhost with the port is the same server', async () => {
    const answer = await send(port, {
      headers: { ...own(), Host: `localhost:${port}`, Origin: `http://localhost:${port}` },
      body: call('listVisits'),
    })
    expect(answer.status).toBe(200)
  })

  test('a body over the cap gets 413 with a message, not a reset', async () => {
    const body = Buffer.alloc(MAX_BODY_BYTES + 6 * 1024 * 1024, 0x20)
    const answer = await send(port, { headers: own(), body })
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: false,
      error: { details: { key: 'error.tooLarge', limitMb: 64 } },
    })
  })

  test('the change stream is pushed to the page with the secret, and refused without it', async () => {
    const refused = await send(port, {
      method: 'GET',
      path: '/api/events',
      headers: { Host: `127.0.0.1:${port}` },
    })
    expect(refused.status).toBe(401)
    const rebound = await send(port, {
      method: 'GET',
      path: '/api/events',
      headers: { Host: `evil.example:${port}`, Authorization: `Bearer ${host.token}` },
    })
    expect(rebound.status).toBe(403)

    const controller = new AbortController()
    const response = await fetch(new URL('/api/events', host.origin), {
      headers: { Authorization: `Bearer ${host.token}` },
      signal: controller.signal,
    })
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
    await reader.read() // the stream is open
    await saveVisit()
    let text = ''
    while (!text.includes(visitId)) text += (await reader.read()).value ?? ''
    expect(text).toContain(`data: {"type":"visit","id":"${visitId}","outside":false}`)
    controller.abort()
  })
})
