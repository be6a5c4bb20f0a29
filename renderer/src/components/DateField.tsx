import { useEffect, useId, useRef, useState } from 'react'
import { Popover } from 'radix-ui'
import { DayPicker } from 'react-day-picker'
import { useTranslation } from 'react-i18next'
import {
  dateLocale,
  formatShortDate,
  isLocalDate,
  localDateToDate,
  parseTypedDate,
  toLocalDate,
  type UiLanguage,
} from '../../../shared/time/local-date'

export interface DateFieldProps {
  label: string
  value: string
  onChange(value: string): void
  error?: string
  /** A line under the field saying what a change does. */
  hint?: string
}

/** A date typed as ДД.ММ.ГГГГ (DD.MM.YYYY in English) or picked from a calendar (react-day-picker on date-fns). */
export function DateField({ label, value, onChange, error, hint }: DateFieldProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const id = useId()
  const shown = isLocalDate(value) ? formatShortDate(value, 'ru') : value
  const [text, setText] = useState(shown)
  const [open, setOpen] = useState(false)
  const [typedError, setTypedError] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  // A new value from outside replaces the text, unless the officer is typing in the field.
  useEffect(() => {
    if (document.activeElement !== input.current) setText(shown)
  }, [shown])

  const commit = (raw: string) => {
    const parsed = parseTypedDate(raw)
    setTypedError(!parsed)
    if (parsed) onChange(parsed)
  }
  const message = typedError ? t('common.badDate') : error
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="date-field">
        <input
          ref={input}
          id={id}
          value={text}
          placeholder={t('common.datePlaceholder')}
          inputMode="numeric"
          aria-invalid={message ? true : undefined}
          aria-describedby={
            [message ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') ||
            undefined
          }
          onChange={(e) => setText(e.target.value)}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)}
        />
        <Popover.Root open={open} onOpenChange={setOpen}>
          <Popover.Trigger className="icon-button" aria-label={`${label}: ${t('common.calendar')}`}>
            {/* A drawn icon: an emoji needs a colour font the machine may not have. */}
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <rect
                x="1.5"
                y="3"
                width="13"
                height="11.5"
                rx="1.5"
                fill="none"
                stroke="currentColor"
              />
              <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" fill="none" />
            </svg>
          </Popover.Trigger>
          <Popover.Portal>
            <Popover.Content className="popover" sideOffset={4} align="end">
              <DayPicker
                mode="single"
                locale={dateLocale(lang)}
                weekStartsOn={1}
                selected={isLocalDate(value) ? localDateToDate(value) : undefined}
                defaultMonth={isLocalDate(value) ? localDateToDate(value) : undefined}
                onSelect={(day) => {
                  if (!day) return
                  onChange(toLocalDate(day))
                  setTypedError(false)
                  setOpen(false)
                }}
              />
            </Popover.Content>
          </Popover.Portal>
        </Popover.Root>
      </div>
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {message ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {message}
        </span>
      ) : null}
    </div>
  )
}
