// What the archive search indexes: each visit (with its programme and documents), each document on
// its own, and the directory's people, organisations and venues.
import type { Directory } from '../domain/directory'
import type { Visit } from '../domain/visit'
import type { SearchEntry } from './search-index'

/** The entries of one visit: the visit itself and each of its documents. */
export function visitEntries(visit: Visit): SearchEntry[] {
  const facets = {
    year: Number(visit.startDate.slice(0, 4)),
    country: visit.partnerCountry,
    region: visit.partnerRegion,
    direction: visit.direction,
    status: visit.status,
    itemKinds: [...new Set(visit.items.map((i) => i.kind))],
  }
  return [
    {
      id: `visit:${visit.id}`,
      kind: 'visit',
      visitId: visit.id,
      title: visit.title,
      fields: [
        { text: `${visit.partnerCountry} ${visit.partnerRegion}`, weight: 2 },
        { text: visit.objectives, weight: 1 },
        { text: visit.background, weight: 1 },
        { text: visit.items.map((i) => i.title).join(' \n '), weight: 1 },
        { text: visit.agreements.map((a) => a.title).join(' \n '), weight: 1 },
      ],
      facets,
    },
    ...visit.agreements.map((a): SearchEntry => ({
      id: `agreement:${visit.id}:${a.id}`,
      kind: 'agreement',
      visitId: visit.id,
      title: a.title,
      fields: [{ text: a.parties.join(' '), weight: 2 }],
      facets: { ...facets, status: a.status },
    })),
  ]
}

/** The directory's entries. */
export function directoryEntries(directory: Directory): SearchEntry[] {
  return [
    ...directory.people.map((p): SearchEntry => ({
      id: `person:${p.id}`,
      kind: 'person',
      title: p.fullName,
      fields: [
        { text: p.fullNameLatin ?? '', weight: 3 },
        { text: p.position, weight: 1 },
      ],
      facets: {},
    })),
    ...directory.organisations.map((o): SearchEntry => ({
      id: `organisation:${o.id}`,
      kind: 'organisation',
      title: o.name,
      fields: [
        { text: o.shortName ?? '', weight: 2 },
        { text: `${o.country ?? ''} ${o.region ?? ''}`, weight: 1 },
      ],
      facets: { country: o.country, region: o.region },
    })),
    ...directory.venues.map((v): SearchEntry => ({
      id: `venue:${v.id}`,
      kind: 'venue',
      title: v.name,
      fields: [{ text: `${v.address} ${v.city ?? ''}`, weight: 1 }],
      facets: {},
    })),
  ]
}
