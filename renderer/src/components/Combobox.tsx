import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { matchesQuery } from '../../../shared/domain/search'
import './Combobox.css'

export interface ComboOption {
  value: string
  label: string
  detail?: string
  /** Extra text the query may match: Latin spelling, position, organisation. */
  searchText?: (string | undefined)[]
}

export interface ComboboxProps {
  label: string
  placeholder?: string
  options: ComboOption[]
  onPick(value: string): void
  /** Shown when nothing matches. */
  emptyText: string
  className?: string
  maxShown?: number
  /** For a picker that holds a value: its label, shown while the officer is not typing. */
  selectedLabel?: string
  /**
   * Offers 'Добавить «…»' for typed text that names no option exactly: the field creates what
   * it picks (a venue, a person, an organisation) where it is needed.
   */
  onCreate?(text: string): void
}

/** The value of the 'add what was typed' option (never an id: ids have no spaces). */
const CREATE = ' create'

/**
 * A type-ahead picker (WAI-ARIA combobox with a listbox): typing filters in any script —
 * 'Voronkov' finds 'Воронков' — ↑/↓ choose, Enter picks, Escape closes.
 */
export function Combobox({
  label,
  placeholder,
  options,
  onPick,
  emptyText,
  className,
  maxShown = 30,
  selectedLabel,
  onCreate,
}: ComboboxProps) {
  const { t } = useTranslation()
  const id = useId()
  const [query, setQuery] = useState('')
  const [typing, setTyping] = useState(false)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const typed = query.trim()
  const matches = useMemo(() => {
    const found = options
      .filter((o) => matchesQuery([o.label, o.detail, ...(o.searchText ?? [])], query))
      .slice(0, maxShown)
    const named = (o: ComboOption) =>
      o.label.toLocaleLowerCase('ru') === typed.toLocaleLowerCase('ru')
    return onCreate && typed && !options.some(named)
      ? [...found, { value: CREATE, label: t('common.addNamed', { name: typed }) }]
      : found
  }, [options, query, typed, maxShown, onCreate, t])
  const pick = (value: string) => {
    if (value === CREATE) onCreate?.(typed)
    else onPick(value)
    setQuery('')
    setTyping(false)
    setOpen(false)
    setActive(0)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault()
      setOpen(true)
      setActive((a) => Math.min(matches.length - 1, a + 1))
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      setActive((a) => Math.max(0, a - 1))
    } else if (e.key === 'Enter') {
      const choice = matches[active]
      if (open && choice) {
        e.preventDefault()
        pick(choice.value)
      }
    } else if (e.key === 'Escape' && open) {
      e.preventDefault()
      e.stopPropagation()
      setOpen(false)
    }
  }
  const listId = `${id}-list`
  return (
    <div className={`field combobox ${className ?? ''}`}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={typing || selectedLabel === undefined ? query : selectedLabel}
        onChange={(e) => {
          setQuery(e.target.value)
          setTyping(true)
          setOpen(true)
          setActive(0)
        }}
        onFocus={(e) => {
          setOpen(true)
          if (selectedLabel !== undefined) e.currentTarget.select()
        }}
        onBlur={() => {
          setOpen(false)
          setTyping(false)
          setQuery('')
        }}
        onKeyDown={onKeyDown}
      />
      {open ? (
        <ul id={listId} role="listbox" aria-label={label} className="combo-list">
          {matches.length === 0 ? (
            <li className="combo-empty muted" role="presentation">
              {emptyText}
            </li>
          ) : (
            matches.map((o, i) => (
              <li
                key={o.value}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                className={`combo-option${i === active ? ' combo-active' : ''}`}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(e) => {
                  e.preventDefault()
                  pick(o.value)
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className={o.value === CREATE ? 'combo-create' : undefined}>{o.label}</span>
                {o.detail ? <span className="muted small"> — {o.detail}</span> : null}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  )
}
