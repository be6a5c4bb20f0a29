import { z } from 'zod'
import { OrganisationSchema, PersonSchema } from './people'
import { VenueSchema } from './venues'

/** The officer's address book shared by all visits: people, organisations, venues. */
export const DirectorySchema = z.object({
  people: z.array(PersonSchema).max(50_000).default([]),
  organisations: z.array(OrganisationSchema).max(50_000).default([]),
  venues: z.array(VenueSchema).max(50_000).default([]),
})
export type Directory = z.infer<typeof DirectorySchema>

export const emptyDirectory = (): Directory => ({ people: [], organisations: [], venues: [] })

/** Adds the entries of `extra` whose ids `base` does not have yet; existing entries win. */
export function mergeDirectory(base: Directory, extra: Directory): Directory {
  const add = <T extends { id: string }>(a: T[], b: T[]): T[] => {
    const known = new Set(a.map((x) => x.id))
    return [...a, ...b.filter((x) => !known.has(x.id))]
  }
  return {
    people: add(base.people, extra.people),
    organisations: add(base.organisations, extra.organisations),
    venues: add(base.venues, extra.venues),
  }
}
