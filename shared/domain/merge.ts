// Three-way merge of two versions of a visit over the version they last shared: a change made on
// one side only is taken; the same field, item or document changed differently on both sides is a
// conflict the officer decides. Lists merge element by element (by id, or by value for people).
import type { Visit } from './visit'

/** Header fields merged one by one. */
const FIELDS = [
  'title',
  'direction',
  'partnerCountry',
  'partnerRegion',
  'partnerRegionI18n',
  'hostOrganisationId',
  'startDate',
  'endDate',
  'timeZone',
  'homeTimeZone',
  'status',
  'objectives',
  'background',
  'notes',
  'results',
  'costGroupId',
  'journal',
] as const satisfies readonly (keyof Visit)[]

/** Lists of records with an identity, merged record by record. */
const LISTS = {
  items: 'id',
  unscheduled: 'id',
  agreements: 'id',
  tasks: 'key',
  gifts: 'id',
  vehicles: 'id',
  stays: 'id',
  waivers: 'at',
} as const satisfies Partial<Record<keyof Visit, string>>
type ListName = keyof typeof LISTS

export interface MergeConflict {
  /** 'field:title', 'items:i05', 'agreements:ag-1' */
  key: string
  kind: 'field' | ListName
  /** What is in conflict, for the officer: the field name or the record's title. */
  label: string
  base: unknown
  ours: unknown
  theirs: unknown
}

export interface MergeResult {
  /** The merged visit with our side wherever there is a conflict (until the officer decides). */
  merged: Visit
  conflicts: MergeConflict[]
  /** How many changes came from their side without a conflict. */
  taken: number
}

export type Pick = 'ours' | 'theirs'

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

type Rec = Record<string, unknown>

/**
 * Merges `theirs` into `ours` over `base` (undefined when no shared version is known: then every
 * difference is a conflict, and a record on one side only is kept). `picks` settles conflicts by
 * key; an unsettled conflict keeps our side.
 */
export function mergeVisits(
  base: Visit | undefined,
  ours: Visit,
  theirs: Visit,
  picks: Record<string, Pick> = {},
): MergeResult {
  const conflicts: MergeConflict[] = []
  let taken = 0
  const merged: Rec = { ...ours }

  const decide = <T>(
    key: string,
    kind: MergeConflict['kind'],
    label: string,
    b: T | undefined,
    o: T | undefined,
    t: T | undefined,
    hasBase: boolean,
  ): T | undefined => {
    if (same(o, t)) return o
    if (hasBase && same(o, b)) {
      taken++
      return t
    }
    if (hasBase && same(t, b)) return o
    conflicts.push({ key, kind, label, base: b, ours: o, theirs: t })
    return picks[key] === 'theirs' ? t : o
  }

  for (const field of FIELDS) {
    const value = decide(
      `field:${field}`,
      'field',
      field,
      base?.[field],
      ours[field],
      theirs[field],
      base !== undefined,
    )
    if (value === undefined) delete merged[field]
    else merged[field] = value
  }

  for (const [list, idKey] of Object.entries(LISTS) as [ListName, string][]) {
    const idOf = (r: Rec) => String(r[idKey])
    const b = new Map(((base?.[list] ?? []) as Rec[]).map((r) => [idOf(r), r]))
    const o = new Map((ours[list] as Rec[]).map((r) => [idOf(r), r]))
    const t = new Map((theirs[list] as Rec[]).map((r) => [idOf(r), r]))
    // Our order first, then what only they have, in their order.
    const ids = [...o.keys(), ...[...t.keys()].filter((id) => !o.has(id))]
    for (const id of b.keys()) if (!ids.includes(id)) ids.push(id)
    const out: Rec[] = []
    for (const id of ids) {
      const inBase = b.has(id)
      const record = (r?: Rec) => r ?? undefined
      const label = String(
        (o.get(id) ?? t.get(id) ?? b.get(id))?.title ??
          (o.get(id) ?? t.get(id) ?? b.get(id))?.description ??
          (o.get(id) ?? t.get(id) ?? b.get(id))?.label ??
          id,
      )
      const value = inBase
        ? decide(
            `${list}:${id}`,
            list,
            label,
            b.get(id),
            record(o.get(id)),
            record(t.get(id)),
            true,
          )
        : o.has(id) && t.has(id)
          ? decide(`${list}:${id}`, list, label, undefined, o.get(id), t.get(id), false)
          : (o.get(id) ?? (taken++, t.get(id)))
      if (value !== undefined) out.push(value)
    }
    merged[list] = out
  }

  // People of the visit: additions and removals from both sides.
  const baseIds = new Set(base?.participantIds ?? [])
  const ourIds = new Set(ours.participantIds)
  const theirIds = new Set(theirs.participantIds)
  const people = [...ours.participantIds, ...theirs.participantIds.filter((id) => !ourIds.has(id))]
  merged.participantIds = people.filter((id) => {
    const removedByUs = baseIds.has(id) && !ourIds.has(id)
    const removedByThem = baseIds.has(id) && !theirIds.has(id)
    return !removedByUs && !removedByThem
  })
  taken += theirs.participantIds.filter((id) => !ourIds.has(id) && !baseIds.has(id)).length

  return { merged: merged as Visit, conflicts, taken }
}
