import { randomBytes } from 'node:crypto'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { safeStorageBox } from '../../electron/main/safe-storage-key'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import { aesBox, keyFileBox } from '../../electron/services/personal-data'
import { dispatch } from '../../shared/api/dispatch'
import { fixedClock } from '../../shared/time/clock'
import { tempDir } from '../helpers/temp-dir'
import { givePassport, TEST_PASSPORT } from '../helpers/passport'

async function withPassport(dir: string, secrets = aesBox(Buffer.alloc(32, 7))) {
  const api = await createAppApi({
    dataDir: dir,
    bundledDir: repoBundledDir,
    secrets,
    clock: fixedClock('2026-11-29T09:00:00Z'),
  })
  const made = await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-11-10' })
  await givePassport(api)
  return { api, made }
}

describe('the key', () => {
  test('AES-GCM: a fresh nonce each time; another key or a changed byte cannot open it', () => {
    const box = aesBox(randomBytes(32))
    const a = box.seal('N 98765432')
    expect(a).toMatch(/^dp1:/)
    expect(box.seal('N 98765432')).not.toBe(a)
    expect(box.open(a)).toBe('N 98765432')
    expect(() => aesBox(randomBytes(32)).open(a)).toThrow()
    const bytes = Buffer.from(a.slice(4), 'base64')
    bytes[bytes.length - 1]! ^= 1
    expect(() => box.open(`dp1:${bytes.toString('base64')}`)).toThrow()
  })

  test('the key file is made once, readable by the user only, in a private folder', async () => {
    const path = join(await tempDir(), 'keys', 'personal-data.key')
    const first = await keyFileBox(path)
    expect((await stat(path)).mode & 0o777).toBe(0o600)
    expect((await stat(join(path, '..'))).mode & 0o777).toBe(0o700)
    const sealed = first.seal('x')
    expect((await keyFileBox(path)).open(sealed)).toBe('x')
  })

  test('the desktop app keeps the key wrapped by the system keychain (safeStorage)', async () => {
    const dir = await tempDir()
    const keychain = {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from(`wrapped:${plain}`),
      decryptString: (b: Buffer) => b.toString().replace(/^wrapped:/, ''),
    }
    const box = await safeStorageBox(dir, keychain)
    const stored = await readFile(join(dir, 'personal-data.key.sealed'), 'latin1')
    expect(stored.startsWith('wrapped:')).toBe(true)
    expect((await safeStorageBox(dir, keychain)).open(box.seal('N 1'))).toBe('N 1')
    // No keychain: a user-only key file instead.
    const plainDir = await tempDir()
    await safeStorageBox(plainDir, { ...keychain, isEncryptionAvailable: () => false })
    expect((await stat(join(plainDir, 'personal-data.key'))).mode & 0o777).toBe(0o600)
    // Linux without a keyring: 'basic_text' protects nothing, so a user-only file, honestly...
    const basicDir = await tempDir()
    const basic = { ...keychain, getSelectedStorageBackend: () => 'basic_text' }
    await safeStorageBox(basicDir, basic)
    expect((await stat(join(basicDir, 'personal-data.key'))).mode & 0o777).toBe(0o600)
    // ...but a key wrapped before stays where it is (switching would lose it).
    expect((await safeStorageBox(dir, basic)).open(box.seal('N 2'))).toBe('N 2')
  })
})

describe('passport data at rest', () => {
  test('sealed on disk, open in the app, across a restart', async () => {
    const dir = await tempDir()
    await withPassport(dir)
    const raw = await readFile(join(dir, 'directory.json'), 'utf8')
    expect(raw).not.toContain('98765432')
    expect(raw).toContain('"passportSealed": "dp1:')
    const again = await createAppApi({
      dataDir: dir,
      bundledDir: repoBundledDir,
      secrets: aesBox(Buffer.alloc(32, 7)),
    })
    const person = (await again.getDirectory()).directory.people.find(
      (p) => p.id === 'p-esmagambetova',
    )
    expect(person?.passport).toEqual(TEST_PASSPORT)
  })

  test('another computer’s key: the data stays sealed and untouched through saves, and is reported', async () => {
    const dir = await tempDir()
    await withPassport(dir)
    const other = await createAppApi({
      dataDir: dir,
      bundledDir: repoBundledDir,
      secrets: aesBox(Buffer.alloc(32, 9)),
    })
    expect((await other.getStorageReport()).lockedPersonalData).toBe(1)
    const { directory, revision } = await other.getDirectory()
    expect(directory.people.find((p) => p.id === 'p-esmagambetova')?.passport).toBeUndefined()
    await other.saveDirectory(
      { ...directory, organisations: [...directory.organisations] },
      revision,
    )
    const home = await createAppApi({
      dataDir: dir,
      bundledDir: repoBundledDir,
      secrets: aesBox(Buffer.alloc(32, 7)),
    })
    const person = (await home.getDirectory()).directory.people.find(
      (p) => p.id === 'p-esmagambetova',
    )
    expect(person?.passport).toEqual(TEST_PASSPORT)
  })

  test('passport data written in the clear by an older version is sealed at start', async () => {
    const dir = await tempDir()
    await withPassport(dir)
    const file = JSON.parse(await readFile(join(dir, 'directory.json'), 'utf8'))
    for (const p of file.directory.people)
      if (p.passportSealed) {
        delete p.passportSealed
        p.passport = TEST_PASSPORT
      }
    await writeFile(join(dir, 'directory.json'), JSON.stringify(file))
    const api = await createAppApi({
      dataDir: dir,
      bundledDir: repoBundledDir,
      secrets: aesBox(Buffer.alloc(32, 7)),
    })
    expect(await readFile(join(dir, 'directory.json'), 'utf8')).not.toContain('98765432')
    expect((await api.getDirectory()).directory.people.find((p) => p.passport)?.passport).toEqual(
      TEST_PASSPORT,
    )
  })

  test('a template made from a visit never carries passport data', async () => {
    const dir = await tempDir()
    const { api, made } = await withPassport(dir)
    const summary = await api.saveVisitAsTemplate(made.visit.id, { title: 'Жамбыл, шаблон' })
    const text = await readFile(join(dir, 'templates', `${summary.id}.json`), 'utf8')
    expect(text).not.toContain('98765432')
    expect(text).not.toMatch(/"passport(Sealed)?":/)
  })

  test('after the visit: personal data of its participants deleted, kept for a visit still ahead', async () => {
    const dir = await tempDir()
    const { api, made } = await withPassport(dir)
    // The head of delegation also comes again in January: her passport is still needed.
    const next = await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2027-01-20' })
    expect(next.visit.participantIds).toContain('p-esmagambetova')
    expect(await api.deletePersonalData(made.visit.id)).toEqual({ removed: 0, kept: 1 })
    await api.deleteVisit(next.visit.id)
    expect(await api.deletePersonalData(made.visit.id)).toEqual({ removed: 1, kept: 0 })
    expect(await readFile(join(dir, 'directory.json'), 'utf8')).not.toContain('passportSealed')
  })

  test('never in logs: nothing the app prints, on success or failure, carries passport data', async () => {
    const printed: string[] = []
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        printed.push(args.map(String).join(' '))
      }),
    )
    try {
      const dir = await tempDir()
      const { api, made } = await withPassport(dir)
      await api.exportVisit(made.visit.id, 'bundle', { includeSensitive: true })
      const { directory } = await api.getDirectory()
      // A save that fails validation, with the passport inside the rejected data.
      await dispatch(api, 'saveDirectory', [
        { ...directory, people: [...directory.people, { id: 'x', passport: TEST_PASSPORT }] },
        -1,
      ])
      await dispatch(api, 'saveDirectory', [directory, 999])
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
    expect(printed.join('\n')).not.toContain('98765432')
  })
})
