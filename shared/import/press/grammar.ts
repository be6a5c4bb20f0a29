// Russian word forms the reader needs: adjectives, nouns to a case, tidy titles.
// Part of the press-release reader (../parse-press-release.ts).
import { CASE_GRAMMEME } from '../morphology'
import { capitalise, collapse, reading } from './text'

// ───────────────────────────── Russian word forms ─────────────────────────────

export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'prep'

type Gender = 'm' | 'f' | 'n'

interface Adjective {
  stem: string
  gender: Gender
  soft: boolean
}

/** Adjectives stressed on the ending: 'городской', not 'городский'. */
const STRESSED =
  /^(?:больш|городск|областн|окружн|краев|морск|миров|делов|трудов|передов|основн|родн|головн|боев|мужск|женск|молод|золот|свят|речн|стальн|лесн|пищев|нефтян|выпускн|запасн)$/iu

/** Adjective endings by case and gender (masculine and neuter share the oblique ones). */
const ADJ_ENDINGS: Record<Case, { m: string[]; f: string[]; n: string[] }> = {
  nom: { m: ['ый', 'ий', 'ой'], f: ['ая', 'яя'], n: ['ое', 'ее'] },
  acc: { m: ['ый', 'ий', 'ой'], f: ['ую', 'юю'], n: ['ое', 'ее'] },
  gen: { m: ['ого', 'его'], f: ['ой', 'ей'], n: [] },
  dat: { m: ['ому', 'ему'], f: ['ой', 'ей'], n: [] },
  ins: { m: ['ым', 'им'], f: ['ой', 'ей', 'ою', 'ею'], n: [] },
  prep: { m: ['ом', 'ем'], f: ['ой', 'ей'], n: [] },
}

/** The word read as an adjective in the given case, or null (nouns like 'палатой' are refused). */
export function adjectiveIn(word: string, c: Case): Adjective | null {
  if (word.length < 4 || !/^[\p{L}-]+$/u.test(word) || /^\p{Lu}{2,}/u.test(word)) return null
  const lower = word.toLowerCase()
  for (const gender of ['m', 'f', 'n'] as const)
    for (const ending of ADJ_ENDINGS[c][gender]) {
      if (!lower.endsWith(ending)) continue
      const stem = word.slice(0, -ending.length)
      if (stem.length < 2) continue
      // '-ой/-ей' (and nominative '-ий/-ой') need an adjective suffix before them.
      if (/^(?:ой|ей|ою|ею|ий)$/.test(ending) && !/(?:[сц]к|[нвжшчщгкх])$/iu.test(stem)) continue
      if (NOT_ADJECTIVES.has(lower)) continue
      return { stem, gender, soft: /^[еиюя]/.test(ending) }
    }
  return null
}

/** Nouns that end like feminine adjectives. */
const NOT_ADJECTIVES = new Set(
  'страной стороной ценой войной весной стеной женой главой музей'.split(' '),
)

/** The adjective in a case: 'Гатчинск-' → 'Гатчинский', 'Гатчинского', 'Гатчинским'… */
export function adjectiveForm(a: Adjective, c: Case): string {
  const s = a.stem
  const velar = /[гкх]$/u.test(s)
  const sibilant = /[жшчщц]$/u.test(s)
  const stressed = STRESSED.test(s)
  // Soft stems ('синий') and unstressed hushing ones ('хороший') take е/и endings.
  const soft = (a.soft && !velar) || (sibilant && !stressed)
  if (a.gender === 'f') {
    if (c === 'nom') return s + (soft && !sibilant ? 'яя' : 'ая')
    if (c === 'acc') return s + (soft && !sibilant ? 'юю' : 'ую')
    return s + (soft ? 'ей' : 'ой')
  }
  if (c === 'nom' || c === 'acc') {
    if (a.gender === 'n') return s + (soft ? 'ее' : 'ое')
    if (stressed) return `${s}ой`
    return s + (soft || velar ? 'ий' : 'ый')
  }
  if (c === 'ins') return s + (soft || velar ? 'им' : 'ым')
  const endings = { gen: ['ого', 'его'], dat: ['ому', 'ему'], prep: ['ом', 'ем'] }[c]
  return s + endings[soft ? 1 : 0]!
}

/** Nouns whose 'о/е' drops in other cases ('замок' → 'замка'). */
const FLEETING: Record<string, string> = Object.fromEntries(
  'замок городок уголок кружок рынок'.split(' ').map((w) => [w, w.replace(/о(\p{L})$/u, '$1')]),
)

/**
 * Suffix rules written 'ending>replacement', first match wins: 'ца>ец а>' turns 'дворца' into
 * 'дворец' and 'центра' into 'центр'.
 */
export type SuffixRules = [string, string][]

export const rules = (spec: string): SuffixRules =>
  spec
    .split(' ')
    .filter(Boolean)
    .map((rule) => rule.split('>') as [string, string])

/** Nouns from a case to the nominative, by gender. */
const NOUN_TO_NOM: Record<Exclude<Case, 'nom'>, Record<Gender, SuffixRules>> = {
  gen: {
    m: rules('ца>ец ия>ий ея>ей ая>ай я>ь а>'),
    f: rules('ии>ия сти>сть ти>ть ди>дь ки>ка ги>га хи>ха жи>жа ши>ша чи>ча щи>ща ы>а и>я'),
    n: rules('ия>ие ья>ье я>е а>о'),
  },
  dat: {
    m: rules('цу>ец ию>ий ею>ей аю>ай ю>ь у>'),
    f: rules('ии>ия ти>ть е>а'),
    n: rules('ию>ие ю>е у>о'),
  },
  acc: { m: [], f: rules('ию>ия у>а ю>я'), n: [] },
  ins: {
    m: rules('цом>ец цем>ец ием>ий еем>ей аем>ай жем>ж шем>ш чем>ч щем>щ ем>ь ём>ь ом>'),
    f: rules('ией>ия ью>ь цей>ца жей>жа шей>ша чей>ча щей>ща ой>а ей>я'),
    n: rules('ием>ие ьем>ье ем>е ом>о'),
  },
  prep: { m: rules('це>ец ее>ей ии>ий е>'), f: rules('ии>ия ти>ть е>а'), n: rules('ии>ие е>о') },
}

const NOUN_NOM_TO_GEN: Record<Gender, SuffixRules> = {
  m: rules('ец>ца ий>ия ей>ея ай>ая ой>оя й>я ь>я'),
  f: rules('ия>ии ка>ки га>ги ха>хи жа>жи ша>ши ча>чи ща>щи а>ы я>и ь>и'),
  n: rules('ие>ия ье>ья же>жа ше>ша ще>ща че>ча це>ца е>я о>а'),
}

/** The word with the first matching ending replaced; `otherwise` (say 'а') is added after a consonant. */
export function applyRules(word: string, table: SuffixRules, otherwise = ''): string {
  const lower = word.toLowerCase()
  for (const [ending, replacement] of table)
    if (lower.endsWith(ending) && lower.length > ending.length)
      return word.slice(0, word.length - ending.length) + replacement
  return otherwise && /[бвгджзклмнпрстфхцчшщ]$/iu.test(word) ? word + otherwise : word
}

/** Abbreviations ('ОАО', 'АЭС'), Latin words and numbers are left as written. */
function isIndeclinable(word: string): boolean {
  return (
    !/^[\p{L}-]+$/u.test(word) || /^\p{Lu}{2,}/u.test(word) || /[^\p{Script=Cyrillic}-]/u.test(word)
  )
}

/** A noun's gender guessed from its ending in the given case (when no adjective tells). */
function guessGender(noun: string, c: Case): Gender {
  // The dictionary where it knows the noun in that case ('крепость' is feminine).
  const known = reading.morph
    ?.parse(noun)
    .find((p) => p.grammemes.has('NOUN') && p.grammemes.has(CASE_GRAMMEME[c]))
  if (known?.grammemes.has('femn')) return 'f'
  if (known?.grammemes.has('neut')) return 'n'
  if (known?.grammemes.has('masc')) return 'm'
  const w = noun.toLowerCase()
  switch (c) {
    case 'gen':
      return /(?:ения|ания|ствия|тия|ства|ища)$/u.test(w) ? 'n' : /[ыи]$/u.test(w) ? 'f' : 'm'
    case 'prep':
      return /(?:ении|ании|тии|ствии|стве)$/u.test(w) ? 'n' : /ии$|сти$/u.test(w) ? 'f' : 'm'
    case 'ins':
      return /(?:ием|ством|ищем)$/u.test(w) ? 'n' : /(?:ой|ей|ью)$/u.test(w) ? 'f' : 'm'
    case 'dat':
      return /(?:ию|ству)$/u.test(w) ? 'n' : /[еи]$/u.test(w) ? 'f' : 'm'
    case 'acc':
      return /[ую]$/u.test(w) ? 'f' : 'm'
    case 'nom':
      if (/[ая]$/u.test(w)) return 'f'
      if (/[оеё]$/u.test(w)) return 'n'
      return /(?:сть|адь|ядь|ань|[жшчщ]ь)$/u.test(w) ? 'f' : 'm'
  }
}

function nounToNominative(noun: string, c: Case, gender: Gender): string {
  if (c === 'nom' || isIndeclinable(noun)) return noun
  const nom = applyRules(noun, NOUN_TO_NOM[c][gender])
  const fleeting = Object.entries(FLEETING).find(([, stem]) => stem === nom.toLowerCase())
  return fleeting ? nom.slice(0, 1) + fleeting[0].slice(1) : nom
}

function nounNominativeToGenitive(noun: string, gender: Gender): string {
  if (isIndeclinable(noun) || (/[оеиуюэ]$/iu.test(noun) && gender === 'm')) return noun
  const fleeting = FLEETING[noun.toLowerCase()]
  if (fleeting) return `${noun.slice(0, 1)}${fleeting.slice(1)}а`
  return applyRules(noun, NOUN_NOM_TO_GEN[gender], gender === 'm' ? 'а' : '')
}

/**
 * A noun phrase with its head (leading adjectives and first noun) moved from one case to another,
 * the rest kept as written: 'Большом Гатчинском дворце' (prep) → 'Большого Гатчинского дворца'.
 */
export function headToCase(phrase: string, from: Case, to: 'nom' | 'gen' | 'acc'): string {
  const plural = to === 'gen' && (from === 'acc' || from === 'nom') && pluralGenitive(phrase, from)
  if (plural) return plural
  const words = phrase.split(' ')
  const adjectives: { index: number; adj: Adjective }[] = []
  let i = 0
  for (; i < words.length; i++) {
    const adj = adjectiveIn(words[i]!, from)
    if (adj) adjectives.push({ index: i, adj })
    else if (!(words[i] === 'и' && adjectives.length > 0 && adjectiveIn(words[i + 1] ?? '', from)))
      break
  }
  const noun = words[i]
  if (noun === undefined || /^«/u.test(noun)) return phrase
  // An adjective tells feminine apart; masculine and neuter endings coincide, so the noun decides.
  const guessed = guessGender(noun, from)
  const gender =
    adjectives[0]?.adj.gender === 'f' ? 'f' : guessed === 'n' || !adjectives.length ? guessed : 'm'
  const nominative = nounToNominative(noun, from, gender)
  const out = [...words]
  for (const { index, adj } of adjectives)
    out[index] = adjectiveForm({ ...adj, gender }, to === 'acc' ? 'acc' : to)
  out[i] =
    to === 'nom'
      ? nominative
      : to === 'gen'
        ? nounNominativeToGenitive(nominative, gender)
        : nounToAccusative(nominative, gender)
  return out.join(' ')
}

const PLURAL_ADJ_TO_GEN = rules('ые>ых ие>их')
const PLURAL_NOUN_TO_GEN: Record<Gender, SuffixRules> = {
  m: rules('еи>еев ои>оев ы>ов ки>ков ги>гов хи>хов и>ей'),
  f: rules('ии>ий ки>ок ги>г ы> и>ей'),
  n: rules('ия>ий ья>ий ла>л ра>р а> я>ей'),
}

/**
 * 'промышленные предприятия Астаны' → 'промышленных предприятий Астаны': a plural head (as the
 * dictionary reads it) in the genitive; undefined when the head is not plural or not known.
 */
function pluralGenitive(phrase: string, from: 'acc' | 'nom'): string | undefined {
  const morph = reading.morph
  if (!morph) return undefined
  const words = phrase.split(' ')
  let i = 0
  while (i < words.length && /^(?:ADJF|PRTF)$/u.test(topPos(words[i]!) ?? '')) i++
  const noun = words[i]
  if (!noun) return undefined
  // Plural in the phrase's case, and not singular in it ('предприятия' as an object is plural).
  const inCase = morph
    .parse(noun)
    .filter((p) => p.grammemes.has('NOUN') && p.grammemes.has(from === 'acc' ? 'accs' : 'nomn'))
  const parse = inCase.find((p) => p.grammemes.has('plur'))
  if (!parse || inCase.some((p) => p.grammemes.has('sing'))) return undefined
  const gender: Gender = parse.grammemes.has('femn') ? 'f' : parse.grammemes.has('neut') ? 'n' : 'm'
  const out = [...words]
  for (let j = 0; j < i; j++) out[j] = applyRules(words[j]!, PLURAL_ADJ_TO_GEN)
  out[i] = applyRules(noun, PLURAL_NOUN_TO_GEN[gender])
  return out.join(' ')
}

const topPos = (word: string) =>
  [...(reading.morph?.parse(word)[0]?.grammemes ?? [])].find((g) => /^[A-Z]{4}$/u.test(g))

function nounToAccusative(noun: string, gender: Gender): string {
  if (gender !== 'f' || isIndeclinable(noun)) return noun
  return applyRules(noun, rules('а>у я>ю'))
}

/** 'имени' shortened as officers write titles; spaces tidied; a trailing stop dropped. */
export function tidyTitle(text: string): string {
  return capitalise(tidy(text))
}

/**
 * An item's title without what is no part of the event: when ('Прибытие в Беларусь на следующей
 * неделе' — that is its date) and why ('Представление с целью поддержать …'). Documents keep
 * theirs ('Соглашение … в целях развития туризма').
 */
export function eventTitle(title: string): string {
  return tidyTitle(
    title
      .replace(/\s+(?:с\s+целью|в\s+целях)(?:\s.*)?$/iu, '')
      .replace(
        /\s+(?:на\s+(?:следующей|этой|будущей|прошлой|текущей)\s+неделе|в\s+ближайшее\s+время|в\s+ближайшие\s+дни)(?=[\s,.;]|$)/giu,
        '',
      ),
  )
}

export function tidy(text: string): string {
  const t = collapse(text)
    .replace(/(?<![\p{L}])(?<!от\s)имени(?=\s+\p{Lu})/gu, 'им.')
    .replace(/\s+([,.;:»)])/gu, '$1')
    .replace(/[\s,;:—-]+$/u, '')
  return t.length > 300 ? `${t.slice(0, 297).replace(/\s\S*$/u, '')}…` : t
}
