import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Conflict } from '../../../../shared/domain/conflicts'
import type { Directory } from '../../../../shared/domain/directory'
import { itemsByDay, type ItineraryItem } from '../../../../shared/domain/itinerary-item'
import {
  SNAP_MINUTES,
  layoutDay,
  moveItem,
  resizeItem,
  timeOf,
} from '../../../../shared/domain/schedule-edit'
import type { Visit } from '../../../../shared/domain/visit'
import {
  formatDayHeading,
  formatShortDate,
  minutesOfDay,
  type UiLanguage,
} from '../../../../shared/time/local-date'
import { homeTimeOf } from './ZoneClocks'

export interface TimeGridProps {
  visit: Visit
  dates: string[]
  directory: Directory
  conflictsByItem: Map<string, Conflict[]>
  highlightIds: ReadonlySet<string>
  update(change: (v: Visit) => Visit, coalesceKey?: string): void
  onOpen(item: ItineraryItem): void
}

/** Pixels per minute of the grid: an hour is 56 px tall. */
export const PX_PER_MINUTE = 56 / 60
const DRAG_THRESHOLD_PX = 4

interface Drag {
  id: string
  mode: 'move' | 'resize'
  x: number
  y: number
  dx: number
  dy: number
  columnWidth: number
  pointerId: number
}

/**
 * The programme as a week calendar: a column per day, items as blocks sized by their length.
 * Blocks move and stretch by drag (5-minute steps) or by keyboard; each drop is one undo step.
 */
export function TimeGrid({
  visit,
  dates,
  directory,
  conflictsByItem,
  highlightIds,
  update,
  onOpen,
}: TimeGridProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const [drag, setDrag] = useState<Drag | null>(null)
  const [announce, setAnnounce] = useState('')
  const refocus = useRef<string | null>(null)
  const root = useRef<HTMLDivElement>(null)

  const days = itemsByDay(visit.items, dates)
  const allTimed = visit.items.filter((i) => i.start)
  const firstHour = Math.min(8, ...allTimed.map((i) => Math.floor(minutesOfDay(i.start!) / 60)))
  const lastHour = Math.max(
    21,
    ...allTimed.map((i) => Math.ceil(minutesOfDay(i.end ?? i.start!) / 60) + (i.end ? 0 : 1)),
  )
  const dayStart = firstHour * 60
  const hours = Array.from({ length: Math.min(24, lastHour) - firstHour }, (_, n) => firstHour + n)
  const height = hours.length * 60 * PX_PER_MINUTE
  const venues = new Map(directory.venues.map((v) => [v.id, v.name]))
  const venueName = (id?: string) => (id ? venues.get(id) : undefined)

  // Keep the keyboard focus on a block after it moved (it may now live in another column).
  useLayoutEffect(() => {
    const id = refocus.current
    if (!id) return
    refocus.current = null
    root.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`)?.focus()
  })

  const apply = (item: ItineraryItem, next: ItineraryItem, coalesceKey?: string) => {
    if (next === item) return
    update((v) => ({ ...v, items: v.items.map((i) => (i.id === item.id ? next : i)) }), coalesceKey)
    setAnnounce(
      t('grid.moved', {
        title: next.title || t(`itemKind.${next.kind}`),
        date: formatShortDate(next.date, lang),
        start: next.start ?? '',
        end: next.end ?? '',
      }),
    )
  }

  const dayOffset = (item: ItineraryItem, delta: number) => {
    const index = dates.indexOf(item.date)
    const target = dates[Math.min(dates.length - 1, Math.max(0, (index < 0 ? 0 : index) + delta))]
    return target ?? item.date
  }

  /** The item as the drag in progress would leave it. */
  const dragged = (item: ItineraryItem, d: Drag): ItineraryItem => {
    const minutes = d.dy / PX_PER_MINUTE
    if (d.mode === 'resize') return resizeItem(item, minutes)
    const days = Math.round(d.dx / d.columnWidth)
    return moveItem(item, { deltaMinutes: minutes, date: dayOffset(item, days) })
  }

  const onPointerDown = (e: PointerEvent<HTMLElement>, item: ItineraryItem, mode: Drag['mode']) => {
    if (e.button !== 0 || !item.start) return
    e.stopPropagation()
    const column = (
      e.currentTarget.closest('.grid-day') as HTMLElement | null
    )?.getBoundingClientRect()
    e.currentTarget.setPointerCapture(e.pointerId)
    setDrag({
      id: item.id,
      mode,
      x: e.clientX,
      y: e.clientY,
      dx: 0,
      dy: 0,
      columnWidth: column?.width ?? 200,
      pointerId: e.pointerId,
    })
  }
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    if (!drag || e.pointerId !== drag.pointerId) return
    setDrag({ ...drag, dx: e.clientX - drag.x, dy: e.clientY - drag.y })
  }
  const onPointerUp = (e: PointerEvent<HTMLElement>, item: ItineraryItem) => {
    if (!drag || e.pointerId !== drag.pointerId) return
    const moved = Math.abs(drag.dx) > DRAG_THRESHOLD_PX || Math.abs(drag.dy) > DRAG_THRESHOLD_PX
    setDrag(null)
    if (moved) {
      refocus.current = item.id
      apply(item, dragged(item, drag))
    }
  }

  const onKeyDown = (e: KeyboardEvent<HTMLElement>, item: ItineraryItem) => {
    const step = e.shiftKey ? 15 : SNAP_MINUTES
    let next: ItineraryItem | null = null
    if (e.key === 'Enter') {
      e.preventDefault()
      onOpen(item)
      return
    }
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const sign = e.key === 'ArrowUp' ? -1 : 1
      next = e.altKey
        ? resizeItem(item, sign * step)
        : moveItem(item, { deltaMinutes: sign * step })
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      next = moveItem(item, { date: dayOffset(item, e.key === 'ArrowLeft' ? -1 : 1) })
    }
    if (!next) return
    e.preventDefault()
    refocus.current = item.id
    // A run of key presses on one item is one undo step, like typing in a field.
    apply(item, next, `grid:${item.id}:${e.altKey ? 'size' : 'move'}`)
  }

  const block = (item: ItineraryItem, top: number, h: number, lane: number, lanes: number) => {
    const marks = conflictsByItem.get(item.id) ?? []
    const severity = marks.some((c) => c.severity === 'error')
      ? 'error'
      : marks.length > 0
        ? 'warning'
        : ''
    const live = drag?.id === item.id
    const shown = live ? dragged(item, drag) : item
    const dragDays =
      live && drag.mode === 'move' ? dates.indexOf(shown.date) - dates.indexOf(item.date) : 0
    const shownStart = shown.start ? minutesOfDay(shown.start) : 0
    const shownEnd = shown.end ? minutesOfDay(shown.end) : shownStart + 30
    const style = live
      ? {
          top: (shownStart - dayStart) * PX_PER_MINUTE,
          height: Math.max(14, (shownEnd - shownStart) * PX_PER_MINUTE),
          transform: `translateX(${dragDays * drag.columnWidth}px)`,
          left: `${(lane / lanes) * 100}%`,
          width: `${100 / lanes}%`,
        }
      : { top, height: Math.max(14, h), left: `${(lane / lanes) * 100}%`, width: `${100 / lanes}%` }
    const time = `${item.start ?? ''}${item.end ? `–${item.end}` : ''}`
    const home = item.start ? homeTimeOf(visit, item.date, item.start) : null
    // 30 minutes or less: time and title on one line, so a signing or a press approach keeps its
    // title in view (and the whole of it in the tooltip).
    const compact = (typeof style.height === 'number' ? style.height : h) < 34
    const label = [
      time,
      item.title || t(`itemKind.${item.kind}`),
      venueName(item.venueId),
      ...marks.map((c) => t(`conflicts.severity.${c.severity}`)),
    ]
      .filter(Boolean)
      .join(', ')
    return (
      <div
        key={item.id}
        role="button"
        tabIndex={0}
        data-item-id={item.id}
        aria-label={label}
        aria-keyshortcuts="ArrowUp ArrowDown Shift+ArrowUp Shift+ArrowDown ArrowLeft ArrowRight Alt+ArrowUp Alt+ArrowDown Enter"
        className={[
          'grid-item',
          `item-${item.kind}`,
          severity ? `has-${severity}` : '',
          highlightIds.has(item.id) ? 'item-focused' : '',
          live ? 'grid-item-dragging' : '',
          item.end ? '' : 'grid-item-open',
          compact ? 'grid-item-compact' : '',
        ]
          .filter(Boolean)
          .join(' ')}
        style={style}
        onPointerDown={(e) => onPointerDown(e, item, 'move')}
        onPointerMove={onPointerMove}
        onPointerUp={(e) => onPointerUp(e, item)}
        onPointerCancel={() => setDrag(null)}
        onDoubleClick={() => onOpen(item)}
        onKeyDown={(e) => onKeyDown(e, item)}
        title={label}
      >
        <span className="grid-item-time">
          {live ? `${shown.start ?? ''}${shown.end ? `–${shown.end}` : ''}` : time}
          {home ? <span className="grid-item-home"> · {home}</span> : null}
        </span>
        <span className="grid-item-title">{item.title || t(`itemKind.${item.kind}`)}</span>
        {marks.length > 0 ? (
          <span className={`marker marker-${severity}`} aria-hidden="true">
            !
          </span>
        ) : null}
        <span
          className="grid-resize"
          aria-hidden="true"
          title={t('grid.resize')}
          onPointerDown={(e) => onPointerDown(e, item, 'resize')}
          onPointerMove={(e) => {
            e.stopPropagation()
            onPointerMove(e)
          }}
          onPointerUp={(e) => {
            e.stopPropagation()
            onPointerUp(e, item)
          }}
        />
      </div>
    )
  }

  return (
    <div className="grid-wrap" ref={root}>
      <p className="muted small grid-hint">{t('grid.hint')}</p>
      <div className="grid" style={{ ['--grid-days' as string]: days.length }}>
        <div className="grid-corner" />
        {days.map(({ date, items }) => (
          <div key={date} className="grid-head">
            <h2 className="grid-day-title">{formatDayHeading(date, lang)}</h2>
            {items.some((i) => !i.start) ? (
              <ul className="grid-untimed" aria-label={t('grid.untimed')}>
                {items
                  .filter((i) => !i.start)
                  .map((i) => (
                    <li key={i.id}>
                      <button
                        type="button"
                        className="link-button"
                        data-item-id={i.id}
                        onClick={() => onOpen(i)}
                      >
                        {t('grid.untimed')}: {i.title || t(`itemKind.${i.kind}`)}
                      </button>
                    </li>
                  ))}
              </ul>
            ) : null}
          </div>
        ))}
        <div className="grid-ruler" style={{ height }}>
          {hours.map((h) => {
            const home = homeTimeOf(visit, dates[0] ?? visit.startDate, timeOf(h * 60))
            return (
              <div
                key={h}
                className="grid-hour"
                style={{ top: (h * 60 - dayStart) * PX_PER_MINUTE }}
              >
                {timeOf(h * 60)}
                {home ? <span className="grid-hour-home">{home}</span> : null}
              </div>
            )
          })}
        </div>
        {days.map(({ date, items }) => (
          <div
            key={date}
            className="grid-day"
            data-date={date}
            style={{ height }}
            aria-label={formatDayHeading(date, lang)}
            role="group"
          >
            {hours.map((h) => (
              <div
                key={h}
                className="grid-line"
                style={{ top: (h * 60 - dayStart) * PX_PER_MINUTE }}
              />
            ))}
            {layoutDay(items).map((p) =>
              block(
                p.item,
                (p.start - dayStart) * PX_PER_MINUTE,
                (p.end - p.start) * PX_PER_MINUTE,
                p.lane,
                p.lanes,
              ),
            )}
          </div>
        ))}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
    </div>
  )
}
