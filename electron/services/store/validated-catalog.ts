import { createHash } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { z } from 'zod'

/** A file's identity on disk: when it is unchanged, so is its content. */
export interface FileStamp {
  size: number
  mtimeMs: number
}

interface CatalogFile {
  schema: string
  files: Record<string, [number, number]>
}

/**
 * The files of a folder already checked against the schema, with their size and modification
 * time. At start a file whose stamp is unchanged is read without being validated again: on a
 * large archive validation is most of the start-up time. The catalog is tied to a fingerprint of
 * the schema itself, so any change to the schema (a new field, a new default) checks every file
 * once more. It is derived data: when missing or unreadable every file is simply checked.
 */
export class ValidatedCatalog {
  private changed = false

  private constructor(
    private readonly fingerprint: string,
    private readonly files: Map<string, [number, number]>,
  ) {}

  static async open(path: string, schema: z.ZodType): Promise<ValidatedCatalog> {
    const fingerprint = schemaFingerprint(schema)
    let files = new Map<string, [number, number]>()
    try {
      const data = JSON.parse(await nodeFs.readFile(path, 'utf8')) as CatalogFile
      if (data?.schema === fingerprint && data.files && typeof data.files === 'object')
        files = new Map(
          Object.entries(data.files).filter(
            (e): e is [string, [number, number]] =>
              Array.isArray(e[1]) && typeof e[1][0] === 'number' && typeof e[1][1] === 'number',
          ),
        )
    } catch {
      // Missing or damaged: every file is validated.
    }
    return new ValidatedCatalog(fingerprint, files)
  }

  trusts(name: string, stamp: FileStamp): boolean {
    const known = this.files.get(name)
    return known !== undefined && known[0] === stamp.size && known[1] === stamp.mtimeMs
  }

  record(name: string, stamp: FileStamp): void {
    if (this.trusts(name, stamp)) return
    this.files.set(name, [stamp.size, stamp.mtimeMs])
    this.changed = true
  }

  /** Keeps only the names still present. */
  retain(names: Set<string>): void {
    for (const name of [...this.files.keys()])
      if (!names.has(name)) {
        this.files.delete(name)
        this.changed = true
      }
  }

  get dirty(): boolean {
    return this.changed
  }

  toJSON(): CatalogFile {
    return { schema: this.fingerprint, files: Object.fromEntries(this.files) }
  }
}

const fingerprints = new WeakMap<z.ZodType, string>()

/** A hash of the schema's JSON Schema form, defaults included. */
export function schemaFingerprint(schema: z.ZodType): string {
  let hash = fingerprints.get(schema)
  if (!hash) {
    const json = JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }))
    hash = createHash('sha256').update(json).digest('hex').slice(0, 32)
    fingerprints.set(schema, hash)
  }
  return hash
}
