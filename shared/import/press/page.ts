// A page as written: headline, article, background and furniture; its sentences and publication date.
// Part of the press-release reader (../parse-press-release.ts).
import { daysBetween, shiftDate } from '../../time/local-date'
import { type PressReleaseOptions, type Role, type Sentence } from './types'
import { DAYS_FROM_PAGE, MONTH, monthNumber, nearestDate, readDates, validDate } from './dates'
import { FUTURE, blankRanges, collapse, wordSet } from './text'

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
  /** The place of a dateline line ('Томск'). */
  datelineAt?: string
}

/**
 * Where the text was written, from its dateline: a line 'Томск, 30 ноября - Аиф-Томск.' or the
 * article's opening 'Санкт-Петербург, 5 июня.', 'ДУШАНБЕ, 18.05.2023 /НИАТ «Ховар»/.'.
 */
export function datelinePlace(page: Page): string | undefined {
  if (page.datelineAt) return page.datelineAt
  const first = page.paragraphs.find((p) => p.role === 'article')?.text ?? ''
  const m = OPENING_DATELINE.exec(first)
  return m?.[1] ?? m?.[2]
}

const OPENING_DATELINE = new RegExp(
  `^(?:\\d{1,2}\\s+${MONTH}\\s+\\d{4},?\\s+\\d{1,2}:\\d{2}\\s*)?(\\p{Lu}[\\p{L}-]+(?:[ -]\\p{Lu}[\\p{L}-]+)?),\\s+(?:\\d{1,2}\\s+${MONTH}|\\d{1,2}\\.\\d{2}\\.\\d{4})` +
    // '1 ноября, Брест /Корр. БЕЛТА/.'
    `|^\\d{1,2}\\s+${MONTH},\\s+(\\p{Lu}[\\p{L}-]+(?:[ -]\\p{Lu}[\\p{L}-]+)?)\\s*\\/`,
  'u',
)

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
  // a site's own name: 'Официальный сайт губернатора Ненецкого автономного округа'
  /^официальн\p{L}*\s+(?:интернет-)?(?:сайт|портал)(?:[^.!?]{0,100})$/iu,
  /^(?:адрес|тел\.?|телефон|факс|e-?mail|эл\.\s*почта|приёмная|приемная)\s*[:.]/iu,
  /^\d{6},/u, // postal address
  // another news item under its rubric: 'ГРУЗИЯ. Стабилизация перед реформами: как прожила Грузия …'
  // (a lead under its rubric, 'ЧЕЧНЯ. В Чеченскую Республику прибыла …', is longer)
  /^(?=.{0,150}$)\p{Lu}{3,}(?:[\s-]\p{Lu}{2,})*\.\s+\p{Lu}/u,
  /^!\[[^\]]*\]\([^)]*\)[\s|]*$/u, // an image's markup alone
  /^(?:опубликовано|обновлено|дата(?:\s+публикации)?|date|published)(?![\p{L}])/iu,
  /^(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|(?:[01]?\d|2[0-3]):[0-5]\d)(?!\d)/u, // dated headlines
]

/** Reads the lines of a page into the article's paragraphs, its headline and its date. */
export function readPage(text: string): Page {
  const lines = joinWrappedLines(text.split('\n').map(collapse).filter(Boolean))
  const paragraphs: Paragraph[] = []
  let publishedOn: string | undefined
  let datelineDay: [number, number] | undefined
  let datelineAt: string | undefined
  let inList = false
  let inBackground = false
  let started = false
  for (const [n, line] of lines.entries()) {
    if (LIST_HEADING.test(line)) {
      // 'Все новости' above the headline is the site's menu link, no list of other news.
      inList = started || !/^все\s+новости/iu.test(line)
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
        datelineAt ??= line.split(',')[0]
        continue
      }
      // The headline told again above the article is its lead ('В Хабаровском крае официально
      // открыты Дни провинции Хейлунцзян', a page's title then its first line): read as prose.
      if (!started && paragraphs.some((p) => p.role === 'headline' && p.text === line)) {
        started = true
        paragraphs.push({ text: `${line}.`, role: 'article' })
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
    ...(datelineAt ? { datelineAt } : {}),
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
  if (!/[.!?…][»)]?$/u.test(line)) return words >= 20 && /[.!?…]\s+\p{Lu}/u.test(line)
  // 'Делегацию возглавляет вице-губернатор Ольга Казанская.': short, but a sentence of words.
  return (
    words >= 6 ||
    (words >= 4 && (line.match(/(?<![\p{L}-])\p{Ll}[\p{Ll}-]{4,}/gu) ?? []).length >= 2)
  )
}

const DATE_LABEL = /^(?:опубликовано|дата(?:\s+публикации)?|date|published)\s*:?\s*/iu

/**
 * The page's date from a line such as 'Опубликовано 03.12.2025 12:15', 'date 2025-09-11' or
 * '10 июня 2025, 18:40' — labelled, or a date alone; a dated headline of other news is not it.
 */
/** A dateline's day in the year the officer gave, else the last such day before today. */
export function datelineDate(page: Page, options: PressReleaseOptions): string | undefined {
  if (!page.datelineDay) return undefined
  const [day, month] = page.datelineDay
  return (
    (options.year
      ? validDate(options.year, month, day)
      : nearestDate(day, month, options.today, true)) ?? undefined
  )
}

const WRITTEN_ON = new RegExp(
  `(?<![\\p{L}])(сегодня|вчера|завтра|послезавтра),?\\s+(\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?)`,
  'iu',
)

/** 'уже завтра, 30 апреля', 'Сегодня, 20 марта': the day the text was written, counted back. */
export function writtenOn(page: Page, options: PressReleaseOptions): string | undefined {
  for (const p of page.paragraphs) {
    if (p.role === 'background') continue
    const m = WRITTEN_ON.exec(p.text)
    if (!m) continue
    const day = readDates(m[2]!, { today: options.today, year: options.year })[0]
    const shift = DAYS_FROM_PAGE[m[1]!.toLowerCase()] ?? 0
    if (day) return shiftDate(day.date, -shift)
  }
  return undefined
}

function publicationDate(line: string): string | undefined {
  const labelled = DATE_LABEL.test(line)
  // '15:20 04.07.2024': a news feed's time before the date.
  const rest = line.replace(DATE_LABEL, '').replace(/^(?:[01]?\d|2[0-3]):[0-5]\d\s+/u, '')
  const found = readDates(rest, { today: '2000-01-01' })[0]
  if (!found || found.index !== 0 || !found.explicitYear) return undefined
  // '23.11.2022 г.', '04.07.2024, 15:20'
  const after = rest
    .slice(found.length)
    .replace(/^\s*(?:г\.?|года)(?![\p{L}])/u, '')
    .replace(/^[\s,]*(?:(?:[01]?\d|2[0-3]):[0-5]\d)?\s*/u, '')
  return labelled || after === '' ? found.date : undefined
}

/** Abbreviations after which a full stop does not end a sentence. */
export const ABBREVIATIONS = wordSet(
  'им гг ул пр просп обл руб тыс млн млрд ст св проф акад доц корп стр пл пер наб др каб тел напр гос ред вкл искл',
)

/** '«…», — отметил X': the closing quote of direct speech followed by whose words they were. */
const ATTRIBUTION =
  /»\s*,?\s*[—–-]\s*(?:отмет|сказа|подчеркн|заяви|добави|поясни|сообщи(?!\p{L}*\s+(?:в\s+|во\s+)?(?:пресс-служб|посольств|консульств|министерств|правительств|администраци|акимат|хокимият|управлени|департамент|ведомств|аппарат|мэри|облисполком))|рассказа|резюмирова|уверен|счита|говор(?!ится\s+в\s+(?:сообщени|пресс-релиз|релиз|информаци|документ))|признал|выразил|констатирова|заключи|ответи|напомни|обрати)/giu

/** 'Талдыкорган. 10 сентября. KAZAKHSTAN TODAY — ': a news agency's dateline before the lead. */
const DATELINE = new RegExp(
  `^[\\p{Lu}][\\p{L}-]+(?:[ -][\\p{Lu}][\\p{L}-]+)?\\.\\s+\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4}(?:\\s*г(?:ода)?)?)?\\.\\s+(?:[A-ZА-ЯЁ][A-ZА-ЯЁ0-9 .-]*\\s+—\\s+)?`,
  'u',
)

/** Every paragraph's sentences, each with its speech-free twin for reading facts. */
export function splitSentences(paragraphs: Paragraph[]): Sentence[] {
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
  /^[«"„]?(?:напомним|напомню|напоминаем|ранее|до\s+этого|(?:ещ[её]|уже)\s+в\s+прошлом\s+году|недавно|в прошлом году|год назад|как известно|в свое время|в своё время)(?![\p{L}])/iu

/** A sentence about earlier years (without a date of this visit) is background. */
/** Every date of the sentence two months or more before the page's date: the past, recalled. */
export function longBefore(s: Sentence, anchor: string | undefined): boolean {
  if (!anchor) return false
  const month = PAST_MONTH.exec(s.plain)
  if (month && s.dates.length === 0 && monthNumber(month[1]!) < Number(anchor.slice(5, 7)) - 1)
    return true
  return s.dates.length > 0 && s.dates.every((d) => daysBetween(d.end ?? d.date, anchor) > 60)
}

/** 'в августе этого года': a month of the year past, without a day. */
const PAST_MONTH =
  /(?<![\p{L}])в\s+(январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)\s+(?:этого|текущего|сего)\s+года/iu

/** A participle of founding and its year: 'созданную в 2017 году', 'основанного в 1703 году'. */
const FOUNDED_IN =
  /(?<![\p{L}])(?:созданн|основанн|построенн|открыт|учрежд[её]нн|возведенн|возведённ)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?в\s+(?:19|20)\d{2}\s*(?:году|г\.)/giu

export function isHistory(s: Sentence, visitYear: number): boolean {
  if (s.role === 'background' || HISTORY_START.test(s.text)) return true
  // 'зону свободной торговли, созданную в 2017 году': a year that tells of a place, not of the
  // sentence's events.
  const told = s.plain.replace(FOUNDED_IN, ' ')
  const years = [...told.matchAll(/(?<![\d.])(19\d{2}|20\d{2})(?![\d])/gu)].map((m) => Number(m[1]))
  if (s.dates.length) return false
  // 'Форум ШОС и БРИКС пройдет в Челябинске в 2020 году' in a text of 2018: another year's.
  const later = [...told.matchAll(/(?<![\p{L}])в\s+(20\d{2})\s+г(?:оду|\.)/gu)].map((m) =>
    Number(m[1]),
  )
  return (years.length > 0 && Math.max(...years) < visitYear) || later.some((y) => y > visitYear)
}

/** Headline and article sentences, speech blanked: what direction and partner are read from. */
export function scoringText(sentences: Sentence[], factsOnly = false): string {
  return sentences
    .filter((s) => s.role !== 'background' && !s.history)
    .map((s) => (factsOnly ? s.plain.slice(0, FUTURE.exec(s.plain)?.index) : s.plain))
    .join(' ')
}
