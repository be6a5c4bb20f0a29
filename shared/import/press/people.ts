// People: names and posts in any case, who belongs to which side, the head of the delegation.
// Part of the press-release reader (../parse-press-release.ts).
import { type DraftPerson } from '../draft'
import { isKnownFirstName, nameCases, nameWordToNominative, type Morphology } from '../morphology'
import { findPlaces } from '../gazetteer'
import { sideOfText, type Sides } from '../sides'
import {
  type Case,
  type SuffixRules,
  adjectiveForm,
  adjectiveIn,
  applyRules,
  rules,
} from './grammar'
import { FOREIGN, FOREIGN_RE, HOME, HOME_RE } from './places'
import { type Token, isVerb, tokenIndexAt, tokenize } from './phrases'
import { capitalise, collapse, isCapitalised, reading } from './text'
import { type Sentence } from './types'

// ───────────────────────────── People ─────────────────────────────

/** Titles of officials, nominative → [genitive, dative, instrumental, prepositional]. */
const POSITION_FORMS: Record<string, [string, string, string, string]> = {
  посол: ['посла', 'послу', 'послом', ''],
  глава: ['главы', 'главе', 'главой', 'главе'],
  секретарь: ['секретаря', 'секретарю', 'секретарем', 'секретаре'],
  атташе: ['атташе', 'атташе', 'атташе', 'атташе'],
}

const REGULAR_TITLES =
  'премьер-министр премьер раис генерал-губернатор губернатор консул генконсул аким хоким ректор проректор директор министр мэр президент начальник депутат сенатор советник спикер префект член бургомистр башкан'

for (const nom of REGULAR_TITLES.split(' '))
  POSITION_FORMS[nom] = [`${nom}а`, `${nom}у`, `${nom}ом`, `${nom}е`]

for (const nom of 'заместитель руководитель председатель сопредседатель представитель'.split(' ')) {
  const stem = nom.slice(0, -1)
  POSITION_FORMS[nom] = [`${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}е`]
}

const POSITION_BY_FORM = new Map<string, { nom: string; c: Case }>()

for (const [nom, forms] of Object.entries(POSITION_FORMS)) {
  POSITION_BY_FORM.set(nom, { nom, c: 'nom' })
  ;(['gen', 'dat', 'ins', 'prep'] as const).forEach((c, i) => {
    if (forms[i] && !POSITION_BY_FORM.has(forms[i])) POSITION_BY_FORM.set(forms[i], { nom, c })
  })
}

// 'во главе с' is not the title 'глава'.
const POSITION_RE = new RegExp(
  `(?<![\\p{L}-])(?<!(?<![\\p{L}])во\\s+)((?:(?:перв|генеральн|чрезвычайн|полномочн|временн|почетн|почётн|исполнительн|ответственн|специальн|постоянн)\\p{L}*\\s+(?:и\\s+)?){0,3})((?:вице-)?(?:${[...POSITION_BY_FORM.keys()].sort((a, b) => b.length - a.length).join('|')}))(?![\\p{L}-])`,
  'giu',
)

export interface PersonMention {
  sentence: number
  /** Span of position and name in the sentence. */
  start: number
  end: number
  fullName: string
  position: string
  /** The case the sentence puts the person in ('с послом' → ins). */
  c: Case
}

/** Capitalised words that are places or bodies, never a person's name. */
const NOT_NAME = new RegExp(
  `^(?:${FOREIGN}|${HOME}|республик|федераци|област|провинци|союз|округ|район|край|правительств|губернатор|дом|комитет|министерств|администраци|департамент|посольств|консульств|генконсульств|центр|университет|собрани|дум|совет|палат|посол|президент|глав|мэри|агентств|фонд|корпораци|компани|ассоциаци|академи|институт|музе|театр|двор|форум|экспо|ссср|народн|государств|президиум|верховн|законодательн|парламент|хурал|кенеш|меджлис|мажилис|сенат|госсовет|облисполком|горисполком|райисполком)`,
  'iu',
)

const isNameWord = (t: Token) =>
  t.kind === 'word' &&
  (/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(t.text) || /^(?:\p{Lu}\.)+$/u.test(t.text))

const isPatronymic = (w: string) =>
  /(?:вич|вн|чн|ич)(?:а|у|ем|ом|е|ы|ой|ей|ну|не)?$|(?:кызы|улы)$/iu.test(w)

const looksLikeSurname = (w: string) =>
  /(?:ов|ев|ин|ын|ко|ук|юк|ич|ян|швили)(?:а|у|ым|ом|ем|е|ой|ы)?$/iu.test(w)

function acceptableName(tokens: Token[]): boolean {
  return tokens.every(
    (t) =>
      /^(?:\p{Lu}\.)+$/u.test(t.text) ||
      (!NOT_NAME.test(t.text) && !/(?:ск|цк)(?:ий|ой|ая|ого|ому|им|ом|ую|ое)$/iu.test(t.text)),
  )
}

/** The name at the end of a run of capitalised words: 'России Дауреном Абаевым' → the last two. */
function nameInRun(run: Token[]): Token[] | null {
  const n = run.length
  if (n >= 3 && isPatronymic(run[n - 2]!.text) && acceptableName(run.slice(n - 3)))
    return run.slice(n - 3)
  // 'Нго Дык Мань', 'Нгуен Ван Тхань': three short syllables of an East Asian name.
  const three = run.slice(n - 3)
  if (
    n >= 3 &&
    three.every(
      (t) => t.text.length <= 6 && !looksLikeSurname(t.text) && !findPlaces(t.text).length,
    ) &&
    acceptableName(three) &&
    !isPatronymic(three[1]!.text) &&
    !(
      reading.morph &&
      isKnownFirstName(reading.morph, three[0]!.text) &&
      // 'Ким Ён Нам': a surname of the East that is a Russian first name too.
      !/^(?:Ким|Ян|Ли|Пак)$/u.test(three[0]!.text)
    )
  )
    return three
  if (n >= 2 && acceptableName(run.slice(n - 2))) return run.slice(n - 2)
  // 'Ольгой Казанской': a surname shaped like an adjective, after a first name the dictionary knows.
  if (
    n >= 2 &&
    reading.morph &&
    isKnownFirstName(reading.morph, run[n - 2]!.text) &&
    acceptableName([run[n - 2]!])
  )
    return run.slice(n - 2)
  const last = run[n - 1]!
  if (!acceptableName([last]) || /^\p{Lu}\./u.test(last.text)) return null
  if (findPlaces(last.text).length) return null // 'губернатор Нурланда'
  // 'председатель хурала … Зоригбаатар': one word the dictionary reads as a name, or not at all.
  return looksLikeSurname(last.text) || (reading.morph && nameOrUnknown(reading.morph, last.text))
    ? [last]
    : null
}

/** A word the dictionary reads first as a name, or does not know (a foreign one-word name). */
function nameOrUnknown(morph: Morphology, word: string): boolean {
  const parses = morph.parse(word)
  const top = parses[0]
  if (!top) return true
  if (['Name', 'Surn', 'Patr'].some((g) => top.grammemes.has(g))) return true
  return Math.max(...parses.map((p) => p.score)) < 0.35 && !top.grammemes.has('Geox')
}

/** Officials with a name: 'вице-губернатор Ленинградской области … Александр Кялин'. */
export function findPeople(s: Sentence, sentence: number): PersonMention[] {
  if (s.role === 'background') return []
  const tokens = tokenize(s.text)
  const out: PersonMention[] = []
  let consumed = 0
  for (const m of s.text.matchAll(POSITION_RE)) {
    if (m.index < consumed) continue
    const nounEnd = m.index + m[0].length
    const name = nameAfter(tokens, tokenIndexAt(tokens, nounEnd))
    if (!name) continue
    const form = POSITION_BY_FORM.get(m[2]!.toLowerCase().replace(/^вице-/u, ''))!
    const words = name.map((t) => t.text)
    // The name's own case where the dictionary knows its first name ('губернатор с … Романом').
    const own = reading.morph ? nameCases(reading.morph, words[0]!) : []
    const c = own.length && !own.includes(form.c) ? own[0]! : form.c
    out.push({
      sentence,
      start: m.index,
      end: name.at(-1)!.end,
      fullName: nameToNominative(words, c).join(' '),
      position: positionToNominative(
        s.text
          .slice(m.index, name[0]!.start)
          .replace(/\s+(?:[—–-]\s+)?(?:господ\p{L}*|госпож\p{L}*|г-н|г-жа)(?:\s.*)?$/iu, '')
          .trim(),
        m[1]!,
        m[2]!,
        form,
      ),
      c,
    })
    consumed = name.at(-1)!.end
  }
  const paired = pairedPosts(s, sentence, tokens, out)
  return [...out, ...paired, ...namesAlone(s, sentence, tokens, [...out, ...paired])].sort(
    (a, b) => a.start - b.start,
  )
}

/** Posts in the plural and their singular: 'Губернаторы … Вячеслав Шпорт и Лу Хао'. */
const PLURAL_POSTS: Record<string, string> = {
  губернаторы: 'губернатор',
  главы: 'глава',
  мэры: 'мэр',
  председатели: 'председатель',
  министры: 'министр',
  руководители: 'руководитель',
  президенты: 'президент',
  послы: 'посол',
}
const PLURAL_POST_RE = new RegExp(
  `(?<![\\p{L}-])(${Object.keys(PLURAL_POSTS).join('|')})(?![\\p{L}-])`,
  'giu',
)

/**
 * 'Губернаторы Хабаровского края и провинции Хейлунцзян Вячеслав Шпорт и Лу Хао', 'главы регионов
 * Александр Дрозденко и Томас Нурволл': two people under one post in the plural, each with their
 * part of the places when the places are paired too.
 */
function pairedPosts(
  s: Sentence,
  sentence: number,
  tokens: Token[],
  found: PersonMention[],
): PersonMention[] {
  const out: PersonMention[] = []
  for (const m of s.text.matchAll(PLURAL_POST_RE)) {
    const from = tokenIndexAt(tokens, m.index + m[0].length)
    const first = nameAfter(tokens, from)
    if (!first) continue
    const between = s.text.slice(m.index + m[0].length, first[0]!.start).trim()
    const andAt = tokens.indexOf(first.at(-1)!) + 1
    if (tokens[andAt]?.text !== 'и') continue
    const second = nameAfter(tokens, andAt + 1)
    if (!second || second[0] !== tokens[andAt + 1]) continue
    const noun = PLURAL_POSTS[m[1]!.toLowerCase()]!
    const places = between.split(/\s+и\s+/u)
    const post = (i: number) => (places.length === 2 ? `${noun} ${places[i]}` : noun)
    for (const [i, name] of [first, second].entries()) {
      if (found.some((f) => name[0]!.start < f.end && name.at(-1)!.end > f.start)) continue
      out.push({
        sentence,
        start: i === 0 ? m.index : name[0]!.start,
        end: name.at(-1)!.end,
        fullName: name.map((t) => t.text).join(' '),
        position: post(i),
        c: 'nom',
      })
    }
  }
  return out
}

/**
 * 'Андрей Никитин встретился с …': a first name the dictionary knows, then a surname, with no
 * post before them. Their case is the first name's.
 */
function namesAlone(
  s: Sentence,
  sentence: number,
  tokens: Token[],
  found: PersonMention[],
): PersonMention[] {
  const morph = reading.morph
  if (!morph) return []
  const out: PersonMention[] = []
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [first, last] = [tokens[i]!, tokens[i + 1]!]
    if (!isNameWord(first) || !isNameWord(last) || !acceptableName([first, last])) continue
    if (found.some((f) => first.start < f.end && last.end > f.start)) continue
    if (!isKnownFirstName(morph, first.text) || isKnownFirstName(morph, last.text)) continue
    // 'Георгий Сергеевич Полтавченко': first name, patronymic and surname.
    const third = tokens[i + 2]
    const whole =
      isPatronymic(last.text) && third && isNameWord(third) && acceptableName([first, last, third])
        ? [first, last, third]
        : [first, last]
    // The case every word of the name allows; 'Владислава … Шапшу' (gen or acc, then -у): acc.
    const known = whole.map((t) => nameCases(morph, t.text)).filter((x) => x.length > 0)
    const cases = known.length ? known.reduce((a, b) => a.filter((x) => b.includes(x))) : []
    const c: Case =
      cases.includes('nom') || cases.length === 0
        ? 'nom'
        : cases.includes('acc') && /[ую]$/u.test(whole.at(-1)!.text)
          ? 'acc'
          : cases[0]!
    out.push({
      sentence,
      start: first.start,
      end: whole.at(-1)!.end,
      fullName: nameToNominative(
        whole.map((t) => t.text),
        c,
      ).join(' '),
      position: '',
      c,
    })
    i += whole.length - 1
  }
  return out
}

/** The name following a title, within the clause: the dependent words in between are the title's. */
function nameAfter(tokens: Token[], from: number): Token[] | null {
  if (from < 0) return null
  let run: Token[] = []
  let limit = from + 14
  // After 'господин' the whole run is the name: 'господин Раби Фаллах Джелударзаде'.
  let honoured = false
  const named = (words: Token[]) =>
    honoured && words.length <= 4 && acceptableName(words) ? words : nameInRun(words)
  for (let i = from; i < tokens.length && i < limit; i++) {
    const t = tokens[i]!
    // 'Глава Республики Саха (Якутия, Российская Федерация) Айсен Николаев': a bracket aside.
    if (t.text === '(') {
      const close = tokens.findIndex((x, j) => j > i && j <= i + 10 && x.text === ')')
      if (close > 0) {
        limit += close - i + 1
        i = close
        run = []
        continue
      }
    }
    // 'господина Жилкина', 'Его Превосходительство губернатор …': a title of courtesy is no name.
    const courtesy =
      /^(?:его|её|ее)$/iu.test(t.text) && /^превосходительств/iu.test(tokens[i + 1]?.text ?? '')
    if (courtesy || /^(?:господ|госпож|г-н|г-жа)/iu.test(t.text)) {
      // The name follows 'господин'; one before 'Его Превосходительство' ends there.
      if (run.length && courtesy) {
        const name = named(run)
        if (name) return name
      }
      run = []
      honoured = !courtesy
      limit += courtesy ? 2 : 1
      i += courtesy ? 1 : 0
      continue
    }
    // 'господин У Хаофэн': a one-letter surname before a name.
    if (
      isNameWord(t) ||
      (/^\p{Lu}$/u.test(t.text) && !run.length && isNameWord(tokens[i + 1] ?? t))
    ) {
      run.push(t)
      continue
    }
    // 'Анатолий АРТАМОНОВ': a surname in capitals after a first name.
    if (run.length && t.kind === 'word' && /^\p{Lu}{3,}$/u.test(t.text)) {
      run.push({ ...t, text: t.text.charAt(0) + t.text.slice(1).toLowerCase() })
      continue
    }
    if (run.length) {
      const name = named(run)
      if (name) return name
      run = []
    }
    // 'во главе с губернатором – господином Даш Цэндсурэном': a dash before the courtesy.
    if (t.kind === 'dash' && /^(?:господ|госпож|г-н|г-жа)/iu.test(tokens[i + 1]?.text ?? ''))
      continue
    if (t.kind === 'punct' || t.kind === 'dash' || (t.kind === 'word' && isVerb(t.text)))
      return null
  }
  return run.length ? named(run) : null
}

/** 'Чрезвычайным и Полномочным Послом Республики Казахстан' → 'Чрезвычайный и Полномочный Посол …'. */
function positionToNominative(
  written: string,
  adjectives: string,
  noun: string,
  form: { nom: string; c: Case },
): string {
  const prefix = adjectives
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => {
      const adj = adjectiveIn(w, form.c)
      return adj ? adjectiveForm({ ...adj, gender: 'm' }, 'nom') : w
    })
  const vice = /^вице-/iu.test(noun) ? noun.slice(0, 5) : ''
  const bare = noun.slice(vice.length)
  const head = vice + (isCapitalised(bare) ? capitalise(form.nom) : form.nom)
  const rest = written.slice(adjectives.length + noun.length).trim()
  return collapse([...prefix, head, rest].join(' '))
}

/** Names from a case to the nominative, by gender. */
const NAME_TO_NOM: Record<Exclude<Case, 'nom' | 'prep'>, Record<'m' | 'f', SuffixRules>> = {
  gen: {
    m: rules('ича>ич ского>ский цкого>цкий ия>ий ая>ай ея>ей оя>ой уя>уй я>ь а>'),
    f: rules(
      'ьи>ья ии>ия вны>вна чны>чна ской>ская цкой>цкая ой>а ги>га ки>ка хи>ха жи>жа ши>ша чи>ча щи>ща ы>а и>я',
    ),
  },
  acc: {
    // 'Шапшу' → 'Шапша', 'Илью' → 'Илья': men's names in -а, -я take -у, -ю.
    m: rules('ича>ич ского>ский цкого>цкий ия>ий ая>ай ея>ей оя>ой уя>уй я>ь а> у>а ю>я'),
    f: rules('ью>ья ию>ия скую>ская цкую>цкая у>а ю>я'),
  },
  dat: {
    m: rules('ичу>ич скому>ский цкому>цкий ию>ий аю>ай ею>ей ою>ой ую>уй ю>ь у>'),
    f: rules('ье>ья ии>ия вне>вна чне>чна ской>ская цкой>цкая ой>а е>а'),
  },
  ins: {
    m: rules(
      'ичем>ич ским>ский цким>цкий ием>ий аем>ай еем>ей оем>ой уем>уй эем>эй ым> жем>ж шем>ш чем>ч щем>щ цем>ц ем>ь ём>ь ом> ой>а',
    ),
    f: rules(
      'ьей>ья ией>ия вной>вна чной>чна ской>ская цкой>цкая ой>а жей>жа шей>ша чей>ча щей>ща цей>ца ей>я',
    ),
  },
}

/** Names from the nominative to genitive and instrumental, for titles; a final consonant takes 'а'/'ом'. */
const NAME_FROM_NOM: Record<'gen' | 'ins', Record<'m' | 'f', SuffixRules>> = {
  gen: {
    m: rules('авел>авла ский>ского цкий>цкого ий>ия ай>ая ей>ея ой>оя уй>уя эй>эя ь>я'),
    f: rules(
      'ова>овой ева>евой ина>иной ына>ыной ская>ской цкая>цкой вна>вны чна>чны ия>ии ья>ьи га>ги ка>ки ха>хи жа>жи ша>ши ча>чи ща>щи а>ы я>и',
    ),
  },
  ins: {
    m: rules(
      'авел>авлом ский>ским цкий>цким ий>ием ай>аем ей>еем ой>оем уй>уем эй>эем ь>ем ов>овым ев>евым ин>иным ын>ыным ж>жем ш>шем ч>чем щ>щем ц>цем',
    ),
    f: rules(
      'ова>овой ева>евой ина>иной ына>ыной ская>ской цкая>цкой вна>вной чна>чной ия>ией ья>ьей жа>жей ша>шей ча>чей ща>щей ца>цей а>ой я>ей',
    ),
  },
}

const MASCULINE_IN_A = /^(?:никита|илья|кузьма|фома|лука|савва|данила|гаврила)$/iu

/** A name's gender from its patronymic, else from the endings its case gives it. */
function nameGender(words: string[], c: Case): 'm' | 'f' {
  const lower = words.map((w) => w.toLowerCase())
  if (lower.some((w) => /(?:вн|чн)(?:а|ы|е|у|ой)$|кызы$/u.test(w))) return 'f'
  if (lower.some((w) => /ич(?:а|у|ем|е)?$|улы$/u.test(w))) return 'm'
  const marks = {
    nom: { m: /[бвгджзклмнпрстфхцчшщйь]$/u, f: /(?:ова|ева|ина|ая)$|[ая]$/u },
    gen: { m: /[ая]$/u, f: /(?:[ыи]|ой)$/u },
    acc: { m: /[ая]$/u, f: /[ую]$/u },
    dat: { m: /[ую]$/u, f: /(?:е|ой)$/u },
    ins: { m: /(?:ом|ем|ём|ым|им)$/u, f: /(?:ой|ей|ою)$/u },
    prep: { m: /^$/u, f: /^$/u },
  }[c]
  let m = 0
  let f = 0
  for (const w of lower) {
    if (MASCULINE_IN_A.test(w)) m++
    else if (marks.f.test(w)) f++
    else if (marks.m.test(w)) m++
  }
  return f > m ? 'f' : 'm'
}

function nameToNominative(words: string[], c: Case): string[] {
  if (c === 'nom' || c === 'prep') return words
  const gender = nameGender(words, c)
  const table = NAME_TO_NOM[c][gender]
  // The dictionary where it knows the word as a name ('Павла' → 'Павел'), else the suffix rules.
  return words.map((w) =>
    /\./u.test(w) || /(?:зода|заде|оглы|кызы|улы|уулу)$/iu.test(w)
      ? w
      : (reading.morph && !isPatronymic(w) && nameWordToNominative(reading.morph, w, c, gender)) ||
        applyRules(w, table),
  )
}

/** 'губернатор … Александр Дрозденко' → 'губернатора … Александра Дрозденко' (or instrumental). */
export function personInCase(p: { position: string; fullName: string }, c: 'gen' | 'ins'): string {
  const words = p.position.split(' ')
  let i = 0
  const out: string[] = []
  for (; i < words.length; i++) {
    const adj = adjectiveIn(words[i]!, 'nom')
    if (adj) out.push(adjectiveForm({ ...adj, gender: 'm' }, c))
    else if (words[i] === 'и') out.push('и')
    else break
  }
  const head = words[i] ?? ''
  const vice = /^вице-/iu.test(head) ? head.slice(0, 5) : ''
  const forms = POSITION_FORMS[head.slice(vice.length).toLowerCase()]
  const inflected = forms ? forms[c === 'gen' ? 0 : 2] : head
  out.push(
    vice + (isCapitalised(head.slice(vice.length)) ? capitalise(inflected) : inflected),
    ...words.slice(i + 1),
  )
  const name = p.fullName.split(' ')
  const gender = nameGender(name, 'nom')
  const otherwise = gender === 'f' ? '' : c === 'gen' ? 'а' : 'ом'
  const inflectedName = name.map((w) =>
    /\./u.test(w) ? w : applyRules(w, NAME_FROM_NOM[c][gender], otherwise),
  )
  return collapse(`${out.join(' ')} ${inflectedName.join(' ')}`)
}

/** A verb of travel or visit after a person named in the nominative: the person travels. */
const TRAVELS =
  /(?<![\p{L}])(?:в\s+составе\s+делегаци\p{L}*|с\s+(?:рабочим|официальным|дружественным)\s+визитом|прибыл\p{L}*|прибудет|прилетел\p{L}*|прилетит|приехал\p{L}*|приедет|отправил\p{L}*|отправится|выехал\p{L}*|вылетел\p{L}*|находится|посетил\p{L}*|посетит|побывал\p{L}*|совершил\p{L}*|начал\p{L}*\s+(?:свой\s+)?визит)(?![\p{L}])/iu

const HEAD_MARK =
  /(?<![\p{L}])(?:он|она)\s+возглавля\p{L}*\s+(?:\p{L}+\s+)?делегаци|(?<![\p{L}])возглавлял\p{L}*\s+(?:е[её]|их)(?![\p{L}])|возглави\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:делегаци|мисси)|(?:делегаци|мисси)\p{L}*(?:\s+[\p{L}-]+){0,4}?,?\s+(?:котор\p{L}+\s+)?возглав|(?:делегаци|мисси|гост|состав)\p{L}*(?:\s+[\p{L}«»"(),-]+){0,8}?\s+(?:во\s+главе\s+с|под\s+руководством)|руководител\p{L}*\s+делегации|глав\p{L}*\s+делегации|(?<![\p{L}])во\s+главе\s+(?:[\p{L}-]+\s+){0,2}?делегаци/iu

type Nationality = 'home' | 'foreign' | 'unknown'

/** Whose side a position is on: the first place it names decides ('Посол Казахстана в России' → foreign). */
export function nationality(position: string, sides?: Sides): Nationality {
  const bySides = sides ? sideOfText(position, sides) : 'unknown'
  if (bySides !== 'unknown') return bySides
  const foreign = position.search(FOREIGN_RE)
  const home = position.search(HOME_RE)
  if (foreign < 0 && home < 0)
    return /^(?:вице-)?губернатор(?![\p{L}])/iu.test(position) ? 'home' : 'unknown'
  if (foreign < 0) return 'home'
  if (home < 0) return 'foreign'
  return foreign < home ? 'foreign' : 'home'
}

/** Host or guest: the region's people host an incoming visit and are guests abroad; the head is a guest. */
function sideOf(
  n: Nationality,
  direction: 'incoming' | 'outgoing',
  head: boolean,
): DraftPerson['side'] {
  if (head) return 'guest'
  if (n === 'unknown') return 'host'
  return (n === 'home') === (direction === 'incoming') ? 'host' : 'guest'
}

/** The same person in two mentions: same surname stem and, where both give one, the same first initial. */
function samePerson(a: string, b: string): boolean {
  const parts = (name: string) => {
    const words = name.toLowerCase().split(' ')
    return { first: words.length > 1 ? words[0]!.charAt(0) : '', last: namePattern(name) }
  }
  const [x, y] = [parts(a), parts(b)]
  // A surname cut off by the page's end ('Унурбая') is the same person's.
  const sameLast =
    x.last === y.last ||
    (Math.min(x.last.length, y.last.length) >= 5 &&
      (x.last.startsWith(y.last) || y.last.startsWith(x.last)))
  return sameLast && (!x.first || !y.first || x.first === y.first)
}

/** People of all sentences, merged, with sides from the visit's direction. */
export function collectPeople(
  mentions: PersonMention[][],
  sentences: Sentence[],
  direction: 'incoming' | 'outgoing',
  sides: Sides,
  headHow: { value?: 'marked' | 'traveller' | 'firstNamed' },
): DraftPerson[] {
  const people: DraftPerson[] = []
  for (const m of mentions.flat()) {
    const known = people.find((p) => samePerson(p.fullName, m.fullName))
    if (!known) {
      people.push({
        key: `p${people.length + 1}`,
        fullName: m.fullName,
        position: m.position,
        side: 'host',
        head: false,
        source: { kind: 'sentence', text: sentences[m.sentence]!.text },
      })
      continue
    }
    // Keep the fullest name and position ('губернатор Ленинградской области' over 'губернатор').
    if (m.position.length > known.position.length) known.position = m.position
    const words = (n: string) => n.split(' ').length
    if (
      words(m.fullName) > words(known.fullName) ||
      (words(m.fullName) === words(known.fullName) && m.fullName.length > known.fullName.length)
    )
      known.fullName = m.fullName
  }
  const found = findHead(mentions, sentences, direction, sides)
  const head = found?.mention
  headHow.value = found?.how
  const members = mentions.flat().filter((m) => isMember(m, sentences))
  for (const p of people) {
    p.head = head !== undefined && samePerson(p.fullName, head.fullName)
    const n = nationality(p.position, sides)
    // 'В состав делегации вошли …': those listed travel with it, wherever their posts are.
    const member = n === 'unknown' && members.some((m) => samePerson(m.fullName, p.fullName))
    p.side = member ? 'guest' : sideOf(n, direction, p.head)
  }
  return people
}

/** 'В состав делегации вошли …', 'в состав которой входят …', 'В составе делегации — …'. */
const MEMBERS_FOLLOW =
  /(?:в\s+(?:со)?став\p{L}*\s+(?:которой|делегаци\p{L}*(?:[\s,]+[\p{L}-]+){0,4}?)[\s,]+(?:вошли|входят|входили|вошл\p{L}*|также\s+вошли)|в\s+составе\s+делегации\s*(?:[—–:]|также))/iu

/** A person named in the list of the delegation's members. */
function isMember(m: PersonMention, sentences: Sentence[]): boolean {
  const s = sentences[m.sentence]!
  const list = MEMBERS_FOLLOW.exec(s.text)
  return list !== null && list.index < m.start && s.role === 'article' && !s.history
}

/** A participle after a name: the one who came ('…, прибывшего сегодня в Цхинвал'). */
const ARRIVED =
  /^\s*,\s*(?:[\p{L}-]+\s+){0,3}?(?:прибывш|приехавш|прилетевш|находящ\p{L}*\s+с\s+(?:\p{L}+\s+)?визитом)/iu

/** Posts of those who speak for a country abroad. */
export const ENVOY =
  /^(?:(?:чрезвычайн\p{L}*\s+и\s+)?полномочн\p{L}*\s+)?(?:посол|посланник|(?:генеральн\p{L}*\s+)?консул|генконсул|торгов\p{L}*\s+представител)/iu

/** The head: named after 'возглавил', 'во главе с'; else the first visitor (or traveller) named in the lead. */
function findHead(
  mentions: PersonMention[][],
  sentences: Sentence[],
  direction: 'incoming' | 'outgoing',
  sides: Sides,
): { mention: PersonMention; how: 'marked' | 'traveller' | 'firstNamed' } | undefined {
  for (const [i, s] of sentences.entries()) {
    const mark = HEAD_MARK.exec(s.plain)
    // The headline too: 'визит … делегации Правительства Санкт-Петербурга во главе с …'.
    if (!mark || (s.role !== 'article' && s.role !== 'headline') || s.history) continue
    // 'Он возглавляет делегацию …': the one the sentence before named last.
    if (/^(?:он|она)\s+возглавля/iu.test(mark[0])) {
      const before = mentions.slice(0, i).flat().at(-1)
      if (before) return { mention: before, how: 'marked' }
    }
    // 'X возглавил делегацию': the one before; 'делегация во главе с X': the one after.
    const markEnd = mark.index + mark[0].length
    // 'Возглавлял её председатель правительства X': the one after.
    // 'губернатор … Джелударзаде во главе высокопоставленной делегации': the one before.
    const marked = /^во\s+главе\s+(?!с\s)/iu.test(mark[0])
      ? mentions[i]!.find((m) => m.end <= mark.index && m.end >= mark.index - 2 && m.c === 'nom')
      : /^возглави/iu.test(mark[0])
        ? (mentions[i]!.filter((m) => m.end <= mark.index && m.c === 'nom').at(-1) ??
          // 'Возглавил делегацию генеральный консул Нодиржон Касимов': the one after.
          mentions[i]!.find((m) => m.start >= markEnd - 2 && m.c === 'nom'))
        : mentions[i]!.find((m) => m.start >= markEnd - 2)
    if (marked) return { mention: marked, how: 'marked' }
  }
  const wanted: Nationality = direction === 'incoming' ? 'foreign' : 'home'
  // A name given without its post here takes the post another sentence gives it.
  const post = (m: PersonMention) =>
    m.position ||
    mentions.flat().find((o) => o.position && samePerson(o.fullName, m.fullName))?.position ||
    ''
  // The one the text has travelling: 'Губернатор … отправился в Беларусь', 'прилетел в …'; one
  // known to be of the travelling side first, then one of no known side.
  const traveller = (accept: (n: Nationality) => boolean) => {
    for (const [i, s] of sentences.entries()) {
      if (s.role !== 'article' || s.history) continue
      const found = mentions[i]!.find(
        (m) =>
          ((m.c === 'nom' && TRAVELS.test(s.text.slice(m.end, m.end + 90).split(/[.!?;]/u)[0]!)) ||
            // 'принял … Таймураза Тускаева, прибывшего сегодня в Цхинвал'
            ARRIVED.test(s.text.slice(m.end, m.end + 60))) &&
          accept(nationality(post(m), sides)),
      )
      if (found) return found
    }
    return undefined
  }
  const sure = traveller((n) => n === wanted)
  if (sure) return { mention: sure, how: 'traveller' }
  // The first paragraph of the article that names anyone (a lead repeating the headline names none).
  const firstParagraph = sentences.find(
    (s, i) => s.role === 'article' && mentions[i]!.length,
  )?.paragraph
  const lead = mentions
    .flat()
    .filter(
      (m) =>
        sentences[m.sentence]!.paragraph === firstParagraph &&
        nationality(m.position, sides) === wanted,
    )
  // An ambassador or consul beside an official of theirs who came: the official leads.
  const first = lead.find((m) => !ENVOY.test(m.position)) ?? lead[0]
  // 'в Стамбул прибыл президент Татарстана …' before '… и мэр Кадир Топбаш отправились на форум'.
  if (first) return { mention: first, how: 'firstNamed' }
  // 'В состав делегации вошли вице-мэр города Сюйчжоу Чень Мэй-син, …': the first listed leads.
  const listed = mentions
    .flat()
    .find(
      (m) =>
        isMember(m, sentences) &&
        nationality(post(m), sides) !== (wanted === 'home' ? 'foreign' : 'home'),
    )
  if (listed) return { mention: listed, how: 'firstNamed' }
  const maybe = traveller((n) => n === 'unknown')
  if (maybe) return { mention: maybe, how: 'traveller' }
  // Else the travellers' highest post named anywhere in the article.
  const ranked = mentions
    .flat()
    .filter((m) => nationality(m.position, sides) === wanted && rankOf(m.position) > 0)
    .sort((a, b) => rankOf(b.position) - rankOf(a.position))
  if (ranked[0]) return { mention: ranked[0], how: 'firstNamed' }
  // Last, an official of no known side named first in the article ('Глава администрации
  // Собинского района Александр Разов знакомится с …'), none of the other side's.
  const other: Nationality = wanted === 'home' ? 'foreign' : 'home'
  const all = mentions.flat()
  const at = all.findIndex(
    (m) =>
      sentences[m.sentence]!.role === 'article' &&
      !sentences[m.sentence]!.history &&
      rankOf(post(m)) >= 3 &&
      nationality(post(m), sides) === 'unknown',
  )
  const anyone =
    at >= 0 && !all.slice(0, at).some((o) => nationality(post(o), sides) === other)
      ? all[at]
      : undefined
  return anyone ? { mention: anyone, how: 'firstNamed' } : undefined
}

/** How senior a post is, for the head when nothing else tells: 0 for none known. */
function rankOf(position: string): number {
  const p = position.toLowerCase()
  if (/^(?:вице-|заместител|перв\p{L}*\s+заместител)/u.test(p)) return 2
  if (
    /^(?:президент|премьер|губернатор|врио\s+губернатор|глава|раис|аким|хоким|мэр|председател|руководител)/u.test(
      p,
    )
  )
    return 3
  if (
    /^(?:министр|посол|консул|генеральн\p{L}*\s+консул|ректор|директор|начальник|депутат|сенатор)/u.test(
      p,
    )
  )
    return 1
  return 0
}

/** What of a name to look for in a sentence in any case: the surname's stem (or the whole short name). */
export function namePattern(fullName: string): string {
  const words = fullName.toLowerCase().split(' ')
  const stem = (words.at(-1) ?? '').replace(/[аяоьй]$/u, '')
  return stem.length >= 4 ? stem : words.map((w) => w.replace(/[аяоьй]$/u, '')).join(' ')
}
