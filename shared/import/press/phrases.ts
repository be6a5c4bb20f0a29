// Tokens and the phrases that follow a verb: objects, lists, document titles.
// Part of the press-release reader (../parse-press-release.ts).
import { isVerbForm, nounCanBe } from '../morphology'
import { ABBREVIATIONS } from './page'
import { isCapitalised, reading, wordSet } from './text'
import { type Case } from './grammar'

// ───────────────────────────── Tokens and noun phrases ─────────────────────────────

export interface Token {
  text: string
  start: number
  end: number
  kind: 'word' | 'quote' | 'punct' | 'dash'
}

const TOKEN_RE = /«[^«»]*»|[\p{L}\d]+(?:[-–'’.][\p{L}\d]+)*\.?|—|[,;:!?().…]/gu

/** Words, «quoted names» (one token each), dashes and punctuation, with their offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0]
    const start = m.index
    if (t.length > 1 && t.endsWith('.') && !keepsStop(t)) {
      out.push({ text: t.slice(0, -1), start, end: start + t.length - 1, kind: 'word' })
      out.push({ text: '.', start: start + t.length - 1, end: start + t.length, kind: 'punct' })
      continue
    }
    const kind = t.startsWith('«')
      ? 'quote'
      : t === '—'
        ? 'dash'
        : /^[\p{L}\d]/u.test(t)
          ? 'word'
          : 'punct'
    out.push({ text: t, start, end: start + t.length, kind })
  }
  return out
}

/** 'А.С.' and 'им.' keep their stop; 'Тараз.' does not. */
function keepsStop(token: string): boolean {
  const bare = token.slice(0, -1)
  return (
    /^(?:\p{Lu}\.)*\p{Lu}$/u.test(bare) ||
    bare.length === 1 ||
    ABBREVIATIONS.has(bare.toLowerCase())
  )
}

const STOPWORDS = wordSet(
  'где что чтобы когда а но однако также затем после как если хотя это его ее её их они она он мы вы гости гостей гостям гостями делегацию стороны тем чем при этом кроме помимо',
)

/** Nouns that end like verbs. */
const NOT_VERBS = wordSet(
  'мемориал зал материал потенциал капитал канал генерал персонал ритуал арсенал квартал журнал финал сигнал вокзал портал идеал протокол стол консул генконсул пол футбол символ роли доли воли сила могила стела дело село печать сеть путь суть совет комитет университет факультет бюджет кабинет предмет ответ институт маршрут визит кредит лимит гранит магнит транзит салют приоритет паритет авторитет портрет пакет свет цвет иммунитет суверенитет колорит акимат хокимият стали',
)

/** A finite verb, infinitive or past form, judged by its ending ('посетила', 'является', 'обсудить'). */
export function isVerb(word: string): boolean {
  const w = word.toLowerCase()
  if (
    !/^\p{Ll}/u.test(word) ||
    NOT_VERBS.has(w) ||
    NOT_VERBS.has(w.replace(/(?:а|у|е|ом|ы|ов|ами|ах)$/u, ''))
  )
    return false
  // The dictionary where it knows the word ('хурала', 'отдела' are nouns); else the endings.
  const known = reading.morph ? isVerbForm(reading.morph, w) : undefined
  if (known !== undefined) return known
  return /(?:[аеиоуыя]л|[аеиоуыя]ла|[аеиоуыя]ло|[аеиоуыя]ли|[вдтс]ёл|ш[её]л|шл[аои]|лся|лась|лось|лись|ется|ются|ится|ятся|ать|ять|еть|ить|ыть|уть|ться|ует|ает|яет|еет|[иу]т|ят|ют)$/u.test(
    w,
  )
}

/** A verb, a relative or linking word, or a new clause ('в ходе …') ends a noun phrase. */
function endsPhrase(t: Token, next?: Token): boolean {
  if (t.kind !== 'word') return false
  const w = t.text.toLowerCase()
  if (STOPWORDS.has(w) || w.startsWith('котор') || isVerb(t.text)) return true
  // 'в ходе', 'в рамках', 'по итогам', 'на полях', 'в честь', 'в целях' open a new thought.
  return (
    /^(?:в|во|по|на)$/u.test(w) &&
    /^(?:ходе|рамках|итогам|полях|честь|целях|результатам)$/iu.test(next?.text ?? '')
  )
}

export interface Phrase {
  start: number
  end: number
  /** Index of the token where reading stopped (a separator, or past the end). */
  stop: number
}

export interface PhraseOptions {
  /** Stop at 'и' when what follows starts another object ('посетили X и Y'). */
  splitOnAnd?: boolean
  /** Stop before this offset (the end of a person's name, say). */
  stopAt?: number
  /** Stop at 'и' before another document ('Программу … и Меморандум …'). */
  stopAtDocument?: boolean
  /** The case the objects of a list are in: a noun phrase in it after 'и' starts another. */
  case?: Case
}

const DOCUMENT_START =
  /^(?:меморандум|соглашени|договор(?!ённост|енност)|протокол|дорожн|план|программ)/iu

/** A noun phrase from token `from`: up to a comma, verb, relative word or new clause. */
function collectPhrase(tokens: Token[], from: number, options: PhraseOptions = {}): Phrase | null {
  let last = -1
  let i = from
  for (; i < tokens.length && i - from < 24; i++) {
    const t = tokens[i]!
    const next = tokens[i + 1]
    if (options.stopAt !== undefined && t.start >= options.stopAt) break
    if (t.kind === 'punct') break
    if (t.kind === 'dash') {
      // 'Мемориал … СССР — жертвам …' goes on; '… — это' does not.
      if (next && next.kind !== 'punct' && next.kind !== 'dash' && !endsPhrase(next, tokens[i + 2]))
        continue
      break
    }
    if (t.kind === 'word' && endsPhrase(t, next)) break
    if (t.kind === 'word' && t.text.toLowerCase() === 'и') {
      if (!next || next.kind === 'punct' || endsPhrase(next, tokens[i + 2])) break
      if (options.stopAtDocument && DOCUMENT_START.test(next.text.replace(/^«/u, ''))) break
      // '… переговоры с руководством области и участие в форуме': a second event starts.
      // '… и двусторонняя встреча глав': past its adjectives too.
      if (next.kind === 'word' && EVENT_START.test(nounAfter(tokens, i + 1)?.text ?? '')) break
      // 'крупных промышленных и перерабатывающих предприятий': adjectives of one noun.
      if (tokens.slice(from, i).every((w) => w.kind === 'word' && isAdjective(w.text))) continue
      if (options.splitOnAnd && startsNewObject(next, tokens, from, options.case)) break
      continue
    }
    last = i
  }
  if (last < 0) return null
  return { start: tokens[from]!.start, end: tokens[last]!.end, stop: i }
}

/**
 * After 'и' or ',', does a new object begin? A capital or a quote does; so does a word ending like
 * the object's first word or its head noun ('комбинат и технопарк', not 'музей истории и культуры').
 */
/** Nouns that start an event of their own after 'и'. */
const EVENT_START =
  /^(?:участи[еия]|посещени[еия]|встреч[аиу]|переговор\p{L}*|подписани[еия]|открыти[еия]|экскурси[яиюей]|знакомств[оа]|возложени[еия]|осмотр|визит|презентаци[яию]|заседани[еия])$/iu

/** The first word from token `at` that is not an adjective (the head noun of what follows). */
function nounAfter(tokens: Token[], at: number): Token | undefined {
  return tokens.slice(at, at + 4).find((t) => t.kind === 'word' && !isAdjective(t.text))
}

/** A participle ('созданную', 'расположенный'): by the dictionary only. */
function isParticiple(word: string): boolean {
  return reading.morph?.parse(word)[0]?.grammemes.has('PRTF') ?? false
}

/** An adjective or participle ('промышленные', 'современный'): by the dictionary, else endings. */
export function isAdjective(word: string): boolean {
  const top = reading.morph?.parse(word)[0]
  if (top) return top.grammemes.has('ADJF') || top.grammemes.has('PRTF')
  return /(?:ый|ий|ой|ая|яя|ое|ее|ую|юю|ого|его|ом|ем)$/u.test(word)
}

function startsNewObject(next: Token, tokens: Token[], from: number, c?: Case): boolean {
  if (next.kind === 'quote' || isCapitalised(next.text)) return true
  if (next.kind !== 'word' || isVerb(next.text)) return false
  // 'посетит ООО «Мараби», инвестиционную площадку, Каспийский завод': objects of one verb are
  // in its case, whatever their gender; the dictionary says which case a noun can be in.
  const at = tokens.indexOf(next)
  const nextHead = tokens.slice(at, at + 4).find((t) => t.kind === 'word' && !isAdjective(t.text))
  if (c && reading.morph && nextHead && nounCanBe(reading.morph, next.text, nextHead.text, c))
    return true
  const ending = (w: string) => w.toLowerCase().match(/[аяуюеиыоёйь]?$/u)?.[0] ?? ''
  const first = tokens[from]!
  const head = tokens.slice(from).find((t) => t.kind === 'word' && !isAdjective(t.text))
  return [first, head].some((t) => t !== undefined && ending(t.text) === ending(next.text))
}

/** 'посетили X, Y и Z' → three phrases. */
export function collectList(tokens: Token[], from: number, c?: Case): Phrase[] {
  const items: Phrase[] = []
  let i = from
  while (i < tokens.length) {
    const p = collectPhrase(tokens, i, { splitOnAnd: true, case: c })
    if (!p) break
    items.push(p)
    const sep = tokens[p.stop]
    let next = tokens[p.stop + 1]
    if (!sep || !next || !(sep.text === ',' || sep.text.toLowerCase() === 'и')) break
    // 'зону свободной торговли, созданную в 2017 году, презентационную зону …': a participle's
    // clause about the object before, then the list goes on.
    if (sep.text === ',' && next.kind === 'word' && isParticiple(next.text)) {
      const comma = tokens.findIndex((t, j) => j > p.stop + 1 && j <= p.stop + 10 && t.text === ',')
      if (comma < 0 || !tokens[comma + 1]) break
      p.stop = comma
      next = tokens[comma + 1]!
    }
    if (!startsNewObject(next, tokens, i, c) || endsPhrase(next, tokens[p.stop + 2])) break
    i = p.stop + 1
  }
  return items
}

export const tokenIndexAt = (tokens: Token[], offset: number) =>
  tokens.findIndex((t) => t.start >= offset)

export function phraseAfter(
  tokens: Token[],
  offset: number,
  options?: PhraseOptions,
): Phrase | null {
  const i = tokenIndexAt(tokens, offset)
  return i < 0 ? null : collectPhrase(tokens, i, options)
}

/** Adjectives written just before a noun ('выездной консульский прием'), nominative or accusative. */
export function adjectivesBefore(tokens: Token[], offset: number): string {
  let i = tokenIndexAt(tokens, offset) - 1
  const words: string[] = []
  while (i >= 0 && words.length < 3) {
    const t = tokens[i]!
    if (t.kind !== 'word' || !/(?:ый|ий|ой|ое|ее|ая|яя)$/u.test(t.text) || t.text.length < 5) break
    words.unshift(t.text)
    i--
  }
  return words.join(' ')
}
