import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from './Button'

export interface DialogFormProps {
  onSubmit(): void
  onCancel(): void
  submitLabel?: string
  /** The submit button stays off while the form cannot be sent. */
  submitDisabled?: boolean
  children: ReactNode
}

/** The body of a form dialog: fields in a two-column grid, then Cancel and the submit button. */
export function DialogForm({
  onSubmit,
  onCancel,
  submitLabel,
  submitDisabled,
  children,
}: DialogFormProps) {
  const { t } = useTranslation()
  return (
    <form
      className="form-grid"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit()
      }}
    >
      {children}
      <div className="dialog-actions field-wide">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={submitDisabled}>
          {submitLabel ?? t('common.save')}
        </Button>
      </div>
    </form>
  )
}
