// What one revision of a visit changed from the one before, as facts: the fields and lists that
// differ (the programme's changes are worded in wording/programme-changes). The API words them in
// the officer's language.
import type { Visit } from './visit'

export const REVISION_FIELDS = [
  'title',
  'startDate',
  'endDate',
  'status',
  'partnerCountry',
  'partnerRegion',
  'objectives',
  'background',
  'notes',
  'results',
] as const satisfies readonly (keyof Visit)[]

export const REVISION_LISTS = [
  'participantIds',
  'unscheduled',
  'agreements',
  'tasks',
  'gifts',
  'vehicles',
  'stays',
] as const satisfies readonly (keyof Visit)[]

export interface RevisionFacts {
  fields: (typeof REVISION_FIELDS)[number][]
  lists: (typeof REVISION_LISTS)[number][]
}

const differs = (before: Visit, after: Visit, key: keyof Visit) =>
  JSON.stringify(before[key]) !== JSON.stringify(after[key])

export function revisionFacts(before: Visit, after: Visit): RevisionFacts {
  return {
    fields: REVISION_FIELDS.filter((k) => differs(before, after, k)),
    lists: REVISION_LISTS.filter((k) => differs(before, after, k)),
  }
}
