import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Conflict } from '../../../../shared/domain/conflicts'
import type { Directory } from '../../../../shared/domain/directory'
import {
  ItineraryItemSchema,
  itemsByDay,
  type ItineraryItem,
} from '../../../../shared/domain/itinerary-item'
import type { Visit } from '../../../../shared/domain/visit'
import { guessKind } from '../../../../shared/import/guess-kind'
import { initialsName } from '../../../../shared/language/ru/decline'
import {
  formatDayHeading,
  parseTypedTime,
  type UiLanguage,
} from '../../../../shared/time/local-date'
import { newId } from '../../components/new-entries'
import './programme-table.css'

export interface ProgrammeTableProps {
  visit: Visit
  directory: Directory
  dates: string[]
  conflictsByItem: Map<string, Conflict[]>
  update(change: (v: Visit) => Visit): void
  /** Adds a venue by the name typed; answers its id. */
  createVenue(name: string): Promise<string | undefined>
  onOpen(item: ItineraryItem): void
}

/** The columns typed into, in order (participants and the responsible are set in the dialog). */
const COLUMNS = ['time', 'title', 'venue'] as const
type Column = (typeof COLUMNS)[number]

/** '9.30–10.15', '09:30-10:15', '0930', '' → start and end; null when not a time or a range. */
export function parseTimeRange(text: string): { start?: string; end?: string } | null {
  const parts = text.trim() ? text.split(/\s*[–—-]\s*/) : []
  if (parts.length > 2) return null
  const [start, end] = parts.map((p) => (p ? parseTypedTime(p) : undefined))
  if (start === null || end === null) return null
  if (start && end && end < start) return null
  return { start: start ?? undefined, end: end ?? undefined }
}

const timeText = (item: Pick<ItineraryItem, 'start' | 'end'>) =>
  `${item.start ?? ''}${item.end ? `–${item.end}` : ''}`

/** Rows pasted from Word or Excel: cells split by tabs, a leading cell that is a time is the time. */
export function pastedRows(text: string): { time: string; title: string; venue: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split('\t').map((c) => c.trim()))
    .filter((cells) => cells.some(Boolean))
    .map((cells) =>
      parseTimeRange(cells[0] ?? '') && /\d/.test(cells[0] ?? '')
        ? { time: cells[0]!, title: cells[1] ?? '', venue: cells[2] ?? '' }
        : { time: '', title: cells[0] ?? '', venue: cells[1] ?? '' },
    )
    .filter((row) => row.title)
}

/**
 * The programme as a table as dense as a Word programme — time, event, venue, participants,
 * responsible — typed in like a spreadsheet: Tab to the next cell, Enter to the same cell of the
 * next row, Escape to undo the cell; the last row of each day adds an item, and rows pasted from
 * Word or Excel become items. Each change is one step of undo.
 */
export function ProgrammeTable({
  visit,
  directory,
  dates,
  conflictsByItem,
  update,
  createVenue,
  onOpen,
}: ProgrammeTableProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const table = useRef<HTMLTableElement>(null)
  /** The cell to focus once the programme has re-rendered (after an item was added). */
  const [focusNext, setFocusNext] = useState<string | null>(null)
  const venues = new Map(directory.venues.map((v) => [v.id, v.name]))
  const people = new Map(directory.people.map((p) => [p.id, p]))
  const listId = `venues-${visit.id}`

  useEffect(() => {
    if (!focusNext) return
    table.current
      ?.querySelector<HTMLInputElement>(`[data-cell="${CSS.escape(focusNext)}"]`)
      ?.focus()
    setFocusNext(null)
  }, [focusNext, visit])

  /** Venues added from this table, by name: rows pasted together name a new venue once. */
  const added = useRef(new Map<string, string>())
  const venueIdOf = async (name: string): Promise<string | undefined | null> => {
    const typed = name.trim()
    if (!typed) return undefined
    const key = typed.toLocaleLowerCase('ru')
    const known = directory.venues.find((v) => v.name.toLocaleLowerCase('ru') === key)
    if (known) return known.id
    const earlier = added.current.get(key)
    if (earlier) return earlier
    const id = await createVenue(typed)
    if (!id) return null
    added.current.set(key, id)
    return id
  }

  const patchItem = (id: string, patch: Partial<ItineraryItem>) =>
    update((v) => ({
      ...v,
      items: v.items.map((i) => (i.id === id ? ({ ...i, ...patch } as ItineraryItem) : i)),
    }))

  /** Commits a cell of an item; false when the text cannot be taken (the cell stays as typed). */
  const commit = async (item: ItineraryItem, column: Column, text: string): Promise<boolean> => {
    if (column === 'time') {
      const range = parseTimeRange(text)
      if (!range) return false
      if (range.start !== item.start || range.end !== item.end) patchItem(item.id, range)
    } else if (column === 'title') {
      if (!text.trim()) return false
      if (text.trim() !== item.title) patchItem(item.id, { title: text.trim() })
    } else {
      const venueId = await venueIdOf(text)
      if (venueId === null) return false
      if (venueId !== item.venueId) patchItem(item.id, { venueId })
    }
    return true
  }

  /** New items from typed or pasted rows of a day: one step of undo. */
  const addRows = async (date: string, rows: { time: string; title: string; venue: string }[]) => {
    const items: ItineraryItem[] = []
    for (const row of rows) {
      const range = parseTimeRange(row.time) ?? {}
      const venueId = (await venueIdOf(row.venue)) ?? undefined
      // Through the schema: a kind's own fields get their defaults (a signing's documents).
      items.push(
        ItineraryItemSchema.parse({
          id: newId(),
          kind: guessKind(row.title),
          date,
          title: row.title.trim(),
          ...range,
          venueId,
          participantIds: [],
        }),
      )
    }
    if (items.length) update((v) => ({ ...v, items: [...v.items, ...items] }))
  }

  /** Enter: the same column one row down (or the day's new row); the table is walked in order. */
  const moveDown = (from: HTMLElement) => {
    const cells = [...(table.current?.querySelectorAll<HTMLInputElement>('input[data-col]') ?? [])]
    const col = from.dataset.col
    const at = cells.indexOf(from as HTMLInputElement)
    cells
      .slice(at + 1)
      .find((c) => c.dataset.col === col)
      ?.focus()
  }

  return (
    <table className="programme-table" ref={table} aria-label={t('table.caption')}>
      <colgroup>
        <col className="col-time" />
        <col className="col-title" />
        <col className="col-venue" />
        <col className="col-people" />
        <col className="col-responsible" />
        <col className="col-open" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('table.time')}</th>
          <th scope="col">{t('table.event')}</th>
          <th scope="col">{t('table.venue')}</th>
          <th scope="col">{t('table.participants')}</th>
          <th scope="col">{t('table.responsible')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('common.actions')}</span>
          </th>
        </tr>
      </thead>
      {itemsByDay(visit.items, dates).map(({ date, items }) => (
        <tbody key={date}>
          <tr className="table-day">
            <th scope="colgroup" colSpan={6}>
              {formatDayHeading(date, lang)}
            </th>
          </tr>
          {items.map((item) => {
            const marks = conflictsByItem.get(item.id) ?? []
            const severity = marks.some((c) => c.severity === 'error')
              ? 'error'
              : marks.length
                ? 'warning'
                : ''
            return (
              <tr key={item.id} data-item-id={item.id} className={severity && `row-${severity}`}>
                {COLUMNS.map((column) => (
                  <td key={column}>
                    <Cell
                      column={column}
                      label={`${t(`table.${column === 'title' ? 'event' : column}`)}: ${item.title}`}
                      value={
                        column === 'time'
                          ? timeText(item)
                          : column === 'title'
                            ? item.title
                            : (venues.get(item.venueId ?? '') ?? '')
                      }
                      list={column === 'venue' ? listId : undefined}
                      onCommit={(text) => commit(item, column, text)}
                      onEnter={moveDown}
                    />
                  </td>
                ))}
                <td className="table-people">
                  {item.participantIds
                    .map((id) => people.get(id))
                    .filter(Boolean)
                    .map((p) => initialsName(p!.fullName))
                    .join(', ')}
                </td>
                <td className="table-people">
                  {item.responsibleId
                    ? initialsName(people.get(item.responsibleId)?.fullName ?? '')
                    : ''}
                </td>
                <td>
                  <button
                    type="button"
                    className="table-open"
                    data-opens-item
                    aria-label={`${t('programme.editItem')}: ${item.title}`}
                    title={t('programme.editItem')}
                    onClick={() => onOpen(item)}
                  >
                    …
                  </button>
                </td>
              </tr>
            )
          })}
          <NewRow
            date={date}
            listId={listId}
            dayLabel={formatDayHeading(date, lang)}
            onAdd={async (rows) => {
              await addRows(date, rows)
              setFocusNext(`new:${date}:time`)
            }}
            onEnter={moveDown}
          />
        </tbody>
      ))}
      <datalist id={listId}>
        {directory.venues.map((v) => (
          <option key={v.id} value={v.name} />
        ))}
      </datalist>
    </table>
  )
}

interface CellProps {
  column: Column
  label: string
  value: string
  list?: string
  onCommit(text: string): Promise<boolean>
  onEnter(from: HTMLElement): void
}

/** One typed cell: the stored value until edited; committed on Enter or on leaving the cell. */
function Cell({ column, label, value, list, onCommit, onEnter }: CellProps) {
  const { t } = useTranslation()
  const [text, setText] = useState(value)
  const [bad, setBad] = useState(false)
  const editing = useRef(false)
  /** The text last handed over: Enter then the blur that follows commit once, not twice. */
  const sent = useRef<string | null>(null)
  useEffect(() => {
    sent.current = null
    if (!editing.current) setText(value)
  }, [value])
  const done = async () => {
    editing.current = false
    if (text === value) return setBad(false)
    if (text === sent.current) return
    sent.current = text
    const ok = await onCommit(text)
    if (!ok) sent.current = null
    setBad(!ok)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault()
      void done()
      onEnter(e.currentTarget)
    } else if (e.key === 'Escape') {
      e.stopPropagation()
      editing.current = false
      setText(value)
      setBad(false)
    }
  }
  return (
    <input
      className="table-cell"
      data-col={column}
      aria-label={label}
      aria-invalid={bad || undefined}
      title={bad ? t(column === 'time' ? 'table.badTime' : 'table.badCell') : undefined}
      list={list}
      value={text}
      inputMode={column === 'time' ? 'numeric' : undefined}
      onChange={(e) => {
        editing.current = true
        setText(e.target.value)
      }}
      onBlur={() => void done()}
      onKeyDown={onKeyDown}
    />
  )
}

interface NewRowProps {
  date: string
  dayLabel: string
  listId: string
  onAdd(rows: { time: string; title: string; venue: string }[]): Promise<void>
  onEnter(from: HTMLElement): void
}

/** The last row of a day: typed in, Enter adds the item; rows pasted here add one item each. */
function NewRow({ date, dayLabel, listId, onAdd, onEnter }: NewRowProps) {
  const { t } = useTranslation()
  const empty = { time: '', title: '', venue: '' }
  const [draft, setDraft] = useState(empty)
  const [bad, setBad] = useState(false)
  const add = async () => {
    if (!draft.title.trim()) return
    if (!parseTimeRange(draft.time)) return setBad(true)
    setBad(false)
    setDraft(empty)
    await onAdd([draft])
  }
  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text/plain')
    if (!/[\t\n]/.test(text)) return
    e.preventDefault()
    void onAdd(pastedRows(text))
  }
  return (
    <tr className="table-new">
      {COLUMNS.map((column) => (
        <td key={column}>
          <input
            className="table-cell"
            data-col={column}
            data-cell={`new:${date}:${column}`}
            aria-label={`${t('table.new')}, ${dayLabel}: ${t(`table.${column === 'title' ? 'event' : column}`)}`}
            aria-invalid={(column === 'time' && bad) || undefined}
            placeholder={column === 'title' ? t('table.newPlaceholder') : undefined}
            list={column === 'venue' ? listId : undefined}
            value={draft[column]}
            onChange={(e) => setDraft((d) => ({ ...d, [column]: e.target.value }))}
            onPaste={onPaste}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return
              e.preventDefault()
              if (draft.title.trim()) void add()
              else onEnter(e.currentTarget)
            }}
          />
        </td>
      ))}
      <td colSpan={3} className="muted small table-new-hint">
        {bad ? t('table.badTime') : null}
      </td>
    </tr>
  )
}
