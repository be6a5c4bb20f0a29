// The shapes the reader passes between its parts: sentences, dates, found documents and events.
// Part of the press-release reader (../parse-press-release.ts).
import { type ItemKind } from '../../domain/itinerary-item'
import { type DraftDocument } from '../draft'
import { type Morphology } from '../morphology'

// ───────────────────────────── Public API ─────────────────────────────

/** How to read a press release: the year for dates written without one, and today's date. */
export interface PressReleaseOptions {
  /** Year for dates written without one (until the text itself names a year). */
  year?: number
  /** YYYY-MM-DD: yearless dates are taken nearest to it (or to the page's publication date). */
  today: string
  /** IANA zone of the visit; Europe/Moscow when absent. */
  timeZone?: string
  /** YYYY-MM-DD the page was published, when the officer knows it: 'сегодня' and 'накануне' count from it. */
  publishedOn?: string
  /** The app's own region (settings): when the text names it, it is our side. */
  hostRegion?: string
  /** OpenCorpora's dictionary, when the app has loaded it: names and verbs by their lemmas. */
  morph?: Morphology
}

/** A date phrase found in a text. */
export interface DateMention {
  /** YYYY-MM-DD; for a span ('с 17 по 21 ноября') its first day. */
  date: string
  /** The last day of a span. */
  end?: string
  /** Where the phrase starts in the text, and its length. */
  index: number
  length: number
  /** True when the text wrote the year ('12 ноября 2024 года'). */
  explicitYear: boolean
  /** True for 'на следующий день', 'в тот же день', 'накануне'. */
  relative: boolean
}

/** What yearless and relative dates are read against. */
export interface DateContext {
  /** Year for yearless dates when no earlier date fixes it. */
  year?: number
  /** YYYY-MM-DD: without `year` or `lastDate`, a yearless date is put nearest to it. */
  today: string
  /** The last date read before this text: relative phrases count from it, yearless dates stay near it. */
  lastDate?: string
  /** The page's date: 'сегодня', 'вчера', 'завтра' count from it (and 'накануне' before any date). */
  published?: string
}

// ───────────────────────────── Page: article, headline, furniture ─────────────────────────────

export type Role = 'headline' | 'article' | 'background'

// ───────────────────────────── Sentences and direct speech ─────────────────────────────

export interface Sentence {
  /** The sentence as written: the source shown to the officer. */
  text: string
  /** The same with direct speech blanked out (same length), for everything but the source. */
  plain: string
  role: Role
  paragraph: number
  dates: DateMention[]
  /** Background facts ('в 2019 году подписано'): never events or documents of this visit. */
  history: boolean
}

export interface FoundDocument {
  sentence: number
  at: number
  type: DraftDocument['type']
  /** Title after the document word ('о сотрудничестве между …'), as written. */
  complement: string
  nom: string
  gen: string
  quoted: boolean
  capital: boolean
  signed: boolean
  /** To be signed during this visit ('планируется подписание', 'подпишут'), not some day later. */
  planned: boolean
  /** Where the document's words end in the sentence. */
  end: number
  /** Named by its word alone ('подписали соглашение'). */
  bare?: boolean
}

// ───────────────────────────── Events ─────────────────────────────

export interface FoundEvent {
  sentence: number
  at: number
  kind: ItemKind
  title: string
  venueName?: string
  date?: string
  documents?: FoundDocument[]
}
