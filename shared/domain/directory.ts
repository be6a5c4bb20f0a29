import { z } from 'zod'
import { OrganisationSchema, PersonSchema } from './people'
import { VenueSchema } from './venues'
import { stableJson } from './stable-json'

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

/** What reconciling a sync engine's copy of the directory did. */
export interface DirectoryReconciliation {
  directory: Directory
  /** Names of entries only the other version had, now added. */
  added: string[]
  /**
   * Names of entries the two versions hold differently: this computer's version is kept, its empty
   * fields filled from the other; the other version stays readable in the trash.
   */
  differing: string[]
  /** Ids of people whose passport data (or its deletion) came from the other version. */
  passportsTaken: string[]
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === ''

/** Passport data goes with the time it was entered or deleted: never filled in field by field. */
const PASSPORT_FIELDS = new Set(['passport', 'passportChangedAt'])

/**
 * Reconciles the directory with another computer's version of it (the copy a sync engine left
 * when both changed it): entries either side added are kept, and an entry both hold differently
 * keeps this computer's fields, completed by the other's where this one is empty. Passport data is
 * whole: the version entered, changed or deleted later stands (`passportChangedAt`), so data
 * entered on the other computer arrives and a deletion (after a visit) is not undone by an older
 * copy; without a later time on the other side, this side's stands.
 */
export function reconcileDirectoryCopy(
  ours: Directory,
  theirs: Directory,
): DirectoryReconciliation {
  const added: string[] = []
  const differing: string[] = []
  const passportsTaken: string[] = []
  const merge = <T extends { id: string }>(
    a: T[],
    b: T[],
    name: (x: T) => string,
    passports = false,
  ): T[] => {
    const byId = new Map(b.map((x) => [x.id, x]))
    const known = new Set(a.map((x) => x.id))
    const kept = a.map((x) => {
      const other = byId.get(x.id)
      if (!other || stableJson(x) === stableJson(other)) return x
      const filled = { ...x } as Record<string, unknown>
      for (const [key, value] of Object.entries(other))
        if (!PASSPORT_FIELDS.has(key) && isEmpty(filled[key]) && !isEmpty(value))
          filled[key] = value
      if (passports && laterPassport(other, x)) {
        const theirsP = other as Record<string, unknown>
        for (const key of PASSPORT_FIELDS) {
          if (theirsP[key] === undefined) delete filled[key]
          else filled[key] = theirsP[key]
        }
        passportsTaken.push(x.id)
      }
      if (stableJson(filled) !== stableJson(other)) differing.push(name(x))
      return filled as T
    })
    const extra = b.filter((x) => !known.has(x.id))
    added.push(...extra.map(name))
    return [...kept, ...extra]
  }
  return {
    directory: {
      people: merge(ours.people, theirs.people, (p) => p.fullName, true),
      organisations: merge(ours.organisations, theirs.organisations, (o) => o.name),
      venues: merge(ours.venues, theirs.venues, (v) => v.name),
    },
    passportsTaken,
    added,
    differing,
  }
}

/** Whether `a`'s passport data was entered or deleted after `b`'s (ISO times compare as text). */
function laterPassport(a: object, b: object): boolean {
  const at = (x: object) => {
    const value = (x as { passportChangedAt?: unknown }).passportChangedAt
    return typeof value === 'string' ? value : ''
  }
  return at(a) > at(b)
}
