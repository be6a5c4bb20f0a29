import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  scrypt as scryptCallback,
  type ScryptOptions,
} from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { AppError } from '../../shared/api/errors'
import { defaultKeyFile, type SecretBox } from './personal-data'
import { writeFileDurable } from './store/atomic-write'

/**
 * The department key: one AES-256 key every officer of the department imports once, so that
 * passport data in a shared archive opens on each of their computers and on no other. It travels
 * as a small file protected by a passphrase (scrypt), told to colleagues separately.
 */
export interface DepartmentKeyInfo {
  /** 'A1B2-C3D4-E5F6-0718': the same on every computer that holds the key; compare it aloud. */
  fingerprint: string
  name: string
  createdAt: string
}

export interface DepartmentKey extends DepartmentKeyInfo {
  key: Buffer
}

export const FINGERPRINT_PATTERN = /^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/
export const DepartmentKeyInfoSchema = z.object({
  fingerprint: z.string().regex(FINGERPRINT_PATTERN),
  name: z.string().trim().min(1).max(200),
  createdAt: z.iso.datetime(),
})

const FILE_FORMAT = 'delegation-planner/department-key'
export const MIN_PASSPHRASE = 8
/** scrypt cost: about 0.1–0.3 s on a laptop, 32 MB of memory, for each guess at the passphrase. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const
const SCRYPT_MAXMEM = 64 * 1024 * 1024

/** The key's fingerprint: the first 8 bytes of SHA-256 over a label and the key. */
export function departmentFingerprint(key: Buffer): string {
  const hex = createHash('sha256')
    .update('delegation-planner department key v1\0')
    .update(key)
    .digest('hex')
    .slice(0, 16)
    .toUpperCase()
  return hex.match(/.{4}/g)!.join('-')
}

/** 'dpk:A1B2C3D4E5F60718:' — what passport data sealed with this key starts with. */
const prefixOf = (fingerprint: string) => `dpk:${fingerprint.replace(/-/g, '')}:`

function aesSeal(key: Buffer, plain: Buffer, aad: string): Buffer {
  const nonce = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, nonce)
  cipher.setAAD(Buffer.from(aad, 'utf8'))
  const body = Buffer.concat([cipher.update(plain), cipher.final()])
  return Buffer.concat([nonce, cipher.getAuthTag(), body])
}

function aesOpen(key: Buffer, bytes: Buffer, aad: string): Buffer {
  if (bytes.length < 28) throw new Error('sealed data too short')
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12))
  decipher.setAAD(Buffer.from(aad, 'utf8'))
  decipher.setAuthTag(bytes.subarray(12, 28))
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()])
}

const scrypt = (passphrase: string, salt: Buffer, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCallback(passphrase.normalize('NFC'), salt, 32, options, (err, derived) =>
      err ? reject(err) : resolve(derived),
    ),
  )

const KeyFileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(1),
  name: z.string().max(200),
  fingerprint: z.string().regex(FINGERPRINT_PATTERN),
  createdAt: z.string().max(40),
  kdf: z.object({
    name: z.literal('scrypt'),
    // Bounded so that a hostile file cannot make scrypt take gigabytes (at most 128 MB here).
    N: z
      .number()
      .int()
      .min(2 ** 14)
      .max(2 ** 17)
      .refine((n) => (n & (n - 1)) === 0, 'a power of two'),
    r: z.number().int().min(1).max(8),
    p: z.number().int().min(1).max(4),
    salt: z.base64().max(100),
  }),
  cipher: z.literal('aes-256-gcm'),
  sealed: z.base64().max(200),
})

/** What the key file's seal also vouches for: a changed name or fingerprint does not open. */
const fileAad = (k: DepartmentKeyInfo) =>
  [FILE_FORMAT, k.fingerprint, k.name, k.createdAt].join('|')

const passphraseError = () =>
  new AppError('invalid', 'passphrase too short', {
    key: 'error.departmentKeyPassphrase',
    min: MIN_PASSPHRASE,
  })

/** The key as a file to hand to colleagues: the key sealed under the passphrase. */
export async function writeDepartmentKeyFile(
  key: DepartmentKey,
  passphrase: string,
): Promise<string> {
  if (passphrase.length < MIN_PASSPHRASE) throw passphraseError()
  const salt = randomBytes(16)
  const wrapping = await scrypt(passphrase, salt, { ...SCRYPT, maxmem: SCRYPT_MAXMEM })
  const aad = fileAad(key)
  const file: z.infer<typeof KeyFileSchema> = {
    format: FILE_FORMAT,
    version: 1,
    name: key.name,
    fingerprint: key.fingerprint,
    createdAt: key.createdAt,
    kdf: { name: 'scrypt', ...SCRYPT, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    sealed: aesSeal(wrapping, key.key, aad).toString('base64'),
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/**
 * Opens a key file with its passphrase. Anything else than a key file, a wrong passphrase or a
 * damaged file answer distinct, translated errors.
 */
export async function readDepartmentKeyFile(
  text: string,
  passphrase: string,
): Promise<DepartmentKey> {
  let parsed: z.infer<typeof KeyFileSchema>
  try {
    parsed = KeyFileSchema.parse(JSON.parse(text))
  } catch {
    throw new AppError('invalid', 'not a department key file', {
      key: 'error.departmentKeyFile',
    })
  }
  const { kdf } = parsed
  const wrapping = await scrypt(passphrase, Buffer.from(kdf.salt, 'base64'), {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: 256 * kdf.N * kdf.r + 16 * 1024 * 1024,
  }).catch(() => {
    throw new AppError('invalid', 'key file parameters', { key: 'error.departmentKeyFile' })
  })
  let key: Buffer
  try {
    key = aesOpen(wrapping, Buffer.from(parsed.sealed, 'base64'), fileAad(parsed))
  } catch {
    throw new AppError('invalid', 'wrong passphrase', { key: 'error.departmentKeyPassphraseWrong' })
  }
  if (key.length !== 32 || departmentFingerprint(key) !== parsed.fingerprint) {
    throw new AppError('invalid', 'department key damaged', { key: 'error.departmentKeyFile' })
  }
  const info = DepartmentKeyInfoSchema.safeParse(parsed)
  if (!info.success)
    throw new AppError('invalid', 'department key file fields', { key: 'error.departmentKeyFile' })
  return { ...info.data, key }
}

/** Where the department keys imported on this computer are kept (never in the data folder). */
export interface KeyVault {
  load(): Promise<DepartmentKey[]>
  save(keys: DepartmentKey[]): Promise<void>
}

const VaultSchema = z.object({
  version: z.literal(1),
  keys: z
    .array(DepartmentKeyInfoSchema.extend({ key: z.base64() }))
    .max(100)
    .default([]),
})

/**
 * The keys in one user-only file (mode 0600 in a 0700 folder), through `wrap`/`unwrap`: the
 * desktop app wraps it with the system keychain (safeStorage), browser mode and the CLI keep it
 * beside the personal-data key.
 */
export function fileVault(
  path = join(dirname(defaultKeyFile()), 'department-keys.json'),
  wrap: (plain: Buffer) => Buffer = (b) => b,
  unwrap: (stored: Buffer) => Buffer = (b) => b,
): KeyVault {
  return {
    async load() {
      let stored: Buffer
      try {
        stored = await nodeFs.readFile(path)
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
        throw err
      }
      const vault = VaultSchema.parse(JSON.parse(unwrap(stored).toString('utf8')))
      return vault.keys.map((k) => ({ ...k, key: Buffer.from(k.key, 'base64') }))
    },
    async save(keys) {
      await nodeFs.mkdir(dirname(path), { recursive: true, mode: 0o700 })
      const plain = JSON.stringify({
        version: 1,
        keys: keys.map((k) => ({ ...k, key: k.key.toString('base64') })),
      })
      await writeFileDurable(
        path,
        wrap(Buffer.from(plain, 'utf8')).toString('latin1'),
        undefined,
        'latin1',
      )
    },
  }
}

/** Keys kept in memory only (tests). */
export function memoryVault(initial: DepartmentKey[] = []): KeyVault {
  let keys = [...initial]
  return {
    load: async () => [...keys],
    save: async (next) => {
      keys = [...next]
    },
  }
}

/** Which key sealed a value: this computer's own, a department key by fingerprint, or unknown. */
export type SealedBy = { kind: 'computer' } | { kind: 'department'; fingerprint: string }

/**
 * This computer's own key (`dp1:`) and the department keys imported here (`dpk:<fp>:`): opens
 * what any of them sealed, and seals with the one asked for.
 */
export class Keyring {
  private constructor(
    private readonly local: SecretBox,
    private readonly vault: KeyVault,
    private keys: DepartmentKey[],
  ) {}

  static async open(local: SecretBox, vault: KeyVault): Promise<Keyring> {
    return new Keyring(local, vault, await vault.load())
  }

  /** The department keys on this computer (without the key bytes). */
  list(): DepartmentKeyInfo[] {
    return this.keys.map(({ fingerprint, name, createdAt }) => ({ fingerprint, name, createdAt }))
  }

  has(fingerprint: string): boolean {
    return this.keys.some((k) => k.fingerprint === fingerprint)
  }

  get(fingerprint: string): DepartmentKey | undefined {
    return this.keys.find((k) => k.fingerprint === fingerprint)
  }

  /**
   * Seals with the department key `fingerprint`, or with this computer's key without one. The
   * `owner` (the person's id) is bound into the seal: sealed data moved onto another person in
   * the shared file no longer opens.
   */
  seal(plain: string, fingerprint?: string, owner = ''): string {
    if (!fingerprint) return this.local.seal(plain)
    const key = this.get(fingerprint)
    if (!key) throw new Error('department key not on this computer')
    const prefix = prefixOf(fingerprint)
    return prefix + aesSeal(key.key, Buffer.from(plain, 'utf8'), prefix + owner).toString('base64')
  }

  /** Opens what any key here sealed for `owner`; throws for a key this computer does not have. */
  open(sealed: string, owner = ''): string {
    const by = sealedBy(sealed)
    if (by?.kind === 'computer') return this.local.open(sealed)
    if (by?.kind !== 'department') throw new Error('not sealed data')
    const key = this.get(by.fingerprint)
    if (!key) throw new Error('department key not on this computer')
    const prefix = prefixOf(by.fingerprint)
    const body = Buffer.from(sealed.slice(prefix.length), 'base64')
    return aesOpen(key.key, body, prefix + owner).toString('utf8')
  }

  /** A new random department key, kept on this computer. */
  async create(name: string, now: Date): Promise<DepartmentKey> {
    const key = randomBytes(32)
    const made: DepartmentKey = {
      fingerprint: departmentFingerprint(key),
      name: name.trim(),
      createdAt: now.toISOString(),
      key,
    }
    await this.add(made)
    return made
  }

  /** Keeps a department key on this computer (once: the same key again changes nothing). */
  async add(key: DepartmentKey): Promise<void> {
    await this.serially(async () => {
      if (this.has(key.fingerprint)) return
      const next = [...this.keys, key]
      await this.vault.save(next)
      this.keys = next
    })
  }

  /** Forgets a key made here that the archive did not take (a failed creation). */
  async remove(fingerprint: string): Promise<void> {
    await this.serially(async () => {
      const next = this.keys.filter((k) => k.fingerprint !== fingerprint)
      if (next.length === this.keys.length) return
      await this.vault.save(next)
      this.keys = next
    })
  }

  /** Vault writes one at a time, so that two never lose each other's key. */
  private queue: Promise<unknown> = Promise.resolve()
  private serially(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work)
    this.queue = run.catch(() => undefined)
    return run
  }
}

/** Which key sealed `sealed`, from its prefix. */
export function sealedBy(sealed: string): SealedBy | undefined {
  if (sealed.startsWith('dp1:')) return { kind: 'computer' }
  const m = /^dpk:([0-9A-F]{16}):/.exec(sealed)
  if (!m) return undefined
  return { kind: 'department', fingerprint: m[1]!.match(/.{4}/g)!.join('-') }
}
