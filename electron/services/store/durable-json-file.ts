import * as nodeFs from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { writeFileDurable, type DurableFs } from './atomic-write'

/** A lowdb adapter whose writes are atomic and fsynced (lowdb's own JSONFile never fsyncs). */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly fs: DurableFs = nodeFs,
  ) {}

  /** The parsed file, or null when it does not exist; throws SyntaxError on malformed JSON. */
  async read(): Promise<T | null> {
    let text: string
    try {
      text = await nodeFs.readFile(this.path, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw err
    }
    return JSON.parse(text) as T
  }

  async write(data: T): Promise<void> {
    await writeFileDurable(this.path, `${JSON.stringify(data, null, 2)}\n`, this.fs)
  }
}
