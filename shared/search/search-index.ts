// The archive's search: Russian stems, Latin transliteration, one typo forgiven, filters, ranked
// hits with the words that matched. Pure, so the app, the CLI and the benchmark share it.
import { foldForSearch } from '../domain/search'
import { stemRu } from './stem-ru'

export const SEARCH_KINDS = ['visit', 'person', 'organisation', 'venue', 'agreement'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** One thing that can be found; fields with weights (a title counts more than a note). */
export interface SearchEntry {
  id: string
  kind: SearchKind
  /** The visit a person, item or agreement is shown with, when there is one. */
  visitId?: string
  title: string
  fields: { text: string; weight: number }[]
  facets: {
    year?: number
    country?: string
    region?: string
    direction?: string
    status?: string
    itemKinds?: string[]
  }
}

export interface SearchFilters {
  kinds?: SearchKind[]
  year?: number
  country?: string
  region?: string
  direction?: string
  status?: string
  itemKind?: string
}

export interface SearchHit {
  id: string
  kind: SearchKind
  visitId?: string
  title: string
  score: number
  /** The words of the entry that matched, as written, for highlighting. */
  matched: string[]
}

/** What the index keeps of an entry: no field texts (they are the bulk of an archive). */
interface StoredEntry {
  id: string
  kind: SearchKind
  visitId?: string
  title: string
  facets: SearchEntry['facets']
}

/** The texts of an entry, for the words to highlight; from the visit files after a restore. */
export type TextsOf = (id: string) => string[] | undefined

/** The best entries for a query, and the index terms its words matched. */
export interface Ranked {
  /** The best entries, each with the index terms of the query it holds. */
  entries: { id: string; visitId?: string; score: number; terms: string[] }[]
  used: Set<string>
}

/**
 * The index as written to disk, compact because it is read at every start: the distinct facet
 * sets once; entries as [id, kind, visit id or '', title, facet set number]; per term, pairs of
 * (entry number minus the previous one in the list) and weight.
 */
export interface SerializedIndex {
  facets: StoredEntry['facets'][]
  entries: [string, SearchKind, string, string, number][]
  postings: [string, number[]][]
  /** Per term, the ways it was written (for highlighting hits whose texts are not at hand). */
  forms?: [string, string[]][]
}

/** One line of the index file (see `SearchIndex.lines`). */
export type IndexLine =
  | ['f', StoredEntry['facets'][]]
  | ['e', string, SearchKind, string, string, number]
  | ['t', string, string, string[]]

/*
 * A term's postings in the file: each number (zigzag, so any integer) as 5-bit groups, low first,
 * one character per group — '#'..'B' when more groups follow, ']'..'|' for the last (no quote,
 * backslash or control character, so JSON writes them as they are). Most deltas and weights are
 * under 32: one character each, where a JSON number list spends two or more, and reading it back
 * is a loop over character codes instead of JSON's number parsing (the bulk of the index load).
 */
const byTitle = new Intl.Collator('ru')

/**
 * The `limit` best by score, ties in alphabetical order of their titles (in the order found when
 * the same). Hits are grouped by score and title, and only distinct titles are compared: sorting
 * every hit of a common word with `localeCompare` took four fifths of its search over 5,000 visits.
 */
function best<T extends { entry: { title: string }; score: number }>(
  ranked: T[],
  limit: number,
): T[] {
  const byScore = new Map<number, T[]>()
  for (const r of ranked) {
    const group = byScore.get(r.score)
    if (group) group.push(r)
    else byScore.set(r.score, [r])
  }
  const out: T[] = []
  for (const score of [...byScore.keys()].sort((a, b) => b - a)) {
    if (out.length >= limit) break
    const byTitleGroup = new Map<string, T[]>()
    for (const r of byScore.get(score)!) {
      const same = byTitleGroup.get(r.entry.title)
      if (same) same.push(r)
      else byTitleGroup.set(r.entry.title, [r])
    }
    for (const title of [...byTitleGroup.keys()].sort(byTitle.compare))
      for (const r of byTitleGroup.get(title)!) if (out.length < limit) out.push(r)
  }
  return out
}

const MORE = 0x23
const LAST = 0x5d

/**
 * A posting list read back from `encodePostings` of its (entry delta, weight) pairs, checked as it
 * is decoded: entries ascending and below `count`; undefined for anything else.
 */
function postingsOf(text: string, count: number): Int32Array | undefined {
  const list = new Int32Array(text.length)
  let length = 0
  let entry = 0
  const read = eachNumber(text, (n) => {
    if (length % 2 === 0) {
      // an entry: the first from 0, each next after the one before
      if (n < (length === 0 ? 0 : 1)) return false
      entry += n
      if (entry >= count) return false
      list[length++] = entry
    } else {
      if (n > 0x7fffffff || n < -0x80000000) return false
      list[length++] = n
    }
    return true
  })
  if (!read || length === 0 || length % 2 !== 0) return undefined
  return list.slice(0, length)
}

/**
 * Calls `each` with every number of an `encodePostings` string, in order, while it answers true;
 * false for a string it cannot have written or when `each` refused a number.
 */
function eachNumber(text: string, each: (n: number) => boolean): boolean {
  let value = 0
  let scale = 1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= MORE && c < MORE + 32) {
      value += (c - MORE) * scale
      scale *= 32
      if (scale > 2 ** 35) return false
      continue
    }
    if (c < LAST || c >= LAST + 32) return false
    const u = value + (c - LAST) * scale
    value = 0
    scale = 1
    if (!each(u % 2 === 0 ? u / 2 : -(u + 1) / 2)) return false
  }
  return scale === 1
}

/** Numbers written as `decodePostings` reads them. */
export function encodePostings(numbers: ArrayLike<number>): string {
  let out = ''
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!
    // zigzag: 0, -1, 1, -2 … → 0, 1, 2, 3 … (as a float: no 32-bit overflow on large values)
    let u = n >= 0 ? n * 2 : -n * 2 - 1
    while (u >= 32) {
      out += String.fromCharCode(MORE + (u % 32))
      u = Math.floor(u / 32)
    }
    out += String.fromCharCode(LAST + u)
  }
  return out
}

/** The numbers of `encodePostings`; undefined for a string it cannot have written. */
export function decodePostings(text: string): number[] | undefined {
  const out: number[] = []
  return eachNumber(text, (n) => out.push(n) > 0) ? out : undefined
}

/**
 * A term's postings: entry number and weight pairs, in entry order, in a typed array that doubles
 * when full (a rebuild of 5,000 visits grows lists by the million: number arrays cost twice the
 * bytes and their regrowth left the heap at 1.5 times its final size).
 */
class Postings {
  private constructor(
    private data: Int32Array,
    private length: number,
  ) {}

  static of(pairs: Int32Array): Postings {
    return new Postings(pairs, pairs.length)
  }

  push(entry: number, weight: number): void {
    if (this.length + 2 > this.data.length) {
      const grown = new Int32Array(Math.max(8, this.data.length * 2))
      grown.set(this.data.subarray(0, this.length))
      this.data = grown
    }
    this.data[this.length++] = entry
    this.data[this.length++] = weight
  }

  /** The pairs as they stand (a view, not a copy). */
  pairs(): Int32Array {
    return this.data.subarray(0, this.length)
  }

  /** Gives back the room kept for growth. */
  trim(): void {
    if (this.data.length !== this.length) this.data = this.data.slice(0, this.length)
  }
}

const NO_POSTINGS = new Int32Array(0)

/** How many written forms of a term are kept. */
const MAX_FORMS = 6

/** Words of a text as written, in order. */
const words = (text: string) => text.match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? []

/** Endings of romanised Russian words ('Voronkov', 'Yesmagambetova'), cut like the Cyrillic ones. */
const LATIN_ENDINGS = [
  'ogo',
  'ego',
  'omu',
  'emu',
  'ami',
  'ov',
  'ev',
  'oi',
  'ii',
  'om',
  'em',
  'a',
  'o',
  'i',
  'u',
  'e',
]

/** Words repeat across an archive: each is folded once (bounded, so memory stays small). */
const termCache = new Map<string, string>()
const TERM_CACHE_LIMIT = 200_000

/**
 * A copy of a word that holds only its own characters. A word matched out of a text is a slice
 * of it and would keep the whole text alive (V8 keeps long substrings as views): words kept past
 * the indexing of one visit are copied, or an archive's rebuild would hold every visit's texts.
 */
const detached = (word: string): string => JSON.parse(JSON.stringify(word)) as string

/** The index term of a word: lower-cased, stemmed (Cyrillic or romanised), romanised. */
export function termOf(word: string): string {
  let term = termCache.get(word)
  if (term === undefined) {
    term = detached(computeTerm(word))
    if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear()
    termCache.set(detached(word), term)
  }
  return term
}

function computeTerm(word: string): string {
  const lower = word.toLocaleLowerCase('ru')
  if (/[а-яё]/.test(lower)) return foldForSearch(stemRu(lower))
  const folded = foldForSearch(lower)
  if (!/^[a-z]+$/i.test(folded)) return folded
  for (const ending of LATIN_ENDINGS)
    if (folded.endsWith(ending) && folded.length - ending.length >= 4)
      return folded.slice(0, -ending.length)
  return folded
}

/** Levenshtein distance, stopping early past 1 (only one typo is forgiven). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  let j = 0
  let edits = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++
      j++
      continue
    }
    if (++edits > 1) return false
    if (a.length > b.length) i++
    else if (b.length > a.length) j++
    else if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
      i += 2
      j += 2
    } else {
      i++
      j++
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1
}

export class SearchIndex {
  private entries: (StoredEntry | null)[] = []
  /**
   * Texts of the entries put in this session, for the words to highlight; an index given
   * `textsOf` keeps only those of entries outside visits (the directory's), and asks for the rest.
   */
  private texts = new Map<string, string[]>()

  constructor(private readonly textsOf?: TextsOf) {}
  private byId = new Map<string, number>()
  /** Per term, a flat list of entry number and weight pairs (typed once read from a file). */
  private postings = new Map<string, Postings>()
  /** Per term, the ways it was written in the archive (a few). */
  private forms = new Map<string, string[]>()
  /** Terms by first letter, for the typo pass. */
  private vocabulary = new Map<string, Set<string>>()

  get size(): number {
    return this.byId.size
  }

  /** Adds or replaces an entry. */
  put(entry: SearchEntry): void {
    this.remove(entry.id)
    const index = this.entries.length
    const weights = new Map<string, number>()
    for (const field of [{ text: entry.title, weight: 3 }, ...entry.fields])
      for (const word of words(field.text)) {
        const term = termOf(word)
        if (!term) continue
        weights.set(term, (weights.get(term) ?? 0) + field.weight)
        this.noteForm(term, word)
      }
    this.entries.push({
      id: entry.id,
      kind: entry.kind,
      ...(entry.visitId ? { visitId: entry.visitId } : {}),
      title: entry.title,
      facets: entry.facets,
    })
    if (!this.textsOf || !entry.visitId)
      this.texts.set(
        entry.id,
        entry.fields.map((f) => f.text),
      )
    this.byId.set(entry.id, index)
    for (const [term, weight] of weights) this.addPosting(term, index, weight)
  }

  private noteForm(term: string, word: string): void {
    const known = this.forms.get(term)
    if (!known) this.forms.set(term, [detached(word)])
    else if (known.length < MAX_FORMS && !known.includes(word)) known.push(detached(word))
  }

  private addPosting(term: string, index: number, weight: number): void {
    const known = this.postings.get(term)
    if (known) known.push(index, weight)
    else {
      this.postings.set(term, Postings.of(Int32Array.of(index, weight)))
      const bucket = this.vocabulary.get(term[0]!) ?? new Set<string>()
      bucket.add(term)
      this.vocabulary.set(term[0]!, bucket)
    }
  }

  /**
   * The index as lines to write, one at a time (a large archive's index is never built as one
   * value): the distinct facet sets, then the live entries (those `keep` accepts) renumbered
   * without the rest, then per term its postings as (entry number minus the previous one, weight)
   * pairs and its written forms. Which entries are written is settled when this is called:
   * entries put while the lines are being written are left for the next write.
   */
  lines(keep: (id: string) => boolean = () => true): Iterable<IndexLine> {
    const renumber = new Map<number, number>()
    const facets: StoredEntry['facets'][] = []
    const facetNumbers = new Map<string, number>()
    const kept: [StoredEntry, number][] = []
    this.entries.forEach((entry, index) => {
      if (!entry || !keep(entry.id)) return
      renumber.set(index, kept.length)
      const key = JSON.stringify(entry.facets)
      let facet = facetNumbers.get(key)
      if (facet === undefined) {
        facet = facets.push(entry.facets) - 1
        facetNumbers.set(key, facet)
      }
      kept.push([entry, facet])
    })
    return this.linesOf(facets, kept, renumber)
  }

  private *linesOf(
    facets: StoredEntry['facets'][],
    kept: [StoredEntry, number][],
    renumber: Map<number, number>,
  ): Generator<IndexLine> {
    yield ['f', facets]
    for (const [entry, facet] of kept)
      yield ['e', entry.id, entry.kind, entry.visitId ?? '', entry.title, facet]
    for (const [term, postings] of this.postings) {
      const list = postings.pairs()
      const deltas: number[] = []
      let previous = 0
      for (let i = 0; i < list.length; i += 2) {
        const to = renumber.get(list[i]!)
        if (to === undefined) continue
        deltas.push(to - previous, list[i + 1]!)
        previous = to
      }
      if (deltas.length > 0) yield ['t', term, encodePostings(deltas), this.forms.get(term) ?? []]
    }
  }

  /** The whole index as one value (tests; the app writes `lines`). */
  serialize(keep: (id: string) => boolean = () => true): SerializedIndex {
    const out: Required<SerializedIndex> = { facets: [], entries: [], postings: [], forms: [] }
    for (const line of this.lines(keep))
      if (line[0] === 'f') out.facets = line[1]
      else if (line[0] === 'e') out.entries.push([line[1], line[2], line[3], line[4], line[5]])
      else {
        out.postings.push([line[1], decodePostings(line[2]) ?? []])
        if (line[3].length > 0) out.forms.push([line[1], line[3]])
      }
    return out
  }

  /**
   * Gives back the room posting lists keep for growth and forgets the words folded so far: after
   * a rebuild of a large archive, the index holds no more than an index read from its file.
   */
  compact(): void {
    for (const list of this.postings.values()) list.trim()
    termCache.clear()
  }

  /** The ids of the live entries. */
  ids(): IterableIterator<string> {
    return this.byId.keys()
  }

  /** An index from its serialized form; throws on a malformed one (the caller rebuilds). */
  static restore(data: SerializedIndex, textsOf?: TextsOf): SearchIndex {
    if (!Array.isArray(data.entries) || !Array.isArray(data.postings))
      throw new Error('malformed index')
    const restoring = SearchIndex.restoring(textsOf)
    restoring.add(['f', data.facets])
    for (const entry of data.entries) restoring.add(['e', ...entry])
    const forms = new Map(Array.isArray(data.forms) ? data.forms : [])
    for (const [term, deltas] of data.postings)
      restoring.add([
        't',
        term,
        Array.isArray(deltas) ? encodePostings(deltas) : deltas,
        forms.get(term) ?? [],
      ])
    return restoring.done()
  }

  /**
   * An index read back line by line, as `lines` wrote it; `add` throws on a malformed line (the
   * caller rebuilds). Postings are kept in typed arrays: a fraction of the memory of number lists.
   */
  static restoring(textsOf?: TextsOf): { add(line: unknown): void; done(): SearchIndex } {
    const index = new SearchIndex(textsOf)
    let facets: StoredEntry['facets'][] | undefined
    const malformed = (what: string) => new Error(`malformed index ${what}`)
    const add = (line: unknown) => {
      if (!Array.isArray(line)) throw malformed('line')
      if (line[0] === 'f') {
        if (facets || !Array.isArray(line[1])) throw malformed('facets')
        facets = line[1] as StoredEntry['facets'][]
      } else if (line[0] === 'e') index.restoreEntry(line, facets)
      else if (line[0] === 't') index.restoreTerm(line)
      else throw malformed('line')
    }
    return {
      add,
      done: () => {
        if (!facets) throw malformed('facets')
        return index
      },
    }
  }

  private restoreEntry(line: unknown[], facetSets: StoredEntry['facets'][] | undefined): void {
    const [, id, kind, visitId, title, facet] = line as IndexLine & { 0: 'e' }
    const facets = facetSets?.[facet]
    if (typeof id !== 'string' || typeof title !== 'string' || !SEARCH_KINDS.includes(kind))
      throw new Error('malformed index entry')
    if (!facets || typeof facets !== 'object' || this.postings.size > 0 || this.byId.has(id))
      throw new Error('malformed index entry')
    this.byId.set(id, this.entries.length)
    const entry: StoredEntry = { id, kind, title, facets }
    if (visitId) entry.visitId = visitId
    this.entries.push(entry)
  }

  private restoreTerm(line: unknown[]): void {
    const [, term, encoded, written] = line as IndexLine & { 0: 't' }
    if (typeof term !== 'string' || !term || this.postings.has(term))
      throw new Error('malformed index posting')
    const list = typeof encoded === 'string' ? postingsOf(encoded, this.entries.length) : undefined
    if (!list) throw new Error('malformed index posting')
    this.postings.set(term, Postings.of(list))
    const bucket = this.vocabulary.get(term[0]!) ?? new Set<string>()
    bucket.add(term)
    this.vocabulary.set(term[0]!, bucket)
    if (Array.isArray(written) && written.length > 0)
      this.forms.set(
        term,
        written.filter((w): w is string => typeof w === 'string').slice(0, MAX_FORMS),
      )
  }

  /** Drops an entry (its postings are skipped from then on and compacted on the next rebuild). */
  remove(id: string): void {
    const index = this.byId.get(id)
    if (index === undefined) return
    this.entries[index] = null
    this.byId.delete(id)
    this.texts.delete(id)
  }

  /** Index terms a query word may mean: itself, terms it begins, and terms one typo away. */
  private expand(term: string): { term: string; factor: number }[] {
    const out: { term: string; factor: number }[] = []
    const bucket = this.vocabulary.get(term[0] ?? '') ?? new Set<string>()
    if (this.postings.has(term)) out.push({ term, factor: 1 })
    for (const candidate of bucket) {
      if (candidate === term) continue
      if (candidate.startsWith(term) && term.length >= 2) out.push({ term: candidate, factor: 0.8 })
      else if (term.length >= 5 && withinOneEdit(term, candidate))
        out.push({ term: candidate, factor: 0.5 })
    }
    return out
  }

  /** Ranked hits: every query word must match (exactly, as a prefix, or with one typo). */
  search(query: string, filters: SearchFilters = {}, limit = 50): SearchHit[] {
    return this.hits(this.rank(query, filters, limit))
  }

  /**
   * The best entries for a query, before the words they matched are worked out: a caller whose
   * texts live elsewhere (visits read on demand) fetches those of these entries only, then asks
   * for `hits`.
   */
  rank(query: string, filters: SearchFilters = {}, limit = 50): Ranked {
    const none: Ranked = { entries: [], used: new Set() }
    const terms = [...new Set(words(query).map(termOf).filter(Boolean))]
    if (terms.length === 0) return none
    const used = new Set<string>()
    let scores: Map<number, number> | null = null
    for (const term of terms) {
      const next = new Map<number, number>()
      for (const { term: t, factor } of this.expand(term)) {
        used.add(t)
        const list = this.postings.get(t)?.pairs() ?? NO_POSTINGS
        for (let i = 0; i < list.length; i += 2) {
          const entry = list[i]!
          if (!this.entries[entry]) continue
          const base = scores ? scores.get(entry) : 0
          if (base === undefined) continue
          next.set(entry, (next.get(entry) ?? base) + list[i + 1]! * factor)
        }
      }
      scores = next
      if (scores.size === 0) return none
    }
    const ranked: { entry: StoredEntry; score: number }[] = []
    for (const [index, score] of scores ?? []) {
      const entry = this.entries[index]!
      if (passes(entry, filters)) ranked.push({ entry, score })
    }
    const top = best(ranked, limit)
    // Which of the query's terms each shown entry holds (postings are in entry order: a binary
    // search per term and entry, never a pass over a common term's long list).
    return {
      entries: top.map(({ entry, score }) => {
        const index = this.byId.get(entry.id)!
        return {
          id: entry.id,
          ...(entry.visitId ? { visitId: entry.visitId } : {}),
          score,
          terms: [...used].filter((t) => holds(this.postings.get(t)?.pairs(), index)),
        }
      }),
      used,
    }
  }

  /** The hits of ranked entries, with the written words that matched (`textsOf` may supply texts). */
  hits(ranked: Ranked, textsOf: TextsOf = this.textsOf ?? (() => undefined)): SearchHit[] {
    return ranked.entries.flatMap(({ id, score, terms }) => {
      const entry = this.entries[this.byId.get(id) ?? -1]
      return entry ? [this.hit(entry, score, ranked.used, textsOf, terms)] : []
    })
  }

  /** The written forms of an entry's matched terms: what to highlight when texts are not at hand. */
  private formsOf(terms: string[]): string[] {
    return terms.flatMap((t) => this.forms.get(t) ?? [])
  }

  private hit(
    entry: StoredEntry,
    score: number,
    used: Set<string>,
    textsOf: TextsOf,
    terms: string[],
  ): SearchHit {
    return {
      id: entry.id,
      kind: entry.kind,
      ...(entry.visitId ? { visitId: entry.visitId } : {}),
      title: entry.title,
      score,
      matched: [
        ...new Set(
          [entry.title, ...(this.texts.get(entry.id) ?? textsOf(entry.id) ?? this.formsOf(terms))]
            .flatMap(words)
            .filter((w) => used.has(termOf(w))),
        ),
      ],
    }
  }
}

/** Whether a posting list (entry, weight pairs in entry order) holds the entry. */
function holds(list: Int32Array | undefined, entry: number): boolean {
  if (!list) return false
  let lo = 0
  let hi = list.length / 2 - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const at = list[mid * 2]!
    if (at === entry) return true
    if (at < entry) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

function passes(entry: StoredEntry, f: SearchFilters): boolean {
  const same = (a?: string, b?: string) => !b || (a ?? '').toLowerCase() === b.toLowerCase()
  return (
    (!f.kinds || f.kinds.length === 0 || f.kinds.includes(entry.kind)) &&
    (f.year === undefined || entry.facets.year === f.year) &&
    same(entry.facets.country, f.country) &&
    same(entry.facets.region, f.region) &&
    same(entry.facets.direction, f.direction) &&
    same(entry.facets.status, f.status) &&
    (!f.itemKind || (entry.facets.itemKinds ?? []).includes(f.itemKind))
  )
}
