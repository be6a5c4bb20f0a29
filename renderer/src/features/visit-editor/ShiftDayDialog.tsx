import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ItineraryItem } from '../../../../shared/domain/itinerary-item'
import { Button } from '../../components/Button'
import { DialogForm } from '../../components/DialogForm'
import { Modal } from '../../components/Modal'

const QUICK = [-15, 15, 30, 60]

/**
 * The day running late: this item and every later one of its day move by the minutes given
 * (one undo step), each keeping its length.
 */
export function ShiftDayDialog({
  item,
  onClose,
  onApply,
}: {
  item: ItineraryItem
  onClose(): void
  onApply(minutes: number): void
}) {
  const { t } = useTranslation()
  const [text, setText] = useState('15')
  const minutes = Number(text)
  const valid = Number.isInteger(minutes) && minutes !== 0 && Math.abs(minutes) <= 600
  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('shiftDay.title', { title: item.title, time: item.start ?? '' })}
    >
      <DialogForm
        onSubmit={() => valid && onApply(minutes)}
        onCancel={onClose}
        submitLabel={t('shiftDay.apply')}
        submitDisabled={!valid}
      >
        <div className="field">
          <label htmlFor="shift-minutes">{t('shiftDay.minutes')}</label>
          <input
            id="shift-minutes"
            inputMode="numeric"
            value={text}
            aria-invalid={valid ? undefined : true}
            aria-describedby="shift-hint"
            onChange={(e) => setText(e.target.value.trim())}
          />
          <span id="shift-hint" className="field-hint">
            {t('shiftDay.hint')}
          </span>
        </div>
        <div className="field">
          <span className="cell-label">{t('shiftDay.quick')}</span>
          <div className="button-row">
            {QUICK.map((m) => (
              <Button key={m} small onClick={() => setText(String(m))}>
                {m > 0 ? `+${m}` : `−${Math.abs(m)}`}
              </Button>
            ))}
          </div>
        </div>
      </DialogForm>
    </Modal>
  )
}
