// A Russian press release about a delegation visit → an ImportDraft: the visit window, direction,
// partner, people, programme events and signed documents. Pure heuristics (word stems and
// patterns, no dictionaries, no network); every field keeps the sentence it came from so the
// officer can check it on the review screen. Page furniture (menus, counters, lists of other
// news, footers) and a closing «Справка» are read as such and never become events.
import type { ItemKind } from '../domain/itinerary-item'
import { daysBetween, isLocalDate, shiftDate } from '../time/local-date'
import type { DraftDocument, DraftItem, DraftPerson, ImportDraft } from './draft'
import {
  isKnownFirstName,
  nameCases,
  nameWordToNominative,
  nounCanBe,
  verbTense,
  type Morphology,
} from './morphology'
import { findPlaces } from './gazetteer'
import { readSides, sideOfText, type CountryMention, type Sides } from './sides'

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

/** The hand-made truth for one press release, as kept in test/fixtures/press-releases/annotations.json. */
export interface PressReleaseAnnotation {
  year?: number
  today: string
  startDate: string
  endDate: string
  direction: 'incoming' | 'outgoing'
  partnerCountry: string
  partnerRegion: string
  /** A substring of the head of delegation's full name. */
  head: string
  /** Expected programme events; `mustContain` is looked for in the item's title or source sentence. */
  events: { date: string | null; kind: ItemKind; mustContain: string }[]
  /** Expected documents; `signedOn: null` means 'mentioned but not signed'. */
  documents: { type: DraftDocument['type']; mustContain: string; signedOn?: string | null }[]
  /** Substrings that must not appear in any item's or document's title or source. */
  noise: string[]
}

/** How well a draft matches its annotation (counts, for the benchmark table). */
export interface DraftScore {
  eventsExpected: number
  eventsFound: number
  datesRight: number
  documentsExpected: number
  documentsFound: number
  noiseItems: number
}

/** The dictionary of the reading under way (the reader is synchronous: one reading at a time). */
const reading: { morph?: Morphology } = {}

/** Reads a Russian press release into a draft visit for the review screen. */
export function parsePressRelease(text: string, options: PressReleaseOptions): ImportDraft {
  reading.morph = options.morph
  try {
    return readPressRelease(text, options)
  } finally {
    reading.morph = undefined
  }
}

function readPressRelease(text: string, options: PressReleaseOptions): ImportDraft {
  const read = readPage(normaliseText(text))
  const page = {
    ...read,
    publishedOn: read.publishedOn ?? options.publishedOn ?? datelineDate(read, options),
  }
  const sentences = splitSentences(page.paragraphs)
  const reference = page.publishedOn ?? options.today
  // A dateline ('15:20 04.07.2024') dates the text better than any year the officer guessed.
  readSentenceDates(sentences, {
    ...(page.publishedOn ? { published: page.publishedOn } : { year: options.year }),
    today: reference,
  })
  const article = sentences.filter((s) => s.role !== 'background')
  const span = article.flatMap((s) => s.dates).find((d) => d.end)
  const visitYear =
    Number((span ?? article.flatMap((s) => s.dates)[0])?.date.slice(0, 4)) || yearOf(reference)
  sentences.forEach((s, i) => {
    s.history =
      isHistory(s, visitYear) ||
      longBefore(s, page.publishedOn ?? span?.date) ||
      // 'Тогда он прибыл в Астану …' after a sentence about an earlier visit
      (/^тогда(?![\p{L}])/iu.test(s.text) && Boolean(sentences[i - 1]?.history))
  })

  const mentions = sentences.map((s, i) => findPeople(s, i))
  const problems: ImportDraft['problems'] = []
  const documents = findDocuments(sentences, problems)
  const events = findEvents(sentences, mentions, documents, span)
  inferDates(events, sentences)
  const window = lastingDays(
    readWindow(sentences, events, span, page.publishedOn, options.today, problems),
    sentences,
  )
  fillSingleDay(events, window)
  noteOutOfWindow(events, window, sentences, problems)

  const scoring = scoringText(sentences)
  const sides = readSides(scoring, countryHits, options.hostRegion)
  const direction = sides.direction ?? readDirection(scoringText(sentences, true))
  const partnerCountry =
    sides.partnerCountry ||
    readCountry(scoring) ||
    readCountry(sentences.map((s) => s.text).join(' '))
  const partnerRegion = sides.partnerCountry
    ? sides.partnerRegion
    : readRegion(scoring, partnerCountry)
  if (!partnerCountry) problems.push({ text: '', reason: 'Не найдена страна-партнёр.' })
  const headHow: { value?: 'marked' | 'traveller' | 'firstNamed' } = {}
  const people = collectPeople(mentions, sentences, direction, sides, headHow)
  const items = events.map((e, i) => toDraftItem(e, i, sentences, people))
  const partnerGen = partnerRegion
    ? headToCase(partnerRegion, 'nom', 'gen')
    : countryGen(partnerCountry)
  const draftDocuments = documents.map((d, i) =>
    // A signing the text gives no day for: the visit's first day, or, for a report dated only by
    // its page, the page's day.
    toDraftDocument(
      d,
      i,
      sentences,
      events,
      partnerGen,
      window.fromText ? window.start : window.end,
    ),
  )
  const lead =
    (span && sentences.find((s) => s.dates.includes(span))) ||
    article.find((s) => s.role === 'article' && s.text.split(' ').length >= 8)

  return {
    kind: 'press-release',
    sourceName: 'press-release',
    visit: {
      title: visitTitle({ direction, partnerCountry, partnerRegion, items, people, sentences }),
      direction,
      partnerCountry,
      partnerRegion,
      startDate: window.start,
      endDate: window.end,
      timeZone: options.timeZone ?? 'Europe/Moscow',
      objectives: readObjectives(sentences),
      ...(lead ? { source: { kind: 'sentence' as const, text: lead.text } } : {}),
    },
    items,
    documents: draftDocuments,
    people,
    confidence: {
      direction: sides.direction
        ? { level: 'sure', reason: 'travel' }
        : { level: 'guess', reason: 'noTravel' },
      partner: partnerRegion
        ? { level: 'sure', reason: 'region' }
        : partnerCountry
          ? { level: 'guess', reason: 'countryOnly' }
          : { level: 'none', reason: 'notFound' },
      head: !headHow.value
        ? { level: 'none', reason: 'notFound' }
        : { level: headHow.value === 'marked' ? 'sure' : 'guess', reason: headHow.value },
      dates: window.fromText
        ? { level: 'sure', reason: 'text' }
        : { level: 'guess', reason: page.publishedOn ? 'published' : 'today' },
    },
    problems,
  }
}

/** Compares a draft with its hand-made annotation: what was found, what was dated right, what is noise. */
export function scoreDraft(draft: ImportDraft, annotation: PressReleaseAnnotation): DraftScore {
  const has = (hay: string, needle: string) => hay.toLowerCase().includes(needle.toLowerCase())
  const usedItems = new Set<DraftItem>()
  let eventsFound = 0
  let datesRight = 0
  for (const expected of annotation.events) {
    const date = expected.date ?? undefined
    // Titles first: several items may share a source sentence.
    const candidates = draft.items
      .filter(
        (item) =>
          !usedItems.has(item) &&
          item.kind === expected.kind &&
          (has(item.title, expected.mustContain) || has(item.source.text, expected.mustContain)),
      )
      .sort(
        (a, b) =>
          Number(has(b.title, expected.mustContain)) - Number(has(a.title, expected.mustContain)),
      )
    const match = candidates.find((item) => item.date === date) ?? candidates[0]
    if (!match) continue
    usedItems.add(match)
    eventsFound++
    if (match.date === date) datesRight++
  }
  const usedDocs = new Set<DraftDocument>()
  let documentsFound = 0
  for (const expected of annotation.documents) {
    const match = draft.documents.find(
      (doc) =>
        !usedDocs.has(doc) &&
        doc.type === expected.type &&
        (has(doc.title, expected.mustContain) || has(doc.source.text, expected.mustContain)) &&
        (expected.signedOn === undefined || doc.signedOn === (expected.signedOn ?? undefined)),
    )
    if (!match) continue
    usedDocs.add(match)
    documentsFound++
  }
  const texts = [...draft.items, ...draft.documents].map((x) => `${x.title}\n${x.source.text}`)
  const noiseItems = texts.filter((t) => annotation.noise.some((n) => has(t, n))).length
  return {
    eventsExpected: annotation.events.length,
    eventsFound,
    datesRight,
    documentsExpected: annotation.documents.length,
    documentsFound,
    noiseItems,
  }
}

// ───────────────────────────── Text helpers ─────────────────────────────

const pad2 = (n: number) => String(n).padStart(2, '0')
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim()
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w)
const yearOf = (date: string) => Number(date.slice(0, 4))
const wordSet = (words: string) => new Set(words.split(' '))
const LETTER_BEFORE = '(?<![\\p{L}\\d-])'

/** A whole-word pattern (JS \b knows no Cyrillic, so the word edges are spelled out). */
const wordRe = (source: string, flags = 'giu') =>
  new RegExp(`${LETTER_BEFORE}(?:${source})(?![\\p{L}\\d])`, flags)
/** A pattern that must start a word but may end anywhere (a word stem). */
const stemRe = (source: string, flags = 'giu') => new RegExp(`${LETTER_BEFORE}(?:${source})`, flags)

/** Straight and English quotes become «», spaced hyphens become dashes, odd spaces plain ones. */
function normaliseText(text: string): string {
  const flat = text.replace(/\r\n?/g, '\n').replace(/[\u00a0\u2007\u2009\u202f\t]/g, ' ')
  return (
    flat
      .replace(/["“”„]/g, (_quote, at: number) => (isOpeningQuote(flat, at) ? '«' : '»'))
      .replace(/ +[-–] +/g, ' — ')
      .replace(/[‐‑]/g, '-')
      // 'Group Co.,Ltd', 'Inc.': a company's name, not a stop and a list.
      .replace(/(?<![\p{L}])Co\.\s*,?\s*Ltd\.?/gu, 'Co Ltd')
      .replace(/(?<![\p{L}])(Ltd|Inc|Corp|LLC|Co)\./gu, '$1')
      // 'С.Исманова', 'А.Ю.Кялин': initials glued to the surname are spaced as names are written.
      .replace(/(?<![\p{L}])((?:\p{Lu}\.){1,2})(?=\p{Lu}\p{Ll}{2,})/gu, '$1 ')
      // 'date 2025-08-25 Губернатор …': a page's date glued to its first line stands on its own.
      .replace(
        /^(\s*(?:date|опубликовано|дата(?:\s+публикации)?)\s*:?\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})(?:,?\s+\d{1,2}:\d{2})?)[ ]+(?=\S)/gimu,
        '$1\n',
      )
  )
}

function isOpeningQuote(text: string, at: number): boolean {
  const before = at === 0 ? ' ' : text[at - 1]!
  const after = text[at + 1] ?? ' '
  return /[\s([«—-]/.test(before) && !/\s/.test(after)
}

/** Text with the given ranges replaced by spaces, so offsets stay valid. */
function blankRanges(text: string, ranges: [number, number][]): string {
  let out = text
  for (const [from, to] of ranges)
    out = out.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + out.slice(to)
  return out
}

// ───────────────────────────── Page: article, headline, furniture ─────────────────────────────

type Role = 'headline' | 'article' | 'background'

interface Paragraph {
  text: string
  role: Role
}

interface Page {
  paragraphs: Paragraph[]
  /** The page's own date ('Опубликовано 03.12.2025'), read before the article starts. */
  publishedOn?: string
  /** A dateline's day without its year ('Томск, 30 ноября - Аиф-Томск.'): [day, month]. */
  datelineDay?: [number, number]
}

const MONTH =
  '(?:январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья])(?![\\p{L}])'

/** 'Томск, 30 ноября - Аиф-Томск.', 'ТАШКЕНТ, 14 дек — Sputnik.': place, day, month, source. */
const DATELINE_LINE = new RegExp(
  `^[\\p{Lu}][\\p{L}-]+(?:[ -][\\p{Lu}][\\p{L}-]+)?,\\s+(\\d{1,2})\\s+(${MONTH}|(?:янв|фев|мар|апр|июн|июл|авг|сен|окт|ноя|дек)(?![\\p{L}]))\\.?\\s*[-—–]\\s*\\S`,
  'iu',
)

/** Headings after which a page lists other news: everything short below them is skipped. */
const LIST_HEADING =
  /^(?:(?:другие|последние|похожие|популярные|главные|свежие|все|ещё|еще)\s+новости|читайте(?:\s+также)?|смотрите\s+также|рекомендуем|новости\s+по\s+теме|материалы\s+по\s+теме|по\s+теме|популярное|самое\s+(?:читаемое|популярное)|лента\s+новостей)\s*:?$/iu

/** 'Справка' opens the background block: history, not this visit. */
const BACKGROUND_HEADING =
  /^(?:справка|справочно|для\s+справки|историческая\s+справка)(?:\s*[:.]\s*|\s*$)/iu

const FURNITURE: RegExp[] = [
  /^(?:главная|home)\s*[/>|»]/iu,
  /^[^.!?]{0,120}\s[/>»|]\s[^.!?]{0,120}\s[/>»|]\s/u, // breadcrumbs and menus: 'А / Б / В', 'А | Б | В'
  /^фото(?:графи[яи])?\s*(?::|—)/iu,
  /^(?:источник|автор|текст|видео|фотограф|редактор)\s*:/iu,
  /^(?:теги|метки|тэги|рубрик[аи]|категори[яи])\s*:/iu,
  /^(?:поделиться|поделитесь|подписывайтесь|подпишитесь|версия для слабовидящих|карта сайта|поиск|распечатать|печать|вернуться|назад)/iu,
  /^(?:вконтакте|одноклассники|telegram|whatsapp|viber|vk|ok)(?:[\s,|]|$)/iu,
  /комментари\S*\s*\(\d+\)|просмотр\S*\s*:?\s*\d|^комментари|^(?:нравится|оценить)/iu,
  /^©|^\(c\)|все права защищены/iu,
  /^(?:адрес|тел\.?|телефон|факс|e-?mail|эл\.\s*почта|приёмная|приемная)\s*[:.]/iu,
  /^\d{6},/u, // postal address
  /^(?:опубликовано|обновлено|дата(?:\s+публикации)?|date|published)(?![\p{L}])/iu,
  /^(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|(?:[01]?\d|2[0-3]):[0-5]\d)(?!\d)/u, // dated headlines
]

/** Reads the lines of a page into the article's paragraphs, its headline and its date. */
function readPage(text: string): Page {
  const lines = joinWrappedLines(text.split('\n').map(collapse).filter(Boolean))
  const paragraphs: Paragraph[] = []
  let publishedOn: string | undefined
  let datelineDay: [number, number] | undefined
  let inList = false
  let inBackground = false
  let started = false
  for (const [n, line] of lines.entries()) {
    if (LIST_HEADING.test(line)) {
      inList = true
      continue
    }
    const background = started ? BACKGROUND_HEADING.exec(line) : null
    if (background) {
      inBackground = true
      const rest = line.slice(background[0].length).trim()
      if (rest) paragraphs.push({ text: rest, role: 'background' })
      continue
    }
    if (isFurniture(line)) {
      if (!started && !inList) publishedOn ??= publicationDate(line)
      continue
    }
    // The page's last paragraph, cut off mid-sentence by whoever copied it, is prose too.
    const prose =
      isProse(line) ||
      (n === lines.length - 1 && started && line.split(' ').length >= 10 && /^\p{Lu}/u.test(line))
    // A list of other news ends only where long prose starts again.
    if (inList && !(prose && line.length >= 200)) continue
    inList = false
    if (!prose) {
      const dateline = started ? null : DATELINE_LINE.exec(line)
      if (dateline) {
        datelineDay ??= [Number(dateline[1]), monthNumber(dateline[2]!)]
        continue
      }
      // The first short line above the article is its headline; later ones are furniture.
      // ('X', 'ПОЛИТИКА', a byline: too short to be the headline.)
      if (
        !started &&
        !paragraphs.some((p) => p.role === 'headline') &&
        line.split(' ').length >= 4 &&
        // a page's clock and weather ('Флаг Вторник, 25 июня 2024', 'Минск +19°C')
        !/понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|°/iu.test(line)
      )
        paragraphs.push({ text: line, role: 'headline' })
      continue
    }
    started = true
    paragraphs.push({ text: line, role: inBackground ? 'background' : 'article' })
  }
  return {
    paragraphs,
    ...(publishedOn ? { publishedOn } : {}),
    ...(datelineDay ? { datelineDay } : {}),
  }
}

/** A paragraph broken over lines: a line without an ending, followed by one starting in lower case. */
function joinWrappedLines(lines: string[]): string[] {
  const out: string[] = []
  for (const line of lines) {
    const prev = out.at(-1)
    if (prev && !/[.!?…:»]$/u.test(prev) && /^\p{Ll}/u.test(line))
      out[out.length - 1] = `${prev} ${line}`
    else out.push(line)
  }
  return out
}

/** Menus, credits, counters, footers, dated headlines of other news. */
function isFurniture(line: string): boolean {
  if (FURNITURE.some((re) => re.test(line))) return true
  // '10 июня 2025, 18:40' alone on a line, or a dated headline without a full stop.
  return new RegExp(`^\\d{1,2}\\s+${MONTH}\\s+\\d{4}`, 'iu').test(line) && !isProse(line)
}

/** Prose ends with a full stop (a headline does not) and has a few words. */
function isProse(line: string): boolean {
  const words = line.split(' ').length
  // A line of a programme list ('– участие в выставке …;') is prose; so is a long paragraph
  // the page cut off mid-sentence.
  if (/^[–—•-]\s/u.test(line) && words >= 4 && /[.;,!?…][»)]?$/u.test(line)) return true
  return (
    (/[.!?…][»)]?$/u.test(line) && words >= 6) || (words >= 20 && /[.!?…]\s+\p{Lu}/u.test(line))
  )
}

const DATE_LABEL = /^(?:опубликовано|дата(?:\s+публикации)?|date|published)\s*:?\s*/iu

/**
 * The page's date from a line such as 'Опубликовано 03.12.2025 12:15', 'date 2025-09-11' or
 * '10 июня 2025, 18:40' — labelled, or a date alone; a dated headline of other news is not it.
 */
/** A dateline's day in the year the officer gave, else the last such day before today. */
function datelineDate(page: Page, options: PressReleaseOptions): string | undefined {
  if (!page.datelineDay) return undefined
  const [day, month] = page.datelineDay
  return (
    (options.year
      ? validDate(options.year, month, day)
      : nearestDate(day, month, options.today, true)) ?? undefined
  )
}

function publicationDate(line: string): string | undefined {
  const labelled = DATE_LABEL.test(line)
  // '15:20 04.07.2024': a news feed's time before the date.
  const rest = line.replace(DATE_LABEL, '').replace(/^(?:[01]?\d|2[0-3]):[0-5]\d\s+/u, '')
  const found = readDates(rest, { today: '2000-01-01' })[0]
  if (!found || found.index !== 0 || !found.explicitYear) return undefined
  const after = rest.slice(found.length).replace(/^[\s,]*(?:(?:[01]?\d|2[0-3]):[0-5]\d)?\s*/u, '')
  return labelled || after === '' ? found.date : undefined
}

// ───────────────────────────── Sentences and direct speech ─────────────────────────────

interface Sentence {
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

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = wordSet(
  'им гг ул пр просп обл руб тыс млн млрд ст св проф акад доц корп стр пл пер наб др каб тел напр гос ред вкл искл',
)

/** '«…», — отметил X': the closing quote of direct speech followed by whose words they were. */
const ATTRIBUTION =
  /»\s*,?\s*[—–-]\s*(?:отмет|сказа|подчеркн|заяви|добави|поясни|сообщи(?!\p{L}*\s+(?:в\s+)?пресс-служб)|рассказа|резюмирова|уверен|счита|говор(?!ится\s+в\s+(?:сообщени|пресс-релиз|релиз|информаци|документ))|признал|выразил|констатирова|заключи|ответи|напомни|обрати)/giu

/** 'Талдыкорган. 10 сентября. KAZAKHSTAN TODAY — ': a news agency's dateline before the lead. */
const DATELINE = new RegExp(
  `^[\\p{Lu}][\\p{L}-]+(?:[ -][\\p{Lu}][\\p{L}-]+)?\\.\\s+\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4}(?:\\s*г(?:ода)?)?)?\\.\\s+(?:[A-ZА-ЯЁ][A-ZА-ЯЁ0-9 .-]*\\s+—\\s+)?`,
  'u',
)

/** Every paragraph's sentences, each with its speech-free twin for reading facts. */
function splitSentences(paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = []
  paragraphs.forEach((p, paragraph) => {
    const plain = blankSpeech(p.text)
    for (const [from, to] of sentenceRanges(p.text)) {
      const raw = p.text.slice(from, to)
      const lead = raw.length - raw.trimStart().length
      const end = to - (raw.length - raw.trimEnd().length)
      if (end <= from + lead) continue
      out.push({
        text: p.text.slice(from + lead, end),
        plain: plain.slice(from + lead, end),
        // A reference section that lays out the delegation's programme is the article's.
        role:
          p.role === 'background' && PROGRAMME_SENTENCE.test(p.text.slice(from + lead, end))
            ? 'article'
            : p.role,
        paragraph,
        dates: [],
        history: false,
      })
    }
  })
  return out
}

/** 'Делегация планирует встретиться…', 'В программе ― знакомство…': the visit's programme. */
const PROGRAMME_SENTENCE =
  /^(?:(?:делегаци|гост)\p{L}*\s+(?:планиру|посет|встрет|ознаком|примут|проведут|осмотрят)|в\s+программе)/iu

/** Sentence boundaries: a stop, a space and a capital, unless the stop ends an initial or abbreviation. */
function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = []
  let start = 0
  const dateline = DATELINE.exec(text)
  if (dateline) {
    ranges.push([0, dateline[0].length])
    start = dateline[0].length
  }
  for (let i = start; i < text.length; i++) {
    if (!'.!?…'.includes(text[i]!)) continue
    let j = i + 1
    while (j < text.length && /[»).!?…]/u.test(text[j]!)) j++
    if (j >= text.length || !/\s/.test(text[j]!)) continue
    let k = j
    while (k < text.length && /\s/.test(text[k]!)) k++
    if (!/[\p{Lu}«\d]/u.test(text[k] ?? '')) continue
    if (text[i] === '.' && isAbbreviation(text, i)) continue
    ranges.push([start, j])
    start = k
    i = k - 1
  }
  ranges.push([start, text.length])
  return ranges
}

function isAbbreviation(text: string, stop: number): boolean {
  const word = /[\p{L}]+$/u.exec(text.slice(Math.max(0, stop - 12), stop))?.[0] ?? ''
  // 'г.' after a year may end a sentence ('в 2026 г. Делегация'); 'г. Минск' does not.
  if (word === 'г') return !/\d{4}\s*г$/u.test(text.slice(Math.max(0, stop - 8), stop))
  return word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())
}

/** The paragraph with direct speech blanked: quoted words of officials are not the programme. */
function blankSpeech(text: string): string {
  const ranges: [number, number][] = []
  for (const m of text.matchAll(ATTRIBUTION))
    ranges.push([speechOpening(text, m.index), m.index + 1])
  for (const m of text.matchAll(/:\s*«/gu)) {
    const open = m.index + m[0].length - 1
    const close = matchingQuote(text, open)
    // 'заявил: «…»' — long quotes only: short ones after a colon are usually names.
    if (close > open + 40) ranges.push([open, close + 1])
  }
  return blankRanges(text, ranges)
}

/**
 * Where the quote closed at `close` opened: the nearest unmatched '«' that starts a sentence.
 * Web copies often nest «» without closing the inner pair, or lose the opening quote altogether
 * (then the speech runs from the paragraph start).
 */
function speechOpening(text: string, close: number): number {
  let depth = 0
  for (let i = close - 1; i >= 0; i--) {
    if (text[i] === '»') depth++
    else if (text[i] === '«') {
      if (depth > 0) depth--
      else if (/(?:^|[.!?…:—])\s*$/u.test(text.slice(0, i))) return i
    }
  }
  return 0
}

function matchingQuote(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    if (text[i] === '«') depth++
    else if (text[i] === '»' && --depth === 0) return i
  }
  return -1
}

const HISTORY_START =
  /^[«"„]?(?:напомним|ранее|недавно|в прошлом году|год назад|как известно|в свое время|в своё время)(?![\p{L}])/iu

/** A sentence about earlier years (without a date of this visit) is background. */
/** Every date of the sentence two months or more before the page's date: the past, recalled. */
function longBefore(s: Sentence, anchor: string | undefined): boolean {
  if (!anchor) return false
  const month = PAST_MONTH.exec(s.plain)
  if (month && s.dates.length === 0 && monthNumber(month[1]!) < Number(anchor.slice(5, 7)) - 1)
    return true
  return s.dates.length > 0 && s.dates.every((d) => daysBetween(d.end ?? d.date, anchor) > 60)
}
/** 'в августе этого года': a month of the year past, without a day. */
const PAST_MONTH =
  /(?<![\p{L}])в\s+(январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)\s+(?:этого|текущего|сего)\s+года/iu

function isHistory(s: Sentence, visitYear: number): boolean {
  if (s.role === 'background' || HISTORY_START.test(s.text)) return true
  const years = [...s.plain.matchAll(/(?<![\d.])(19\d{2}|20\d{2})(?![\d])/gu)].map((m) =>
    Number(m[1]),
  )
  return years.length > 0 && Math.max(...years) < visitYear && s.dates.length === 0
}

/** Headline and article sentences, speech blanked: what direction and partner are read from. */
function scoringText(sentences: Sentence[], factsOnly = false): string {
  return sentences
    .filter((s) => s.role !== 'background' && !s.history)
    .map((s) => (factsOnly ? s.plain.slice(0, FUTURE.exec(s.plain)?.index) : s.plain))
    .join(' ')
}

// ───────────────────────────── Dates ─────────────────────────────

const YEAR = '(?:\\s+(\\d{4})(?:\\s*(?:года|году|год|г\\.))?)?'
const DAY = '(\\d{1,2})'
const DAY_START = '(?<![\\p{L}\\d.,:])'

type RawDate =
  | { kind: 'span'; d1: number; m1?: number; y1?: number; d2: number; m2: number; y2?: number }
  | { kind: 'day'; d: number; m: number; y?: number }
  | { kind: 'relative'; shift: number }
  | { kind: 'anchored'; shift: number }

interface RawPhrase {
  index: number
  length: number
  dates: RawDate[]
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s))

/** Date phrase patterns, most specific first; later ones never overlap earlier finds. */
const DATE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => RawDate[] }[] = [
  {
    // 'с 17 по 21 ноября', '17–21 ноября', 'с 30 декабря 2025 года по 2 января 2026 года'
    re: new RegExp(
      `${DAY_START}(?:[сС]\\s+)?${DAY}(?:\\s+(${MONTH})${YEAR})?\\s*(?:[-–—]|(?<=\\s)(?:по|до)(?=\\s))\\s*${DAY}\\s+(${MONTH})${YEAR}`,
      'giu',
    ),
    read: (m) => [
      {
        kind: 'span',
        d1: Number(m[1]),
        m1: m[2] ? monthNumber(m[2]) : undefined,
        y1: num(m[3]),
        d2: Number(m[4]),
        m2: monthNumber(m[5]!),
        y2: num(m[6]),
      },
    ],
  },
  {
    // '17 и 18 ноября': two days in a row are a span; two apart, two days.
    re: new RegExp(`${DAY_START}${DAY}\\s+и\\s+${DAY}\\s+(${MONTH})${YEAR}`, 'giu'),
    read: (m) =>
      Number(m[2]) === Number(m[1]) + 1
        ? [
            {
              kind: 'span',
              d1: Number(m[1]),
              d2: Number(m[2]),
              m2: monthNumber(m[3]!),
              y2: num(m[4]),
            },
          ]
        : [
            { kind: 'day', d: Number(m[1]), m: monthNumber(m[3]!), y: num(m[4]) },
            { kind: 'day', d: Number(m[2]), m: monthNumber(m[3]!), y: num(m[4]) },
          ],
  },
  {
    // '23 апреля', '12 ноября 2024 года'
    re: new RegExp(`${DAY_START}${DAY}\\s+(${MONTH})${YEAR}`, 'giu'),
    read: (m) => [{ kind: 'day', d: Number(m[1]), m: monthNumber(m[2]!), y: num(m[3]) }],
  },
  {
    // '18.11.2025' (a year is required: '10.00' is a time)
    re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/gu,
    read: (m) => [{ kind: 'day', d: Number(m[1]), m: Number(m[2]), y: Number(m[3]) }],
  },
  {
    re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?!\d)/gu,
    read: (m) => [{ kind: 'day', d: Number(m[3]), m: Number(m[2]), y: Number(m[1]) }],
  },
  {
    re: /(?<![\p{L}])(?:на\s+(?:следующий|другой)\s+день|на\s+следующее\s+утро|в\s+(?:тот|этот)\s+же\s+день|в\s+(?:тот|этот)\s+день|накануне)(?![\p{L}])/giu,
    read: (m) => [
      {
        kind: 'relative',
        shift: /следующ|другой/iu.test(m[0]) ? 1 : /накануне/iu.test(m[0]) ? -1 : 0,
      },
    ],
  },
]

// 'сегодня', 'вчера', 'завтра': days from the page's date, read only when the page gives one.
DATE_PATTERNS.push({
  re: /(?<![\p{L}])(?:сегодня|вчера|завтра|послезавтра)(?![\p{L}])/giu,
  read: (m) => [
    {
      kind: 'anchored',
      shift: { сегодня: 0, вчера: -1, завтра: 1, послезавтра: 2 }[m[0].toLowerCase()] ?? 0,
    },
  ],
})

const MONTH_PREFIXES = 'янв фев мар апр ма июн июл авг сен окт ноя дек'.split(' ')

function monthNumber(word: string): number {
  const w = word.toLowerCase()
  return MONTH_PREFIXES.findIndex((p) => w.startsWith(p)) + 1
}

/** Every date phrase in the text, in order, with yearless dates placed and relative ones counted. */
export function readDates(text: string, context: DateContext): DateMention[] {
  const out: DateMention[] = []
  let lastDate = context.lastDate
  for (const phrase of findDatePhrases(text)) {
    for (const raw of phrase.dates) {
      const mention = resolveDate(raw, { ...context, lastDate }, phrase)
      if (!mention) continue
      out.push(mention)
      lastDate = mention.date
    }
  }
  return out
}

/** Date phrases in reading order; a longer phrase ('с 17 по 21 ноября') hides the shorter ones in it. */
function findDatePhrases(text: string): RawPhrase[] {
  const found: RawPhrase[] = []
  const overlaps = (a: number, b: number) =>
    found.some((f) => a < f.index + f.length && b > f.index)
  for (const { re, read } of DATE_PATTERNS)
    for (const m of text.matchAll(re)) {
      if (overlaps(m.index, m.index + m[0].length)) continue
      found.push({ index: m.index, length: m[0].length, dates: read(m) })
    }
  return found.sort((a, b) => a.index - b.index)
}

/** A phrase's calendar date(s); spans over two months are refused as misreadings. */
function resolveDate(raw: RawDate, ctx: DateContext, at: RawPhrase): DateMention | null {
  const base = { index: at.index, length: at.length }
  if (raw.kind === 'anchored' || raw.kind === 'relative') {
    // 'сегодня' counts from the page's date; 'на следующий день' from the last date read, and a
    // first 'накануне' (no date read yet) from the page's.
    const from =
      raw.kind === 'anchored'
        ? ctx.published
        : (ctx.lastDate ?? (raw.shift === -1 ? ctx.published : undefined))
    if (!from) return null
    return { ...base, date: shiftDate(from, raw.shift), explicitYear: false, relative: true }
  }
  if (raw.kind === 'day') {
    const date = placeDay(raw.d, raw.m, raw.y, ctx)
    return date ? { ...base, date, explicitYear: raw.y !== undefined, relative: false } : null
  }
  const m1 = raw.m1 ?? raw.m2
  // 'с 30 декабря по 2 января 2026 года': the start's year is the end's, less one across New Year.
  const y1 = raw.y1 ?? (raw.y2 !== undefined ? (m1 > raw.m2 ? raw.y2 - 1 : raw.y2) : undefined)
  const start = placeDay(raw.d1, m1, y1, ctx)
  if (!start) return null
  const end =
    raw.y2 !== undefined ? validDate(raw.y2, raw.m2, raw.d2) : firstOnOrAfter(start, raw.d2, raw.m2)
  if (!end || end < start || daysBetween(start, end) > 62) return null
  return {
    ...base,
    date: start,
    end,
    explicitYear: raw.y1 !== undefined || raw.y2 !== undefined,
    relative: false,
  }
}

/** The year of a day and month: as written, else near the last date, else the option, else near today. */
function placeDay(
  day: number,
  month: number,
  year: number | undefined,
  ctx: DateContext,
): string | null {
  if (year !== undefined) return validDate(year, month, day)
  if (ctx.lastDate) return nearestDate(day, month, ctx.lastDate, false)
  if (ctx.year !== undefined) return validDate(ctx.year, month, day)
  return nearestDate(day, month, ctx.today, true)
}

/**
 * The date with this day and month nearest to `ref`. Against today, days ahead count three times:
 * a press release is usually about the recent past, an announcement only about the near future.
 */
function nearestDate(day: number, month: number, ref: string, pastBias: boolean): string | null {
  let best: string | null = null
  let bestCost = Infinity
  for (const year of [yearOf(ref) - 1, yearOf(ref), yearOf(ref) + 1]) {
    const date = validDate(year, month, day)
    if (!date) continue
    const diff = daysBetween(ref, date)
    const cost = diff > 0 && pastBias ? diff * 3 : Math.abs(diff)
    if (cost < bestCost) [best, bestCost] = [date, cost]
  }
  return best
}

function firstOnOrAfter(start: string, day: number, month: number): string | null {
  const same = validDate(yearOf(start), month, day)
  return same && same >= start ? same : validDate(yearOf(start) + 1, month, day)
}

function validDate(year: number, month: number, day: number): string | null {
  const date = `${year}-${pad2(month)}-${pad2(day)}`
  return month >= 1 && isLocalDate(date) ? date : null
}

/** Dates of every sentence in reading order; a year from the past (history) does not move the anchor. */
function readSentenceDates(
  sentences: Sentence[],
  context: { year?: number; today: string; published?: string },
): void {
  let lastDate: string | undefined
  let firstYear: number | undefined
  for (const s of sentences) {
    if (s.role === 'background') continue
    const found = readDates(s.plain, { ...context, lastDate })
    s.dates = found.filter(
      (d) => !(d.explicitYear && firstYear !== undefined && yearOf(d.date) < firstYear),
    )
    firstYear ??= s.dates[0] ? yearOf(s.dates[0].date) : undefined
    lastDate = s.dates.at(-1)?.date ?? lastDate
  }
}

/** The sentence's plain text with its date phrases blanked, for titles ('подписание … 18 ноября …'). */
function withoutDates(text: string, dates: DateMention[]): string {
  return blankRanges(
    text,
    dates.map((d) => [d.index, d.index + d.length]),
  )
}

// ───────────────────────────── Places ─────────────────────────────

interface Country {
  name: string
  gen: string
  acc: string
  stem: string
}

const country = (name: string, gen: string, acc: string, stem: string): Country => ({
  name,
  gen,
  acc,
  stem,
})

const COUNTRIES: Country[] = [
  country('Казахстан', 'Казахстана', 'Казахстан', 'казахстан'),
  country('Беларусь', 'Беларуси', 'Беларусь', 'беларус|белорус'),
  country('Китай', 'Китая', 'Китай', 'кита[йяюе](?![\\p{L}])|китайск|кнр(?![\\p{L}])|поднебесн'),
  country('Узбекистан', 'Узбекистана', 'Узбекистан', 'узбек'),
  country('Киргизия', 'Киргизии', 'Киргизию', 'киргиз|кыргыз'),
  country('Таджикистан', 'Таджикистана', 'Таджикистан', 'таджик'),
  country('Туркменистан', 'Туркменистана', 'Туркменистан', 'туркмен'),
  country('Армения', 'Армении', 'Армению', 'армени|армянск'),
  country('Азербайджан', 'Азербайджана', 'Азербайджан', 'азербайджан'),
  country('Абхазия', 'Абхазии', 'Абхазию', 'абхаз'),
  country('Монголия', 'Монголии', 'Монголию', 'монгол'),
  country('Вьетнам', 'Вьетнама', 'Вьетнам', 'вьетнам'),
  country('Индия', 'Индии', 'Индию', 'инди(?:я|и|ю|ей)(?![\\p{L}])|индийск'),
  country('Иран', 'Ирана', 'Иран', 'иран(?:а|е|у|ом|ск\\p{L}*)?(?![\\p{L}])'),
  country('Турция', 'Турции', 'Турцию', 'турци|турецк'),
  country('Сербия', 'Сербии', 'Сербию', 'серби|(?<!республик\\p{L}*\\s+)сербск'),
  country('Босния и Герцеговина', 'Боснии и Герцеговины', 'Боснию и Герцеговину', 'босни'),
  country('Тунис', 'Туниса', 'Тунис', 'тунис(?:а|е|у|ом|ск\\p{L}*)?(?![\\p{L}])'),
  country('Куба', 'Кубы', 'Кубу', 'куб[аеуы](?![\\p{L}])|кубинск'),
  country('Египет', 'Египта', 'Египет', 'египет|египт'),
  country('ОАЭ', 'ОАЭ', 'ОАЭ', 'оаэ(?![\\p{L}])|эмират'),
  country('Индонезия', 'Индонезии', 'Индонезию', 'индонези'),
  country('Таиланд', 'Таиланда', 'Таиланд', 'таиланд|тайланд'),
  country('Лаос', 'Лаоса', 'Лаос', 'лаос'),
  country('Бразилия', 'Бразилии', 'Бразилию', 'бразили'),
  country('Южная Осетия', 'Южной Осетии', 'Южную Осетию', 'южн\\p{L}*\\s+осети|югоосетин'),
]

/** Foreign cities, regions and officials' titles that name their country. */
const PLACES: [string, string][] = [
  ['минск|гродн|брест|гомел|витебск|могил[её]в|облисполком', 'Беларусь'],
  ['харбин|пекин|шанха|хэйлунцзян|цзилин|ляонин|гуанчжоу|далян|суйфэньхэ|хуньчун', 'Китай'],
  [
    'алматы|алма-ат|алматинск|астан|тараз|жамбыл|жетысу|абай|улытау|талдыкорган|караганд|шымкент|павлодар|костана|акима|акимат|аким(?![\\p{L}])',
    'Казахстан',
  ],
  ['ташкент|самарканд|бухар|хорезм|ферган|хоким', 'Узбекистан'],
  ['бишкек', 'Киргизия'],
  ['ереван', 'Армения'],
  ['баку(?![\\p{L}])', 'Азербайджан'],
  ['душанбе', 'Таджикистан'],
  ['ашхабад', 'Туркменистан'],
  ['сухум', 'Абхазия'],
  ['улан-батор', 'Монголия'],
  ['ханой|хошимин', 'Вьетнам'],
]

/** Leningrad Oblast, its towns, and Russia: the home side. */
const HOME =
  'ленинградск|ленобласт|санкт-петербург|петербург|росси|российск|рф(?![\\p{L}])|гатчин|выборг|сосновоборск|сосновый бор|тихвин|кировск|всеволожск|ломоносов|кингисепп|приозерск|тосн|волхов|шлиссельбург|кириш|лужск|подпорож|лодейнопольск|бокситогорск|сланцев|ивангород'

const FOREIGN = [...COUNTRIES.map((c) => c.stem), ...PLACES.map(([stem]) => stem), 'провинци'].join(
  '|',
)
const FOREIGN_RE = stemRe(FOREIGN, 'iu')
const HOME_RE = stemRe(HOME, 'iu')

/** Where each country is named by name ('Казахстан', 'казахстанской', 'КНР'). */
function countryHits(text: string): CountryMention[] {
  const hits: CountryMention[] = []
  for (const c of [...COUNTRIES, RUSSIA])
    for (const m of text.matchAll(stemRe(c.stem)))
      hits.push({ country: c.name, index: m.index, length: m[0].length })
  return hits
}

const RUSSIA = country(
  'Россия',
  'России',
  'Россию',
  'росси(?:я|и|ю|ей)(?![\\p{L}])|российск|рф(?![\\p{L}])',
)

/** The partner country most often named (its cities and regions count for it). */
function readCountry(text: string): string {
  let best = ''
  let bestScore = 0
  let bestAt = Infinity
  for (const c of COUNTRIES) {
    const hits = [...text.matchAll(stemRe(c.stem))].map((m) => m.index)
    for (const [stem, name] of PLACES)
      if (name === c.name) hits.push(...[...text.matchAll(stemRe(stem))].map((m) => m.index))
    const at = Math.min(...hits)
    if (hits.length > bestScore || (hits.length === bestScore && hits.length > 0 && at < bestAt))
      [best, bestScore, bestAt] = [c.name, hits.length, at]
  }
  return best
}

function countryGen(name: string): string {
  return COUNTRIES.find((c) => c.name === name)?.gen ?? name
}

/** The partner's region in the nominative: 'Жамбылской области' → 'Жамбылская область'. */
function readRegion(text: string, partnerCountry: string): string {
  const counts = new Map<string, { n: number; at: number }>()
  const add = (region: string, at: number) => {
    const c = counts.get(region) ?? { n: 0, at }
    counts.set(region, { n: c.n + 1, at: c.at })
  }
  for (const m of text.matchAll(
    /(?<![\p{L}])([\p{Lu}][\p{L}-]*(?:ск|цк))(?:ая|ой|ую|ою)\s+(област|провинци)(?:ь|и|ью|я|ю|ей)(?![\p{L}])/gu,
  ))
    if (!HOME_RE.test(m[1]!))
      add(`${m[1]}ая ${m[2] === 'област' ? 'область' : 'провинция'}`, m.index)
  // 'области Жетысу', 'провинции Хэйлунцзян' — but not 'Ленинградской области Александр …'.
  for (const m of text.matchAll(
    /(?<![\p{L}])(\p{L}+\s+)?(област|провинци)(?:ь|и|ью|я|ю|ей)\s+([\p{Lu}][\p{Ll}-]+)(?![\p{L}])/gu,
  )) {
    if (m[1] && /(?:ой|ей|ая|ую)\s+$/u.test(m[1])) continue
    if (!FOREIGN_RE.test(m[3]!)) continue
    add(`${m[2] === 'област' ? 'область' : 'провинция'} ${m[3]}`, m.index)
  }
  const ranked = [...counts.entries()].map(([region, c]) => ({
    region,
    score: c.n + (partnerCountry && placeCountry(region) === partnerCountry ? 2 : 0),
    at: c.at,
  }))
  ranked.sort((a, b) => b.score - a.score || a.at - b.at)
  return ranked[0]?.region ?? ''
}

function placeCountry(text: string): string {
  for (const [stem, name] of PLACES) if (stemRe(stem, 'iu').test(text)) return name
  return COUNTRIES.find((c) => stemRe(c.stem, 'iu').test(text))?.name ?? ''
}

// ───────────────────────────── Direction ─────────────────────────────

const LO = '(?:ленинградск\\p{L}*\\s+област\\p{L}*|ленобласт\\p{L}*)'
/** An ambassador or consul in any case (but not 'после'). */
const ENVOY = '(?:посол|посл(?:а|у|ом)(?![\\p{L}])|консул\\p{L}*|генконсул\\p{L}*)'
const FOREIGN_PLACE = `(?:(?:республик\\p{L}*|город\\p{L}*|провинци\\p{L}*)\\s+)?(?:${FOREIGN})`

/** Weighted signs that the delegation comes to the region, or that the region's people travel. */
const DIRECTION_SIGNS: { re: RegExp; weight: number; direction: 'incoming' | 'outgoing' }[] = [
  {
    re: stemRe(
      `(?:посетил\\p{L}*|прибыл\\p{L}*\\s+в|приехал\\p{L}*\\s+в|побывал\\p{L}*\\s+в)\\s+${LO}`,
    ),
    weight: 3,
    direction: 'incoming',
  },
  {
    re: stemRe(`${LO}\\s+(?:посетил|стала\\s+местом|принимает|принял)`),
    weight: 3,
    direction: 'incoming',
  },
  {
    re: stemRe(
      `(?:в|во)\\s+(?:ленинградской\\s+области|ленобласти)\\s+(?:с\\s+\\p{L}+\\s+визитом\\s+)?(?:находил|побывал|пребывал|работал)`,
    ),
    weight: 3,
    direction: 'incoming',
  },
  { re: stemRe(`визит\\p{L}*\\s+в\\s+${LO}`), weight: 2, direction: 'incoming' },
  {
    re: /(?<![\p{L}])делегаци\p{L}*\s+(?:из\s+)?(?!Ленинградск|Ленобласт|Правительства\s+Ленинградск)\p{Lu}/gu,
    weight: 1,
    direction: 'incoming',
  },
  { re: stemRe('гост(?:и|ей|ям|ями)(?![\\p{L}])'), weight: 1, direction: 'incoming' },
  {
    re: stemRe(
      `${ENVOY}\\s[^.]{0,80}?\\sв\\s+(?:россии|российской\\s+федерации|санкт-петербурге|петербурге)`,
    ),
    weight: 2,
    direction: 'incoming',
  },
  { re: stemRe('дом\\p{L}*\\s+правительства'), weight: 1, direction: 'incoming' },
  {
    re: stemRe(`делегаци\\p{L}*\\s+(?:правительства\\s+)?${LO}`),
    weight: 3,
    direction: 'outgoing',
  },
  {
    re: stemRe(`рабоч\\p{L}+\\s+(?:поездк|визит)\\p{L}*\\s+в\\s+(?!ленинградск|ленобласт)`),
    weight: 2,
    direction: 'outgoing',
  },
  {
    re: stemRe(
      `(?:посетил\\p{L}*|прибыл\\p{L}*\\s+в|побывал\\p{L}*\\s+в|находил\\p{L}*\\s+(?:с\\s+\\p{L}+\\s+визитом\\s+)?в)\\s+${FOREIGN_PLACE}`,
    ),
    weight: 3,
    direction: 'outgoing',
  },
  {
    re: new RegExp(
      `(?<!(?:отбыл|вылетел|уехал|вернул|отправил)\\p{L}*\\s+)(?<![\\p{L}])(?:в|во)\\s+${FOREIGN_PLACE}`,
      'giu',
    ),
    weight: 1,
    direction: 'outgoing',
  },
  {
    re: stemRe(`(?:генеральн\\p{L}*\\s+)?${ENVOY}\\s+(?:россии|российской\\s+федерации)`),
    weight: 2,
    direction: 'outgoing',
  },
]

/** Incoming unless the signs of travel abroad outweigh those of a visit to the region. */
function readDirection(text: string): 'incoming' | 'outgoing' {
  const score = { incoming: 0, outgoing: 0 }
  for (const sign of DIRECTION_SIGNS)
    score[sign.direction] += [...text.matchAll(sign.re)].length * sign.weight
  return score.outgoing > score.incoming ? 'outgoing' : 'incoming'
}

// ───────────────────────────── Russian word forms ─────────────────────────────

type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'prep'
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
function adjectiveIn(word: string, c: Case): Adjective | null {
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
function adjectiveForm(a: Adjective, c: Case): string {
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
type SuffixRules = [string, string][]
const rules = (spec: string): SuffixRules =>
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
  n: rules('ие>ия ье>ья е>я о>а'),
}

/** The word with the first matching ending replaced; `otherwise` (say 'а') is added after a consonant. */
function applyRules(word: string, table: SuffixRules, otherwise = ''): string {
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
function headToCase(phrase: string, from: Case, to: 'nom' | 'gen' | 'acc'): string {
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

function nounToAccusative(noun: string, gender: Gender): string {
  if (gender !== 'f' || isIndeclinable(noun)) return noun
  return applyRules(noun, rules('а>у я>ю'))
}

/** 'имени' shortened as officers write titles; spaces tidied; a trailing stop dropped. */
function tidyTitle(text: string): string {
  return capitalise(tidy(text))
}

function tidy(text: string): string {
  const t = collapse(text)
    .replace(/(?<![\p{L}])(?<!от\s)имени(?=\s+\p{Lu})/gu, 'им.')
    .replace(/\s+([,.;:»)])/gu, '$1')
    .replace(/[\s,;:—-]+$/u, '')
  return t.length > 300 ? `${t.slice(0, 297).replace(/\s\S*$/u, '')}…` : t
}

// ───────────────────────────── Tokens and noun phrases ─────────────────────────────

interface Token {
  text: string
  start: number
  end: number
  kind: 'word' | 'quote' | 'punct' | 'dash'
}

const TOKEN_RE = /«[^«»]*»|[\p{L}\d]+(?:[-–'’.][\p{L}\d]+)*\.?|—|[,;:!?().…]/gu

/** Words, «quoted names» (one token each), dashes and punctuation, with their offsets. */
function tokenize(text: string): Token[] {
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
function isVerb(word: string): boolean {
  const w = word.toLowerCase()
  if (
    !/^\p{Ll}/u.test(word) ||
    NOT_VERBS.has(w) ||
    NOT_VERBS.has(w.replace(/(?:а|у|е|ом|ы|ов|ами|ах)$/u, ''))
  )
    return false
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

interface Phrase {
  start: number
  end: number
  /** Index of the token where reading stopped (a separator, or past the end). */
  stop: number
}

interface PhraseOptions {
  /** Stop at 'и' when what follows starts another object ('посетили X и Y'). */
  splitOnAnd?: boolean
  /** Stop before this offset (the end of a person's name, say). */
  stopAt?: number
  /** Stop at 'и' before another document ('Программу … и Меморандум …'). */
  stopAtDocument?: boolean
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
      if (next.kind === 'word' && EVENT_START.test(next.text)) break
      if (options.splitOnAnd && startsNewObject(next, tokens, from)) break
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

function startsNewObject(next: Token, tokens: Token[], from: number, c?: Case): boolean {
  if (next.kind === 'quote' || isCapitalised(next.text)) return true
  if (next.kind !== 'word' || isVerb(next.text)) return false
  // 'посетит ООО «Мараби», инвестиционную площадку, Каспийский завод': objects of one verb are
  // in its case, whatever their gender; the dictionary says which case a noun can be in.
  const at = tokens.indexOf(next)
  const nextHead = tokens
    .slice(at, at + 4)
    .find(
      (t) => t.kind === 'word' && !/(?:ый|ий|ой|ая|яя|ое|ее|ую|юю|ого|его|ом|ем)$/u.test(t.text),
    )
  if (c && reading.morph && nextHead && nounCanBe(reading.morph, next.text, nextHead.text, c))
    return true
  const ending = (w: string) => w.toLowerCase().match(/[аяуюеиыоёйь]?$/u)?.[0] ?? ''
  const first = tokens[from]!
  const head = tokens
    .slice(from)
    .find(
      (t) => t.kind === 'word' && !/(?:ый|ий|ой|ая|яя|ое|ее|ую|юю|ого|его|ом|ем)$/u.test(t.text),
    )
  return [first, head].some((t) => t !== undefined && ending(t.text) === ending(next.text))
}

/** 'посетили X, Y и Z' → three phrases. */
function collectList(tokens: Token[], from: number, c?: Case): Phrase[] {
  const items: Phrase[] = []
  let i = from
  while (i < tokens.length) {
    const p = collectPhrase(tokens, i, { splitOnAnd: true })
    if (!p) break
    items.push(p)
    const sep = tokens[p.stop]
    const next = tokens[p.stop + 1]
    if (!sep || !next || !(sep.text === ',' || sep.text.toLowerCase() === 'и')) break
    if (!startsNewObject(next, tokens, i, c) || endsPhrase(next, tokens[p.stop + 2])) break
    i = p.stop + 1
  }
  return items
}

const tokenIndexAt = (tokens: Token[], offset: number) => tokens.findIndex((t) => t.start >= offset)

function phraseAfter(tokens: Token[], offset: number, options?: PhraseOptions): Phrase | null {
  const i = tokenIndexAt(tokens, offset)
  return i < 0 ? null : collectPhrase(tokens, i, options)
}

/** Adjectives written just before a noun ('выездной консульский прием'), nominative or accusative. */
function adjectivesBefore(tokens: Token[], offset: number): string {
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

// ───────────────────────────── People ─────────────────────────────

/** Titles of officials, nominative → [genitive, dative, instrumental, prepositional]. */
const POSITION_FORMS: Record<string, [string, string, string, string]> = {
  посол: ['посла', 'послу', 'послом', ''],
  глава: ['главы', 'главе', 'главой', 'главе'],
  секретарь: ['секретаря', 'секретарю', 'секретарем', 'секретаре'],
  атташе: ['атташе', 'атташе', 'атташе', 'атташе'],
}
const REGULAR_TITLES =
  'премьер-министр премьер раис генерал-губернатор губернатор консул генконсул аким хоким ректор проректор директор министр мэр президент начальник депутат сенатор советник спикер префект'
for (const nom of REGULAR_TITLES.split(' '))
  POSITION_FORMS[nom] = [`${nom}а`, `${nom}у`, `${nom}ом`, `${nom}е`]
for (const nom of 'заместитель руководитель председатель представитель'.split(' ')) {
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
  `(?<![\\p{L}-])(?<!во\\s+)((?:(?:перв|генеральн|чрезвычайн|полномочн|временн|почетн|почётн|исполнительн|ответственн|специальн|постоянн)\\p{L}*\\s+(?:и\\s+)?){0,3})((?:вице-)?(?:${[...POSITION_BY_FORM.keys()].sort((a, b) => b.length - a.length).join('|')}))(?![\\p{L}-])`,
  'giu',
)

interface PersonMention {
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
  `^(?:${FOREIGN}|${HOME}|республик|федераци|област|провинци|союз|округ|район|край|правительств|губернатор|дом|комитет|министерств|администраци|департамент|посольств|консульств|генконсульств|центр|университет|собрани|дум|совет|палат|посол|президент|глав|мэри|агентств|фонд|корпораци|компани|ассоциаци|академи|институт|музе|театр|двор|форум|экспо|ссср|народн|государств)`,
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
function findPeople(s: Sentence, sentence: number): PersonMention[] {
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
        s.text.slice(m.index, name[0]!.start).trim(),
        m[1]!,
        m[2]!,
        form,
      ),
      c,
    })
    consumed = name.at(-1)!.end
  }
  return [...out, ...namesAlone(s, sentence, tokens, out)].sort((a, b) => a.start - b.start)
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
    if (isNameWord(t)) {
      run.push(t)
      continue
    }
    // 'Анатолий АРТАМОНОВ': a surname in capitals after a first name.
    if (run.length && t.kind === 'word' && /^\p{Lu}{3,}$/u.test(t.text)) {
      run.push({ ...t, text: t.text.charAt(0) + t.text.slice(1).toLowerCase() })
      continue
    }
    if (run.length) {
      const name = nameInRun(run)
      if (name) return name
      run = []
    }
    if (t.kind === 'punct' || t.kind === 'dash' || (t.kind === 'word' && isVerb(t.text)))
      return null
  }
  return run.length ? nameInRun(run) : null
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
    m: rules('ича>ич ского>ский цкого>цкий ия>ий ая>ай ея>ей оя>ой уя>уй я>ь а>'),
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
function personInCase(p: { position: string; fullName: string }, c: 'gen' | 'ins'): string {
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
  /(?<![\p{L}])(?:он|она)\s+возглавля\p{L}*\s+(?:\p{L}+\s+)?делегаци|(?<![\p{L}])возглавлял\p{L}*\s+(?:е[её]|их)(?![\p{L}])|возглави\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:делегаци|мисси)|(?:делегаци|мисси)\p{L}*(?:\s+[\p{L}-]+){0,4}?,?\s+(?:котор\p{L}+\s+)?возглав|(?:делегаци|мисси|гост|состав)\p{L}*(?:\s+[\p{L}«»"(),-]+){0,8}?\s+(?:во\s+главе\s+с|под\s+руководством)|руководител\p{L}*\s+делегации|глав\p{L}*\s+делегации/iu

type Nationality = 'home' | 'foreign' | 'unknown'

/** Whose side a position is on: the first place it names decides ('Посол Казахстана в России' → foreign). */
function nationality(position: string, sides?: Sides): Nationality {
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
function collectPeople(
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
  for (const p of people) {
    p.head = head !== undefined && samePerson(p.fullName, head.fullName)
    p.side = sideOf(nationality(p.position, sides), direction, p.head)
  }
  return people
}

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
    const marked = /^возглави/iu.test(mark[0])
      ? mentions[i]!.filter((m) => m.end <= mark.index && m.c === 'nom').at(-1)
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
          m.c === 'nom' &&
          TRAVELS.test(s.text.slice(m.end, m.end + 90).split(/[.!?;]/u)[0]!) &&
          accept(nationality(post(m), sides)),
      )
      if (found) return found
    }
    return undefined
  }
  const sure = traveller((n) => n === wanted)
  if (sure) return { mention: sure, how: 'traveller' }
  const firstParagraph = sentences.find((s) => s.role === 'article')?.paragraph
  const first = mentions
    .flat()
    .find(
      (m) =>
        sentences[m.sentence]!.paragraph === firstParagraph &&
        nationality(m.position, sides) === wanted,
    )
  // 'в Стамбул прибыл президент Татарстана …' before '… и мэр Кадир Топбаш отправились на форум'.
  if (first) return { mention: first, how: 'firstNamed' }
  const maybe = traveller((n) => n === 'unknown')
  if (maybe) return { mention: maybe, how: 'traveller' }
  // Else the travellers' highest post named anywhere in the article.
  const ranked = mentions
    .flat()
    .filter((m) => nationality(m.position, sides) === wanted && rankOf(m.position) > 0)
    .sort((a, b) => rankOf(b.position) - rankOf(a.position))
  return ranked[0] ? { mention: ranked[0], how: 'firstNamed' } : undefined
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
  documentKind('договор(?:а|у|ом|е)?', 'agreement', 'договор', 'договора'),
  documentKind(
    'дорожн(?:ая|ой|ую)\\s+карт(?:а|ы|е|у|ой)',
    'plan',
    'дорожная карта',
    'дорожной карты',
  ),
  documentKind(`план(?:а|у|ом|е)?(?=\\s+${PLAN_OF})`, 'plan', 'план', 'плана'),
  documentKind(
    `программ(?:а|ы|у|ой|е)(?=(?:\\s+[\\p{L}-]+(?:ого|его|ой|ых|их),?(?:\\s+и)?){0,4}\\s+${PLAN_OF})`,
    'plan',
    'программа',
    'программы',
  ),
  documentKind('протокол(?:а|у|ом|е)?', 'protocol', 'протокол', 'протокола'),
  // 'подписание ряда двусторонних документов': documents of no named kind, signed or to be.
  documentKind('документ(?:а|ы|ов)', 'agreement', 'документы', 'документов'),
]

interface FoundDocument {
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

const SIGNING = stemRe(
  'подпис|заключ(?:ил|ен|ён|ени[еяю]\\s+(?:соглашени|договор|меморандум))|скрепил',
)
/** Words that make a signing a plan, not a fact. */
const NOT_YET =
  /планиру|будет|будут|предстоит|намерен(?:ы|а)?(?![\p{L}])|готов|подготов|договорились|предлож|к\s+подписанию|подписать|подпишут|состоится|разрабатыва|проект/iu
/** A signing planned within the visit's programme. */
const PLANNED_HERE =
  /(?<![\p{L}])(?:подпишут|подпишет|подписать|подписания|подписание|будет\s+подписан\p{L}*|будут\s+подписан\p{L}*|заключат|заключить)(?![\p{L}])/iu
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

/** Documents named in the article (not the background): signed ones, and planned ones. */
function findDocuments(sentences: Sentence[], problems: ImportDraft['problems']): FoundDocument[] {
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
  return kept
    .filter((d) => !d.bare || !anyNamed)
    .sort((a, b) => a.sentence - b.sentence || a.at - b.at)
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
  const phrase =
    complement && complement.start <= wordEnd + 1
      ? text.slice(complement.start, complement.end)
      : ''
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
  if (REFERENCE.test(before)) return null
  if (inSpeech && !INTENTION.test(s.text)) return null
  const signed = !inSpeech && isSigned(s.plain, m.index)
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
  /(?:^|[\s,(])(?:(?:ряд|несколько|два|две|три|пакет|двусторонн\p{L}*|межрегиональн\p{L}*|соответствующ\p{L}*|побратимск\p{L}*|партн[её]рск\p{L}*|трёхсторонн\p{L}*|трехсторонн\p{L}*|ключев\p{L}*|новы\p{L}*|нов\p{L}*|подписали|подписал[аи]?|подписан[оы]?|подпишут|подписать|подписание|заключили|заключено|было|были|был|будет|будут)\s+)?$/iu

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
    if (!past && !(noun && PAST_AUX.test(plain.slice(Math.max(0, m.index - 40), m.index + 60))))
      continue
    if (m.index < at ? !NOT_YET.test(plain.slice(m.index, at)) : m.index - at < (past ? 160 : 60))
      return true
  }
  return false
}
const PAST_AUX =
  /(?<![\p{L}])(?:состоял\p{L}*|прош(?:ло|ла|ел|ёл|ли)|стал[оа]?|был[оаи]?|произош\p{L}*|подписал\p{L}*|подписан[аоы]?|заключил\p{L}*|заключ[её]н[аоы]?)(?![\p{L}])/iu

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

/** 'Меморандум о сотрудничестве между …'; an unnamed plan is named after the partners. */
function documentTitle(d: FoundDocument, partnerGen: string): string {
  const word = d.quoted ? `«${capitalise(d.nom)}»` : capitalise(d.nom)
  const tail =
    d.complement || (partnerGen ? `сотрудничества Ленинградской области и ${partnerGen}` : '')
  return tidyTitle(`${word} ${tail}`)
}

function documentGenitive(d: FoundDocument): string {
  const word = d.quoted ? `«${d.gen}»` : d.capital ? capitalise(d.gen) : d.gen
  return collapse(`${word} ${d.complement}`)
}

/** The review screen's document, dated by the signing item that covers it. */
function toDraftDocument(
  d: FoundDocument,
  index: number,
  sentences: Sentence[],
  events: FoundEvent[],
  partnerGen: string,
  visitStart: string,
): DraftDocument {
  const title = documentTitle(d, partnerGen)
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

// ───────────────────────────── Events ─────────────────────────────

interface FoundEvent {
  sentence: number
  at: number
  kind: ItemKind
  title: string
  venueName?: string
  date?: string
  documents?: FoundDocument[]
}

interface SentenceContext {
  s: Sentence
  index: number
  /** Plain text with dates blanked: what titles are cut from. */
  text: string
  tokens: Token[]
  people: PersonMention[]
}

/** What a rule makes: an event and where the words it read end (later rules skip them). */
type Draft = Omit<FoundEvent, 'sentence' | 'at' | 'date'> & { end: number }

interface EventRule {
  re: RegExp
  build: (ctx: SentenceContext, m: Match) => Draft[]
}

const MEMORIAL =
  /мемориал|памятник|монумент|обелиск|братск\p{L}* могил|захоронени|вечн\p{L}* огн|пискар[её]вск|могил|стел[аыуе]/iu
const GATHERING =
  /форум|конференци|заседани|сесси[ияю]|саммит|конгресс|экспо(?![\p{L}])|ярмарк|семинар|круглом\s+столе|круглый\s+стол|съезд|пленарн/iu
const CULTURAL =
  /фестивал|концерт|спектакл|театр|музе|дворец|дворц|эрмитаж|замок|замк|усадьб|собор|храм|монастыр|крепост|галере|выставк|филармони|балет|опер[аыуе]|капелл/iu
/** Works and institutions: an excursion there is a site tour ('экскурсия на Ленинградскую АЭС'). */
const SITE =
  /станци|аэс|завод|предприяти|комбинат|порт|терминал|фабрик|производств|технопарк|университет|колледж|больниц|ферм|агрохолдинг|кампус|лаборатори|школ|оэз|индустриальн/iu
/** Heads of objects that are not sites: people ('посетила делегация') and whole territories. */
const NOT_A_SITE =
  /^(?:делегаци|гост|член|губернатор|вице-|посол|посл[ауо]|министр|глав[аыеу]|мэр|аким|хоким|председател|заместител|руководител|представител|участник|стран[аыуе]?|регион|област[ьи]|республик|провинци|город|край|столиц)/iu

/** The object's head word (first word that is not an adjective in its case). */
function headWord(phrase: string, c: Case): string {
  return phrase.split(' ').find((w) => !adjectiveIn(w, c)) ?? ''
}

/** A territory or person visited is the visit itself: 'посетила Ленинградскую область', 'Минск'. */
function isNotASite(phrase: string, c: Case): boolean {
  // 'областной центр', 'административный центр': the town itself.
  if (/^(?:областн|административн|районн|краев)\p{L}*\s+центр/iu.test(phrase)) return true
  // 'шесть из семи побратимских муниципальных образований': a count, not a site.
  if (
    /^(?:\d+|один|одн|дв|три|тр[её]х|четыр|пят|шест|сем|восьм|девят|десят|несколько)\p{L}*\s+из\s/iu.test(
      phrase,
    )
  )
    return true
  const head = headWord(phrase, c)
  if (NOT_A_SITE.test(head) || EVENT_NOUN.test(head)) return true
  return isCapitalised(head) && (FOREIGN_RE.test(head) || HOME_RE.test(head))
}
const EVENT_NOUN =
  /^(?:экскурси|форум|конференци|заседани|церемони|открыти|встреч|переговор|при[её]м|обед|ужин)/iu
/** Performances seen, not places: the venue is the building named with them. */
const PERFORMANCE = /^(?:концерт|спектакл|выставк|шоу|представлени|экспозици|постановк)/iu
const REFERS_BACK =
  /(?:итогам|ходе|рамках|результатам|после|завершении|время|полях|участник\p{L}*|ряд|серию|цикл)\s+(?:\p{L}+\s+)?$/iu
const HAPPENED =
  /(?:прош[её]л|прошла|прошло|прошли|состоял\p{L}*|состоится|состоятся|пройд[её]т|пройдут|открыл\p{L}*|откроется|откроются|стартовал\p{L}*|стартует|организован\p{L}*|организуют|проведен\p{L}*|провел\p{L}*|проведут|проведет|был[аои]?\s+дан\p{L}*|будет\s+дан\p{L}*|запланирован\p{L}*|намечен\p{L}*|ожида(?:ется|ются)|станет|станут|покаж(?:ет|ут)|покажет|представ(?:ит|ят|или|ил|ила))\s+(?:\p{L}+\s+){0,3}$/iu
/** The same verbs after a gathering named first ('Заседание комиссии пройдёт 23 октября'). */
const HAPPENS_AFTER =
  /^[^.!?]{0,140}?(?<![\p{L}])(?:прош[её]л|прошла|прошло|прошли|состоял\p{L}*|состоится|состоятся|пройд[её]т|пройдут|откроется|откроются|начн[её]тся|стартует|будет\s+работать)(?![\p{L}])/iu
/** After these words the sentence speaks of plans or invitations, not of the visit's events. */
const FUTURE =
  /(?<![\p{L}])(?:пригласил|приглашени|намерен(?:ы|а)?(?![\p{L}])|приурочен|договорились|предложил|подготовк\p{L}*\s+(?:к\s+)?(?:визит|поездк|переговор|подписани)|в\s+дальнейшем|в\s+будущем|в\s+перспективе|в\s+(?:следующем|будущем|предстоящем)\s+году|(?:будущего|следующего)\s+года|ответн\p{L}*\s+визит|с\s+целью|в\s+целях|цель\s+визита)/iu
const NEXT_YEAR_AFTER =
  /^[^.!?]{0,40}?котор\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:состоится|состоятся|пройд[её]т|пройдут|будет|будут|планируется)[^.!?]{0,50}?(?:будущего|следующего|предстоящего)\s+года/iu
/** A sentence starting so continues the day of the last date ('Затем…', 'Вечером…'). */
const CONTINUATION =
  /^(?:затем|после\s+этого|потом|далее|позднее|позже|вечером|днём|днем|утром|в\s+завершение|в\s+заключение|по\s+итогам|по\s+завершении|после\s+(?:встречи|переговоров|церемонии|экскурсии)|там\s+же|здесь\s+же|на\s+полях)(?![\p{L}])/iu

/** The kind an object or gathering implies: memorial, conference or culture, else the fallback. */
function kindOf(text: string, fallback: ItemKind): ItemKind {
  if (MEMORIAL.test(text)) return 'memorial'
  if (GATHERING.test(text)) return 'conference'
  if (SPORT.test(text)) return 'site-tour'
  if (PERFORMANCES.test(text)) return 'cultural'
  return SIGHTS.test(text) ? 'excursion' : CULTURAL.test(text) ? 'cultural' : fallback
}
/** Sports grounds are sites ('дворец водных видов спорта'), not sights. */
const SPORT = /спорт|стадион|арен[аыуе]|ледов\p{L}* двор|олимпийск\p{L}* резерв/iu
/** What is watched or listened to: culture. */
const PERFORMANCES =
  /фестивал|концерт|спектакл|театр|филармони|балет|опер[аыуе]|капелл|шоу|выставк(?!\p{L}*\s+зал)/iu
/** What is seen on a tour: museums, palaces, reserves, parks, old towns. */
const SIGHTS =
  /историческ\p{L}*\s+(?:мест|объект|памятник|центр)|музе|дворец|дворц|эрмитаж|замок|замк|усадьб|собор|храм|монастыр|мечет|крепост|заповедник|национальн\p{L}* парк|пущ|достопримечательн|кремл|галере|выставочн\p{L}* зал/iu

type Match = RegExpMatchArray & { index: number }
const slice = (ctx: SentenceContext, p: Phrase) => collapse(ctx.text.slice(p.start, p.end))
const after = (m: Match) => m.index + m[0].length

/** One event made from the phrase that follows the trigger. */
function phraseEvent(
  ctx: SentenceContext,
  from: number,
  make: (phrase: string) => Omit<Draft, 'end'>,
  options?: PhraseOptions,
): Draft[] {
  const p = phraseAfter(ctx.tokens, from, options)
  return p ? [{ ...make(slice(ctx, p)), end: p.end }] : []
}

const VENUE_HEAD =
  /^(?:дом|здани|резиденци|центр|университет|музе|театр|двор|зал|посольств|консульств|акимат|хокимият|администраци|правительств|стенд|павильон|кремл|собор|библиотек|колледж|академи|институт)\p{L}*$/iu

/** A venue named 'в/на' + a building in the sentence: 'в доме правительства региона'. */
function sentenceVenue(ctx: SentenceContext): string | undefined {
  for (const m of ctx.text.matchAll(/(?<![\p{L}])(?:в|во|на)\s+/giu)) {
    const p = phraseAfter(ctx.tokens, after(m))
    if (p && VENUE_HEAD.test(headWord(slice(ctx, p), 'prep')))
      return tidyTitle(headToCase(slice(ctx, p), 'prep', 'nom'))
  }
  return undefined
}

/** The venue named by an object phrase, when it is a proper name (a capital or «quotes»). */
function venueOf(phrase: string, c: Case): string | undefined {
  return /\p{Lu}|«/u.test(phrase) ? tidyTitle(headToCase(phrase, c, 'nom')) : undefined
}

const withVenue = (venueName: string | undefined) => (venueName ? { venueName } : {})

/** 'Встреча губернатора … с Послом …' from the people in the sentence, when the noun says no more. */
function titleFromPeople(ctx: SentenceContext, word: string): string {
  const withWhom = ctx.people.find(
    (p) => /(?<![\p{L}])[сС]\s+$/u.test(ctx.s.text.slice(0, p.start)) && p.c === 'ins',
  )
  const who = ctx.people.find(
    (p) => p !== withWhom && p.c === 'nom' && ctx.s.plain.slice(p.start, p.end).trim(),
  )
  const withText = withWhom ? `с ${ctx.s.text.slice(withWhom.start, withWhom.end)}` : ''
  return tidyTitle(`${word} ${who && withWhom ? personInCase(who, 'gen') : ''} ${withText}`)
}

/** A title from an event noun: adjectives before it, the noun in the nominative, the phrase after. */
function nounTitle(ctx: SentenceContext, m: Match, lemma: string): { title: string; end: number } {
  const nominative = m[0].toLowerCase() === lemma || m[0].toLowerCase() === lemma.replace('ё', 'е')
  // Adjectives agree with the noun, so they are kept only when it is already nominative.
  const before = nominative ? adjectivesBefore(ctx.tokens, m.index) : ''
  const p = phraseAfter(ctx.tokens, after(m))
  const tail = p && p.start - after(m) < 3 ? slice(ctx, p) : ''
  return {
    title: tidyTitle(`${before} ${(nominative ? m[0] : lemma).toLowerCase()} ${tail}`),
    end: p?.end ?? after(m),
  }
}

/** 'приняла участие в пленарном заседании …' → 'Участие в пленарном заседании …'. */
function participation(ctx: SentenceContext, m: Match): Draft[] {
  // 'примет участие в том числе и Губернский оркестр': who takes part, not in what.
  if (/^\s*(?:том\s+числе|числе)(?![\p{L}])/iu.test(ctx.text.slice(after(m)))) return []
  return phraseEvent(ctx, after(m), (phrase) => ({
    kind: kindOf(phrase, 'conference'),
    title: tidyTitle(`Участие в ${phrase}`),
  }))
}

/** 'выступил на Российско-Китайском форуме' → 'Выступление на Российско-Китайском форуме'. */
function speaking(ctx: SentenceContext, m: Match): Draft[] {
  return phraseEvent(ctx, after(m), (phrase) => ({
    kind: kindOf(phrase, 'conference'),
    title: tidyTitle(`Выступление на ${phrase}`),
  }))
}

/** 'ознакомилась с работой Центра управления регионом' → a site tour at that centre. */
function acquaintance(ctx: SentenceContext, m: Match): Draft[] {
  return phraseEvent(ctx, after(m), (phrase) => {
    const place = phrase.replace(/^(?:работой|деятельностью|опытом\s+работы)\s+/iu, '')
    return {
      kind: kindOf(phrase, 'site-tour'),
      title: tidyTitle(`Знакомство с ${phrase}`),
      ...withVenue(place !== phrase ? venueOf(place, 'gen') : undefined),
    }
  })
}

/** 'возложили цветы к мемориалу «Разорванное кольцо»' → a memorial item at that memorial. */
function wreathLaying(ctx: SentenceContext, m: Match): Draft[] {
  const what = /венк|венок/iu.test(m[0]) ? 'венков' : /гирлянд/iu.test(m[0]) ? 'гирлянды' : 'цветов'
  return phraseEvent(ctx, after(m), (phrase) => ({
    kind: 'memorial',
    title: tidyTitle(`Возложение ${what} ${phrase}`),
    ...withVenue(venueOf(phrase.replace(/^(?:к|у)\s+/iu, ''), 'dat')),
  }))
}

/** 'почтили память защитников Ленинграда'. */
function homage(ctx: SentenceContext, m: Match): Draft[] {
  return phraseEvent(ctx, after(m), (phrase) => ({
    kind: 'memorial',
    title: tidyTitle(`Почтение памяти ${phrase}`),
  }))
}

/** 'экскурсия на Ленинградскую АЭС' is a site tour; 'экскурсия по парку «Монрепо»' an excursion. */
function excursion(ctx: SentenceContext, m: Match): Draft[] {
  const p = phraseAfter(ctx.tokens, after(m))
  const phrase = p && /^(?:на|по|в|во)\s/iu.test(slice(ctx, p)) ? slice(ctx, p) : ''
  const object = phrase.replace(/^\p{L}+\s+/u, '')
  const c: Case = /^по\s/iu.test(phrase)
    ? 'dat'
    : /[еи]$/u.test(headWord(object, 'prep'))
      ? 'prep'
      : 'acc'
  return [
    {
      kind: SITE.test(phrase) ? 'site-tour' : 'excursion',
      title: tidyTitle(`${adjectivesBefore(ctx.tokens, m.index)} экскурсия ${phrase}`),
      ...withVenue(object ? venueOf(object, c) : undefined),
      end: p && phrase ? p.end : after(m),
    },
  ]
}

/** 'встретились с вице-губернатором …' → 'Встреча с вице-губернатором …'. */
function meetingWith(ctx: SentenceContext, m: Match): Draft[] {
  const drafts = phraseEvent(ctx, after(m), (phrase) => ({
    kind: 'meeting',
    title: tidyTitle(`Встреча с ${phrase}`),
  }))
  const out = drafts.flatMap((d) => byCounterpart(ctx, d, m.index, 'Встреча'))
  return out.length ? [...out, ...morePosts(ctx, out.at(-1)!.end, 'Встреча', 'meeting')] : out
}

/** An official named by post in the instrumental ('вице-министром индустрии', 'с министром …'). */
const NEXT_POST = new RegExp(
  String.raw`^\s*(?:,\s*(?:а\s+также\s+)?|\s+и\s+|\s+а\s+также\s+)(?:со?\s+)?(?=(?:(?:перв|генеральн|чрезвычайн|полномочн|торгов|российск)\p{L}*\s+(?:и\s+)?)*(?:вице-|зам(?:\.|естител\p{L}*\s+))?(?:министр|губернатор|мэр|аким|хоким|глав|председател|заместител|руководител|руководств|посл|президент|премьер-министр|ректор|директор|секретар|консул|генконсул|депутат|представител)\p{L}*(?:ом|ем|ой|ей|ами|ями)(?![\p{L}]))`,
  'iu',
)

/**
 * 'встретится с акимом Астаны X, вице-министром индустрии, с министром транспорта': after the
 * first counterpart, one item for each official named by post in the list.
 */
function morePosts(ctx: SentenceContext, from: number, lemma: string, kind: ItemKind): Draft[] {
  const out: Draft[] = []
  let at = from
  for (;;) {
    const next = NEXT_POST.exec(ctx.text.slice(at))
    if (!next) return out
    const p = phraseAfter(ctx.tokens, at + next[0].length)
    if (!p) return out
    out.push({ kind, title: tidyTitle(`${lemma} с ${slice(ctx, p)}`), end: p.end })
    at = p.end
  }
}

/**
 * 'встречи с Президентом … Лукашенко и Премьер-министром … Головченко': one item per named
 * counterpart, each titled with the words that name them.
 */
function byCounterpart(ctx: SentenceContext, d: Draft, from: number, lemma: string): Draft[] {
  const named = ctx.people.filter((p) => p.c === 'ins' && p.start >= from && p.end <= d.end)
  if (named.length < 2) return [d]
  return named.map((p, i) => ({
    kind: d.kind,
    title: tidyTitle(`${lemma} с ${ctx.s.text.slice(p.start, p.end)}`),
    end: i === named.length - 1 ? d.end : p.end,
  }))
}

/** 'гостей принял вице-губернатор X' → 'Встреча с вице-губернатором X'. */
/** 'принял заместитель министра коммерции КНР': an official named by post only. */
const POST_AFTER =
  /^\s+((?:(?:вице-|перв\p{L}+\s+)?(?:губернатор|министр|заместител\p{L}*|глав\p{L}*|мэр|аким|хоким|председател\p{L}*|руководител\p{L}*|посол|президент|премьер-министр))(?:\s+[\p{L}-]+){0,5}?)(?=[,.;]|\s+(?:и|в|во|на)\s|$)/iu

function receivedBy(ctx: SentenceContext, m: Match): Draft[] {
  // 'делегацию … принял Шавкат Мирзиёев': the one named after the verb receives.
  const verbEnd = m.index + m[0].length
  const named = ctx.people.find((p) => p.start >= verbEnd && p.start - verbEnd < 40)
  const post = named ? null : POST_AFTER.exec(ctx.text.slice(verbEnd))
  if (post)
    return [
      {
        kind: 'meeting',
        title: tidyTitle(`Встреча с ${personInCase({ position: post[1]!, fullName: '' }, 'ins')}`),
        end: verbEnd + post[0].length,
      },
    ]
  // The guests are named with the delegation, before the verb; the host is someone else.
  const host =
    named ??
    ctx.people.find(
      (p) => (p.end <= m.index || p.start >= verbEnd) && nationality(p.position) === 'home',
    )
  if (!host) return [{ kind: 'meeting', title: 'Встреча', end: verbEnd }]
  return [
    { kind: 'meeting', title: tidyTitle(`Встреча с ${personInCase(host, 'ins')}`), end: host.end },
  ]
}

/** 'X принял Y', 'гостей приветствовал заместитель главы Y': a meeting with the one named. */
function receivedWhom(ctx: SentenceContext, m: Match): Draft[] {
  const verbEnd = m.index + m[0].length
  const guest = ctx.people.find((p) => p.start >= verbEnd && p.start - verbEnd < 60)
  if (!guest) return []
  // 'X принял Y' (Y in the accusative): Y is the one met, as the host sees it; 'гостей
  // приветствовал Y' (Y in the nominative): Y receives them.
  const met = guest.c === 'acc' || guest.c === 'gen'
  if (!met && !(guest.c === 'nom' && /приветствов/iu.test(m[0]))) return []
  return [
    {
      kind: 'meeting',
      title: tidyTitle(`Встреча с ${personInCase(guest, 'ins')}`),
      end: guest.end,
    },
  ]
}

/** 'обсудил с заместителем акима X ряд вопросов' (no meeting named) → talks with X. */
function discussedWith(ctx: SentenceContext, m: Match): Draft[] {
  if (/встреч|переговор/iu.test(ctx.text)) return []
  const partner = ctx.people.find(
    (p) =>
      p.start > m.index &&
      p.c === 'ins' &&
      /(?<![\p{L}])[сС]\s+$/u.test(ctx.text.slice(0, p.start)),
  )
  if (!partner) {
    // 'обсудят с руководством региона вопросы …': a body, not a named person.
    const body =
      /^\s+со?\s+((?:руководств|представител|коллег|правительств|администраци|членами)\p{L}*(?:\s+[\p{L}-]+){0,3}?)(?=\s+(?:вопрос|перспектив|возможност|направлени|сотрудничеств|развити|ход|итог|план|проект)|[,.;]|$)/iu.exec(
        ctx.text.slice(after(m)),
      )
    if (!body) return []
    return [
      {
        kind: 'talks',
        title: tidyTitle(`Переговоры с ${body[1]}`),
        end: after(m) + body[0].length,
      },
    ]
  }
  const title = `Переговоры с ${ctx.s.text.slice(partner.start, partner.end)}`
  return [{ kind: 'talks', title: tidyTitle(title), end: partner.end }]
}

/** 'переговоры …', 'встреча …' — but not 'по итогам переговоров', which points back to them. */
function talksOrMeeting(kind: 'talks' | 'meeting', lemma: string) {
  return (ctx: SentenceContext, m: Match): Draft[] => {
    const before = ctx.text.slice(0, m.index)
    // 'На встрече рассмотрены…', 'во время встречи': the meeting told already.
    const named = /^\p{L}*\s+(?:\p{L}+\s+){0,3}?со?\s/u.test(ctx.text.slice(m.index))
    // 'в рамках встречи с мэром Бишкека …': a meeting with a named counterpart is one, told or not.
    const counterpart = ctx.people.some(
      (p) => p.c === 'ins' && p.start > m.index && p.start - after(m) < 60,
    )
    if (REFERS_BACK.test(before) && !counterpart) return []
    // 'Многочисленные фото со встречи …': pictures of it, not the meeting.
    if (/(?:фото\p{L}*|снимк\p{L}*|видео\p{L}*|кадр\p{L}*)\s+со?\s+$/iu.test(before)) return []
    if (!named && /^(?:на|во\s+время|после)\s+$/iu.test(before)) return []
    const t = nounTitle(ctx, m, lemma)
    const bare = t.title === capitalise(lemma)
    const next = ctx.text.slice(after(m))
    // 'Встреча в аэропорту' is the arrival; 'встреча делегаций' the talks.
    const kindHere: ItemKind =
      /^\s+(?:\p{L}+\s+)?(?:в|во)\s+аэропорт|^\s+(?:\p{L}+\s+)?на\s+вокзал/iu.test(next)
        ? 'arrival'
        : kind === 'meeting' && /^\s+делегаций/iu.test(next)
          ? 'talks'
          : kind
    const draft = {
      kind: kindHere,
      title: bare ? titleFromPeople(ctx, capitalise(lemma)) : t.title,
      end: t.end,
    }
    const out = byCounterpart(ctx, draft, m.index, capitalise(lemma))
    // 'встречи с руководством министерства, Послом России Игорем Моргуловым, заместителем …'
    return named && kindHere === 'meeting'
      ? [...out, ...morePosts(ctx, out.at(-1)!.end, capitalise(lemma), 'meeting')]
      : out
  }
}

/** 'торжественное открытие центра …' — not 'приурочен к открытию', which is a purpose. */
function opening(ctx: SentenceContext, m: Match): Draft[] {
  const before = ctx.text.slice(0, m.index)
  if (/(?<![\p{L}])к\s+$/u.test(before) || REFERS_BACK.test(before)) return []
  // 'прорабатывается вопрос открытия центра': a matter, not an event.
  if (/(?:вопрос|возможност|перспектив|иде[юяи]|намерени|планы)\p{L}*\s+$/iu.test(before)) return []
  const t = nounTitle(ctx, m, 'открытие')
  return [{ kind: kindOf(t.title, 'conference'), title: t.title, end: t.end }]
}

/** A forum or a concert only where the text says it took place ('прошел форум', 'был дан концерт'). */
function tookPlace(kind: ItemKind) {
  return (ctx: SentenceContext, m: Match): Draft[] => {
    const before = ctx.text.slice(0, m.index)
    if (REFERS_BACK.test(before)) return []
    const first = before.trim().split(/\s+/u).filter(Boolean).length <= 2
    return HAPPENED.test(before) || (first && HAPPENS_AFTER.test(ctx.text.slice(after(m))))
      ? nounEvent(ctx, m, kindOf(m[0], kind), m[0])
      : []
  }
}

/** 'официальный приём' is a reception; 'выездной консульский прием' serves the public (a meeting). */
function reception(ctx: SentenceContext, m: Match): Draft[] {
  const around = ctx.text.slice(Math.max(0, m.index - 30), after(m) + 20)
  // 'оказали радушный приём': a welcome, not a reception.
  if (/(?:радушн|тепл|тёпл|гостеприимн|сердечн)\p{L}*\s+$/iu.test(ctx.text.slice(0, m.index)))
    return []
  const kind = /консульск|личн|граждан/iu.test(around) ? 'meeting' : 'reception'
  return nounEvent(ctx, m, kind, m[0].replace(/(?:а|е|у|ом)$/u, ''))
}

/** 'прибыли в Санкт-Петербург' → 'Прибытие в Санкт-Петербург'. */
function arrival(ctx: SentenceContext, m: Match): Draft[] {
  const make = (phrase: string) => ({
    kind: 'arrival' as const,
    title: tidyTitle(`Прибытие в ${phrase}`),
  })
  return phraseEvent(ctx, after(m), make, { splitOnAnd: true })
}

/** 'в Амурскую область приедет делегация' → 'Прибытие в Амурскую область'. */
function arrivalBefore(ctx: SentenceContext, m: Match): Draft[] {
  const place = /^(?:в|во)\s+((?:[\p{L}-]+\s+){1,4}?)(?=(?:прибыл|приед|прибуд|прилет))/iu.exec(
    m[0],
  )
  if (!place) return []
  return [
    {
      kind: 'arrival',
      title: tidyTitle(`Прибытие в ${place[1]!.trim()}`),
      end: m.index + m[0].length,
    },
  ]
}

/** 'отбыла в Харбин' → 'Отъезд в Харбин'. */
function departure(ctx: SentenceContext, m: Match): Draft[] {
  const p = phraseAfter(ctx.tokens, after(m), { splitOnAnd: true })
  const where = p && /^(?:в|во|на)\s/iu.test(slice(ctx, p)) ? slice(ctx, p) : ''
  return [
    { kind: 'departure', title: tidyTitle(`Отъезд ${where}`), end: where && p ? p.end : after(m) },
  ]
}

/** Event rules in priority order: words one rule has read are not read again by later ones. */
const EVENT_RULES: EventRule[] = [
  {
    re: stemRe(
      '(?:принял[аи]?|приняли|примут|примет|принять)\\s+участие\\s+во?\\s|участвовал\\p{L}*\\s+во?\\s|(?:участи[еяю]|участвовать)\\s+во?\\s',
    ),
    build: participation,
  },
  { re: stemRe('выступил\\p{L}*\\s+(?:с\\s+\\p{L}+\\s+)?на\\s'), build: speaking },
  {
    re: stemRe(
      '(?:(?:ознакомил|ознакомит|ознакомят|познакомил|познакомит|познакомят)(?:ся|ась|ись)?|знакомств[оа])\\s+со?\\s',
    ),
    build: acquaintance,
  },
  {
    re: wordRe(
      'возлож(?:ил[аи]?|или|ат|ит|ить|ение|ения)\\s+(?:цвет(?:ы|ов)|венк(?:и|ов|а)|венок|гирлянд\\p{L}*)',
    ),
    build: wreathLaying,
  },
  { re: stemRe('почтил\\p{L}*\\s+память'), build: homage },
  {
    re: wordRe(
      'посетил[аи]?|посетят|посетит|посетить|осмотрел[аи]?|осмотрят|осмотрит|осмотреть|побывал[аи]?\\s+(?:в|во|на)|побывают\\s+(?:в|во|на)|побывает\\s+(?:в|во|на)|посещени(?:е|я|ю|ем)',
    ),
    build: visitEvents,
  },
  {
    // 'планирует … ознакомиться с технологиями завода': a plan; 'смогли ознакомиться' is not an item.
    re: /(?<![\p{L}])(?:планиру\p{L}*|собира\p{L}*|предстоит|намерен\p{L}*|сможет|смогут)(?:\s+[\p{L},-]+){0,10}?\s+(?:ознакомиться|познакомиться)\s+со?\s/giu,
    build: acquaintance,
  },
  {
    // 'отправится на Бурейскую ГЭС', 'визит на «Выборгский судостроительный завод»'
    re: wordRe('(?:отправ(?:ится|ятся|ился|илась|ились)|визит(?:ом)?|поездк[аиу])\\s+на'),
    build: visitEvents,
  },
  { re: wordRe('провед(?:ут|ет|ёт|или|ёт)\\s+время\\s+(?:в|во|на)'), build: visitEvents },
  {
    // 'Гостям представили строящуюся ледовую арену, ИТ-кампус'
    re: wordRe(
      '(?:гостям|делегации|делегатам|участникам)\\s+(?:представили|показали|продемонстрировали|покажут|представят)',
    ),
    build: visitEvents,
  },
  {
    // 'в Амурскую область приедет делегация'
    re: /(?<![\p{L}])(?:в|во)\s+(?:[\p{L}-]+\s+){1,4}?(?:прибыл[аи]?|приедет|приедут|прибудет|прибудут|прилетел[аи]?|прилетит)\s+(?:официальн\p{L}*\s+)?делегаци/giu,
    build: arrivalBefore,
  },
  {
    // 'Предприятия …, а также портовый комплекс посетит делегация …'
    re: /^(?=.{8,240}?\s(?:посетит|посетят|посетила|посетили|посетил|осмотрит|осмотрят)\s+(?:[\p{L}-]+\s+){0,2}?(?:делегаци|гост|губернатор|глав|участник|член))/giu,
    build: visitedFirst,
  },
  {
    // 'В программе Дней … – яркое шоу, выступления коллективов…', 'Основными мероприятиями станут …'
    re: /(?<![\p{L}])(?:в\s+программе(?:\s+[\p{L}-]+){0,6}?\s*[–—:-]|основными\s+мероприятиями\s+станут|программа\s+(?:визита\s+)?(?:включает|предусматривает))/giu,
    build: programmeList,
  },
  { re: wordRe('экскурси(?:я|и|ю|ей)'), build: excursion },
  {
    re: stemRe('(?:встретил(?:ся|ась|ись)|встретится|встретятся|встретиться)\\s+со?\\s'),
    build: meetingWith,
  },
  {
    re: /(?<![\p{L}])(?:(?:гостей|делегацию|членов\s+делегации)(?:\s+[\p{L}-]+){0,2}?\s+принял[аи]?|принял[аи]?\s+(?:гостей|делегацию)|с\s+(?:[\p{L}-]+\s+){0,2}?(?:делегаци|гост)\p{L}*\s+встретил(?:ся|ась|ись))(?![\p{L}])/giu,
    build: receivedBy,
  },
  { re: stemRe('(?:обсудил[аи]?|обсудят|обсудит)(?![\\p{L}])'), build: discussedWith },
  // 'Премьер-министр … Эрик Пухаев принял главу правительства … Таймураза Тускаева'
  { re: wordRe('принял[аи]?|примет|примут|приветствовал[аи]?'), build: receivedWhom },
  {
    re: wordRe('пресс-конференци(?:я|и|ю|ей)|брифинг(?:а|е|и)?|пресс-подход(?:а|е|ы)?'),
    // 'Как заявила … в ходе пресс-конференции …': where an announcement was made, not an item.
    build: (ctx, m) =>
      /(?:заявил|сообщил|рассказал|отметил|пояснил)\p{L}*[^.!?]{0,80}?в\s+ходе\s+$/iu.test(
        ctx.text.slice(0, m.index),
      )
        ? []
        : nounEvent(ctx, m, 'press', m[0]),
  },
  { re: wordRe('переговор(?:ы|ов|ах|ам|ами)'), build: talksOrMeeting('talks', 'переговоры') },
  { re: wordRe('встреч(?:а|и|у|е|ей)'), build: talksOrMeeting('meeting', 'встреча') },
  { re: wordRe('открыти(?:е|я|ю|ем|и)'), build: opening },
  {
    re: wordRe(
      'форум(?:а|е|у|ом)?|конференци(?:я|и|ю|ей)|саммит(?:а|е)?|семинар(?:а|е)?|круглый\\s+стол|(?:пленарное\\s+)?заседани(?:е|я)|презентаци(?:я|ю|и)|бизнес-встреч(?:а|и)|деловые\\s+встречи',
    ),
    build: tookPlace('conference'),
  },
  {
    re: wordRe(
      'концерт(?:а|е|у|ом)?|спектакл(?:ь|я|е|ю|ем)|фестивал(?:ь|я|е|ю)|выставк(?:а|и|у)|шоу|ярмарк(?:а|и|у)|дни\\s+(?:культуры|[\\p{L}-]+(?:ской|цкой)\\s+(?:области|республики|края))',
    ),
    build: tookPlace('cultural'),
  },
  { re: wordRe('при[её]м(?:а|е|у|ом)?|банкет(?:а|е)?|фуршет(?:а|е)?'), build: reception },
  {
    re: wordRe('обед(?:а|е|у|ом)?|ужин(?:а|е|у|ом)?|завтрак(?:а|е|у|ом)?'),
    build: (ctx, m) => nounEvent(ctx, m, 'meal', m[0].replace(/(?:а|е|у|ом)$/u, '')),
  },
  {
    re: stemRe(
      '(?:прибыл[аи]?|прилетел[аи]?|приехал[аи]?|прибудет|прибудут|приедет|приедут|прилетит|прилетят|прилетев|прибыв|приехав)\\s+(?:\\p{L}+\\s+){0,3}?(?:в|во)\\s',
    ),
    build: arrival,
  },
  {
    re: wordRe(
      'отбыл[аи]?|вылетел[аи]?|уехал[аи]?|(?:отправил(?:ся|ась|ись)|выехал[аи]?)(?=\\s+(?:\\p{L}+\\s+){0,3}?(?:в|во)\\s)',
    ),
    build: departure,
  },
]

/** An item titled from its noun ('официальный приём от имени …'). */
function nounEvent(ctx: SentenceContext, m: Match, kind: ItemKind, lemma: string): Draft[] {
  const t = nounTitle(ctx, m, lemma.toLowerCase())
  return [{ kind, title: t.title, end: t.end }]
}

/** 'посетили X и Y', 'побывала в X', 'осмотрели X': one site visit per object. */
function visitEvents(ctx: SentenceContext, m: Match): Draft[] {
  const verb = m[0].toLowerCase()
  const c: Case = /^(?:побыва|провед)/u.test(verb)
    ? 'prep'
    : verb.startsWith('посещени')
      ? 'gen'
      : 'acc'
  const from = tokenIndexAt(ctx.tokens, after(m))
  if (from < 0) return []
  const out: Draft[] = []
  for (const [n, p] of collectList(ctx.tokens, from, c).entries()) {
    const object = slice(ctx, p)
    // 'посетит делегация, возглавляемая …': the subject follows the verb; no objects here.
    if (n === 0 && /^(?:делегаци|гост|губернатор|глав|члены|участник)/iu.test(object)) return []
    // Territories and people are the visit itself; event nouns have rules of their own.
    if (isNotASite(object, c)) continue
    const what = c === 'gen' ? object : headToCase(object, c, 'gen')
    out.push({
      kind: kindOf(object, 'site-tour'),
      title: tidyTitle(`${verb.startsWith('осмотрел') ? 'Осмотр' : 'Посещение'} ${what}`),
      ...withVenue(PERFORMANCE.test(headWord(object, c)) ? undefined : venueOf(object, c)),
      end: p.end,
    })
  }
  return out
}

/** The kind a programme line's words say, or nothing when they say none. */
function listedKind(part: string): ItemKind | undefined {
  if (MEMORIAL.test(part)) return 'memorial'
  if (GATHERING.test(part) || /презентаци|бирж\p{L}*\s+деловых|деловые\s+площадк/iu.test(part))
    return 'conference'
  if (/встреч|переговор/iu.test(part)) return /переговор/iu.test(part) ? 'talks' : 'meeting'
  if (
    PERFORMANCES.test(part) ||
    /выступлени|ярмар|этногород|шоу|праздни|конкурс|состязани/iu.test(part)
  )
    return 'cultural'
  if (SIGHTS.test(part)) return 'excursion'
  if (SITE.test(part)) return 'site-tour'
  return undefined
}

/** A programme listed in one sentence: one item per line of the list that names an event. */
function programmeList(ctx: SentenceContext, m: Match): Draft[] {
  const rest = ctx.text.slice(after(m))
  const parts = rest
    .split(/\s*[,;]\s*(?:а\s+также\s+)?|\s+а\s+также\s+|\s+и\s+(?=[\p{Ll}])/u)
    .map((p) => p.replace(/[.!…]+$/u, '').trim())
  const out: Draft[] = []
  let at = after(m)
  for (const part of parts) {
    at = ctx.text.indexOf(part, at)
    const kind = part.split(' ').length >= 2 && part.length <= 160 ? listedKind(part) : undefined
    if (kind) out.push({ kind, title: tidyTitle(capitalise(part)), end: at + part.length })
  }
  return out
}

/** The objects a sentence names before 'посетит делегация': one site visit each. */
function visitedFirst(ctx: SentenceContext): Draft[] {
  const verb = /\s(?:посетит|посетят|посетила|посетили|посетил|осмотрит|осмотрят)\s/iu.exec(
    ctx.text,
  )
  if (!verb) return []
  const objects = ctx.text
    .slice(0, verb.index)
    .split(/\s*,\s*(?:а\s+также\s+)?|\s+а\s+также\s+|\s+и\s+(?=\p{L}+\s)/u)
    .map((o) => o.trim())
    .filter((o) => o.split(' ').length <= 8 && /\p{L}{3}/u.test(o) && !isNotASite(o, 'acc'))
  return objects.map((object) => ({
    kind: kindOf(object, 'site-tour'),
    title: tidyTitle(`Посещение: ${object.charAt(0).toLowerCase()}${object.slice(1)}`),
    end: verb.index,
  }))
}

/** Events of every sentence of the article, in reading order. */
function findEvents(
  sentences: Sentence[],
  mentions: PersonMention[][],
  documents: FoundDocument[],
  span: DateMention | undefined,
): FoundEvent[] {
  const events: FoundEvent[] = []
  sentences.forEach((s, index) => {
    // The sentence giving the visit's span describes the whole visit, not one event.
    if (s.role !== 'article' || s.history || (span && s.dates.includes(span))) return
    const text = withoutDates(s.plain, s.dates)
    const ctx: SentenceContext = {
      s,
      index,
      text,
      tokens: tokenize(text),
      people: mentions[index]!,
    }
    const future = FUTURE.exec(text)?.index ?? Infinity
    const found: FoundEvent[] = []
    const consumed: [number, number][] = []
    const own = documents.filter((d) => d.sentence === index && (d.signed || d.planned))
    // 'Документ был подписан в ходе встречи…': the signing of a document named before.
    const earlier = own.length ? undefined : referredDocument(s, index, documents, events)
    if (earlier)
      found.push({
        sentence: index,
        at: earlier.at,
        kind: 'signing',
        title: tidyTitle(`Подписание ${documentGenitive(earlier.doc)}`),
        date: dateAt(s, earlier.at),
        documents: [earlier.doc],
      })
    const signing = signingEvents(ctx, own)
    found.push(...signing.events)
    consumed.push(...signing.consumed)
    for (const rule of EVENT_RULES)
      for (const m of text.matchAll(rule.re)) {
        if (m.index >= future || consumed.some(([a, b]) => m.index >= a && m.index < b)) continue
        for (const draft of rule.build(ctx, m)) {
          const { end, ...event } = draft
          // 'фестиваля «Алтаргана», который состоится летом будущего года': another year's.
          if (NEXT_YEAR_AFTER.test(text.slice(end, end + 140))) continue
          consumed.push([m.index, end])
          found.push({ ...event, sentence: index, at: m.index, date: dateAt(s, m.index) })
        }
      }
    const venue = sentenceVenue(ctx)
    for (const e of found.sort((a, b) => a.at - b.at)) {
      if (venue && !e.venueName && !['arrival', 'departure'].includes(e.kind)) e.venueName = venue
      if (!events.some((x) => sameEvent(x, e))) events.push(e)
    }
  })
  // A bare 'Встреча' beside a meeting that names its counterpart is the same meeting told again.
  return events.filter(
    (e) =>
      !(
        e.title === 'Встреча' &&
        events.some((x) => x !== e && x.kind === 'meeting' && x.title !== 'Встреча')
      ),
  )
}

/**
 * The same event told twice (the lead and the body): the same kind, no conflicting day, and a
 * title naming the same things, or the same document signed.
 */
function sameEvent(x: FoundEvent, e: FoundEvent): boolean {
  if (x.kind !== e.kind || (x.date && e.date && x.date !== e.date)) return false
  if (x.title === e.title) return true
  if (e.kind === 'signing') {
    const [a, b] = [x.documents?.[0], e.documents?.[0]]
    // Two documents of one sentence are two signings ('между A и B, а также между C и D').
    if (!a || !b || (a !== b && a.sentence === b.sentence)) return false
    // The same document told again names nothing the other does not: 'соглашение о
    // сотрудничестве в сфере образования' is not 'соглашение о сотрудничестве в сфере культуры'.
    return a === b || (a.type === b.type && sameWords(a.complement, b.complement))
  }
  if (!['arrival', 'meeting', 'talks', 'excursion', 'site-tour'].includes(e.kind)) return false
  return commonStems(x.title, e.title) >= Math.min(3, stemsOf(e.title).size)
}
const stemsOf = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w.length >= 5)
      .map((w) => w.slice(0, 5)),
  )
/** One phrase's content words all among the other's (at least two of them). */
function sameWords(a: string, b: string): boolean {
  const [x, y] = [stemsOf(a), stemsOf(b)]
  const [small, large] = x.size <= y.size ? [x, y] : [y, x]
  return small.size >= 2 && [...small].every((w) => large.has(w))
}
function commonStems(a: string, b: string): number {
  const x = stemsOf(a)
  return [...stemsOf(b)].filter((w) => x.has(w)).length
}

/** A signing told of a document named in an earlier sentence, which has no signing item yet. */
const SIGNING_BACK =
  /(?<![\p{L}])(?:(?:документ|соглашение|меморандум|протокол|договор)\s+(?:был\p{L}*\s+|будет\s+)?подписан\p{L}*|подписани\p{L}*\s+(?:документа|соглашения|меморандума|протокола|договора)\s+(?:состоял\p{L}*|прош\p{L}*|состоится|пройд\p{L}*))(?![\p{L}])/iu
function referredDocument(
  s: Sentence,
  index: number,
  documents: FoundDocument[],
  events: FoundEvent[],
): { doc: FoundDocument; at: number } | undefined {
  const told = SIGNING_BACK.exec(s.plain)
  if (!told) return undefined
  const d = documents
    .filter((x) => x.sentence < index && !events.some((e) => e.documents?.includes(x)))
    .at(-1)
  if (!d) return undefined
  const planned = /будет|состоится|пройд/iu.test(told[0])
  d.signed ||= !planned
  d.planned ||= planned
  return { doc: d, at: told.index }
}

/** One signing item per sentence for the documents it says were signed. */
function signingEvents(
  ctx: SentenceContext,
  documents: FoundDocument[],
): { events: FoundEvent[]; consumed: [number, number][] } {
  const sign = [...ctx.text.matchAll(SIGNING)].map((m) => m.index)
  // One signing item per document: each is signed (or to be signed) by its own parties.
  const events = documents.map((d, i): FoundEvent => ({
    sentence: ctx.index,
    at: i === 0 ? Math.min(d.at, ...sign.filter((x) => x < d.at)) : d.at,
    kind: 'signing',
    title: tidyTitle(`Подписание ${documentGenitive(d)}`),
    date: dateAt(ctx.s, d.at),
    documents: [d],
  }))
  const consumed: [number, number][] = documents.map((d) => [d.at, d.end])
  if (documents.length) consumed.push(...sign.map((i): [number, number] => [i, i + 12]))
  return { events, consumed }
}

/** The date of a point in a sentence: the day named last before it, else the first after it. */
function dateAt(s: Sentence, at: number): string | undefined {
  const days = s.dates.filter((d) => !d.end)
  return (days.filter((d) => d.index <= at).at(-1) ?? days.find((d) => d.index > at))?.date
}

/**
 * Dates the text implies: 'Затем…' continues the last date; events just before 'на следующий день'
 * (or before the next day's date) belong to the day before.
 */
function inferDates(events: FoundEvent[], sentences: Sentence[]): void {
  const days = sentences.flatMap((s, sentence) =>
    s.role === 'background'
      ? []
      : s.dates.filter((d) => !d.end).map((d) => ({ sentence, index: d.index, date: d.date })),
  )
  // Reading order across sentences (a sentence is far shorter than 100 000 characters).
  const order = (a: { sentence: number; index: number }) => a.sentence * 100_000 + a.index
  for (const e of events) {
    if (e.date) continue
    const at = order({ sentence: e.sentence, index: e.at })
    const prev = days.filter((d) => order(d) < at).at(-1)
    const next = days.find((d) => order(d) > at)
    if (!prev) continue
    const continues = CONTINUATION.test(sentences[e.sentence]!.text)
    const gap = next ? daysBetween(prev.date, next.date) : Infinity
    if (continues || (gap >= 0 && gap <= 1)) e.date = prev.date
  }
}

/** A one-day visit dated by the text: every event is on that day. */
const NUMBER_WORDS: Record<string, number> = {
  два: 2,
  две: 2,
  двух: 2,
  три: 3,
  трех: 3,
  трёх: 3,
  четыре: 4,
  четырех: 4,
  четырёх: 4,
  пять: 5,
  пяти: 5,
}
/** 'продлится три дня', 'трёхдневный визит', 'с двухдневным визитом'. */
const DURATION =
  /(?<![\p{L}])(?:(?:продлится|продолжится|пробудет|пробудут|рассчитан\p{L}*\s+на)\s+(\d|два|две|три|четыре|пять)\s+дн|(двух|тр[её]х|четыр[её]х|пяти)дневн)/iu

/**
 * A one-day window that the text says lasts longer: forward from a day the text names, back from
 * the page's date when the text is a report of a visit just ended.
 */
function lastingDays(window: VisitWindow, sentences: Sentence[]): VisitWindow {
  const said = sentences
    .filter((s) => s.role !== 'background' && !s.history)
    .map((s) => DURATION.exec(s.plain))
    .find(Boolean)
  if (!said) return window
  const word = (said[1] ?? said[2] ?? '').toLowerCase()
  const days = Number(word) || NUMBER_WORDS[word] || 1
  if (days < 2 || daysBetween(window.start, window.end) + 1 >= days) return window
  return window.fromText
    ? { ...window, end: shiftDate(window.start, days - 1) }
    : { ...window, start: shiftDate(window.end, 1 - days) }
}

function fillSingleDay(events: FoundEvent[], window: VisitWindow): void {
  if (!window.fromText || window.start !== window.end) return
  for (const e of events) e.date ??= window.start
}

/** Events dated outside a stated window are shown to the officer as problems. */
function noteOutOfWindow(
  events: FoundEvent[],
  window: VisitWindow,
  sentences: Sentence[],
  problems: ImportDraft['problems'],
): void {
  for (const e of events)
    if (e.date && (e.date < window.start || e.date > window.end))
      problems.push({
        text: sentences[e.sentence]!.text,
        reason: 'Дата мероприятия вне сроков визита.',
      })
}

/** The review screen's item: key, date, kind, title, venue, the people named in its sentence. */
function toDraftItem(
  e: FoundEvent,
  index: number,
  sentences: Sentence[],
  people: DraftPerson[],
): DraftItem {
  const s = sentences[e.sentence]!
  const named = people
    .filter((p) => s.text.toLowerCase().includes(namePattern(p.fullName)))
    .map((p) => p.fullName)
  return {
    key: `i${index + 1}`,
    ...(e.date ? { date: e.date } : {}),
    kind: e.kind,
    title: e.title,
    ...(e.venueName ? { venueName: e.venueName } : {}),
    people: named,
    ...(isPlanned(s.plain) ? { planned: true } : {}),
    source: { kind: 'sentence', text: s.text },
  }
}

/** Words that tell of what is still to come, when no dictionary is at hand. */
const TO_COME =
  /(?<![\p{L}])(?:состоится|состоятся|пройд[её]т|пройдут|будет|будут|планиру\p{L}*|запланирован\p{L}*|намечен\p{L}*|предстоит|ожида(?:ется|ются)|посетит|посетят|встретится|встретятся|подпишут|примет|примут|проведут|откроется|откроются|прибудет|прибудут|приедет|приедут|отправится|ознакомится|ознакомятся|обсудят|станет|станут)(?![\p{L}])/iu
const DONE =
  /(?<![\p{L}])(?:состоял\p{L}*|прош(?:ёл|ел|ла|ло|ли)|посетил\p{L}*|встретил\p{L}*|подписал\p{L}*|подписан[аоы]?|провел\p{L}*|провёл|прибыл\p{L}*|приехал\p{L}*|ознакомил\p{L}*|обсудил\p{L}*|принял\p{L}*|возложил\p{L}*|побывал\p{L}*|открыл\p{L}*)(?![\p{L}])/iu

/**
 * Told as still to come: by the tense of its verbs in the dictionary (future, and no past), else
 * by the words of plans.
 */
function isPlanned(sentence: string): boolean {
  const morph = reading.morph
  if (morph) {
    const tenses = sentence
      .split(/[^\p{L}-]+/u)
      .filter((w) => w.length > 3)
      .map((w) => verbTense(morph, w))
    if (tenses.includes('futr') && !tenses.includes('past')) return true
    if (tenses.includes('past')) return false
  }
  return TO_COME.test(sentence) && !DONE.test(sentence)
}

/** What of a name to look for in a sentence in any case: the surname's stem (or the whole short name). */
function namePattern(fullName: string): string {
  const words = fullName.toLowerCase().split(' ')
  const stem = (words.at(-1) ?? '').replace(/[аяоьй]$/u, '')
  return stem.length >= 4 ? stem : words.map((w) => w.replace(/[аяоьй]$/u, '')).join(' ')
}

// ───────────────────────────── Visit ─────────────────────────────

interface VisitWindow {
  start: string
  end: string
  /** False when the text names no date and the window is the publication date or today. */
  fromText: boolean
}

/** The stated span; else the lead's date and the events' dates; else the page's date or today. */
function readWindow(
  sentences: Sentence[],
  events: FoundEvent[],
  span: DateMention | undefined,
  publishedOn: string | undefined,
  today: string,
  problems: ImportDraft['problems'],
): VisitWindow {
  if (span?.end) return { start: span.date, end: span.end, fromText: true }
  const leadParagraph = sentences.find((s) => s.role === 'article' && s.dates.length > 0)?.paragraph
  const lead = sentences.find((s) => s.paragraph === leadParagraph && s.dates.length)?.dates[0]
    ?.date
  const dates = [...events.map((e) => e.date), lead].filter((d): d is string => Boolean(d)).sort()
  if (dates.length) return { start: dates[0]!, end: dates.at(-1)!, fromText: true }
  const fallback = publishedOn ?? today
  problems.push({
    text: '',
    reason: publishedOn
      ? 'В тексте нет даты визита: взята дата публикации.'
      : 'В тексте нет даты визита: взята сегодняшняя дата.',
  })
  return { start: fallback, end: fallback, fromText: false }
}

const PURPOSE = /(?<![\p{L}])(?:с\s+целью|в\s+целях|цел(?:ь|ью)\s+(?:визита|поездки)|приурочен)/iu

/** The sentence saying why the visit happened ('с целью укрепления …'), if any. */
function readObjectives(sentences: Sentence[]): string {
  return (
    sentences.find((s) => s.role === 'article' && !s.history && PURPOSE.test(s.plain))?.text ?? ''
  )
}

interface TitleFacts {
  direction: 'incoming' | 'outgoing'
  partnerCountry: string
  partnerRegion: string
  items: DraftItem[]
  people: DraftPerson[]
  sentences: Sentence[]
}

/**
 * 'Визит делегации Жамбылской области (Казахстан)', 'Рабочая поездка … в область Жетысу (Казахстан)';
 * a visit of one meeting is called by that meeting.
 */
function visitTitle(v: TitleFacts): string {
  if (v.items.length === 1) return v.items[0]!.title
  const text = v.sentences
    .filter((s) => s.role !== 'background')
    .map((s) => s.plain)
    .join(' ')
  const head = v.people.find((p) => p.head)
  return v.direction === 'incoming'
    ? incomingTitle(visitKind(text), text, v, head)
    : outgoingTitle(visitKind(text), text, v, head)
}

/** What the text calls the visit. */
function visitKind(text: string): string {
  if (/официальн\p{L}*\s+визит/iu.test(text)) return 'Официальный визит'
  if (/рабоч\p{L}*\s+визит/iu.test(text)) return 'Рабочий визит'
  if (/рабоч\p{L}*\s+поездк/iu.test(text) || !/визит/iu.test(text)) return 'Рабочая поездка'
  return 'Визит'
}

function incomingTitle(kind: string, text: string, v: TitleFacts, head?: DraftPerson): string {
  const from = v.partnerRegion
    ? headToCase(v.partnerRegion, 'nom', 'gen')
    : countryGen(v.partnerCountry)
  const country = v.partnerRegion && v.partnerCountry ? ` (${v.partnerCountry})` : ''
  if (/делегаци/iu.test(text) && from) return `${kind} делегации ${from}${country}`
  return head ? `${kind} ${personInCase(head, 'gen')}` : collapse(`${kind} делегации ${from}`)
}

function outgoingTitle(kind: string, text: string, v: TitleFacts, head?: DraftPerson): string {
  // The traveller: the region's delegation, or the head by a short title ('генерального консула России').
  const who = new RegExp(`делегаци\\p{L}*\\s+${LO}`, 'iu').test(text)
    ? 'делегации Ленинградской области'
    : head
      ? personInCase({ ...head, position: head.position.replace(/\s+(?:в|во)\s.*$/u, '') }, 'gen')
      : ''
  const where = v.partnerRegion
    ? `${headToCase(v.partnerRegion, 'nom', 'acc')} (${v.partnerCountry})`
    : (COUNTRIES.find((c) => c.name === v.partnerCountry)?.acc ?? v.partnerCountry)
  return collapse(`${kind} ${who} ${where ? `в ${where}` : ''}`)
}
