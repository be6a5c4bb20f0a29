import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VisitSource } from '../../../shared/api/contract'
import type { InstantiateOptions } from '../../../shared/domain/instantiate'
import { itemsByDay } from '../../../shared/domain/itinerary-item'
import { visitDates, type Visit } from '../../../shared/domain/visit'
import { formatDayHeading, isLocalDate, type UiLanguage } from '../../../shared/time/local-date'
import { useApi } from '../api/ApiContext'
import { errorMessage } from '../api/error-message'
import { DateField } from './DateField'
import { Modal } from './Modal'
import { useToast } from './Toasts'
import { Button } from './Button'
import { SkipDaysFields, type SkipDays } from './SkipDaysFields'

const CARRY = ['programme', 'venues', 'hosts', 'guests', 'documents', 'checklist'] as const
type Carry = Record<(typeof CARRY)[number], boolean>

export interface NewFromSourceDialogProps {
  source: VisitSource
  name: string
  /** Suggested first day. */
  defaultStart: string
  onClose(): void
  onCreated(id: string): void
}

/** A new visit from a template or a past visit: new dates, what to carry over, and a preview first. */
export function NewFromSourceDialog({
  source,
  name,
  defaultStart,
  onClose,
  onCreated,
}: NewFromSourceDialogProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const api = useApi()
  const toast = useToast()
  const [startDate, setStartDate] = useState(defaultStart)
  const [{ skipWeekends, skipHolidays }, setSkip] = useState<SkipDays>({
    skipWeekends: false,
    skipHolidays: false,
  })
  const [carry, setCarry] = useState<Carry>({
    programme: true,
    venues: true,
    hosts: true,
    guests: true,
    documents: true,
    checklist: true,
  })
  const [preview, setPreview] = useState<Visit | null>(null)
  const [busy, setBusy] = useState(false)
  const options: InstantiateOptions = {
    ...(isLocalDate(startDate) ? { startDate } : {}),
    skipWeekends,
    skipHolidays,
    carry,
  }
  const key = JSON.stringify(options)

  useEffect(() => {
    let live = true
    const timer = window.setTimeout(() => {
      api
        .previewNewVisit(source, JSON.parse(key) as InstantiateOptions)
        .then((v) => live && setPreview(v))
        .catch((err: unknown) => live && toast(errorMessage(t, err), 'error'))
    }, 200)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [api, source, key, t, toast])

  const create = async () => {
    setBusy(true)
    try {
      onCreated((await api.createVisitFrom(source, options)).visit.id)
    } catch (err) {
      toast(errorMessage(t, err), 'error')
      setBusy(false)
    }
  }

  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('reuse.title', { name })} wide>
      <div className="reuse">
        <div className="reuse-options">
          <DateField label={t('reuse.start')} value={startDate} onChange={setStartDate} />
          <SkipDaysFields value={{ skipWeekends, skipHolidays }} onChange={setSkip} />
          <fieldset className="plain-fieldset">
            <legend className="cell-label">{t('reuse.carry')}</legend>
            {CARRY.map((k) => (
              <label key={k} className="check">
                <input
                  type="checkbox"
                  checked={carry[k]}
                  onChange={(e) => setCarry({ ...carry, [k]: e.target.checked })}
                />
                <span>{t(`reuse.carryItems.${k}`)}</span>
              </label>
            ))}
          </fieldset>
        </div>
        <section
          className="reuse-preview"
          aria-label={t('reuse.preview')}
          data-testid="reuse-preview"
        >
          <h3>{t('reuse.preview')}</h3>
          {preview && preview.items.length === 0 ? (
            <p className="muted">{t('reuse.noItems')}</p>
          ) : null}
          {preview
            ? itemsByDay(preview.items, visitDates(preview))
                .filter((d) => d.items.length > 0)
                .map((d) => (
                  <div key={d.date} className="reuse-day">
                    <b>{formatDayHeading(d.date, lang)}</b>
                    <ul>
                      {d.items.map((i) => (
                        <li key={i.id}>
                          <span className="review-time">{i.start ?? '—'}</span> {i.title}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))
            : null}
        </section>
      </div>
      <div className="dialog-actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="primary" disabled={busy} onClick={() => void create()}>
          {t('reuse.create')}
        </Button>
      </div>
    </Modal>
  )
}
