import { z } from 'zod'
import { IdSchema } from '../../domain/common'
import type { ExportedFile } from './exports'
import { read, write, type AreaMethods } from './method'

/** A department key as the officer sees it (never the key itself). */
export interface DepartmentKeySummary {
  /** 'A1B2-C3D4-E5F6-0718': the same on every computer holding the key. */
  fingerprint: string
  name: string
  createdAt: string
}

/** How the archive's passport data is sealed, as seen from this computer. */
export interface DepartmentKeyStatus {
  /** The key the archive's passport data is sealed with; null: each computer seals with its own. */
  archive: DepartmentKeySummary | null
  /** The archive's key is on this computer (true when the archive has none). */
  available: boolean
  /**
   * People with passport data sealed with the department key, with this computer's own key (to be
   * sealed again once the archive has a department key), or with a key not on this computer.
   */
  sealed: { department: number; computer: number; locked: number }
  /** After an import: people whose passport data opened thanks to it. */
  opened?: number
}

export const DepartmentKeyNameSchema = z.string().trim().min(1).max(200)
/** A passphrase travels only to seal or open a key file; never stored, never logged. */
export const PassphraseSchema = z.string().max(1000)

/** Passport data: the department key it is sealed with, and its deletion after a visit. */
export interface PersonalDataApi {
  /** The archive's department key for passport data, and how the data is sealed. */
  getDepartmentKey(): Promise<DepartmentKeyStatus>
  /**
   * Makes a new department key on this computer and seals the archive's passport data with it.
   * Refused when the archive already has one (import it instead).
   */
  createDepartmentKey(name: string): Promise<DepartmentKeyStatus>
  /** The archive's department key as a file for colleagues, sealed under `passphrase`. */
  exportDepartmentKey(passphrase: string): Promise<ExportedFile>
  /**
   * Opens a key file with its passphrase and keeps the key on this computer; passport data sealed
   * with it opens, and what this computer sealed alone is sealed again with it.
   */
  importDepartmentKey(content: string, passphrase: string): Promise<DepartmentKeyStatus>
  /**
   * After a visit: deletes the passport data of its participants, except of people taking part
   * in a visit not over yet.
   */
  deletePersonalData(visitId: string): Promise<{ removed: number; kept: number }>
}

export const personalDataMethods = {
  getDepartmentKey: read(z.tuple([])),
  createDepartmentKey: write(z.tuple([DepartmentKeyNameSchema])),
  exportDepartmentKey: read(z.tuple([PassphraseSchema])),
  importDepartmentKey: write(z.tuple([z.string().max(20_000), PassphraseSchema])),
  deletePersonalData: write(z.tuple([IdSchema])),
} satisfies AreaMethods<PersonalDataApi>
