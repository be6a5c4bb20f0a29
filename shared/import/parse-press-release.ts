// A Russian press release about a delegation visit → an ImportDraft: the visit window, direction,
// partner, people, programme events and signed documents. Pure heuristics (word stems and
// patterns, no dictionaries, no network); every field keeps the sentence it came from so the
// officer can check it on the review screen. Page furniture (menus, counters, lists of other
// news, footers) and a closing «Справка» are read as such and never become events.
import { type ItemKind } from '../domain/itinerary-item'
import { type DraftDocument, type DraftItem, type ImportDraft } from './draft'
import { findPlaces, placeNamed } from './gazetteer'
import { readSides } from './sides'
import { type PressReleaseOptions } from './press/types'
import { normaliseText, reading, yearOf } from './press/text'
import {
  datelineDate,
  datelinePlace,
  isHistory,
  longBefore,
  readPage,
  scoringText,
  splitSentences,
  writtenOn,
} from './press/page'
import { readSentenceDates } from './press/dates'
import { collectPeople, ENVOY, findPeople } from './press/people'
import { findDocuments, toDraftDocument } from './press/documents'
import { findEvents } from './press/events'
import {
  doneOnPageDay,
  fillSingleDay,
  inferDates,
  lastingDays,
  noteOutOfWindow,
  readObjectives,
  readWindow,
  toDraftItem,
  visitTitle,
} from './press/calendar'
import {
  countryGen,
  countryHits,
  leadRegion,
  readCountry,
  readDirection,
  readRegion,
} from './press/places'
import { headToCase } from './press/grammar'
export { readDates } from './press/dates'
export type { DateContext, DateMention, PressReleaseOptions } from './press/types'

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
    publishedOn:
      read.publishedOn ??
      options.publishedOn ??
      datelineDate(read, options) ??
      writtenOn(read, options),
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
    Number((span ?? article.flatMap((s) => s.dates)[0])?.date.slice(0, 4)) ||
    options.year ||
    yearOf(reference)
  const firstLine = sentences.findIndex((s) => s.role === 'article')
  sentences.forEach((s, i) => {
    s.history =
      // 'Недавно губернатор … посетил Хэйлунцзян' opening the article is its news, not background.
      (isHistory(s, visitYear) && !(i === firstLine && /^недавно(?![\p{L}])/iu.test(s.text))) ||
      longBefore(s, page.publishedOn ?? span?.date) ||
      // 'Тогда он прибыл в Астану …' after a sentence about an earlier visit
      (/^тогда(?![\p{L}])/iu.test(s.text) && Boolean(sentences[i - 1]?.history))
  })

  const mentions = sentences.map((s, i) => findPeople(s, i))
  const problems: ImportDraft['problems'] = []
  const documents = findDocuments(sentences, problems)
  const events = findEvents(sentences, mentions, documents, span)
  inferDates(events, sentences)
  doneOnPageDay(events, sentences, page.publishedOn)
  const window = lastingDays(
    readWindow(sentences, events, span, page.publishedOn, options.today, problems),
    sentences,
  )
  fillSingleDay(events, window)
  noteOutOfWindow(events, window, sentences, problems)

  const scoring = scoringText(sentences)
  const dateline = datelinePlace(read) ?? ''
  // Between two Russian regions, neither the app's own: the one the text was written in is ours.
  const firstSides = readSides(scoring, countryHits, options.hostRegion)
  // Else the region the first lines are about (the place arrived in, or the official's own).
  const writtenIn =
    findPlaces(dateline)[0]?.place ??
    placeNamed(
      leadRegion(
        sentences
          .filter((s) => s.role !== 'background')
          .slice(0, 5)
          .map((s) => s.plain),
      ),
    )
  const sides =
    writtenIn?.country === 'Россия' &&
    ['', 'Россия'].includes(firstSides.partnerCountry) &&
    firstSides.ours?.name !== options.hostRegion &&
    writtenIn.name !== firstSides.ours?.name
      ? readSides(scoring, countryHits, writtenIn.name)
      : firstSides
  // No one is told travelling: a text datelined abroad ('1 ноября, Брест /Корр. БЕЛТА/') tells of
  // our delegation there.
  const datelinedAbroad =
    findPlaces(dateline).some((m) => m.place.country !== 'Россия') ||
    countryHits(dateline).some((c) => c.country !== 'Россия')
  const direction =
    sides.direction ?? (datelinedAbroad ? 'outgoing' : readDirection(scoringText(sentences, true)))
  const partnerCountry =
    sides.partnerCountry ||
    readCountry(scoring) ||
    readCountry(sentences.map((s) => s.text).join(' '))
  const regionRead = sides.partnerCountry
    ? sides.partnerRegion
    : readRegion(scoring, partnerCountry)
  if (!partnerCountry) problems.push({ text: '', reason: 'Не найдена страна-партнёр.' })
  const headHow: { value?: 'marked' | 'traveller' | 'firstNamed' } = {}
  const people = collectPeople(mentions, sentences, direction, sides, headHow)
  // An ambassador or a consul comes for the country, whatever region the text names besides.
  const envoy = direction === 'incoming' && ENVOY.test(people.find((p) => p.head)?.position ?? '')
  const partnerRegion = envoy ? '' : regionRead
  const items = events.map((e, i) => toDraftItem(e, i, sentences, people))
  const partnerGen = partnerRegion
    ? headToCase(partnerRegion, 'nom', 'gen')
    : countryGen(partnerCountry)
  // An unnamed document is named after the two sides: ours as the text tells it, else the app's.
  const ourName = sides.ours?.name ?? options.hostRegion ?? 'Ленинградская область'
  const oursGen = headToCase(ourName, 'nom', 'gen')
  const draftDocuments = documents.map((d, i) =>
    // A signing the text gives no day for: the visit's first day, or, for a report dated only by
    // its page, the page's day.
    toDraftDocument(
      d,
      i,
      sentences,
      events,
      { ours: oursGen, partner: partnerGen },
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
