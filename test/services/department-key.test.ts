import { randomBytes } from 'node:crypto'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runCli } from '../../electron/cli/index'
import { safeStorageVault } from '../../electron/main/safe-storage-key'
import { createAppApi } from '../../electron/services/create-app-api'
import {
  Keyring,
  departmentFingerprint,
  fileVault,
  memoryVault,
  readDepartmentKeyFile,
  writeDepartmentKeyFile,
  type KeyVault,
} from '../../electron/services/department-key'
import { repoBundledDir } from '../../electron/services/paths'
import { aesBox } from '../../electron/services/personal-data'
import { AppError } from '../../shared/api/errors'
import type { Passport } from '../../shared/domain/people'
import { fixedClock } from '../../shared/time/clock'
import { tempDir } from '../helpers/temp-dir'

const PASSPORT_A: Passport = { series: 'N', number: '11223344', expiresOn: '2031-05-01' }
const PASSPORT_B: Passport = { series: 'N', number: '55667788', expiresOn: '2030-01-15' }
const PASSPHRASE = 'Жамбыл-2026 весна'

/** One officer's computer over the shared folder: its own key and its own vault. */
async function computer(dir: string, seed: number, vault: KeyVault) {
  return createAppApi({
    dataDir: dir,
    bundledDir: repoBundledDir,
    secrets: aesBox(Buffer.alloc(32, seed)),
    departmentKeys: vault,
    clock: fixedClock('2026-11-29T09:00:00Z'),
  })
}

type Api = Awaited<ReturnType<typeof computer>>

async function setPassport(api: Api, personId: string, passport: Passport) {
  const { directory, revision } = await api.getDirectory()
  return api.saveDirectory(
    {
      ...directory,
      people: directory.people.map((p) => (p.id === personId ? { ...p, passport } : p)),
    },
    revision,
  )
}

const passportOf = async (api: Api, personId: string) =>
  (await api.getDirectory()).directory.people.find((p) => p.id === personId)?.passport

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(AppError)
  return err as AppError
}

describe('the key file', () => {
  const key = {
    fingerprint: '',
    name: 'Комитет по внешним связям',
    createdAt: '2026-11-29T09:00:00.000Z',
    key: randomBytes(32),
  }
  key.fingerprint = departmentFingerprint(key.key)

  test('opens with its passphrase only, and never holds the key in the clear', async () => {
    const text = await writeDepartmentKeyFile(key, PASSPHRASE)
    expect(text).not.toContain(key.key.toString('base64'))
    expect(text).not.toContain(key.key.toString('hex'))
    expect(JSON.parse(text)).toMatchObject({
      format: 'delegation-planner/department-key',
      fingerprint: key.fingerprint,
      kdf: { name: 'scrypt' },
    })
    const opened = await readDepartmentKeyFile(text, PASSPHRASE)
    expect(opened.key.equals(key.key)).toBe(true)
    expect(opened).toMatchObject({ name: key.name, fingerprint: key.fingerprint })
    expect((await rejection(readDepartmentKeyFile(text, 'Жамбыл-2026 осень'))).details?.key).toBe(
      'error.departmentKeyPassphraseWrong',
    )
  })

  test('a renamed, damaged or foreign file is refused in plain words', async () => {
    const text = await writeDepartmentKeyFile(key, PASSPHRASE)
    const renamed = JSON.stringify({ ...JSON.parse(text), name: 'Другой отдел' })
    expect((await rejection(readDepartmentKeyFile(renamed, PASSPHRASE))).details?.key).toBe(
      'error.departmentKeyPassphraseWrong',
    )
    // A file asking scrypt for gigabytes of memory is refused before any work.
    const file = JSON.parse(text) as { kdf: object }
    const greedy = JSON.stringify({ ...file, kdf: { ...file.kdf, N: 2 ** 22, r: 32 } })
    for (const junk of [
      '',
      '{}',
      'not json',
      '{"format":"delegation-planner/department-key"}',
      greedy,
      JSON.stringify({ ...file, kdf: { ...file.kdf, N: 20_000 } }),
    ]) {
      expect((await rejection(readDepartmentKeyFile(junk, PASSPHRASE))).details?.key).toBe(
        'error.departmentKeyFile',
      )
    }
    expect((await rejection(writeDepartmentKeyFile(key, 'short'))).details).toMatchObject({
      key: 'error.departmentKeyPassphrase',
      min: 8,
    })
  })

  test('the keyring opens both kinds and seals with the one asked for', async () => {
    const ring = await Keyring.open(aesBox(randomBytes(32)), memoryVault([key]))
    const own = ring.seal('x')
    const shared = ring.seal('y', key.fingerprint)
    expect(own).toMatch(/^dp1:/)
    expect(shared.startsWith(`dpk:${key.fingerprint.replace(/-/g, '')}:`)).toBe(true)
    expect(ring.open(own)).toBe('x')
    expect(ring.open(shared)).toBe('y')
    const other = await Keyring.open(aesBox(randomBytes(32)), memoryVault())
    expect(() => other.open(shared)).toThrow()
  })
})

describe('the vault on this computer', () => {
  test('browser mode: a user-only file in a private folder, read back after a restart', async () => {
    const path = join(await tempDir(), 'keys', 'department-keys.json')
    const ring = await Keyring.open(aesBox(randomBytes(32)), fileVault(path))
    const made = await ring.create('Отдел протокола', new Date('2026-11-29T09:00:00Z'))
    expect((await stat(path)).mode & 0o777).toBe(0o600)
    expect((await stat(join(path, '..'))).mode & 0o777).toBe(0o700)
    const again = await Keyring.open(aesBox(randomBytes(32)), fileVault(path))
    expect(again.list()).toEqual([
      { fingerprint: made.fingerprint, name: 'Отдел протокола', createdAt: made.createdAt },
    ])
  })

  test('the desktop app wraps the vault with the system keychain (safeStorage)', async () => {
    const dir = await tempDir()
    const keychain = {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from(`wrapped:${plain}`),
      decryptString: (b: Buffer) => b.toString().replace(/^wrapped:/, ''),
    }
    const ring = await Keyring.open(aesBox(randomBytes(32)), safeStorageVault(dir, keychain))
    const made = await ring.create('Отдел', new Date())
    const stored = await readFile(join(dir, 'department-keys.sealed'), 'latin1')
    expect(stored.startsWith('wrapped:')).toBe(true)
    expect(stored).not.toContain(made.key.toString('base64'))
    const again = await Keyring.open(aesBox(randomBytes(32)), safeStorageVault(dir, keychain))
    expect(again.has(made.fingerprint)).toBe(true)
    // No keychain: a user-only file instead.
    const plainDir = await tempDir()
    const vault = safeStorageVault(plainDir, { ...keychain, isEncryptionAvailable: () => false })
    await (await Keyring.open(aesBox(randomBytes(32)), vault)).create('Отдел', new Date())
    expect((await stat(join(plainDir, 'department-keys.json'))).mode & 0o777).toBe(0o600)
  })
})

describe('a shared archive sealed with the department key', () => {
  test('two computers: created on one, imported on the other, every passport opens on both', async () => {
    const dir = await tempDir()
    const vaultA = memoryVault()
    const vaultB = memoryVault()
    // Before the department key: each computer seals with its own key.
    const a = await computer(dir, 7, vaultA)
    await a.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-11-10' })
    await setPassport(a, 'p-esmagambetova', PASSPORT_A)
    const b0 = await computer(dir, 9, vaultB)
    expect((await b0.getDepartmentKey()).sealed).toEqual({ department: 0, computer: 0, locked: 1 })
    const personB = (await b0.getDirectory()).directory.people.find(
      (p) => p.id !== 'p-esmagambetova',
    )!.id
    await setPassport(b0, personB, PASSPORT_B)

    // A creates the key: A's passport moves to it, B's stays sealed with B's own key.
    const a1 = await computer(dir, 7, vaultA)
    expect((await a1.getDepartmentKey()).archive).toBeNull()
    const created = await a1.createDepartmentKey('Комитет по внешним связям')
    expect(created).toMatchObject({
      archive: { name: 'Комитет по внешним связям' },
      available: true,
      sealed: { department: 1, computer: 0, locked: 1 },
    })
    const fingerprint = created.archive!.fingerprint
    let raw = await readFile(join(dir, 'directory.json'), 'utf8')
    expect(raw).toContain(`"fingerprint": "${fingerprint}"`)
    expect(raw).toContain(`dpk:${fingerprint.replace(/-/g, '')}:`)
    expect(raw).not.toContain('11223344')
    expect((await rejection(a1.createDepartmentKey('Ещё один'))).details?.key).toBe(
      'error.departmentKeyExists',
    )

    // B without the key: sees the archive's key, keeps its own data, cannot add new data.
    const b1 = await computer(dir, 9, vaultB)
    expect(await b1.getDepartmentKey()).toMatchObject({
      archive: { fingerprint },
      available: false,
      sealed: { department: 0, computer: 1, locked: 1 },
    })
    expect(await passportOf(b1, personB)).toEqual(PASSPORT_B)
    const refused = await rejection(setPassport(b1, personB, { ...PASSPORT_B, number: '99' }))
    expect(refused.details).toMatchObject({ key: 'error.departmentKeyMissing', fingerprint })
    // Other edits still save, and leave every sealed passport as it was.
    const { directory, revision } = await b1.getDirectory()
    await b1.saveDirectory({ ...directory, organisations: [...directory.organisations] }, revision)
    expect(await passportOf(await computer(dir, 7, vaultA), 'p-esmagambetova')).toEqual(PASSPORT_A)
    expect((await rejection(b1.createDepartmentKey('Свой'))).details?.key).toBe(
      'error.departmentKeyImportInstead',
    )

    // A hands the key file over; a wrong file or passphrase changes nothing.
    const file = await a1.exportDepartmentKey(PASSPHRASE)
    expect(file.fileName).toBe(`Ключ отдела ${fingerprint}.dpkey`)
    const content = Buffer.from(file.base64, 'base64').toString('utf8')
    expect((await rejection(b1.importDepartmentKey(content, 'не тот пароль'))).details?.key).toBe(
      'error.departmentKeyPassphraseWrong',
    )
    const stranger = await computer(await tempDir(), 3, memoryVault())
    await stranger.createDepartmentKey('Другой архив')
    const foreign = Buffer.from(
      (await stranger.exportDepartmentKey(PASSPHRASE)).base64,
      'base64',
    ).toString('utf8')
    expect((await rejection(b1.importDepartmentKey(foreign, PASSPHRASE))).details?.key).toBe(
      'error.departmentKeyOther',
    )
    expect(await vaultB.load()).toEqual([])

    // B imports: A's passport opens, B's own is sealed again with the department key.
    const imported = await b1.importDepartmentKey(content, PASSPHRASE)
    expect(imported).toMatchObject({
      available: true,
      opened: 1,
      sealed: { department: 2, computer: 0, locked: 0 },
    })
    expect(await passportOf(b1, 'p-esmagambetova')).toEqual(PASSPORT_A)
    raw = await readFile(join(dir, 'directory.json'), 'utf8')
    expect(raw).not.toContain('"dp1:')
    expect(raw).not.toMatch(/11223344|55667788/)

    // After a restart on either computer, both passports open.
    for (const [seed, vault] of [
      [7, vaultA],
      [9, vaultB],
    ] as const) {
      const api = await computer(dir, seed, vault)
      expect(await passportOf(api, 'p-esmagambetova')).toEqual(PASSPORT_A)
      expect(await passportOf(api, personB)).toEqual(PASSPORT_B)
      expect((await api.getStorageReport()).lockedPersonalData).toBe(0)
    }
  })

  test('a key imported before the archive has one becomes the archive’s key', async () => {
    const source = await computer(await tempDir(), 5, memoryVault())
    await source.createDepartmentKey('Отдел протокола')
    const content = Buffer.from(
      (await source.exportDepartmentKey(PASSPHRASE)).base64,
      'base64',
    ).toString('utf8')
    const dir = await tempDir()
    const api = await computer(dir, 6, memoryVault())
    await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-11-10' })
    await setPassport(api, 'p-esmagambetova', PASSPORT_A)
    const status = await api.importDepartmentKey(content, PASSPHRASE)
    expect(status).toMatchObject({
      archive: { name: 'Отдел протокола' },
      sealed: { department: 1, computer: 0, locked: 0 },
    })
    expect(await readFile(join(dir, 'directory.json'), 'utf8')).not.toContain('"dp1:')
  })

  test('unchanged passport data is written back as it was sealed (no churn for the sync engine)', async () => {
    const dir = await tempDir()
    const api = await computer(dir, 7, memoryVault())
    await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-11-10' })
    await api.createDepartmentKey('Отдел')
    await setPassport(api, 'p-esmagambetova', PASSPORT_A)
    const sealedOf = async () =>
      /"passportSealed": "([^"]+)"/.exec(await readFile(join(dir, 'directory.json'), 'utf8'))![1]
    const before = await sealedOf()
    const { directory, revision } = await api.getDirectory()
    await api.saveDirectory({ ...directory, organisations: [...directory.organisations] }, revision)
    expect(await sealedOf()).toBe(before)
  })
})

test('check tells an administrator which key the archive uses and whether this computer has it', async () => {
  const dir = await tempDir()
  const api = await computer(dir, 7, memoryVault())
  await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-11-10' })
  await setPassport(api, 'p-esmagambetova', PASSPORT_A)
  const { archive } = await api.createDepartmentKey('Комитет по внешним связям')
  let out = ''
  const io = { out: (s: string) => void (out += s), err: () => undefined }
  // The CLI is another computer here: its own keys, not the department key.
  expect(await runCli(['check', '--json', '--data-dir', dir], io, repoBundledDir)).toBe(0)
  expect(JSON.parse(out).departmentKey).toEqual({
    archive,
    available: false,
    sealed: { department: 0, computer: 0, locked: 1 },
  })
  out = ''
  await runCli(['check', '--data-dir', dir], io, repoBundledDir)
  expect(out).toContain(
    `Department key: Комитет по внешним связям (${archive!.fingerprint}), not on this computer`,
  )
  expect(out).not.toContain('11223344')
})

describe('what the shared file cannot be made to do', () => {
  async function archiveWithKey() {
    const dir = await tempDir()
    const vault = memoryVault()
    const api = await computer(dir, 7, vault)
    await api.createVisitFromTemplate('tpl-zhambyl-2025', { startDate: '2026-11-10' })
    await api.createDepartmentKey('Отдел')
    await setPassport(api, 'p-esmagambetova', PASSPORT_A)
    return { dir, vault, api }
  }

  test('sealed passport data moved onto another person does not open there', async () => {
    const { dir, vault } = await archiveWithKey()
    const path = join(dir, 'directory.json')
    const file = JSON.parse(await readFile(path, 'utf8')) as {
      directory: { people: { id: string; passportSealed?: string }[] }
    }
    const sealed = file.directory.people.find((p) => p.id === 'p-esmagambetova')!.passportSealed!
    const other = file.directory.people.find((p) => p.id !== 'p-esmagambetova')!
    other.passportSealed = sealed
    await writeFile(path, JSON.stringify(file))
    const api = await computer(dir, 7, vault)
    expect(await passportOf(api, other.id)).toBeUndefined()
    expect(await passportOf(api, 'p-esmagambetova')).toEqual(PASSPORT_A)
    expect((await api.getDepartmentKey()).sealed.locked).toBe(1)
  })

  test('a sync copy from before a deletion does not bring the passport data back', async () => {
    const { dir, vault, api } = await archiveWithKey()
    const before = await readFile(join(dir, 'directory.json'), 'utf8')
    const { directory, revision } = await api.getDirectory()
    await api.saveDirectory(
      {
        ...directory,
        people: directory.people.map((p) => {
          if (p.id !== 'p-esmagambetova') return p
          const { passport: _gone, ...rest } = p
          return rest
        }),
      },
      revision,
    )
    await writeFile(join(dir, 'directory.sync-conflict-20261129-104233-PETROV7.json'), before)
    const again = await computer(dir, 7, vault)
    expect((await again.getStorageReport()).directoryCopies).toHaveLength(1)
    expect(await passportOf(again, 'p-esmagambetova')).toBeUndefined()
    expect(await readFile(join(dir, 'directory.json'), 'utf8')).not.toContain('passportSealed')
  })

  test('passport data entered on the other computer arrives through a sync copy, sealed or open', async () => {
    // The race the two-machine sync run met: B entered a passport while A wrote its own revision
    // (a merge, another edit); the engine kept A's file and left B's as a copy.
    const { dir, vault, api } = await archiveWithKey()
    const path = join(dir, 'directory.json')
    const base = JSON.parse(await readFile(path, 'utf8')) as {
      revision: number
      updatedAt: string
      directory: { people: { id: string; phone?: string }[] }
    }
    await setPassport(api, 'p-kyalin', PASSPORT_B)
    const theirs = await readFile(path, 'utf8')
    const ours = {
      ...base,
      revision: base.revision + 1,
      updatedAt: '2026-11-29T09:05:00.000Z',
      directory: {
        ...base.directory,
        people: base.directory.people.map((p) =>
          p.id === 'p-kyalin' ? { ...p, phone: '+7 812 000-00-00' } : p,
        ),
      },
    }
    const lay = async () => {
      await writeFile(path, JSON.stringify(ours))
      await writeFile(join(dir, 'directory.sync-conflict-20261129-090500-LAPTOPB.json'), theirs)
    }
    // A computer without the department key keeps B's sealed data as it came.
    await lay()
    const keyless = await computer(dir, 9, memoryVault())
    expect((await keyless.getDepartmentKey()).sealed.locked).toBe(2)
    const kept = (await keyless.getDirectory()).directory.people.find((p) => p.id === 'p-kyalin')
    expect(kept?.phone).toBe('+7 812 000-00-00')
    const sealedOf = (text: string) =>
      (
        JSON.parse(text) as { directory: { people: { id: string; passportSealed?: string }[] } }
      ).directory.people.find((p) => p.id === 'p-kyalin')?.passportSealed
    expect(sealedOf(await readFile(path, 'utf8'))).toBe(sealedOf(theirs))
    // One that holds it opens the data, and keeps its own edit of the person.
    await lay()
    const again = await computer(dir, 7, vault)
    expect(await passportOf(again, 'p-kyalin')).toEqual(PASSPORT_B)
    expect(await passportOf(again, 'p-esmagambetova')).toEqual(PASSPORT_A)
    const person = (await again.getDirectory()).directory.people.find((p) => p.id === 'p-kyalin')
    expect(person?.phone).toBe('+7 812 000-00-00')
  })

  test('a window holding the directory from before an import cannot save over what it opened', async () => {
    const { dir, api } = await archiveWithKey()
    const content = Buffer.from(
      (await api.exportDepartmentKey(PASSPHRASE)).base64,
      'base64',
    ).toString('utf8')
    const other = await computer(dir, 9, memoryVault())
    const stale = await other.getDirectory()
    expect(stale.directory.people.find((p) => p.id === 'p-esmagambetova')?.passport).toBeUndefined()
    await other.importDepartmentKey(content, PASSPHRASE)
    const refused = await rejection(other.saveDirectory(stale.directory, stale.revision))
    expect(refused.code).toBe('conflict')
    expect(await passportOf(other, 'p-esmagambetova')).toEqual(PASSPORT_A)
  })

  test('a file of the same revision written by another computer is not saved over', async () => {
    const { dir, api } = await archiveWithKey()
    const path = join(dir, 'directory.json')
    const mine = await api.getDirectory()
    const file = JSON.parse(await readFile(path, 'utf8')) as { updatedAt: string }
    // Another computer on the share saved its own revision N at another moment.
    await writeFile(path, JSON.stringify({ ...file, updatedAt: '2026-11-29T09:30:00.000Z' }))
    const refused = await rejection(api.saveDirectory(mine.directory, mine.revision))
    expect(refused.code).toBe('conflict')
  })
})
