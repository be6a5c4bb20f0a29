// The development corpus of real press releases (test/fixtures/press): each text annotated by hand
// before the reader saw it, a quarter of them kept aside. Scores a draft field by field, as the
// officer would check it: direction, partner, head, dates, events, documents, furniture.
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ItemKind } from '../../shared/domain/itinerary-item'
import type { DraftDocument, DraftItem, ImportDraft } from '../../shared/import/draft'
import { findPlaces } from '../../shared/import/gazetteer'

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'press')

export interface CorpusAnnotation {
  source: string
  published: string | null
  year: number | null
  today: string
  ours: string
  siteSide: 'russian' | 'foreign'
  direction: 'incoming' | 'outgoing'
  partnerCountry: string
  partnerRegion: string
  startDate: string | null
  endDate: string | null
  head: string
  planned: boolean
  events: { date: string | null; kind: ItemKind; mustContain: string }[]
  documents: { type: DraftDocument['type']; mustContain: string; signedOn: string | null }[]
  noise: string[]
  /** 'dev' texts the reader is developed against; 'held' ones only scored, in aggregate. */
  split: 'dev' | 'held'
}

export interface CorpusText {
  file: string
  text: string
  a: CorpusAnnotation
}

export function loadCorpus(split?: 'dev' | 'held'): CorpusText[] {
  const all = JSON.parse(readFileSync(join(CORPUS_DIR, 'annotations.json'), 'utf8')) as Record<
    string,
    CorpusAnnotation
  >
  const files = new Set(readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')))
  return Object.entries(all)
    .filter(([file, a]) => files.has(file) && (!split || a.split === split))
    .map(([file, a]) => ({ file, a, text: readFileSync(join(CORPUS_DIR, file), 'utf8') }))
}

/** What the officer's app knows before reading: its own region, and the page's date if shown. */
export function readerOptions(a: CorpusAnnotation) {
  return {
    today: a.today,
    hostRegion: 'Ленинградская область',
    ...(a.published ? { publishedOn: a.published } : a.year ? { year: a.year } : {}),
  }
}

export interface TextScore {
  direction: boolean
  partner: boolean
  head: boolean
  /** Undefined when the text gives no dates to check. */
  dates: boolean | undefined
  events: number
  eventsFound: number
  eventsDated: number
  /** Per kind: [expected, found]. */
  byKind: Partial<Record<ItemKind, [number, number]>>
  extraItems: number
  documents: number
  documentsFound: number
  extraDocuments: number
  furniture: number
  /** The expected events no item accounts for (for the development texts' diagnostics). */
  missed: CorpusAnnotation['events']
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/[«»“”„"]/gu, '')
    // the reader writes ' - ' between words as a dash, as the app does everywhere
    .replace(/\s*[-–—]\s+|\s+[-–—]\s*/gu, ' - ')
    .replace(/(?:^|\s)(?:провинция|город|г\.)(?=\s)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
export const has = (hay: string, needle: string) => fold(hay).includes(fold(needle))
const stems = (s: string) =>
  new Set(
    fold(s)
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w.length >= 5)
      .map((w) => w.slice(0, 5)),
  )
/** One region however written: 'Вайоцдзорская область' is 'Вайоцдзорский марз'. */
function samePlace(a: string, b: string): boolean {
  if (fold(a) === fold(b)) return true
  const [x, y] = [findPlaces(a), findPlaces(b)]
  return x.length === 1 && y.length === 1 && x[0]!.place === y[0]!.place
}

/** Content words (their first five letters) two phrases share. */
function sharedStems(a: string, b: string): number {
  const x = stems(a)
  return [...stems(b)].filter((w) => x.has(w)).length
}

export function scoreText(draft: ImportDraft, a: CorpusAnnotation): TextScore {
  const heads = draft.people.filter((p) => p.head)
  const used = new Set<DraftItem>()
  const byKind: TextScore['byKind'] = {}
  let eventsFound = 0
  let eventsDated = 0
  const missed: CorpusAnnotation['events'] = []
  for (const e of a.events) {
    const k = (byKind[e.kind] ??= [0, 0])
    k[0]++
    const candidates = draft.items.filter(
      (i) =>
        !used.has(i) &&
        i.kind === e.kind &&
        (has(i.title, e.mustContain) || has(i.source.text, e.mustContain)),
    )
    // The same event told twice: an item of the kind naming what the marker names counts too
    // ('начал со встречи с акимом области Улытау' ~ 'Встреча с акимом области Улытау …').
    const similar = candidates.length
      ? []
      : draft.items.filter(
          (i) => !used.has(i) && i.kind === e.kind && sharedStems(i.title, e.mustContain) >= 3,
        )
    const pool = candidates.length ? candidates : similar
    const match = pool.find((i) => (i.date ?? null) === e.date) ?? pool[0]
    if (!match) {
      missed.push(e)
      continue
    }
    used.add(match)
    k[1]++
    eventsFound++
    if ((match.date ?? null) === e.date || e.date === null) eventsDated++
  }
  const usedDocs = new Set<DraftDocument>()
  let documentsFound = 0
  for (const d of a.documents) {
    const match = draft.documents.find(
      (x) =>
        !usedDocs.has(x) &&
        x.type === d.type &&
        (has(x.title, d.mustContain) || has(x.source.text, d.mustContain)) &&
        // 'signed': the text says it was signed but not on which day.
        (d.signedOn === 'signed' ? x.signedOn !== undefined : (x.signedOn ?? null) === d.signedOn),
    )
    if (!match) continue
    usedDocs.add(match)
    documentsFound++
  }
  // Furniture: an item or document no expected one accounts for, taken from page furniture,
  // other news or background (an expected event's own sentence may hold a noise marker too).
  const made = [
    ...draft.items.filter((i) => !used.has(i)),
    ...draft.documents.filter((d) => !usedDocs.has(d)),
  ].map((x) => `${x.title}\n${x.source.text}`)
  return {
    direction: draft.visit.direction === a.direction,
    partner:
      fold(draft.visit.partnerCountry) === fold(a.partnerCountry) &&
      samePlace(draft.visit.partnerRegion, a.partnerRegion),
    head: a.head ? heads.length === 1 && has(heads[0]!.fullName, a.head) : heads.length === 0,
    dates:
      a.startDate === null
        ? undefined
        : draft.visit.startDate === a.startDate &&
          (a.endDate === null || draft.visit.endDate === a.endDate),
    events: a.events.length,
    eventsFound,
    eventsDated,
    byKind,
    extraItems: draft.items.length - used.size,
    documents: a.documents.length,
    documentsFound,
    extraDocuments: draft.documents.length - usedDocs.size,
    furniture: made.filter((t) => a.noise.some((n) => has(t, n))).length,
    missed,
  }
}

export interface CorpusSummary {
  texts: number
  direction: number
  partner: number
  head: number
  dates: number
  events: number
  eventsDated: number
  documents: number
  furniture: number
  extraItems: number
  extraDocuments: number
}

/** Shares right (0…1) over a set of texts; events and documents as found of expected. */
export function summarise(scores: TextScore[]): CorpusSummary {
  const share = (n: number, d: number) => (d ? n / d : 1)
  const count = (f: (s: TextScore) => boolean | undefined) => scores.filter(f).length
  const sum = (f: (s: TextScore) => number) => scores.reduce((t, s) => t + f(s), 0)
  const dated = scores.filter((s) => s.dates !== undefined)
  return {
    texts: scores.length,
    direction: share(
      count((s) => s.direction),
      scores.length,
    ),
    partner: share(
      count((s) => s.partner),
      scores.length,
    ),
    head: share(
      count((s) => s.head),
      scores.length,
    ),
    dates: share(
      count((s) => s.dates === true),
      dated.length,
    ),
    events: share(
      sum((s) => s.eventsFound),
      sum((s) => s.events),
    ),
    eventsDated: share(
      sum((s) => s.eventsDated),
      sum((s) => s.events),
    ),
    documents: share(
      sum((s) => s.documentsFound),
      sum((s) => s.documents),
    ),
    furniture: sum((s) => s.furniture),
    extraItems: sum((s) => s.extraItems),
    extraDocuments: sum((s) => s.extraDocuments),
  }
}
