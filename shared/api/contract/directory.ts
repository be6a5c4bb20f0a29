import { z } from 'zod'
import { DirectorySchema, type Directory } from '../../domain/directory'
import { read, write, type AreaMethods } from './method'

export interface DirectoryRecord {
  directory: Directory
  revision: number
  updatedAt: string
}

/** People, organisations and venues. */
export interface DirectoryApi {
  /** People, organisations and venues. */
  getDirectory(): Promise<DirectoryRecord>
  /** Saves the directory; answers `conflict` when the stored revision is not `baseRevision`. */
  saveDirectory(directory: Directory, baseRevision: number): Promise<DirectoryRecord>
}

export const directoryMethods = {
  getDirectory: read(z.tuple([])),
  saveDirectory: write(z.tuple([DirectorySchema, z.number().int().min(0)])),
} satisfies AreaMethods<DirectoryApi>
