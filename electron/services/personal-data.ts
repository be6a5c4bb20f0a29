import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { writeFileDurable } from './store/atomic-write'

/**
 * Seals sensitive personal data (passport details) before it is written to disk, and opens it
 * when read. `open` throws when the data was sealed with another key.
 */
export interface SecretBox {
  seal(plain: string): string
  open(sealed: string): string
}

const PREFIX = 'dp1:'

/** AES-256-GCM: 12-byte random nonce, 16-byte tag; 'dp1:' + base64(nonce ‖ tag ‖ ciphertext). */
export function aesBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('the personal-data key must be 32 bytes')
  return {
    seal(plain) {
      const nonce = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, nonce)
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return PREFIX + Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64')
    },
    open(sealed) {
      if (!sealed.startsWith(PREFIX)) throw new Error('not sealed data')
      const bytes = Buffer.from(sealed.slice(PREFIX.length), 'base64')
      if (bytes.length < 28) throw new Error('sealed data too short')
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12))
      decipher.setAuthTag(bytes.subarray(12, 28))
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')
    },
  }
}

/**
 * Where browser mode and the CLI keep the key: outside the data folder (a synced or copied
 * folder does not carry it), readable by the user only. DELEGATION_PLANNER_KEY_FILE overrides.
 */
export function defaultKeyFile(): string {
  return (
    process.env.DELEGATION_PLANNER_KEY_FILE ??
    join(homedir(), '.config', 'delegation-planner', 'personal-data.key')
  )
}

/** The key in a file of its own (mode 0600 in a 0700 folder), made on first use. */
export async function keyFileBox(path = defaultKeyFile()): Promise<SecretBox> {
  return aesBox(
    await readOrCreateKey(
      path,
      (key) => key,
      (stored) => stored,
    ),
  )
}

/**
 * Reads the key stored at `path` through `unwrap`, or makes a new random one and stores it
 * through `wrap`. The Electron shell wraps it with the system keychain (safeStorage).
 */
export async function readOrCreateKey(
  path: string,
  wrap: (key: Buffer) => Buffer,
  unwrap: (stored: Buffer) => Buffer,
): Promise<Buffer> {
  try {
    const key = unwrap(await nodeFs.readFile(path))
    if (key.length !== 32) throw new Error('the personal-data key file is damaged')
    return key
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  const key = randomBytes(32)
  await nodeFs.mkdir(dirname(path), { recursive: true, mode: 0o700 })
  // The durable writer creates its temporary file with mode 0600; the rename keeps it.
  await writeFileDurable(path, wrap(key).toString('latin1'), undefined, 'latin1')
  return key
}
