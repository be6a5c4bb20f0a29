// What the press-release reader asks of a Russian morphological dictionary: the lemma and the
// grammemes of a word form (OpenCorpora's names: NOUN, VERB, Name, Surn, Patr, nomn, gent, datv,
// accs, ablt, loct, masc, femn, past, pres, futr, perf, impf…). The app gives it the OpenCorpora
// dictionaries through `az` (electron/services/morphology.ts); without one the reader falls back
// to its suffix rules. Pure: no dictionary is loaded here.

export interface MorphParse {
  /** The dictionary form, lower case: 'шапша', 'павел', 'посетить'. */
  lemma: string
  grammemes: ReadonlySet<string>
  /** The dictionary's estimate of how likely this reading is, 0…1. */
  score: number
}

export interface Morphology {
  /** The readings of one word form, most likely first; empty when the word is unknown. */
  parse(word: string): MorphParse[]
}

export type GrammaticalCase = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'prep'

export const CASE_GRAMMEME: Record<GrammaticalCase, string> = {
  nom: 'nomn',
  gen: 'gent',
  dat: 'datv',
  acc: 'accs',
  ins: 'ablt',
  prep: 'loct',
}

const NAME_PARTS = ['Name', 'Surn', 'Patr'] as const
type NamePart = (typeof NAME_PARTS)[number]

const restoreCase = (model: string, lemma: string) =>
  model.charAt(0) === model.charAt(0).toUpperCase()
    ? lemma.replace(/(^|-)(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
    : lemma

/**
 * A word of a person's name in the nominative, when the dictionary knows it as a first name,
 * surname or patronymic in the case the sentence puts it: 'Шапшой' (ins) → 'Шапша', 'Павла' (gen)
 * → 'Павел', 'Есмагамбетовой' → 'Есмагамбетова' (a woman's surname keeps its feminine form).
 * `gender` when the other words of the name tell it. Undefined when the dictionary cannot say.
 */
export function nameWordToNominative(
  morph: Morphology,
  word: string,
  c: GrammaticalCase,
  gender?: 'm' | 'f',
): string | undefined {
  if (/\./u.test(word)) return word
  const wanted = CASE_GRAMMEME[c]
  const parses = morph
    .parse(word)
    .filter(
      (p) =>
        p.grammemes.has('NOUN') &&
        NAME_PARTS.some((n) => p.grammemes.has(n)) &&
        p.grammemes.has(wanted) &&
        !p.grammemes.has('plur'),
    )
  const fits = (p: MorphParse) =>
    !gender ||
    (gender === 'f' ? !p.grammemes.has('masc') : !p.grammemes.has('femn')) ||
    p.grammemes.has('Ms-f')
  // Readings the dictionary only guesses (a foreign name it does not know) are left to the rules.
  const best = parses.filter((p) => p.score >= 0.3).find(fits)
  if (!best) return undefined
  const part = NAME_PARTS.find((n) => best.grammemes.has(n)) as NamePart
  let lemma = best.lemma
  // The dictionary gives a surname's masculine lemma; a woman keeps 'Кялина', 'Есмагамбетова'.
  const feminine = gender === 'f' || (gender === undefined && best.grammemes.has('femn'))
  if (part === 'Surn' && feminine && !best.grammemes.has('Fixd')) lemma = feminineSurname(lemma)
  if (part === 'Patr' && feminine) lemma = lemma.replace(/ич$/u, 'на').replace(/вна$/u, 'вна')
  return restoreCase(word, lemma)
}

function feminineSurname(lemma: string): string {
  if (/(?:ов|ев|ёв|ин|ын)$/u.test(lemma)) return `${lemma}а`
  if (/(?:ский|цкий)$/u.test(lemma)) return lemma.replace(/ий$/u, 'ая')
  if (/(?:ой|ый)$/u.test(lemma)) return lemma.replace(/(?:ой|ый)$/u, 'ая')
  return lemma
}

/**
 * Whether the dictionary reads a word first as a finite verb or an infinitive ('посетила' yes,
 * 'хурала', 'отдела' no); undefined for a word it does not know.
 */
export function isVerbForm(morph: Morphology, word: string): boolean | undefined {
  const top = morph.parse(word)[0]
  if (!top) return undefined
  return top.grammemes.has('VERB') || top.grammemes.has('INFN')
}

/** 'past', 'futr' or 'pres' for a finite verb or a short participle; undefined otherwise. */
export function verbTense(morph: Morphology, word: string): 'past' | 'pres' | 'futr' | undefined {
  for (const p of morph.parse(word)) {
    if (!p.grammemes.has('VERB') && !p.grammemes.has('PRTS')) continue
    for (const t of ['past', 'pres', 'futr'] as const) if (p.grammemes.has(t)) return t
  }
  return undefined
}

/**
 * Whether a phrase starting with `first` and headed by `head` can be an object in case `c`: the
 * first word most likely an adjective or a noun (not a participle, preposition or pronoun), the
 * head a noun the dictionary allows in that case.
 */
export function nounCanBe(
  morph: Morphology,
  first: string,
  head: string,
  c: GrammaticalCase,
): boolean {
  if (head.length < 3) return false
  const top = morph.parse(first)[0]
  if (!top || !(top.grammemes.has('NOUN') || top.grammemes.has('ADJF'))) return false
  return morph
    .parse(head)
    .some((p) => p.grammemes.has(CASE_GRAMMEME[c]) && p.grammemes.has('NOUN') && p.score >= 0.05)
}

/** True when the word's most likely readings include a name part (first name, surname, patronymic). */
export function isKnownNamePart(morph: Morphology, word: string): boolean {
  return morph
    .parse(word)
    .some((p) => p.score >= 0.05 && NAME_PARTS.some((n) => p.grammemes.has(n)))
}

/** True when the dictionary reads the word first as a first name ('Ольгой', 'Андрей'). */
export function isKnownFirstName(morph: Morphology, word: string): boolean {
  return morph.parse(word).some((p) => p.score >= 0.1 && p.grammemes.has('Name'))
}

/** The cases the dictionary allows a first name, patronymic or surname in ('Романом' → ins); empty if unknown. */
export function nameCases(morph: Morphology, word: string): GrammaticalCase[] {
  const out: GrammaticalCase[] = []
  for (const p of morph.parse(word)) {
    // One person's name is singular: 'Даш' is no plural of 'Даша' ('господином Даш Цэндсурэном').
    if (!NAME_PARTS.some((n) => p.grammemes.has(n)) || p.grammemes.has('plur')) continue
    for (const [c, g] of Object.entries(CASE_GRAMMEME) as [GrammaticalCase, string][])
      if (p.grammemes.has(g) && !out.includes(c)) out.push(c)
  }
  return out
}
