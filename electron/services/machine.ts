import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { hostname, userInfo } from 'node:os'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { defaultKeyFile } from './personal-data'

/** This computer and its user, as each saved revision records them (who changed what, where). */
export const MachineSchema = z.object({
  /** Random, made once per computer: two laptops named alike stay apart. */
  id: z.string().regex(/^[a-f0-9]{16}$/),
  name: z.string().max(200),
  author: z.string().max(200),
})
export type Machine = z.infer<typeof MachineSchema>

/**
 * The computer's identity, kept beside the personal-data key (outside the data folder, so a
 * synced folder does not carry it); made on first use.
 */
export async function localMachine(keyFile = defaultKeyFile()): Promise<Machine> {
  const path = join(dirname(keyFile), 'machine.json')
  const name = hostname().slice(0, 200)
  let author = ''
  try {
    author = userInfo().username.slice(0, 200)
  } catch {
    // No user name on this system: the revision says only where.
  }
  try {
    const stored = MachineSchema.parse(JSON.parse(await nodeFs.readFile(path, 'utf8')))
    return { ...stored, name, author }
  } catch {
    const machine = { id: randomBytes(8).toString('hex'), name, author }
    await nodeFs.mkdir(dirname(path), { recursive: true, mode: 0o700 }).catch(() => undefined)
    await nodeFs
      .writeFile(path, `${JSON.stringify({ id: machine.id, name, author })}\n`, { mode: 0o600 })
      .catch(() => undefined)
    return machine
  }
}
