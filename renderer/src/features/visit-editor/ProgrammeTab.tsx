import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Conflict } from '../../../../shared/domain/conflicts'
import type { Directory } from '../../../../shared/domain/directory'
import {
  ItineraryItemSchema,
  itemsByDay,
  type ItineraryItem,
  type UnscheduledItem,
} from '../../../../shared/domain/itinerary-item'
import { byPrecedence, type Person } from '../../../../shared/domain/people'
import type { PlanningSettings } from '../../../../shared/domain/planning'
import { SEATED_KINDS } from '../../../../shared/domain/seating'
import { visitDates, type Visit } from '../../../../shared/domain/visit'
import {
  formatDayHeading,
  formatDayShort,
  type UiLanguage,
} from '../../../../shared/time/local-date'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useToast } from '../../components/Toasts'
import { ConflictsPanel, conflictsByItem } from './ConflictsPanel'
import { ItemDialog } from './ItemDialog'
import { ProgrammeTable } from './ProgrammeTable'
import type { DirectoryActions } from './directory-actions'
import { SeatingDialog } from './SeatingDialog'
import { TimeGrid } from './TimeGrid'
import { ZoneClocks, homeTimeOf, useZoneName } from './ZoneClocks'
import { Button } from '../../components/Button'
import './programme.css'
import { shiftRestOfDay } from '../../../../shared/domain/schedule-edit'
import { ShiftDayDialog } from './ShiftDayDialog'
import { newId } from '../../components/new-entries'
import { UnscheduledTray } from './UnscheduledTray'

export interface ProgrammeTabProps {
  visit: Visit
  directory: Directory
  conflicts: Conflict[]
  /** The conflict the officer clicked and the items it is about. */
  focus: { conflictId?: string; itemIds: ReadonlySet<string> }
  onJump(conflict: Conflict): void
  planning: PlanningSettings
  update(change: (v: Visit) => Visit, coalesceKey?: string): void
  /** Venues and people created from the item dialog. */
  directoryActions: DirectoryActions
}

type View = 'list' | 'grid' | 'table'
const VIEWS: readonly View[] = ['list', 'table', 'grid']
const VIEW_KEY = 'dp.programme.view'

function storedView(): View {
  try {
    const stored = localStorage.getItem(VIEW_KEY)
    return stored === 'grid' || stored === 'table' ? stored : 'list'
  } catch {
    return 'list'
  }
}

/** The programme as a list by day or as a time grid, with the programme check beside it. */
export function ProgrammeTab({
  visit,
  directory,
  conflicts,
  focus,
  onJump,
  planning,
  update,
  directoryActions,
}: ProgrammeTabProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const toast = useToast()
  const [view, setView] = useState<View>(storedView)
  const [editing, setEditing] = useState<{ item: ItineraryItem; isNew: boolean } | null>(null)
  const [deleting, setDeleting] = useState<ItineraryItem | null>(null)
  const [seatingId, setSeatingId] = useState<string | null>(null)
  const [shifting, setShifting] = useState<ItineraryItem | null>(null)
  const seatingItem = visit.items.find((i) => i.id === seatingId)
  const root = useRef<HTMLDivElement>(null)
  const dates = visitDates(visit)
  const marks = conflictsByItem(conflicts)
  const venues = new Map(directory.venues.map((v) => [v.id, v.name]))
  const venueName = (id?: string) => (id ? venues.get(id) : undefined)
  const zoneName = useZoneName()
  const people = new Map(directory.people.map((p) => [p.id, p]))
  const peopleOf = (item: ItineraryItem) =>
    item.participantIds
      .map((id) => people.get(id))
      .filter((p): p is Person => Boolean(p))
      .sort(byPrecedence)

  // Jump-to: bring the first item of the clicked conflict into view, in either view.
  useEffect(() => {
    const first = [...focus.itemIds][0]
    if (!first) return
    root.current
      ?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(first)}"]`)
      ?.scrollIntoView({ block: 'center', inline: 'nearest' })
  }, [focus, view])

  /** The control of an item in the view shown (its edit button, grid block or table button). */
  const itemControl = (id: string): HTMLElement | null => {
    const row = root.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`)
    if (!row) return null
    return row.getAttribute('role') === 'button'
      ? row
      : row.querySelector<HTMLElement>('[data-opens-item]')
  }

  /** A day brought into view with the keyboard on its 'Добавить пункт'. */
  const jumpToDay = (date: string) => {
    const section = root.current?.querySelector<HTMLElement>(`[aria-labelledby="day-${date}"]`)
    section?.scrollIntoView({ block: 'start' })
    section?.querySelector<HTMLElement>('.day-head button')?.focus()
  }

  const chooseView = (next: View) => {
    setView(next)
    try {
      localStorage.setItem(VIEW_KEY, next)
    } catch {
      // A browser without storage simply forgets the choice.
    }
  }

  const addItem = (date: string) =>
    setEditing({
      isNew: true,
      item: { id: newId(), kind: 'meeting', date, title: '', participantIds: [] },
    })

  /** An undated line opened as a new item on the first day: saving it places it. */
  const placeLine = (line: UnscheduledItem) =>
    setEditing({ isNew: true, item: ItineraryItemSchema.parse({ ...line, date: dates[0] }) })

  /** The item and the people it brought into the visit: one step to undo. */
  const saveItem = (item: ItineraryItem, joined: string[]) => {
    const placed = visit.unscheduled.find((u) => u.id === item.id)
    if (placed) toast(t('programme.unscheduled.placed', { title: item.title }))
    update((v) => ({
      ...v,
      unscheduled: v.unscheduled.filter((u) => u.id !== item.id),
      participantIds: [
        ...v.participantIds,
        ...joined.filter((id) => !v.participantIds.includes(id)),
      ],
      items: v.items.some((i) => i.id === item.id)
        ? v.items.map((i) => (i.id === item.id ? item : i))
        : [...v.items, item],
    }))
    setEditing(null)
  }

  const renderList = () =>
    itemsByDay(visit.items, dates).map(({ date, items }) => {
      const outside = !dates.includes(date)
      const headingId = `day-${date}`
      return (
        <section key={date} className="day" aria-labelledby={headingId}>
          <div className="day-head">
            <h2 id={headingId}>
              {formatDayHeading(date, lang)}
              {outside ? (
                <span className="badge badge-warning">{t('programme.outsideDates')}</span>
              ) : null}
            </h2>
            <Button
              small
              aria-label={`${t('programme.addItem')}: ${formatDayHeading(date, lang)}`}
              onClick={() => addItem(date)}
            >
              + {t('programme.addItem')}
            </Button>
          </div>
          {items.length === 0 ? (
            <p className="muted day-empty">{t('programme.emptyDay')}</p>
          ) : (
            <ol className="items">
              {items.map((item) => {
                const itemMarks = marks.get(item.id) ?? []
                const severity = itemMarks.some((c) => c.severity === 'error')
                  ? 'error'
                  : itemMarks.length > 0
                    ? 'warning'
                    : ''
                const home = item.start ? homeTimeOf(visit, item.date, item.start) : null
                const who = peopleOf(item)
                return (
                  <li
                    key={item.id}
                    data-item-id={item.id}
                    className={[
                      'item',
                      `item-${item.kind}`,
                      severity ? `has-${severity}` : '',
                      focus.itemIds.has(item.id) ? 'item-focused' : '',
                    ]
                      .filter(Boolean)
                      .join(' ')}
                  >
                    <div className="item-time">
                      {item.start ? (
                        `${item.start}${item.end ? `–${item.end}` : ''}`
                      ) : (
                        <span className="muted">{t('programme.timeTbd')}</span>
                      )}
                      {home ? (
                        <span className="home-time" title={t('clocks.home')}>
                          {home} {zoneName(visit.homeTimeZone!)}
                        </span>
                      ) : null}
                      {item.tentative ? (
                        <span className="tentative">{t('programme.tentative')}</span>
                      ) : null}
                    </div>
                    <div className="item-body">
                      <span className="kind-tag">{t(`itemKind.${item.kind}`)}</span>
                      <p className="item-title">{item.title}</p>
                      {venueName(item.venueId) ? (
                        <p className="item-venue">{venueName(item.venueId)}</p>
                      ) : null}
                      {who.length > 0 ? (
                        <p className="item-people muted">
                          {who
                            .slice(0, 4)
                            .map((p) => p.fullName)
                            .join(', ')}
                          {who.length > 4 ? ` +${who.length - 4}` : ''}
                        </p>
                      ) : null}
                      {itemMarks.length > 0 ? (
                        <ul className="item-marks">
                          {itemMarks.map((c) => (
                            <li key={c.id}>
                              <button
                                type="button"
                                className={`mark mark-${c.severity}`}
                                onClick={() => onJump(c)}
                              >
                                {t(`conflicts.severity.${c.severity}`)}
                              </button>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </div>
                    <div className="item-actions">
                      {SEATED_KINDS.has(item.kind) && item.participantIds.length > 0 ? (
                        <Button
                          small
                          aria-label={`${t('seating.open')}: ${item.title}`}
                          onClick={() => setSeatingId(item.id)}
                        >
                          {t('seating.open')}
                        </Button>
                      ) : null}
                      {item.start ? (
                        <Button
                          small
                          variant="quiet"
                          aria-label={`${t('shiftDay.action')}: ${item.title}`}
                          onClick={() => setShifting(item)}
                        >
                          {t('shiftDay.action')}
                        </Button>
                      ) : null}
                      <Button
                        small
                        aria-label={`${t('common.edit')}: ${item.title}`}
                        data-opens-item
                        onClick={() => setEditing({ item, isNew: false })}
                      >
                        {t('common.edit')}
                      </Button>
                      <Button
                        variant="quiet"
                        small
                        aria-label={`${t('common.delete')}: ${item.title}`}
                        onClick={() => setDeleting(item)}
                      >
                        {t('common.delete')}
                      </Button>
                    </div>
                  </li>
                )
              })}
            </ol>
          )}
        </section>
      )
    })

  return (
    <div className="programme-layout">
      <div className="programme" ref={root}>
        <div className="programme-toolbar">
          <div className="segmented" role="radiogroup" aria-label={t('editor.tabs.programme')}>
            {VIEWS.map((v) => (
              <button
                key={v}
                type="button"
                role="radio"
                aria-checked={view === v}
                // One stop for the group; the arrows move the choice (the radio group pattern).
                tabIndex={view === v ? 0 : -1}
                className={`segment${view === v ? ' segment-on' : ''}`}
                onClick={() => chooseView(v)}
                onKeyDown={(e) => {
                  const step =
                    e.key === 'ArrowRight' || e.key === 'ArrowDown'
                      ? 1
                      : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
                        ? -1
                        : 0
                  if (!step) return
                  e.preventDefault()
                  const next = VIEWS[(VIEWS.indexOf(v) + step + VIEWS.length) % VIEWS.length]!
                  chooseView(next)
                  const group = e.currentTarget.parentElement
                  requestAnimationFrame(() =>
                    group?.querySelector<HTMLElement>('[aria-checked="true"]')?.focus(),
                  )
                }}
              >
                {t(`grid.${v}`)}
              </button>
            ))}
          </div>
          {view === 'list' && dates.length > 1 ? (
            <nav className="day-jump" aria-label={t('programme.jump.label')}>
              {dates.map((date) => (
                <button
                  key={date}
                  type="button"
                  className="day-jump-link"
                  aria-label={t('programme.jump.to', { day: formatDayHeading(date, lang) })}
                  onClick={() => jumpToDay(date)}
                >
                  {formatDayShort(date, lang)}
                </button>
              ))}
            </nav>
          ) : null}
          <ZoneClocks visit={visit} />
        </div>
        <UnscheduledTray
          lines={visit.unscheduled}
          directory={directory}
          onPlace={placeLine}
          onDelete={(line) => {
            update((v) => ({ ...v, unscheduled: v.unscheduled.filter((u) => u.id !== line.id) }))
            toast(t('programme.unscheduled.deleted', { title: line.title }))
          }}
        />
        {view === 'list' ? (
          renderList()
        ) : view === 'table' ? (
          <ProgrammeTable
            visit={visit}
            directory={directory}
            dates={dates}
            conflictsByItem={marks}
            update={update}
            createVenue={directoryActions.createVenue}
            onOpen={(item) => setEditing({ item, isNew: false })}
          />
        ) : (
          <TimeGrid
            visit={visit}
            dates={dates}
            directory={directory}
            conflictsByItem={marks}
            highlightIds={focus.itemIds}
            update={update}
            onOpen={(item) => setEditing({ item, isNew: false })}
          />
        )}
      </div>
      <aside className="programme-aside">
        <ConflictsPanel conflicts={conflicts} onJump={onJump} activeId={focus.conflictId} />
      </aside>
      {editing ? (
        <ItemDialog
          visit={visit}
          directory={directory}
          item={editing.item}
          isNew={editing.isNew}
          dates={dates}
          planning={planning}
          onSave={saveItem}
          onClose={() => setEditing(null)}
          directoryActions={directoryActions}
          returnFocus={() => itemControl(editing.item.id)}
        />
      ) : null}
      {shifting ? (
        <ShiftDayDialog
          item={shifting}
          onClose={() => setShifting(null)}
          onApply={(minutes) => {
            const from = shifting
            setShifting(null)
            update((v) => ({ ...v, items: shiftRestOfDay(v.items, from, minutes) }))
            toast(t('shiftDay.done', { minutes, title: from.title }))
          }}
        />
      ) : null}
      {seatingItem ? (
        <SeatingDialog
          visitId={visit.id}
          item={seatingItem}
          directory={directory}
          update={update}
          onClose={() => setSeatingId(null)}
        />
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t('common.delete')}
        body={t('programme.deleteConfirm', { title: deleting?.title ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={() => {
          const id = deleting?.id
          update((v) => ({ ...v, items: v.items.filter((i) => i.id !== id) }))
          setDeleting(null)
          toast(t('programme.deleted'))
        }}
      />
    </div>
  )
}
