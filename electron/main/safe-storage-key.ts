import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileVault, type KeyVault } from '../services/department-key'
import { aesBox, keyFileBox, readOrCreateKey, type SecretBox } from '../services/personal-data'

/** The part of Electron's safeStorage this uses (mocked in tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(plain: string): Buffer
  decryptString(encrypted: Buffer): string
  /** Linux only: 'basic_text' means a hard-coded password, which protects nothing. */
  getSelectedStorageBackend?(): string
}

/**
 * Whether the system keychain really protects what it wraps. On Linux without a keyring Electron
 * falls back to 'basic_text' (a password built into Chromium): a user-only file is as good and
 * does not pretend otherwise.
 */
export function keychainProtects(safeStorage: SafeStorageLike): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false
  const backend = safeStorage.getSelectedStorageBackend?.()
  return backend !== 'basic_text' && backend !== 'unknown'
}

/**
 * Whether to keep a key wrapped by the keychain: where the keychain protects it, and where a
 * wrapped file already exists (made before this check; switching would lose the key).
 */
const wrapHere = (safeStorage: SafeStorageLike, sealedPath: string) =>
  keychainProtects(safeStorage) || (safeStorage.isEncryptionAvailable() && existsSync(sealedPath))

/**
 * The personal-data key of the desktop app: a random key kept in the user's profile, itself
 * encrypted by the system keychain (DPAPI, Keychain, libsecret) through safeStorage. Where the
 * system offers none (a Linux session without a keyring), the key file is readable by the user
 * only, as in browser mode.
 */
export async function safeStorageBox(
  userDataDir: string,
  safeStorage: SafeStorageLike,
): Promise<SecretBox> {
  const sealed = join(userDataDir, 'personal-data.key.sealed')
  if (!wrapHere(safeStorage, sealed)) return keyFileBox(join(userDataDir, 'personal-data.key'))
  const key = await readOrCreateKey(
    sealed,
    (raw) => safeStorage.encryptString(raw.toString('base64')),
    (stored) => Buffer.from(safeStorage.decryptString(stored), 'base64'),
  )
  return aesBox(key)
}

/**
 * The department keys imported on this computer, in the user's profile, wrapped by the system
 * keychain like the personal-data key; without a keychain, a user-only file.
 */
export function safeStorageVault(userDataDir: string, safeStorage: SafeStorageLike): KeyVault {
  const sealed = join(userDataDir, 'department-keys.sealed')
  if (!wrapHere(safeStorage, sealed)) return fileVault(join(userDataDir, 'department-keys.json'))
  return fileVault(
    sealed,
    (plain) => safeStorage.encryptString(plain.toString('base64')),
    (stored) => Buffer.from(safeStorage.decryptString(stored), 'base64'),
  )
}
