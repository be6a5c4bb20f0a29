import * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { emptyDirectory, type Directory } from '../../shared/domain/directory'
import { VenueSchema } from '../../shared/domain/venues'

const VenueFileSchema = z.object({ schemaVersion: z.literal(1), venue: VenueSchema })

/** The directory a fresh data folder starts with: the venues shipped in `data/venues/`. */
export async function loadBundledDirectory(bundledDir: string): Promise<Directory> {
  const directory = emptyDirectory()
  const folder = join(bundledDir, 'venues')
  let names: string[]
  try {
    names = (await nodeFs.readdir(folder)).filter((n) => n.endsWith('.json')).sort()
  } catch {
    return directory
  }
  for (const name of names) {
    const parsed = VenueFileSchema.safeParse(
      JSON.parse(await nodeFs.readFile(join(folder, name), 'utf8')),
    )
    if (parsed.success) directory.venues.push(parsed.data.venue)
  }
  return directory
}
