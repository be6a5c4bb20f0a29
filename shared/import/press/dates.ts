// Dates in the text: phrases, the day they name, and each sentence's dates.
// Part of the press-release reader (../parse-press-release.ts).
import { daysBetween, isLocalDate, shiftDate } from '../../time/local-date'
import { type DateContext, type DateMention, type Sentence } from './types'
import { blankRanges, pad2, yearOf } from './text'

export const MONTH =
  '(?:январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья])(?![\\p{L}])'

// ───────────────────────────── Dates ─────────────────────────────

const YEAR = '(?:\\s+(\\d{4})(?:\\s*(?:года|году|год|г\\.))?)?'

const DAY = '(\\d{1,2})'

const DAY_START = '(?<![\\p{L}\\d.,:])'

type RawDate =
  | { kind: 'span'; d1: number; m1?: number; y1?: number; d2: number; m2: number; y2?: number }
  | { kind: 'day'; d: number; m: number; y?: number }
  | { kind: 'relative'; shift: number }
  | { kind: 'anchored'; shift: number }
  /** 'в понедельник': the weekday nearest the page's date, ahead when told in the future. */
  | { kind: 'weekday'; day: number; ahead: boolean }

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

/** Days from the page's date that 'сегодня', 'вчера', 'завтра' name. */
export const DAYS_FROM_PAGE: Record<string, number> = {
  сегодня: 0,
  вчера: -1,
  завтра: 1,
  послезавтра: 2,
}

// 'сегодня', 'вчера', 'завтра': days from the page's date, read only when the page gives one.
DATE_PATTERNS.push({
  re: /(?<![\p{L}])(?:сегодня|вчера|завтра|послезавтра)(?![\p{L}])/giu,
  read: (m) => [
    {
      kind: 'anchored',
      shift: DAYS_FROM_PAGE[m[0].toLowerCase()] ?? 0,
    },
  ],
})

const WEEKDAYS: Record<string, number> = {
  понедельник: 1,
  вторник: 2,
  среду: 3,
  четверг: 4,
  пятницу: 5,
  субботу: 6,
  воскресенье: 0,
}

// 'В понедельник утром Моор возложил венок …' (a weekday with its date, 'в воскресенье, 13 ноября',
// is read by the date). Ahead of the page when the clause after it is told in the future.
DATE_PATTERNS.push({
  re: new RegExp(
    // ('сообщил в четверг журналистам': when it was said, not when it happens)
    `(?<![\\p{L}])(?<!(?:сообщил|заявил|рассказал|отметил|сказал|пояснил|объявил|написал|сообщили|заявили|рассказали|сообщает|передает)\\p{L}*\\s+)(?:в|во)\\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![\\p{L}])(?!,?\\s+\\d{1,2}\\s+(?:${MONTH}))(?=([^.!?]{0,80}))`,
    'giu',
  ),
  read: (m) => [
    {
      kind: 'weekday',
      day: WEEKDAYS[m[1]!.toLowerCase()]!,
      ahead:
        /(?<![\p{L}])(?:будет|будут|состоится|состоятся|пройд[её]т|пройдут|посетит|посетят|провед[её]т|проведут|примет|примут|встретится|встретятся|откро[ею]тся|начн[её]тся|планируется|запланирован\p{L}*|ожидается|прибуд[еу]т|отправится|отправятся)(?![\p{L}])/iu.test(
          m[2] ?? '',
        ),
    },
  ],
})

const MONTH_PREFIXES = 'янв фев мар апр ма июн июл авг сен окт ноя дек'.split(' ')

export function monthNumber(word: string): number {
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
  if (raw.kind === 'weekday') {
    if (!ctx.published) return null
    const page = new Date(`${ctx.published}T00:00:00Z`).getUTCDay()
    const shift = raw.ahead ? (raw.day - page + 7) % 7 : -((page - raw.day + 7) % 7)
    return { ...base, date: shiftDate(ctx.published, shift), explicitYear: false, relative: true }
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
export function nearestDate(
  day: number,
  month: number,
  ref: string,
  pastBias: boolean,
): string | null {
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

export function validDate(year: number, month: number, day: number): string | null {
  const date = `${year}-${pad2(month)}-${pad2(day)}`
  return month >= 1 && isLocalDate(date) ? date : null
}

/** Dates of every sentence in reading order; a year from the past (history) does not move the anchor. */
export function readSentenceDates(
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
export function withoutDates(text: string, dates: DateMention[]): string {
  return blankRanges(
    text,
    dates.map((d) => [d.index, d.index + d.length]),
  )
}

/** The date of a point in a sentence: the day named last before it, else the first after it. */
export function dateAt(s: Sentence, at: number): string | undefined {
  const days = s.dates.filter((d) => !d.end)
  return (days.filter((d) => d.index <= at).at(-1) ?? days.find((d) => d.index > at))?.date
}
