// A Word 'программа пребывания' → draft items: a table with time, event, place and responsible
// columns, day heading rows ('18 ноября, вторник') spanning the table, and the rows it could not read.
import type { DraftItem, ImportDraft } from './draft'
import { guessKind } from './guess-kind'
import type { TableRowCells } from './html-tables'
import { readDate, readTimeRange } from '../language/ru/dates'

export interface ProgrammeTableOptions {
  /** The year for dates written without one. */
  year: number
  timeZone: string
  sourceName: string
}

type Role = 'date' | 'time' | 'event' | 'place' | 'responsible' | 'participants' | 'other'

const HEADER_RULES: [RegExp, Role][] = [
  [/^дата|^день/i, 'date'],
  [/врем|час/i, 'time'],
  [/мероприят|событи|наименован|содержани|программ/i, 'event'],
  [/мест|площадк|адрес/i, 'place'],
  [/ответствен|организатор|исполнител/i, 'responsible'],
  [/участ|присутств|состав/i, 'participants'],
]

const roleOf = (text: string): Role =>
  HEADER_RULES.find(([pattern]) => pattern.test(text))?.[1] ?? 'other'

/** Expands spans so each cell sits at its real column index. */
function byColumn(row: TableRowCells): string[] {
  const out: string[] = []
  for (const cell of row) {
    out.push(cell.text)
    for (let i = 1; i < cell.span; i++) out.push('')
  }
  return out
}

const isHeader = (row: TableRowCells) =>
  row.filter((c) => ['time', 'event', 'place'].includes(roleOf(c.text)) && c.text.length < 40)
    .length >= 2

/** Reads the programme table(s); rows that are neither a day heading nor an item become problems. */
export function readProgrammeTable(
  rows: TableRowCells[],
  paragraphs: string[],
  options: ProgrammeTableOptions,
): ImportDraft {
  let roles: Role[] = []
  let currentDate: string | undefined
  const items: DraftItem[] = []
  const problems: ImportDraft['problems'] = []
  const titleLine = paragraphs.find((p) => /программ/i.test(p)) ?? paragraphs[0] ?? ''

  for (const row of rows) {
    const filled = row.filter((c) => c.text !== '')
    if (filled.length === 0) continue
    if (isHeader(row)) {
      roles = byColumn(row).map(roleOf)
      continue
    }
    const rowText = filled.map((c) => c.text).join(' | ')
    // A day heading: one filled cell (often spanning the table) that reads as a date.
    if (
      filled.length === 1 &&
      (row.length === 1 || filled[0]!.span > 1 || !readTimeRange(filled[0]!.text))
    ) {
      const date = readDate(filled[0]!.text, options.year)
      if (date) {
        currentDate = date
        continue
      }
    }
    const cells = byColumn(row)
    const at = (role: Role) =>
      cells
        .filter((_, i) => (roles[i] ?? fallbackRole(i, cells.length)) === role)
        .join(' ')
        .trim()
    const timeText = at('time') || at('date')
    const time = readTimeRange(timeText)
    const date = readDate(at('date') || timeText, options.year) ?? currentDate
    const title = at('event')
    if (!title || (!time && !date)) {
      problems.push({
        text: rowText,
        reason: !title ? 'Не найдено название мероприятия.' : 'Не найдены ни дата, ни время.',
      })
      continue
    }
    const responsible = at('responsible')
    const people = at('participants')
    const item: DraftItem = {
      key: `i${items.length + 1}`,
      kind: guessKind(title),
      title,
      people: [responsible, people].filter(Boolean),
      source: { kind: 'row', text: rowText },
    }
    if (date) item.date = date
    if (time) {
      item.start = time.start
      if (time.end) item.end = time.end
    }
    const place = at('place')
    if (place) item.venueName = place
    items.push(item)
  }

  const dates = items
    .map((i) => i.date)
    .filter((d): d is string => Boolean(d))
    .sort()
  const fallback = `${options.year}-01-01`
  return {
    kind: 'docx',
    sourceName: options.sourceName,
    visit: {
      title:
        titleLine.replace(/^программа\s*/i, 'Визит: ').slice(0, 300) || 'Визит (из программы Word)',
      direction: 'incoming',
      partnerCountry: '',
      partnerRegion: '',
      startDate: dates[0] ?? fallback,
      endDate: dates.at(-1) ?? fallback,
      timeZone: options.timeZone,
      objectives: '',
      ...(titleLine ? { source: { kind: 'row' as const, text: titleLine } } : {}),
    },
    items,
    documents: [],
    people: [],
    problems,
  }
}

/** Without a header row, the usual order: time, event, place, responsible. */
function fallbackRole(index: number, width: number): Role {
  const order: Role[] =
    width >= 4 ? ['time', 'event', 'place', 'responsible'] : ['time', 'event', 'place']
  return order[index] ?? 'other'
}
