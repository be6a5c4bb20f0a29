import * as nodeFs from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { writeFileDurable, type DurableFs } from './atomic-write'

/** A file whose bytes are not UTF-8: read as text, every bad byte would become U+FFFD for good. */
export class InvalidUtf8Error extends Error {
  constructor(path: string) {
    super(`${path} is not valid UTF-8`)
    this.name = 'InvalidUtf8Error'
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** The bytes as UTF-8 text (a leading BOM dropped), or null when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return null
  }
}

/** The text of a file, refusing bytes that are not UTF-8; null when the file does not exist. */
export async function readTextStrict(path: string): Promise<string | null> {
  let bytes: Buffer
  try {
    bytes = await nodeFs.readFile(path)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
  try {
    return strictUtf8.decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    throw new InvalidUtf8Error(path)
  }
}

/** The text a document is stored as. */
export const jsonText = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`

/** A lowdb adapter whose writes are atomic and fsynced (lowdb's own JSONFile never fsyncs). */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly fs: DurableFs = nodeFs,
  ) {}

  /**
   * The parsed file, or null when it does not exist; throws SyntaxError on malformed JSON and
   * InvalidUtf8Error on bytes that are not UTF-8.
   */
  async read(): Promise<T | null> {
    const text = await readTextStrict(this.path)
    return text === null ? null : (JSON.parse(text) as T)
  }

  async write(data: T): Promise<void> {
    await writeFileDurable(this.path, jsonText(data), this.fs)
  }
}
