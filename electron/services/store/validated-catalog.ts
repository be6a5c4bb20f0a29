import { createHash } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { z } from 'zod'

/** What a file held when it passed validation: a hash of its bytes. */
export const contentHash = (text: string): string =>
  createHash('sha256').update(text).digest('base64url').slice(0, 32)

interface CatalogFile {
  schema: string
  files: Record<string, string>
}

/**
 * The files of a folder already checked against the schema, by a hash of their content. At start
 * a file whose content is unchanged is parsed without being validated again: on a large archive
 * validation is most of the start-up time. Keyed on content, never on size and modification time
 * (a file edited in place within the same second keeps both). The catalog is tied to a fingerprint
 * of the schema itself, so any change to the schema (a new field, a new default) checks every file
 * once more. It is derived data: when missing or unreadable every file is simply checked.
 */
export class ValidatedCatalog {
  private changed = false

  private constructor(
    private readonly fingerprint: string,
    private readonly files: Map<string, string>,
  ) {}

  static async open(path: string, schema: z.ZodType): Promise<ValidatedCatalog> {
    const fingerprint = schemaFingerprint(schema)
    let files = new Map<string, string>()
    try {
      const data = JSON.parse(await nodeFs.readFile(path, 'utf8')) as CatalogFile
      if (data?.schema === fingerprint && data.files && typeof data.files === 'object')
        files = new Map(
          Object.entries(data.files).filter((e): e is [string, string] => typeof e[1] === 'string'),
        )
    } catch {
      // Missing or damaged: every file is validated.
    }
    return new ValidatedCatalog(fingerprint, files)
  }

  trusts(name: string, hash: string): boolean {
    return this.files.get(name) === hash
  }

  record(name: string, hash: string): void {
    if (this.trusts(name, hash)) return
    this.files.set(name, hash)
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
