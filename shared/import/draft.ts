// What every importer produces: a draft visit the officer reviews item by item before anything is
// saved. Each field keeps where it came from (a sentence, a table row, a calendar event).
import type { AgreementSchema } from '../domain/agreements'
import type { ItemKind } from '../domain/itinerary-item'
import type { z } from 'zod'

export const IMPORT_KINDS = ['press-release', 'ics', 'docx', 'bundle'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

/** The piece of the source a draft field was read from, shown beside it on the review screen. */
export interface SourceRef {
  kind: 'sentence' | 'row' | 'event' | 'file'
  /** The sentence, the table row's cells joined with ' | ', or the event's summary and time. */
  text: string
}

export interface DraftItem {
  /** Stable within the draft: 'i1', 'i2'… */
  key: string
  /** YYYY-MM-DD; absent when the source gives no date. */
  date?: string
  /** HH:MM in the visit's time zone. */
  start?: string
  end?: string
  kind: ItemKind
  title: string
  /** A venue name as written in the source; matched to the directory on acceptance. */
  venueName?: string
  /** People named in the source for this item, as written. */
  people: string[]
  /** The source tells it as still to come ('посетят', 'состоится'), not as done. */
  planned?: boolean
  source: SourceRef
}

export interface DraftDocument {
  key: string
  title: string
  type: z.infer<typeof AgreementSchema>['type']
  parties: string[]
  /** YYYY-MM-DD when the source says it was signed. */
  signedOn?: string
  source: SourceRef
}

export interface DraftPerson {
  key: string
  fullName: string
  position: string
  side: 'guest' | 'host'
  /** True for the head of the delegation. */
  head: boolean
  source: SourceRef
}

/** How sure the reader is of a field, and why: the review screen says so beside the field. */
export const CONFIDENCE_FIELDS = ['direction', 'partner', 'head', 'dates'] as const
export type ConfidenceField = (typeof CONFIDENCE_FIELDS)[number]
export const CONFIDENCE_REASONS = [
  'travel',
  'noTravel',
  'region',
  'countryOnly',
  'notFound',
  'marked',
  'traveller',
  'firstNamed',
  'text',
  'published',
  'today',
] as const
export interface FieldConfidence {
  level: 'sure' | 'guess' | 'none'
  /** A key of `import.confidence.reasons`. */
  reason: (typeof CONFIDENCE_REASONS)[number]
}

export interface ImportDraft {
  kind: ImportKind
  /** The file name or a description of the source. */
  sourceName: string
  visit: {
    title: string
    direction: 'incoming' | 'outgoing'
    partnerCountry: string
    partnerRegion: string
    /** YYYY-MM-DD; the importer's best window, the officer can change it. */
    startDate: string
    endDate: string
    timeZone: string
    objectives: string
    source?: SourceRef
  }
  items: DraftItem[]
  documents: DraftDocument[]
  people: DraftPerson[]
  /** The reader's confidence per field (press releases). */
  confidence?: Partial<Record<ConfidenceField, FieldConfidence>>
  /** What could not be read: the row or sentence and why, in Russian. */
  problems: { text: string; reason: string }[]
}
