import { describe, expect, test } from 'vitest'
import { createApiClient, orderedSend } from '../../shared/api/client'
import { API_METHOD_NAMES, type PlannerApi } from '../../shared/api/contract'
import { dispatch } from '../../shared/api/dispatch'
import { AppError } from '../../shared/api/errors'
import { aVisit } from '../helpers/builders'

function fakeApi(overrides: Partial<PlannerApi> = {}): PlannerApi {
  const api = {} as Record<string, unknown>
  for (const name of API_METHOD_NAMES) api[name] = async () => name
  return { ...(api as unknown as PlannerApi), ...overrides }
}

describe('dispatch', () => {
  test('answers an unknown method with invalid, including prototype names', async () => {
    for (const method of ['nope', '__proto__', 'constructor', 'toString', 42, null]) {
      const result = await dispatch(fakeApi(), method, [])
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid', details: { key: 'error.unknownMethod' } },
      })
    }
  })

  test('validates arguments before calling the service', async () => {
    let called = false
    const api = fakeApi({ getVisit: async () => ((called = true), undefined as never) })
    const result = await dispatch(api, 'getVisit', ['../../etc/passwd'])
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(called).toBe(false)
  })

  test('rejects wrong argument shapes: not an array, wrong types, extra arguments', async () => {
    for (const args of [{}, 'x', [1], ['a', 'b']]) {
      expect((await dispatch(fakeApi(), 'getVisit', args)).ok).toBe(false)
    }
  })

  test('passes validated arguments and answers the value', async () => {
    const visit = aVisit()
    const api = fakeApi({
      saveVisit: async (v, rev) => ({ visit: v, revision: rev + 1, updatedAt: 'now' }),
    })
    const result = await dispatch(api, 'saveVisit', [visit, 3])
    expect(result).toEqual({ ok: true, value: { visit, revision: 4, updatedAt: 'now' } })
  })

  test('carries an AppError code across, and hides the text of unexpected errors', async () => {
    const conflict = fakeApi({
      getVisit: async () => {
        throw new AppError('conflict', 'changed', {
          key: 'error.visitConflict',
          currentRevision: 5,
        })
      },
    })
    expect(await dispatch(conflict, 'getVisit', ['v1'])).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'changed',
        details: { key: 'error.visitConflict', currentRevision: 5 },
      },
    })
    const crash = fakeApi({
      getVisit: async () => {
        throw new Error('/home/officer/passport N1234567')
      },
    })
    const result = await dispatch(crash, 'getVisit', ['v1'])
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(result)).not.toContain('N1234567')
  })
})

describe('client', () => {
  test('re-throws a failed envelope as AppError with the same code', async () => {
    const client = createApiClient(async () => ({
      ok: false,
      error: { code: 'conflict', message: 'm', details: { key: 'k' } },
    }))
    await expect(client.getVisit('v1')).rejects.toMatchObject({
      name: 'AppError',
      code: 'conflict',
    })
  })

  test('turns a transport failure into an io error', async () => {
    const client = createApiClient(async () => {
      throw new TypeError('Failed to fetch')
    })
    await expect(client.listVisits()).rejects.toMatchObject({
      code: 'io',
      details: { key: 'error.transport' },
    })
  })

  test('round-trips through dispatch for every method name', async () => {
    const api = fakeApi()
    const client = createApiClient((method, args) => dispatch(api, method, args))
    await expect(client.listVisits()).resolves.toBe('listVisits')
    expect(Object.keys(client).sort()).toEqual([...API_METHOD_NAMES].sort())
  })

  test('a read waits for the changes sent before it; a failed change does not block the next', async () => {
    const log: string[] = []
    const slow = new Map<string, () => void>()
    const send = orderedSend(async (method) => {
      log.push(`start ${method}`)
      if (method === 'saveVisit') await new Promise<void>((resolve) => slow.set(method, resolve))
      log.push(`end ${method}`)
      if (method === 'deleteVisit') throw new Error('disk full')
      return { ok: true, value: method }
    })
    const save = send('saveVisit', [])
    const read = send('listAgreements', [])
    await Promise.resolve()
    expect(log).toEqual(['start saveVisit'])
    slow.get('saveVisit')!()
    await Promise.all([save, read])
    expect(log).toEqual([
      'start saveVisit',
      'end saveVisit',
      'start listAgreements',
      'end listAgreements',
    ])
    await expect(send('deleteVisit', [])).rejects.toThrow('disk full')
    await expect(send('getVisit', [])).resolves.toEqual({ ok: true, value: 'getVisit' })
  })
})
