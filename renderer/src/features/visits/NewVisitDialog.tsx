import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VisitRecord } from '../../../../shared/api/contract'
import { DIRECTIONS, MAX_VISIT_DAYS, type VisitDraft } from '../../../../shared/domain/visit'
import { daysBetween, isLocalDate } from '../../../../shared/time/local-date'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import { DateField } from '../../components/DateField'
import { DialogForm } from '../../components/DialogForm'
import { Modal } from '../../components/Modal'
import { SelectField } from '../../components/SelectField'
import { TextField } from '../../components/TextField'

export interface NewVisitDialogProps {
  open: boolean
  onOpenChange(open: boolean): void
  onCreated(record: VisitRecord): void
}

/** The header fields of a new visit; the visit opens in the editor once created. */
export function NewVisitDialog({ open, onOpenChange, onCreated }: NewVisitDialogProps) {
  const { t } = useTranslation()
  const api = useApi()
  const [draft, setDraft] = useState<VisitDraft>({
    title: '',
    direction: 'incoming',
    partnerCountry: '',
    partnerRegion: '',
    startDate: '',
    endDate: '',
    timeZone: 'Europe/Moscow',
  })
  const [submitted, setSubmitted] = useState(false)
  const [failure, setFailure] = useState('')
  const set = (patch: Partial<VisitDraft>) => setDraft((d) => ({ ...d, ...patch }))

  const span =
    isLocalDate(draft.startDate) && isLocalDate(draft.endDate)
      ? daysBetween(draft.startDate, draft.endDate)
      : 0
  const errors = {
    title: draft.title.trim() ? '' : t('common.required'),
    startDate: isLocalDate(draft.startDate) ? '' : t('common.badDate'),
    endDate: !isLocalDate(draft.endDate)
      ? t('common.badDate')
      : span < 0
        ? t('visit.errors.endBeforeStart')
        : span >= MAX_VISIT_DAYS
          ? t('visit.errors.tooLong', { days: MAX_VISIT_DAYS })
          : '',
  }
  const valid = !errors.title && !errors.startDate && !errors.endDate
  const show = (key: keyof typeof errors) => (submitted ? errors[key] : '') || undefined

  const submit = async () => {
    setSubmitted(true)
    if (!valid) return
    try {
      onCreated(await api.createVisit({ ...draft, title: draft.title.trim() }))
    } catch (err) {
      setFailure(errorMessage(t, err))
    }
  }

  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title={t('newVisit.title')}
      description={t('newVisit.description')}
    >
      <DialogForm
        onSubmit={() => void submit()}
        onCancel={() => onOpenChange(false)}
        submitLabel={t('common.create')}
      >
        <TextField
          className="field-wide"
          label={t('visit.fields.title')}
          value={draft.title}
          onChange={(title) => set({ title })}
          error={show('title')}
          autoFocus
        />
        <SelectField
          className="field-wide"
          label={t('visit.fields.direction')}
          value={draft.direction ?? 'incoming'}
          options={DIRECTIONS.map((d) => ({ value: d, label: t(`visit.direction.${d}`) }))}
          onChange={(direction) => set({ direction: direction as VisitDraft['direction'] })}
        />
        <TextField
          label={t('visit.fields.partnerCountry')}
          value={draft.partnerCountry ?? ''}
          onChange={(partnerCountry) => set({ partnerCountry })}
        />
        <TextField
          label={t('visit.fields.partnerRegion')}
          value={draft.partnerRegion ?? ''}
          onChange={(partnerRegion) => set({ partnerRegion })}
        />
        <DateField
          label={t('visit.fields.startDate')}
          value={draft.startDate}
          onChange={(startDate) => set({ startDate, endDate: draft.endDate || startDate })}
          error={show('startDate')}
        />
        <DateField
          label={t('visit.fields.endDate')}
          value={draft.endDate}
          onChange={(endDate) => set({ endDate })}
          error={show('endDate')}
        />
        {failure ? (
          <p className="form-error field-wide" role="alert">
            {failure}
          </p>
        ) : null}
      </DialogForm>
    </Modal>
  )
}
