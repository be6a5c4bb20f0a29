import { describe, expect, test, vi } from 'vitest'
import type { PlannerApi } from '../../shared/api/contract'

vi.mock('electron', () => ({}))

const { registerIpcHost, CALL_CHANNEL } = await import('../../electron/main/ipc-host')
const { buildMenuTemplate } = await import('../../electron/main/menu')
const { isAppUrl } = await import('../../electron/main/security')

type Invoke = (
  event: { senderFrame: { url: string } | null },
  method: unknown,
  args: unknown,
) => Promise<unknown>

function host() {
  const handlers = new Map<string, Invoke>()
  const ipcMain = { handle: (channel: string, fn: Invoke) => handlers.set(channel, fn) }
  const api = { listVisits: async () => [{ id: 'v1' }] } as unknown as PlannerApi
  registerIpcHost(ipcMain as never, api, (url) => isAppUrl(url))
  return { handlers, call: handlers.get(CALL_CHANNEL)! }
}

describe('IPC', () => {
  test('registers exactly one handler', () => {
    expect([...host().handlers.keys()]).toEqual([CALL_CHANNEL])
  })

  test('answers calls from the app page through dispatch', async () => {
    const { call } = host()
    expect(
      await call({ senderFrame: { url: 'app://renderer/index.html' } }, 'listVisits', []),
    ).toEqual({ ok: true, value: [{ id: 'v1' }] })
    expect(
      await call({ senderFrame: { url: 'app://renderer/index.html' } }, 'rm -rf', []),
    ).toMatchObject({ ok: false, error: { code: 'invalid' } })
  })

  test('refuses calls from any other frame', async () => {
    const { call } = host()
    for (const frame of [{ url: 'https://evil.example/' }, { url: '' }, null]) {
      expect(await call({ senderFrame: frame }, 'listVisits', [])).toMatchObject({
        ok: false,
        error: { code: 'invalid', details: { key: 'error.forbidden' } },
      })
    }
  })
})

describe('application menu', () => {
  test('is in Russian by default with the usual shortcuts, and sends commands for visit-wide undo', () => {
    const sent: string[] = []
    const menu = buildMenuTemplate('ru', (c) => sent.push(c))
    expect(menu.map((m) => m.label)).toEqual(['Файл', 'Правка', 'Вид'])
    const items = menu.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []))
    const byLabel = (label: string) => items.find((i) => i.label === label)!
    expect(byLabel('Новый визит').accelerator).toBe('CmdOrCtrl+N')
    expect(byLabel('Выход').role).toBe('quit')
    expect(byLabel('Импорт…').accelerator).toBe('CmdOrCtrl+O')
    expect(byLabel('Экспорт справки (PDF)…').accelerator).toBe('CmdOrCtrl+P')
    byLabel('Отменить').click?.({} as never, undefined, {} as never)
    byLabel('Повторить').click?.({} as never, undefined, {} as never)
    byLabel('Новый визит').click?.({} as never, undefined, {} as never)
    expect(sent).toEqual(['undo', 'redo', 'new-visit'])
  })

  test('has an English version', () => {
    expect(buildMenuTemplate('en', () => undefined).map((m) => m.label)).toEqual([
      'File',
      'Edit',
      'View',
    ])
  })
})
