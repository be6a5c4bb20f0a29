// Documents: signed or to be signed, their kinds, parties and titles.
// Part of the press-release reader (../parse-press-release.ts).
import { type DraftDocument, type ImportDraft } from '../draft'
import { verbTense } from '../morphology'
import { type Match, capitalise, collapse, isCapitalised, reading, stemRe, wordRe } from './text'
import { type FoundDocument, type FoundEvent, type Sentence } from './types'
import { withoutDates } from './dates'
import { type Token, isVerb, phraseAfter, tokenize } from './phrases'
import { headToCase, tidy, tidyTitle } from './grammar'

// ───────────────────────────── Documents ─────────────────────────────

const PLAN_OF = '(?:мероприятий|действий|совместных|сотрудничества|работы|развития)'

interface DocumentKind {
  re: RegExp
  type: DraftDocument['type']
  nom: string
  gen: string
}

const documentKind = (pattern: string, type: DraftDocument['type'], nom: string, gen: string) => ({
  re: wordRe(pattern),
  type,
  nom,
  gen,
})

/** Documents by the word that names them; a plan or programme only 'of measures', 'of cooperation'. */
const DOCUMENT_KINDS: DocumentKind[] = [
  documentKind('меморандум(?:а|у|ом|е|ы|ов)?', 'memorandum', 'меморандум', 'меморандума'),
  documentKind('соглашени(?:е|я|ю|ем|и|й)', 'agreement', 'соглашение', 'соглашения'),
  documentKind('договор(?:а|у|ом|е|ы|ов)?', 'agreement', 'договор', 'договора'),
  documentKind(
    'дорожн(?:ая|ой|ую|ые|ых)\\s+карт(?:а|ы|е|у|ой)?',
    'plan',
    'дорожная карта',
    'дорожной карты',
  ),
  documentKind(`план(?:а|у|ом|е)?(?=\\s+${PLAN_OF})`, 'plan', 'план', 'плана'),
  documentKind(
    `программ(?:а|ы|у|ой|е|ам|ами)?(?=(?:\\s+[\\p{L}-]+(?:ого|его|ой|ых|их),?(?:\\s+и)?){0,4}\\s+${PLAN_OF})`,
    'plan',
    'программа',
    'программы',
  ),
  documentKind('протокол(?:а|у|ом|е|ы|ов)?', 'protocol', 'протокол', 'протокола'),
  // 'подписание ряда двусторонних документов': documents of no named kind, signed or to be.
  documentKind('документ(?:а|ы|ов)', 'agreement', 'документы', 'документов'),
]

export const SIGNING = stemRe(
  'подпис|заключ(?:ил|ен|ён|ени[еяю]\\s+(?:соглашени|договор|меморандум))|скрепил',
)

/** Words that make a signing a plan, not a fact. */
const NOT_YET =
  /планиру|будет|будут|предстоит|намерен(?:ы|а)?(?![\p{L}])|готов|подготов|договорились|предлож|к\s+подписанию|подписать|подпишут|состоится|разрабатыва|проект/iu

/** A signing planned within the visit's programme. */
const PLANNED_HERE =
  /(?<![\p{L}])(?:подпишут|подпишет|подписать|подписания|подписание|подписании|будет\s+подписан\p{L}*|будут\s+подписан\p{L}*|заключат|заключить)(?![\p{L}])/iu

/** A document for some later day, not this visit. */
const LATER =
  /в\s+будущем|в\s+дальнейшем|в\s+перспективе|в\s+(?:следующем|будущем)\s+году|договорились\s+(?:о\s+)?(?:подготов|разработ)|поручил|проработать|разработ/iu

/** What makes a document in someone's speech this visit's (a plan or a draft being prepared). */
const INTENTION =
  /разрабатыва|готови|подготов|планиру|будет|будут|намерен(?:ы|а)?(?![\p{L}])|проект/iu

const ANAPHORA =
  /(?:^|\s)(?:это|этот|эта|этого|этому|этим|этом|данн\p{L}*|указанн\p{L}*|настоящ\p{L}*|такой|такого|такие)\s+«?$/iu

const REFERENCE =
  /(?:рамках|согласно|результатом|результате|реализации|соответствии\s+с|основании|исполнение|исполнения|выполнения|выполнение)\s+(?:\p{L}+\s+)?«?$/iu

/**
 * 'уже заключены соглашения', 'ранее подписанного меморандума', 'итоги года после заключения
 * соглашения': documents of an earlier day.
 */
const EARLIER =
  /(?<![\p{L}])(?:(?:уже|ранее|раньше|прежде)\s+(?:был[аои]?\s+)?(?:подписан|заключ[её]н)\p{L}*|(?:год|года|лет|месяц\p{L}*)\s+(?:после|с\s+момента|со\s+дня)\s+(?:заключения|подписания))\s+(?:\p{L}+\s+)?«?$/iu

const TALLY =
  /(?<![\p{L}])(?:с|со)\s+(?:более\s+(?:чем\s+)?)?\d+\s+(?:стран|регион|город|государств|субъект|муниципалитет|провинци)/iu

/** Documents named in the article (not the background): signed ones, and planned ones. */
export function findDocuments(
  sentences: Sentence[],
  problems: ImportDraft['problems'],
): FoundDocument[] {
  const out: FoundDocument[] = []
  sentences.forEach((s, sentence) => {
    if ((s.role !== 'article' && s.role !== 'headline') || s.history) return
    const text = withoutDates(s.text, s.dates)
    const tokens = tokenize(text)
    const matches = DOCUMENT_KINDS.flatMap((kind) =>
      [...text.matchAll(kind.re)].map((m) => ({ m, kind })),
    )
    matches.sort((a, b) => a.m.index - b.m.index)
    let consumed = 0
    for (const { m, kind } of matches) {
      if (m.index < consumed) continue
      const doc = readDocument(s, sentence, text, tokens, m, kind, problems)
      if (!doc) continue
      consumed = doc.end
      out.push(doc)
      // 'подписаны соглашения о сотрудничестве между X, о сотрудничестве палат Y': two documents.
      const more = /^\s*,\s*(?:а\s+также\s+)?(?=(?:о|об)\s)/iu.exec(text.slice(doc.end))
      if (more && /(?:ия|ы|ов|ий)$/iu.test(m[0])) {
        const p = phraseAfter(tokens, doc.end + more[0].length, { stopAtDocument: true })
        if (p) {
          out.push({
            ...doc,
            at: p.start,
            end: p.end,
            complement: collapse(text.slice(p.start, p.end)),
          })
          consumed = p.end
        }
      }
      consumed = Math.max(consumed, morePairs(out, doc, m, text, tokens))
    }
  })
  return settleDocuments(out, sentences)
}

/** A phrase's content words (their first five letters), for telling the same thing told twice. */
export const contentStems = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w.length >= 5)
      .map((w) => w.slice(0, 5)),
  )

/** The same document named again in another sentence with every word of `d` and more. */
function toldFuller(d: FoundDocument, o: FoundDocument): boolean {
  if (o.type !== d.type || o.sentence === d.sentence) return false
  const [a, b] = [contentStems(d.complement), contentStems(o.complement)]
  return a.size >= 2 && b.size > a.size && [...a].every((w) => b.has(w))
}

/**
 * The same document named again in a later sentence in the same words (a headline repeated as the
 * lead, then the body): the later telling, where the act is told, keeps it and learns its state.
 */
function toldAgain(d: FoundDocument, o: FoundDocument): boolean {
  if (o.type !== d.type || o.sentence === d.sentence || o.bare || d.bare) return false
  const [a, b] = [contentStems(d.complement), contentStems(o.complement)]
  if (a.size < 2 || a.size !== b.size || ![...a].every((w) => b.has(w))) return false
  o.signed ||= d.signed
  o.planned ||= d.planned
  return true
}

/**
 * Mentions that only sum up or announce the documents the article names give them what they
 * know and go: 'подписала важные соглашения' beside named documents, a headline's 'подписали
 * соглашение' over the body's 'Соглашение о сотрудничестве … предусматривает …' (signed, then).
 */
function settleDocuments(found: FoundDocument[], sentences: Sentence[]): FoundDocument[] {
  const inHeadline = (d: FoundDocument) => sentences[d.sentence]!.role === 'headline'
  const body = found.filter((d) => !inHeadline(d))
  const named = body.filter((d) => !d.bare)
  for (const summary of found.filter((d) => d.signed && (d.bare || inHeadline(d))))
    for (const d of named)
      if (!d.signed && !d.planned && (d.type === summary.type || summary.nom === 'документы'))
        d.signed = true
  // A headline's document stands only when the body names none of its kind.
  const kept = [
    ...body,
    ...found.filter((d) => inHeadline(d) && !body.some((b) => b.type === d.type)),
  ]
  const anyNamed = kept.some((d) => !d.bare)
  return (
    kept
      .filter((d) => !d.bare || !anyNamed)
      // 'Протокол о дружбе и сотрудничестве с Башкортостаном', then 'Протокол о дружбе и
      // сотрудничестве между Саратовской областью и Республикой Башкортостан': one document, told
      // fuller the second time.
      .filter((d, _, all) => !all.some((o) => o !== d && toldFuller(d, o)))
      .filter((d, _, all) => !all.some((o) => o.sentence > d.sentence && toldAgain(d, o)))
      // 'План мероприятий охватывает 12 направлений' after the plan was named in full: the same.
      .filter(
        (d, _, all) =>
          d.complement !== '' ||
          !all.some(
            (o) => o !== d && o.type === d.type && o.complement !== '' && o.sentence < d.sentence,
          ),
      )
      .sort((a, b) => a.sentence - b.sentence || a.at - b.at)
  )
}

/**
 * Documents in the plural between several pairs: 'соглашений … между A и B, а также между C и D',
 * 'ряд соглашений между A и B, C и D, E и F' — one document per pair, the same words before
 * 'между'. Returns where the last pair ends.
 */
function morePairs(
  out: FoundDocument[],
  doc: FoundDocument,
  m: Match,
  text: string,
  tokens: Token[],
): number {
  const plural =
    /(?:ия|ий|ы|ов)$/iu.test(m[0]) || /(?:ряд|пакет)\s+$/iu.test(text.slice(0, m.index))
  if (!plural) return doc.end
  const between = /(?:^|\s)между\s/u.exec(doc.complement)
  // 'соглашения об … в торгово-экономической, научно-технической … сферах между A и B': the
  // first pair further on.
  const later = between ? null : betweenAfter(text, tokens, doc.end)
  if (!between && !later) return doc.end
  const prefix = between ? doc.complement.slice(0, between.index).trim() : doc.complement
  let at = later ? later.end : doc.end
  for (;;) {
    const next =
      /^\s*,\s*(?:а\s+также\s+|и\s+)?(?:между\s+)?(?=[\p{Lu}«]|\p{Ll}+\s+[\p{Lu}«])/u.exec(
        text.slice(at),
      )
    if (!next) return at
    const p = phraseAfter(tokens, at + next[0].length, { stopAtDocument: true })
    const pair = p ? text.slice(p.start, p.end) : ''
    if (!p || !/\s(?:и|с)\s/u.test(pair)) return at
    out.push({ ...doc, at: p.start, end: p.end, complement: collapse(`${prefix} между ${pair}`) })
    at = p.end
  }
}

/** One document mention, unless it only points back ('этот меморандум') or is too vague to name. */
function readDocument(
  s: Sentence,
  sentence: number,
  text: string,
  tokens: Token[],
  m: Match,
  kind: DocumentKind,
  problems: ImportDraft['problems'],
): FoundDocument | null {
  const before = text.slice(0, m.index)
  const inSpeech = s.plain.slice(m.index, m.index + m[0].length).trim() === ''
  const quoted = before.endsWith('«')
  const wordEnd = m.index + m[0].length + (quoted && text[m.index + m[0].length] === '»' ? 1 : 0)
  const complement = phraseAfter(tokens, wordEnd, { stopAtDocument: true })
  const written =
    complement && complement.start <= wordEnd + 1
      ? text.slice(complement.start, complement.end)
      : ''
  // 'соглашения председателем … Ложечником и главой … Разовым об установлении …': the signers
  // (in the instrumental) stand between the word and its title.
  const signers = /^\p{Ll}+(?:ом|ем|ой|ей|ёй)\s[^.!?]*?\s(?=(?:о|об)\s)/u.exec(written)
  const phrase = signers ? written.slice(signers[0].length) : written
  // 'новое соглашение выведет связи на новый уровень': a verb is no document's title.
  const first = /^\p{Ll}+/u.exec(phrase)?.[0]
  const complementText =
    first && (isVerb(first) || (reading.morph && verbTense(reading.morph, first))) ? '' : phrase
  const between = complementText ? null : betweenAfter(text, tokens, wordEnd)
  if (ANAPHORA.test(before)) {
    // 'Это соглашение также включает … партнерстве между X и Y': perhaps a document of its own.
    const other = betweenAfter(text, tokens, wordEnd)
    if (other)
      problems.push({ text: s.text, reason: `Возможно, отдельный документ: ${other.text}.` })
    return null
  }
  if (REFERENCE.test(before) || EARLIER.test(before.slice(-60))) return null
  // 'подписала договоры о сотрудничестве с 11 странами': a tally over the years, not this visit's.
  if (TALLY.test(phrase)) return null
  // In someone's words: a plan being prepared, or what they say was signed ('Для этого
  // подписали дорожную карту …', – сообщил глава региона).
  // ('Договор … был подписан в 1996 году. Сейчас мы …': an earlier year's.)
  const saidSigned =
    inSpeech &&
    isSigned(s.text, m.index) &&
    !/(?<![\p{L}])(?:(?:в|с)\s+\d{4}\s+год|в\s+(?:поза)?прошлом\s+году|ранее|уже|\p{L}+\s+(?:лет|года?)\s+назад)/iu.test(
      s.text,
    )
  if (inSpeech && !INTENTION.test(s.text) && !saidSigned) return null
  const signed = saidSigned || (!inSpeech && isSigned(s.plain, m.index))
  const planned = !signed && PLANNED_HERE.test(s.text) && !LATER.test(s.text)
  // A document named by its word alone ('подписали соглашение', 'ряд меморандумов'): kept when
  // signed or to be signed in this visit; findDocuments drops it when the text names documents
  // (then 'подписала важные соглашения' only sums them up).
  const bare = !complementText && !between && !quoted
  if (
    bare &&
    !((signed || planned) && BARE_OK.test(text.slice(Math.max(0, m.index - 40), m.index)))
  )
    return null
  return {
    sentence,
    at: m.index,
    end: complementText ? complement!.end : (between?.end ?? wordEnd),
    type: kind.type,
    complement: collapse(complementText || between?.text || ''),
    nom: kind.nom,
    gen: kind.gen,
    quoted,
    capital: isCapitalised(m[0]),
    signed,
    planned,
    ...(bare ? { bare } : {}),
  }
}

/** Before a document named by its word alone: nothing that makes it some other document. */
const BARE_OK =
  /(?:^|[\s,(])(?:(?:ряд|несколько|два|две|три|пакет|двусторонн\p{L}*|межрегиональн\p{L}*|соответствующ\p{L}*|побратимск\p{L}*|партн[её]рск\p{L}*|трёхсторонн\p{L}*|трехсторонн\p{L}*|ключев\p{L}*|новы\p{L}*|нов\p{L}*|подписали|подписал[аи]?|подписан[оы]?|подпишут|подписать|подписание|подписании|подписания|заключении|заключили|заключено|было|были|был|будет|будут|ряда)\s+)?(?:(?:стратегическ|важн|ключев|двусторонн|межрегиональн|нов)\p{L}*\s+)?$/iu

/** 'между X и Y' later in the clause, when both sides are named with a capital. */
function betweenAfter(
  text: string,
  tokens: Token[],
  from: number,
): { text: string; end: number } | null {
  const at = text.slice(from).search(/(?<![\p{L}])между\s+[\p{Lu}«]/u)
  if (at < 0) return null
  const p = phraseAfter(tokens, from + at, { stopAtDocument: true })
  return p ? { text: text.slice(p.start, p.end), end: p.end } : null
}

/**
 * Signed when a signing word stands before the document (with no plan words between) or just after
 * it, and is not itself a plan ('подписание которой планируется').
 */
function isSigned(plain: string, at: number): boolean {
  for (const m of plain.matchAll(SIGNING)) {
    const word = /^\p{L}+/u.exec(plain.slice(m.index))?.[0] ?? ''
    const before = plain.slice(Math.max(0, m.index - 30), m.index)
    // Its own words say when: 'подписали', 'был подписан' are done; 'будет подписан', 'подпишут' not.
    if (
      /(?:будет|будут|планиру\p{L}*|предстоит|должн\p{L}*|может|могут|намерен\p{L}*)\s+(?:\p{L}+\s+)?$/iu.test(
        before,
      )
    )
      continue
    const past =
      /^(?:подписал|подписан[аоы]?$|подписаны$|заключил|заключ[её]н|скрепил)/iu.test(word) ||
      // 'подписи под документом поставили', 'поставили свои подписи'
      (/^подпис(?:и|ь|ями)$/iu.test(word) &&
        /поставил\p{L}*/iu.test(plain.slice(Math.max(0, m.index - 30), m.index + 60))) ||
      // 'Подписи под соглашением между … поставили губернатор … и премьер-министр …'
      (/^подписи$/iu.test(word) &&
        /^подписи\s+под\s[^.!?]{0,400}?(?<![\p{L}])поставил\p{L}*/iu.test(plain.slice(m.index)))
    // 'подписание …' alone says nothing of when: signed only with a verb in the past beside it.
    const noun = /^(?:подписани|заключени)/iu.test(word)
    // 'Целью визита стало подписание соглашения': the aim, not the act.
    if (noun && /цел(?:ь|ью|и)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(before)) continue
    if (!past && !(noun && PAST_AUX.test(plain.slice(Math.max(0, m.index - 40), m.index + 60))))
      continue
    if (m.index < at ? !NOT_YET.test(plain.slice(m.index, at)) : m.index - at < (past ? 160 : 60))
      return true
  }
  return false
}

const PAST_AUX =
  /(?<![\p{L}])(?:состоял\p{L}*|прош(?:ло|ла|ел|ёл|ли)|стал[оа]?|был[оаи]?|произош\p{L}*|подписал\p{L}*|подписан[аоы]?|заключил\p{L}*|заключ[её]н[аоы]?|закрепив|закрепил\p{L}*|завершил\p{L}*|завершив\p{L}*|увенчал\p{L}*)(?![\p{L}])/iu

/** 'между Сосновоборским городским округом и городом Тараз' → the two parties, nominative. */
function partiesOf(title: string): string[] {
  const m = /(?<![\p{L}])между\s+(.+)$/u.exec(title)
  if (!m) return []
  const words = m[1]!.split(' ')
  const split = words.findIndex(
    (w, i) =>
      w === 'и' &&
      i > 0 &&
      (isCapitalised(words[i + 1] ?? '') || /(?:ом|ем|ой|ей|ым|им|ью)$/u.test(words[i + 1] ?? '')),
  )
  if (split < 0) return []
  return [words.slice(0, split), words.slice(split + 1)].map((part) => {
    const text = part
      .join(' ')
      .replace(
        /\s+(?:на\s+(?:\d|период|срок)|в\s+(?:сфере|области|части)|о\s|об\s|по\s+(?:вопросам|развитию)).*$/u,
        '',
      )
    return tidy(headToCase(text, 'ins', 'nom'))
  })
}

/** 'Меморандум о сотрудничестве между …'; an unnamed plan is named after the two sides. */
function documentTitle(d: FoundDocument, sides: { ours: string; partner: string }): string {
  const word = d.quoted ? `«${capitalise(d.nom)}»` : capitalise(d.nom)
  const tail =
    d.complement ||
    (sides.partner && sides.partner !== sides.ours
      ? `сотрудничества ${sides.ours} и ${sides.partner}`
      : '')
  return tidyTitle(`${word} ${tail}`)
}

export function documentGenitive(d: FoundDocument): string {
  const word = d.quoted ? `«${d.gen}»` : d.capital ? capitalise(d.gen) : d.gen
  return collapse(`${word} ${d.complement}`)
}

/** The review screen's document, dated by the signing item that covers it. */
export function toDraftDocument(
  d: FoundDocument,
  index: number,
  sentences: Sentence[],
  events: FoundEvent[],
  sides: { ours: string; partner: string },
  visitStart: string,
): DraftDocument {
  const title = documentTitle(d, sides)
  // Signed, on its signing item's day; a text that gives no day: the visit's first (editable).
  const signedOn = d.signed
    ? (events.find((e) => e.documents?.includes(d))?.date ?? visitStart)
    : undefined
  return {
    key: `d${index + 1}`,
    title,
    type: d.type,
    parties: partiesOf(title),
    ...(signedOn ? { signedOn } : {}),
    source: { kind: 'sentence', text: sentences[d.sentence]!.text },
  }
}
