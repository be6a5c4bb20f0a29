// The visit's calendar: dates events imply, the window, planned or done, the visit's title.
// Part of the press-release reader (../parse-press-release.ts).
import { daysBetween, shiftDate } from '../../time/local-date'
import { type DraftItem, type DraftPerson, type ImportDraft } from '../draft'
import { verbTense } from '../morphology'
import { type DateMention, type FoundEvent, type Sentence } from './types'
import { CONTINUATION } from './events'
import { namePattern, personInCase } from './people'
import { FUTURE, collapse, reading } from './text'
import { headToCase } from './grammar'
import { COUNTRIES, LO, countryGen } from './places'

/**
 * Dates the text implies: 'Затем…' continues the last date; events just before 'на следующий день'
 * (or before the next day's date) belong to the day before.
 */
export function inferDates(events: FoundEvent[], sentences: Sentence[]): void {
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
  /(?<![\p{L}])(?:(?:продлится|продолжится|пробудет|пробудут|рассчитан\p{L}*\s+на|^за)\s+(\d|два|две|три|четыре|пять)\s+дн|(двух|тр[её]х|четыр[её]х|пяти)дневн)/iu

const STAYS_UNTIL =
  /(?<![\p{L}])(?:продлится|продолжится|пробудет|пробудут|будет\s+находиться|будут\s+находиться|пребудет)(?:\s+[\p{L}-]+){0,4}?\s+до\s/iu

/**
 * A one-day window that the text says lasts longer: forward from a day the text names, back from
 * the page's date when the text is a report of a visit just ended.
 */
export function lastingDays(window: VisitWindow, sentences: Sentence[]): VisitWindow {
  // 'продлится до 15 марта', 'Делегация пробудет в столице Кыргызстана до 27 октября'
  for (const s of sentences.filter((x) => x.role === 'article' && !x.history)) {
    const until = STAYS_UNTIL.exec(s.plain)
    if (!until) continue
    const end = s.dates.find((d) => d.index >= until.index + until[0].length - 1 && !d.relative)
    if (end && end.date > window.end && daysBetween(window.start, end.date) < 30)
      return { ...window, end: end.end ?? end.date }
  }
  // ('Двухдневный визит направлен на реализацию подписанного в апреле соглашения': the duration
  // is this visit's, whatever else the sentence recalls)
  const said = sentences
    .filter((s) => s.role !== 'background')
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

/**
 * A report written the day before the dates of its events ('Губернатор прибыл в Минск. Завтра,
 * 15 апреля, он встретится с …'): what it tells as done happened on the day it was written.
 */
export function doneOnPageDay(
  events: FoundEvent[],
  sentences: Sentence[],
  publishedOn: string | undefined,
): void {
  if (!publishedOn) return
  // 'прибыл в Анкару. Намерен вернуться уже завтра, 30 апреля': a day named as intended counts too.
  const dates = [
    ...events.flatMap((e) => (e.date ? [e.date] : [])),
    ...sentences
      .filter((s) => s.role === 'article' && !s.history && FUTURE.test(s.plain))
      .flatMap((s) => s.dates.filter((d) => !d.end).map((d) => d.date)),
  ].sort()
  const first = dates[0]
  if (!first || first <= publishedOn || daysBetween(publishedOn, first) > 3) return
  for (const e of events) {
    const s = sentences[e.sentence]!
    if (!e.date && !s.history && toldAsDone(s.text)) e.date = publishedOn
  }
}

export function fillSingleDay(events: FoundEvent[], window: VisitWindow): void {
  if (!window.fromText || window.start !== window.end) return
  for (const e of events) e.date ??= window.start
}

/** Events dated outside a stated window are shown to the officer as problems. */
export function noteOutOfWindow(
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
export function toDraftItem(
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
/** A sentence told as done or under way ('прибыл', 'принимает'), with no verb in the future. */
function toldAsDone(sentence: string): boolean {
  const morph = reading.morph
  if (!morph) return DONE.test(sentence) && !TO_COME.test(sentence)
  const words = sentence.split(/[^\p{L}-]+/u).filter((w) => w.length > 3)
  const tenses = words.map((w) => verbTense(morph, w))
  // 'в планах … посетить …, пишут СМИ': a present beside an infinitive is an intention.
  const intends = words.some((w) => morph.parse(w)[0]?.grammemes.has('INFN'))
  if (tenses.includes('futr')) return false
  return tenses.includes('past') || (tenses.includes('pres') && !intends)
}

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

// ───────────────────────────── Visit ─────────────────────────────

interface VisitWindow {
  start: string
  end: string
  /** False when the text names no date and the window is the publication date or today. */
  fromText: boolean
}

/** The stated span; else the lead's date and the events' dates; else the page's date or today. */
export function readWindow(
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
export function readObjectives(sentences: Sentence[]): string {
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
export function visitTitle(v: TitleFacts): string {
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
