import { assertSafeZip } from './zip-guard'
import { inMegabytes, MAX_IMPORT_BYTES, MAX_TEXT_BYTES } from '../../shared/import/limits'
import { AppError } from '../../shared/api/errors'
import type { Agreement } from '../../shared/domain/agreements'
import type { Directory } from '../../shared/domain/directory'
import { ItineraryItemSchema, type ItineraryItem } from '../../shared/domain/itinerary-item'
import type { Person } from '../../shared/domain/people'
import { matchPerson, matchVenue } from '../../shared/import/match-directory'
import type { Venue } from '../../shared/domain/venues'
import { MAX_VISIT_DAYS, VisitSchema, type Visit } from '../../shared/domain/visit'
import type { Accepted } from '../../shared/import/draft-schema'
import type { DraftItem, ImportDraft } from '../../shared/import/draft'
import { paragraphsOutsideTables, tableRows } from '../../shared/import/html-tables'
import { readIcs } from '../../shared/import/read-ics'
import { readProgrammeTable } from '../../shared/import/read-programme-table'
import { daysBetween, shiftDate } from '../../shared/time/local-date'
import { zoneOfCountry } from '../../shared/time/zones'
import { looksLikeBundle, readBundle } from './bundles'

/** Files larger than this are refused before any parsing. */
export { MAX_IMPORT_BYTES }

export interface ReadOptions {
  /** The officer's year for dates written without one; absent: the text's own, else near today. */
  year?: number
  today: string
  timeZone: string
  /** YYYY-MM-DD the page was published, when the officer gives it. */
  publishedOn?: string
  /** The app's own region (settings): our side when a text names it. */
  hostRegion?: string
}

export type TextReader = (text: string, options: ReadOptions) => ImportDraft

/** `reason` names a message of `import.reasons` (the officer reads it translated). */
const unreadable = (reason: string, detail = reason) =>
  new AppError('invalid', `import: ${detail}`, {
    key: 'import.errors.unreadable',
    reason: `import.reasons.${reason}`,
  })

/**
 * Reads any supported file into a draft, the type found from the content: a visit bundle, an
 * iCalendar file, a Word document (a ZIP with word/document.xml) or plain text (a press release).
 */
export async function readImportFile(
  fileName: string,
  bytes: Buffer,
  options: ReadOptions,
  readText: TextReader,
): Promise<ImportDraft> {
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new AppError('invalid', 'import: file too large', {
      key: 'import.errors.tooLarge',
      limitMb: inMegabytes(MAX_IMPORT_BYTES),
    })
  if (bytes.length === 0) throw unreadable('empty')
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  if (isZip) return readDocx(fileName, bytes, options)
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
  if (looksLikeBundle(text)) return bundleDraft(fileName, text)
  if (/^\s*BEGIN:VCALENDAR/i.test(text)) {
    try {
      return readIcs(text, { timeZone: options.timeZone, sourceName: fileName })
    } catch (err) {
      throw unreadable('notCalendar', err instanceof Error ? err.message : 'calendar')
    }
  }
  if (text.includes('\u0000')) throw unreadable('unknownKind')
  if (bytes.length > MAX_TEXT_BYTES)
    throw new AppError('invalid', 'import: text too large', {
      key: 'import.errors.textTooLarge',
      limitMb: inMegabytes(MAX_TEXT_BYTES),
    })
  return { ...readText(text, options), sourceName: fileName }
}

async function readDocx(
  fileName: string,
  bytes: Buffer,
  options: ReadOptions,
): Promise<ImportDraft> {
  assertSafeZip(bytes)
  let html: string
  try {
    // Loaded with the first Word file (imports run in their worker): the host never carries it.
    const { default: mammoth } = await import('mammoth')
    // Pictures are not part of a programme: never decoded or inlined.
    const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }))
    html = (await mammoth.convertToHtml({ buffer: bytes }, { convertImage: noImages })).value
  } catch {
    throw unreadable('notWord')
  }
  const paragraphs = paragraphsOutsideTables(html)
  return readProgrammeTable(tableRows(html), paragraphs, {
    year: options.year ?? yearInText(paragraphs.join('\n')) ?? Number(options.today.slice(0, 4)),
    timeZone: options.timeZone,
    sourceName: fileName,
  })
}

/** The year a Word programme names in its heading ('18–20 ноября 2025 г.', '18.11.2025'). */
function yearInText(text: string): number | undefined {
  const m = /(?:^|[^\d])(?:\d{1,2}\.\d{1,2}\.)?((?:19|20)\d\d)\s*(?:г\.?|год|$|[^\d])/u.exec(text)
  return m ? Number(m[1]) : undefined
}

/** A bundle shown on the review screen: its items as they are (accepting it imports it whole). */
function bundleDraft(fileName: string, text: string): ImportDraft {
  const { visit, directory } = readBundle(text)
  const venue = new Map(directory.venues.map((v) => [v.id, v.name]))
  const person = new Map(directory.people.map((p) => [p.id, p.fullName]))
  return {
    kind: 'bundle',
    sourceName: fileName,
    visit: {
      title: visit.title,
      direction: visit.direction,
      partnerCountry: visit.partnerCountry,
      partnerRegion: visit.partnerRegion,
      startDate: visit.startDate,
      endDate: visit.endDate,
      timeZone: visit.timeZone,
      objectives: visit.objectives,
    },
    items: visit.items.map((i, n) => ({
      key: `i${n + 1}`,
      date: i.date,
      ...(i.start ? { start: i.start } : {}),
      ...(i.end ? { end: i.end } : {}),
      kind: i.kind,
      title: i.title,
      ...(i.venueId && venue.get(i.venueId) ? { venueName: venue.get(i.venueId) } : {}),
      people: i.participantIds.map((id) => person.get(id)).filter((p): p is string => Boolean(p)),
      source: { kind: 'file', text: `${i.date} ${i.start ?? ''} ${i.title}` },
    })),
    documents: visit.agreements.map((a, n) => ({
      key: `d${n + 1}`,
      title: a.title,
      type: a.type,
      parties: a.parties,
      ...(a.signedOn ? { signedOn: a.signedOn } : {}),
      source: { kind: 'file', text: a.title },
    })),
    people: [],
    problems: [],
  }
}

/**
 * The visit the officer accepted: kept items, documents and people; names matched to the directory
 * (new people and venues are added to it). Returns the visit and the directory entries to add.
 */
export function acceptedVisit(
  draft: ImportDraft,
  accepted: Accepted,
  directory: Directory,
  identity: { newId: () => string; createdAt: string },
): { visit: Visit; additions: Directory } {
  const { newId } = identity
  const additions: Directory = { people: [], organisations: [], venues: [] }
  const allPeople = () => [...directory.people, ...additions.people]
  const allVenues = () => [...directory.venues, ...additions.venues]

  const keptPeople = draft.people.filter((p) => accepted.people.includes(p.key))
  const chosen = <T extends { id: string }>(
    answers: Record<string, string | null> | undefined,
    key: string,
    list: T[],
  ): T | null | undefined => {
    if (!answers || !(key in answers)) return undefined
    const id = answers[key]
    return id === null ? null : list.find((e) => e.id === id)
  }
  const personIds = keptPeople.map((p, index) => {
    const answer = chosen(accepted.persons, p.key, allPeople())
    const known = answer === undefined ? matchPerson(p.fullName, allPeople())?.entry : answer
    if (known) return { side: known.side, id: known.id }
    const created: Person = {
      id: newId(),
      fullName: p.fullName,
      position: p.position,
      side: p.side,
      precedence: p.head ? 1 : 10 + index,
      languages: p.side === 'host' ? ['ru'] : [],
    }
    additions.people.push(created)
    return { side: created.side, id: created.id }
  })
  const guestIds = personIds.filter((p) => p.side === 'guest').map((p) => p.id)

  const venueId = (name?: string) => {
    if (!name?.trim()) return undefined
    const made = additions.venues.find((v) => v.name === name.trim())
    if (made) return made.id
    const answer = chosen(accepted.venues, name.trim(), allVenues())
    const known = answer === undefined ? matchVenue(name, allVenues())?.entry : answer
    if (known) return known.id
    const created: Venue = {
      id: newId(),
      name: name.trim(),
      address: '',
      kind: 'other',
      accessRequirements: [],
    }
    additions.venues.push(created)
    return created.id
  }

  const agreements: Agreement[] = draft.documents
    .filter((d) => accepted.documents.includes(d.key))
    .map((d) => ({
      id: newId(),
      title: d.title,
      type: d.type,
      parties: d.parties,
      signatoryIds: [],
      followUps: [],
      status: d.signedOn ? 'signed' : 'draft',
      ...(d.signedOn ? { signedOn: d.signedOn } : {}),
    }))
  const signedOn = new Map(
    draft.documents
      .filter((d) => accepted.documents.includes(d.key))
      .map((d, i) => [agreements[i]!.id, d.signedOn]),
  )

  const keptItems = draft.items.filter((i) => accepted.items.includes(i.key))
  const signings = keptItems.filter((i) => i.kind === 'signing')
  const lineOf = (i: DraftItem) => ({
    id: newId(),
    kind: i.kind,
    title: i.title,
    venueId: venueId(i.venueName),
    participantIds: [
      ...new Set([
        ...guestIds,
        ...i.people
          .map((name) => matchPerson(name, allPeople())?.entry.id)
          .filter((id): id is string => Boolean(id)),
      ]),
    ],
    notes: `Импорт: ${i.source.text}`.slice(0, 2000),
  })
  // A line the source gives no date for waits in the 'без даты' tray, never on day 1.
  const unscheduled = keptItems.filter((i) => !i.date).map(lineOf)
  const items: ItineraryItem[] = keptItems.flatMap((i) => {
    if (!i.date) return []
    const date = i.date
    return ItineraryItemSchema.parse({
      ...lineOf(i),
      date,
      ...(i.start ? { start: i.start } : {}),
      ...(i.end ? { end: i.end } : {}),
      ...(i.kind === 'signing'
        ? {
            agreementIds: agreements
              .filter((a) => signings.length === 1 || signedOn.get(a.id) === date)
              .map((a) => a.id),
          }
        : {}),
    })
  })

  const dates = [draft.visit.startDate, draft.visit.endDate, ...items.map((i) => i.date)].sort()
  const startDate = dates[0]!
  let endDate = dates.at(-1)!
  if (daysBetween(startDate, endDate) >= MAX_VISIT_DAYS)
    endDate = shiftDate(startDate, MAX_VISIT_DAYS - 1)
  const visit = VisitSchema.parse({
    id: newId(),
    title: draft.visit.title.trim() || 'Импортированный визит',
    direction: draft.visit.direction,
    partnerCountry: draft.visit.partnerCountry,
    partnerRegion: draft.visit.partnerRegion,
    startDate,
    endDate,
    timeZone: draft.visit.timeZone,
    // An incoming delegation's clock is its country's ('Казахстан' → Алматы), as for a new visit.
    ...(draft.visit.direction === 'incoming' && zoneOfCountry(draft.visit.partnerCountry)
      ? { homeTimeZone: zoneOfCountry(draft.visit.partnerCountry) }
      : {}),
    status: 'draft',
    objectives: draft.visit.objectives,
    notes: `Импортировано из «${draft.sourceName}».`,
    participantIds: personIds.map((p) => p.id),
    agreements,
    items: items.filter((i) => i.date >= startDate && i.date <= endDate),
    unscheduled,
    createdAt: identity.createdAt,
  })
  return { visit, additions }
}
