import * as nodeFs from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'

/** The file-system calls a durable write needs; tests pass a fake to inject faults or record order. */
export interface DurableFs {
  open(path: string, flags: string, mode?: number): Promise<nodeFs.FileHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
}

/** Prefix of temporary files; sync engines are told to skip it. */
export const TEMP_PREFIX = '.~dp-'

/**
 * Replaces `path` with `data` (or its chunks, in order) so that after a crash or power cut the file holds either the old
 * or the new content, never a mix: temp file in the same folder → fsync → rename → fsync folder.
 * Resolves only once the folder entry is durable.
 */
export async function writeFileDurable(
  path: string,
  data: string | Uint8Array | Iterable<string>,
  fs: DurableFs = nodeFs,
  encoding: BufferEncoding = 'utf8',
): Promise<void> {
  const dir = dirname(path)
  const temp = join(dir, `${TEMP_PREFIX}${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  let renamed = false
  try {
    const handle = await fs.open(temp, 'wx', 0o600)
    try {
      if (typeof data === 'string' || data instanceof Uint8Array)
        await handle.writeFile(data, encoding)
      // Chunks (a large derived file) are written as they come, never joined in memory.
      else for (const chunk of data) await handle.writeFile(chunk, encoding)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, path)
    renamed = true
    await syncFolder(dir, fs)
  } catch (err) {
    if (!renamed) await fs.unlink(temp).catch(() => undefined)
    throw err
  }
}

/** Makes a rename or a new entry in `dir` durable. */
export async function syncFolder(dir: string, fs: DurableFs = nodeFs): Promise<void> {
  const handle = await fs.open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
