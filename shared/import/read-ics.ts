// An Outlook or Google Calendar export → draft programme items in the visit's time zone.
import ICAL from 'ical.js'
import { shiftDate } from '../time/local-date'
import { wallTimeIn } from '../time/zones'
import type { DraftItem, ImportDraft } from './draft'
import { guessKind } from './guess-kind'

export interface IcsImportOptions {
  /** The zone the programme is kept in (the visit's). */
  timeZone: string
  /** Recurring events are expanded only inside this window; without it, the events' own span. */
  window?: { start: string; end: string }
  sourceName?: string
}

/** Hard caps: a hostile RRULE cannot make the import walk or produce without end. */
export const MAX_OCCURRENCES_PER_EVENT = 100
export const MAX_ITEMS = 1000
const MAX_ITERATIONS = 5000
/**
 * Steps the recurrence engine may take for one event, matching or not: a rule whose dates never
 * occur (BYMONTHDAY=31;BYMONTH=2) would otherwise walk for ever inside a single `next()`.
 */
export const MAX_RECURRENCE_STEPS = 50_000
/** Longer events are not a programme's (and a huge DURATION makes the calendar library spin). */
const MAX_EVENT_SECONDS = 366 * 24 * 3600
/** A recurring series without any single event around it is read for this many days. */
const DEFAULT_SPAN_DAYS = 14

const pad = (n: number) => String(n).padStart(2, '0')
const localDate = (t: ICAL.Time) => `${t.year}-${pad(t.month)}-${pad(t.day)}`
const localTime = (t: ICAL.Time) => `${pad(t.hour)}:${pad(t.minute)}`

/** Reads a calendar; throws an Error with a Russian message when the text is not iCalendar. */
export function readIcs(text: string, options: IcsImportOptions): ImportDraft {
  let root: ICAL.Component
  try {
    root = new ICAL.Component(ICAL.parse(text))
  } catch {
    throw new Error('Файл не похож на календарь iCalendar (.ics).')
  }
  for (const tz of root.getAllSubcomponents('vtimezone')) {
    try {
      ICAL.TimezoneService.register(new ICAL.Timezone(tz))
    } catch {
      // A zone without a name or with broken rules: times in it are read as floating.
    }
  }
  return new CalendarReading(root, options).draft()
}

/** The events of one parsed calendar turned into draft items, with the problems met. */
class CalendarReading {
  private readonly problems: ImportDraft['problems'] = []
  private readonly items: DraftItem[] = []
  private readonly events: ICAL.Event[]
  private readonly window: { start: string; end: string }

  constructor(
    private readonly root: ICAL.Component,
    private readonly options: IcsImportOptions,
  ) {
    this.events = root
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .filter((e) => this.usable(e))
    const singleDates = this.events
      .filter((e) => !e.isRecurring())
      .map((e) => (e.startDate.isDate ? localDate(e.startDate) : this.toZone(e.startDate).date))
    const firstRecurring = this.events
      .filter((e) => e.isRecurring())
      .map((e) => localDate(e.startDate))
    this.window = options.window ?? spanOf(singleDates, firstRecurring)
  }

  /** An event with a start and a sane length; the others are noted and skipped. */
  private usable(e: ICAL.Event): boolean {
    const skip = (reason: string) => {
      const summary = e.component.getFirstProperty('summary')?.getFirstValue()
      this.problems.push({ text: String(summary ?? '').slice(0, 200), reason })
      return false
    }
    try {
      if (!e.component.hasProperty('dtstart') || !e.startDate)
        return skip('Событие без даты начала: пропущено.')
      const duration = e.component.getFirstPropertyValue('duration')
      if (duration instanceof ICAL.Duration && Math.abs(duration.toSeconds()) > MAX_EVENT_SECONDS)
        return skip('Событие длиннее года: пропущено.')
      return true
    } catch {
      return skip('Событие не удалось прочитать: пропущено.')
    }
  }

  /** A time of the calendar as a wall time in the visit's zone. */
  private toZone(t: ICAL.Time): { date: string; time: string } {
    // Floating times (no zone) are already the programme's wall time.
    if (t.zone === ICAL.Timezone.localTimezone || !t.zone)
      return { date: localDate(t), time: localTime(t) }
    return wallTimeIn(t.toJSDate(), this.options.timeZone)
  }

  /** One occurrence as a draft item; false when the item cap is reached. */
  private add(event: ICAL.Event, start: ICAL.Time, end: ICAL.Time | null): boolean {
    if (this.items.length >= MAX_ITEMS) return false
    const title = (event.summary || '').trim() || 'Без названия'
    const item: DraftItem = {
      key: `i${this.items.length + 1}`,
      kind: guessKind(title),
      title,
      people: event.attendees
        .map((a) => String(a.getParameter('cn') ?? '').trim())
        .filter(Boolean)
        .slice(0, 50),
      source: { kind: 'event', text: '' },
    }
    if (event.location?.trim()) item.venueName = event.location.trim().slice(0, 500)
    if (start.isDate) item.date = localDate(start)
    else this.setTimes(item, start, end)
    item.source.text = [
      title,
      `${item.date}${item.start ? ` ${item.start}` : ''}${item.end ? `–${item.end}` : ''}`,
      item.venueName,
    ]
      .filter(Boolean)
      .join(' · ')
    this.items.push(item)
    return true
  }

  /** The day, start and end in the visit's zone (an end on another day is left out, said why). */
  private setTimes(item: DraftItem, start: ICAL.Time, end: ICAL.Time | null): void {
    const from = this.toZone(start)
    item.date = from.date
    item.start = from.time
    if (!end) return
    const to = this.toZone(end)
    if (to.date === from.date && to.time >= from.time) item.end = to.time
    else
      this.problems.push({
        text: item.title,
        reason: 'Событие заканчивается на следующий день: время окончания не перенесено.',
      })
  }

  /** An event, or each of its occurrences inside the window, capped. */
  private read(event: ICAL.Event): void {
    if (!event.isRecurring()) {
      this.add(event, event.startDate, event.endDate)
      return
    }
    const iterator = event.iterator()
    boundSteps(iterator, this.window.end)
    let produced = 0
    let steps = 0
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (++steps > MAX_ITERATIONS) break
      const day = localDate(next)
      if (day > this.window.end) break
      if (day < this.window.start) continue
      if (produced >= MAX_OCCURRENCES_PER_EVENT) {
        this.problems.push({
          text: event.summary,
          reason: `Повторяющееся событие: взяты первые ${MAX_OCCURRENCES_PER_EVENT} повторений.`,
        })
        break
      }
      const details = event.getOccurrenceDetails(next)
      if (!this.add(event, details.startDate, details.endDate)) break
      produced++
    }
  }

  draft(): ImportDraft {
    for (const event of this.events) {
      try {
        this.read(event)
      } catch (err) {
        // One odd event (a broken rule, a value the library cannot read) never stops the rest.
        this.problems.push({
          text: String(event.summary ?? '').slice(0, 200),
          reason:
            err instanceof RecurrenceTooLong
              ? 'Повторяющееся событие: правило повторения не даёт дат в разумных пределах, пропущено.'
              : 'Событие не удалось прочитать: пропущено.',
        })
      }
    }
    const items = this.items
    if (items.length >= MAX_ITEMS)
      this.problems.push({ text: '', reason: `Слишком много событий: взяты первые ${MAX_ITEMS}.` })
    items.sort(
      (a, b) =>
        (a.date ?? '').localeCompare(b.date ?? '') || (a.start ?? '').localeCompare(b.start ?? ''),
    )
    items.forEach((item, n) => (item.key = `i${n + 1}`))
    const dates = items.map((i) => i.date!).sort()
    const calendarName = String(this.root.getFirstPropertyValue('x-wr-calname') ?? '').trim()
    return {
      kind: 'ics',
      sourceName: this.options.sourceName ?? 'calendar.ics',
      visit: {
        title: calendarName || 'Визит (из календаря)',
        direction: 'incoming',
        partnerCountry: '',
        partnerRegion: '',
        startDate: dates[0] ?? this.window.start,
        endDate: dates.at(-1) ?? this.window.end,
        timeZone: this.options.timeZone,
        objectives: '',
      },
      items,
      documents: [],
      people: [],
      problems: this.problems,
    }
  }
}

/** Thrown when a recurrence rule walks past MAX_RECURRENCE_STEPS without ending. */
class RecurrenceTooLong extends Error {}

/**
 * Bounds the steps of every rule iterator of an expansion: ical.js loops inside `next()` until a
 * date matches, so the bound has to sit on the step it takes, not on the dates it answers.
 */
function boundSteps(expansion: ICAL.RecurExpansion, windowEnd: string): void {
  let steps = 0
  const iterators = (expansion as unknown as { ruleIterators?: unknown[] }).ruleIterators ?? []
  for (const iterator of iterators) {
    const it = iterator as { check_contracting_rules?: () => boolean; last?: ICAL.Time }
    const check = it.check_contracting_rules
    if (typeof check !== 'function') continue
    it.check_contracting_rules = function (this: typeof it) {
      if (++steps > MAX_RECURRENCE_STEPS) throw new RecurrenceTooLong()
      // Past the window nothing more is wanted: the candidate is taken, and the caller stops.
      if (this.last && localDate(this.last) > windowEnd) return true
      return check.call(this)
    }
  }
}

function spanOf(singleDates: string[], recurringStarts: string[]): { start: string; end: string } {
  const sorted = [...singleDates].sort()
  if (sorted.length > 0) return { start: sorted[0]!, end: sorted.at(-1)! }
  const first = [...recurringStarts].sort()[0] ?? '2000-01-01'
  return { start: first, end: shiftDate(first, DEFAULT_SPAN_DAYS - 1) }
}
