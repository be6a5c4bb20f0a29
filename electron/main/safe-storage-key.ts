import { join } from 'node:path'
import { fileVault, type KeyVault } from '../services/department-key'
import { aesBox, keyFileBox, readOrCreateKey, type SecretBox } from '../services/personal-data'

/** The part of Electron's safeStorage this uses (mocked in tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(plain: string): Buffer
  decryptString(encrypted: Buffer): string
}

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
  if (!safeStorage.isEncryptionAvailable())
    return keyFileBox(join(userDataDir, 'personal-data.key'))
  const key = await readOrCreateKey(
    join(userDataDir, 'personal-data.key.sealed'),
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
  if (!safeStorage.isEncryptionAvailable())
    return fileVault(join(userDataDir, 'department-keys.json'))
  return fileVault(
    join(userDataDir, 'department-keys.sealed'),
    (plain) => safeStorage.encryptString(plain.toString('base64')),
    (stored) => Buffer.from(safeStorage.decryptString(stored), 'base64'),
  )
}
