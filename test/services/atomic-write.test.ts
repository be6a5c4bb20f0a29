import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { writeFileDurable, type DurableFs } from '../../electron/services/store/atomic-write'
import { tempDir } from '../helpers/temp-dir'

/** Records every durable step so the order can be asserted, and can fail one of them. */
function recordingFs(failAt?: string): { fs: DurableFs; log: string[] } {
  const log: string[] = []
  const fail = (step: string) => {
    if (step === failAt) throw Object.assign(new Error(step), { code: 'ENOSPC' })
  }
  const wrapped: DurableFs = {
    open: async (path, flags, mode) => {
      const handle = await fs.open(path, flags, mode)
      const kind = flags === 'r' ? 'dir' : 'temp'
      log.push(`open:${kind}`)
      return new Proxy(handle, {
        get(target, prop, receiver) {
          if (prop === 'sync')
            return async () => {
              fail(`sync:${kind}`)
              log.push(`sync:${kind}`)
              return target.sync()
            }
          if (prop === 'writeFile')
            return async (data: string) => {
              fail('write')
              log.push('write')
              return target.writeFile(data, 'utf8')
            }
          const value = Reflect.get(target, prop, receiver) as unknown
          return typeof value === 'function'
            ? (value as (...a: unknown[]) => unknown).bind(target)
            : value
        },
      })
    },
    rename: async (from, to) => {
      fail('rename')
      log.push('rename')
      return fs.rename(from, to)
    },
    unlink: async (path) => {
      log.push('unlink')
      return fs.unlink(path)
    },
  }
  return { fs: wrapped, log }
}

describe('durable replace', () => {
  test('writes the temp file, fsyncs it, renames it, then fsyncs the folder — in that order', async () => {
    const dir = await tempDir()
    const { fs: rec, log } = recordingFs()
    await writeFileDurable(join(dir, 'visit.json'), '{"a":1}', rec)
    expect(log).toEqual(['open:temp', 'write', 'sync:temp', 'rename', 'open:dir', 'sync:dir'])
    expect(await fs.readFile(join(dir, 'visit.json'), 'utf8')).toBe('{"a":1}')
  })

  for (const step of ['write', 'sync:temp', 'rename']) {
    test(`a failure at ${step} leaves the previous version intact and no temp file behind`, async () => {
      const dir = await tempDir()
      const file = join(dir, 'visit.json')
      await fs.writeFile(file, 'old')
      const { fs: rec } = recordingFs(step)
      await expect(writeFileDurable(file, 'new', rec)).rejects.toMatchObject({ code: 'ENOSPC' })
      expect(await fs.readFile(file, 'utf8')).toBe('old')
      expect(await fs.readdir(dir)).toEqual(['visit.json'])
    })
  }

  test('the promise resolves only after the folder fsync', async () => {
    const dir = await tempDir()
    const { fs: rec, log } = recordingFs()
    const done = writeFileDurable(join(dir, 'v.json'), 'x', rec).then(() => log.at(-1))
    await expect(done).resolves.toBe('sync:dir')
  })
})
