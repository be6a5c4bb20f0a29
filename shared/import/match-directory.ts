// An imported name → the directory entry it denotes, and how sure we are. A site written another
// way ('Ленинградская атомная электростанция', 'ЛАЭС', 'Leningrad NPP') must find the directory's
// 'Ленинградская АЭС' with its access rules, never become a duplicate without them; a person
// written in another case or order ('А.Ю. Кялин', 'Александром Кялиным', 'Kyalin') likewise.
import type { Person } from '../domain/people'
import { foldForSearch } from '../domain/search'
import type { Venue } from '../domain/venues'

/**
 * `same`: the same name once case, quotes and script are set aside; `alias`: one of the entry's
 * other names or a known abbreviation of it; `similar`: the same words in other grammatical forms
 * or order, or a shorter name inside a longer one (the officer confirms).
 */
export type MatchHow = 'same' | 'alias' | 'similar'

export interface Match<T> {
  entry: T
  how: MatchHow
}

/** Abbreviations officers and press releases use for the same institution, over stems. */
const EXPANSIONS: [RegExp, string][] = [
  [/\blaes\b/g, 'leningradsk aes'],
  [/\blgu\b/g, 'leningradsk gu'],
  [/\batomn elektrostanQ\b/g, 'aes'],
  [/\bnuclear power plant\b/g, 'npp'],
  [/\bgosudarstven universitet\b/g, 'gu'],
  [/\b(?:imen|im)\b/g, ''],
]

/** Legal forms and generic words that do not tell one site from another. */
const NOISE = new Set(
  'fgbou fgaou gbou gbu gau mau mbu ao oao zao pao ooo fgup gup vo na'.split(' '),
)

/** Russian case endings as folded ('ая' is 'aia', 'ой' 'oi'), longest first. */
const ENDING =
  /(?:iami|ami|imi|iah|ogo|ego|omu|emu|aia|uiu|ah|ih|iu|ia|ie|oi|ei|om|em|im|am|a|o|u|e|i)$/u

/** The stem of a folded word: its case ending dropped when enough of it remains. */
function stem(word: string): string {
  const cut = word.replace(ENDING, '')
  return cut.length >= 3 ? cut : word
}

/** Stems equal, or equal once a fleeting vowel is set aside ('дворец' and 'дворца'). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true
  const firm = (w: string) => w.replace(/[eo](?=[^aeiou]$)/u, '')
  return a.length >= 4 && firm(a) === firm(b)
}

/** The words that name the thing, stemmed, abbreviations expanded, noise dropped. */
function stems(name: string): string[] {
  let text = foldForSearch(name)
    .split(' ')
    .filter((w) => w.length > 1 && !NOISE.has(w))
    .map(stem)
    .join(' ')
  for (const [pattern, replacement] of EXPANSIONS) text = text.replace(pattern, replacement)
  return text.split(' ').filter(Boolean)
}

const sameWords = (a: string[], b: string[]) =>
  a.length === b.length && a.every((w, i) => sameStem(w, b[i]!))

/** Every stem of the shorter list in the longer one; the shorter has at least two. */
function contained(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length >= 2 && short.every((w) => long.some((l) => sameStem(w, l)))
}

/** The directory venue an imported place name denotes, if any. */
export function matchVenue(name: string, venues: readonly Venue[]): Match<Venue> | null {
  const plain = foldForSearch(name)
  if (!plain) return null
  const same = venues.find((v) => foldForSearch(v.name) === plain)
  if (same) return { entry: same, how: 'same' }
  const words = stems(name)
  const other = (v: Venue) => [...(v.aliases ?? []), ...Object.values(v.nameI18n ?? {})]
  const alias = venues.find(
    (v) =>
      other(v).some((o) => foldForSearch(o) === plain) ||
      [v.name, ...other(v)].some((n) => sameWords(stems(n), words)),
  )
  if (alias) return { entry: alias, how: 'alias' }
  const similar = venues.find((v) => [v.name, ...other(v)].some((n) => contained(words, stems(n))))
  return similar ? { entry: similar, how: 'similar' } : null
}

/** A name's words without initials: 'А.Ю. Кялин' → ['kialin'], with its initials ['a', 'u']. */
function nameParts(name: string): { words: string[]; initials: string[] } {
  const raw = name.replace(/\./g, '. ')
  const words: string[] = []
  const initials: string[] = []
  for (const token of foldForSearch(raw).split(' ').filter(Boolean)) {
    if (token.length === 1) initials.push(token)
    else words.push(stem(token))
  }
  return { words, initials }
}

/** The directory person an imported name denotes: same name, Latin spelling, case form or initials. */
export function matchPerson(name: string, people: readonly Person[]): Match<Person> | null {
  const plain = foldForSearch(name)
  if (!plain) return null
  const names = (p: Person) => [
    p.fullName,
    ...(p.fullNameLatin ? [p.fullNameLatin] : []),
    ...Object.values(p.nameI18n ?? {}),
  ]
  const same = people.find((p) => names(p).some((n) => foldForSearch(n) === plain))
  if (same) return { entry: same, how: 'same' }
  const theirs = nameParts(name)
  const fits = (p: Person) =>
    names(p).some((n) => {
      const ours = nameParts(n)
      if (theirs.words.length === 0 || theirs.initials.length > 3) return false
      const wordsFit = theirs.words.every((w) => ours.words.some((o) => sameStem(w, o)))
      // Initials, when written, are the first letters of the other names, in order, as far as
      // the directory knows them ('А.Ю. Кялин' is 'Кялин Александр').
      const others = ours.words.filter((o) => !theirs.words.some((w) => sameStem(w, o)))
      const initialsFit = theirs.initials.every((i, n) => !others[n] || others[n]![0] === i)
      // A surname alone is too weak; a surname with a first name or initials is enough.
      return wordsFit && initialsFit && theirs.words.length + theirs.initials.length >= 2
    })
  const similar = people.filter(fits)
  return similar.length === 1 ? { entry: similar[0]!, how: 'similar' } : null
}
