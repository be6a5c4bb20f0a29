import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Directory } from '../../../../shared/domain/directory'
import type { ItineraryItem } from '../../../../shared/domain/itinerary-item'
import type { Person, Side } from '../../../../shared/domain/people'
import { seatOffsets, seatingFor, swapSeats } from '../../../../shared/domain/seating'
import type { Visit } from '../../../../shared/domain/visit'
import { Modal } from '../../components/Modal'
import { Button } from '../../components/Button'
import { useExportFile } from './useExportFile'
import './seating.css'

export interface SeatingDialogProps {
  /** The visit the item belongs to (its plan is printed from the saved visit). */
  visitId: string
  item: ItineraryItem
  directory: Directory
  update(change: (v: Visit) => Visit): void
  onClose(): void
}

const SEAT = 140
const MARGIN = 40
const ROW = { guest: 92, host: 242 } as const

const LINE = 17

/**
 * A name card in at most two lines: 'Есмагамбетова Айжан Серикбаевна' → 'Есмагамбетова', 'А. С.';
 * a long placeholder is cut with an ellipsis (the full name is in the tooltip).
 */
function cardLines(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean)
  const parts =
    words.length === 3 && !/[()]/.test(name)
      ? [words[0]!, `${words[1]![0]}. ${words[2]![0]}.`]
      : words
  const lines: string[] = []
  for (const word of parts) {
    const last = lines.at(-1)
    if (last !== undefined && `${last} ${word}`.length <= LINE)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  const cut = (l: string) => (l.length > LINE ? `${l.slice(0, LINE - 1)}…` : l)
  return lines.length > 2 ? [cut(lines[0]!), cut(`${lines[1]}…`)] : lines.map(cut)
}

/**
 * The table seen from above: guests on the far side facing the entrance, hosts on the near side,
 * heads in the centre. Drag a seat onto another of the same side, or use ←/→, to swap them.
 */
export function SeatingDialog({ visitId, item, directory, update, onClose }: SeatingDialogProps) {
  const { t } = useTranslation()
  const { busy, exportAs } = useExportFile(visitId)
  const plan = seatingFor(item, directory)
  const [drag, setDrag] = useState<{ id: string; side: Side; x0: number; dx: number } | null>(null)
  const refocus = useRef<string | null>(null)
  const svg = useRef<SVGSVGElement>(null)

  const columns = Math.max(
    1,
    ...(['guest', 'host'] as const).map((s) => {
      const offsets = seatOffsets(plan[s].length)
      return 2 * Math.max(0, ...offsets.map(Math.abs)) + 1
    }),
  )
  const width = columns * SEAT + 2 * MARGIN
  const cx = width / 2
  // A guest faces the entrance (down the page): their right hand is the page's left.
  const seatX = (side: Side, offset: number) => cx + (side === 'guest' ? -offset : offset) * SEAT
  const seats = (side: Side) =>
    plan[side].map((person, i) => ({ person, x: seatX(side, seatOffsets(plan[side].length)[i]!) }))

  useLayoutEffect(() => {
    const id = refocus.current
    if (!id) return
    refocus.current = null
    svg.current?.querySelector<SVGGElement>(`[data-person-id="${CSS.escape(id)}"]`)?.focus()
  })

  const swap = (side: Side, a: string, b: string) => {
    const seating = swapSeats(plan, side, a, b)
    update((v) => ({
      ...v,
      items: v.items.map((i) => (i.id === item.id ? { ...i, seating } : i)),
    }))
  }

  /** The SVG's scale: pointer pixels to drawing units. */
  const scale = () => {
    const box = svg.current?.getBoundingClientRect()
    return box && box.width > 0 ? width / box.width : 1
  }
  const onPointerDown = (e: PointerEvent<SVGGElement>, person: Person, x: number) => {
    if (e.button !== 0) return
    e.currentTarget.setPointerCapture(e.pointerId)
    setDrag({ id: person.id, side: person.side, x0: e.clientX, dx: 0 })
    void x
  }
  const onPointerMove = (e: PointerEvent<SVGGElement>) => {
    if (drag) setDrag({ ...drag, dx: (e.clientX - drag.x0) * scale() })
  }
  const onPointerUp = (person: Person, x: number) => {
    if (!drag) return
    const target = x + drag.dx
    setDrag(null)
    const nearest = seats(person.side)
      .filter((s) => s.person.id !== person.id)
      .sort((a, b) => Math.abs(a.x - target) - Math.abs(b.x - target))[0]
    if (nearest && Math.abs(nearest.x - target) < SEAT / 2) {
      refocus.current = person.id
      swap(person.side, person.id, nearest.person.id)
    }
  }
  const onKeyDown = (e: KeyboardEvent<SVGGElement>, person: Person, x: number) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return
    e.preventDefault()
    const want = x + (e.key === 'ArrowLeft' ? -SEAT : SEAT)
    const neighbour = seats(person.side).find((s) => Math.abs(s.x - want) < 1)
    if (!neighbour) return
    refocus.current = person.id
    swap(person.side, person.id, neighbour.person.id)
  }

  const row = (side: Side) =>
    seats(side).map(({ person, x }, i) => {
      const live = drag?.id === person.id
      const y = ROW[side]
      const lines = cardLines(person.fullName)
      const labelY = side === 'guest' ? y - 28 - (lines.length - 1) * 15 : y + 38
      return (
        <g
          key={person.id}
          data-person-id={person.id}
          role="button"
          tabIndex={0}
          aria-label={`${person.fullName}, ${t('seating.seat', { n: i + 1 })}`}
          className={`seat seat-${side}${i === 0 ? ' seat-head' : ''}${live ? ' seat-dragging' : ''}`}
          transform={`translate(${live ? drag.dx : 0} 0)`}
          onPointerDown={(e) => onPointerDown(e, person, x)}
          onPointerMove={onPointerMove}
          onPointerUp={() => onPointerUp(person, x)}
          onPointerCancel={() => setDrag(null)}
          onKeyDown={(e) => onKeyDown(e, person, x)}
        >
          <title>{`${person.fullName} — ${person.position}`}</title>
          <circle cx={x} cy={y} r={18} />
          <text x={x} y={y + 5} textAnchor="middle" className="seat-rank">
            {i + 1}
          </text>
          <text x={x} y={labelY} textAnchor="middle" className="seat-name">
            {lines.map((line, n) => (
              <tspan key={n} x={x} dy={n === 0 ? 0 : 15}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      )
    })

  const empty = plan.guest.length + plan.host.length === 0
  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={`${t('seating.title')}: ${item.title}`}
      wide
    >
      <p className="muted small">{t('seating.hint')}</p>
      {empty ? (
        <p className="muted">{t('seating.empty')}</p>
      ) : (
        <svg
          ref={svg}
          className="seating"
          viewBox={`0 0 ${width} 350`}
          role="group"
          aria-label={t('seating.title')}
        >
          <text x={MARGIN} y={20} className="seat-side-label">
            {t('seating.guests')}
          </text>
          <rect
            x={MARGIN}
            y={118}
            width={width - 2 * MARGIN}
            height={70}
            rx={10}
            className="seat-table"
          />
          <text x={cx} y={172} textAnchor="middle" className="seat-table-label">
            {t('seating.table')}
          </text>
          {row('guest')}
          {row('host')}
          <text x={MARGIN} y={335} className="seat-side-label">
            {t('seating.hosts')}
          </text>
          <text x={cx} y={340} textAnchor="middle" className="seat-entrance">
            ▼ {t('seating.entrance')}
          </text>
        </svg>
      )}
      <div className="dialog-actions">
        <Button
          disabled={!item.seating}
          onClick={() =>
            update((v) => ({
              ...v,
              items: v.items.map((i) => {
                if (i.id !== item.id) return i
                const { seating: _drop, ...rest } = i
                return rest as ItineraryItem
              }),
            }))
          }
        >
          {t('seating.reset')}
        </Button>
        <Button
          disabled={empty || busy !== null}
          onClick={() => void exportAs('seating-pdf', { itemId: item.id })}
        >
          {busy ? t('briefing.options.exporting') : t('seating.print')}
        </Button>
        <Button variant="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      </div>
    </Modal>
  )
}
