import { AlertDialog } from 'radix-ui'
import { useTranslation } from 'react-i18next'

export interface ConfirmDialogProps {
  open: boolean
  onOpenChange(open: boolean): void
  title: string
  body: string
  /** Lines listed under the question (what is open), at most twelve shown. */
  details?: string[]
  confirmLabel: string
  onConfirm(): void
  danger?: boolean
  /** Label and action of the second button; defaults to a plain Cancel. */
  cancelLabel?: string
  onCancel?(): void
}

/** A yes/no question that must be answered (Radix AlertDialog). */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  body,
  details,
  confirmLabel,
  onConfirm,
  danger,
  cancelLabel,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation()
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog-title">{title}</AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">{body}</AlertDialog.Description>
          {details && details.length > 0 ? (
            <ul className="dialog-details small">
              {details.slice(0, 12).map((d, i) => (
                <li key={i}>{d}</li>
              ))}
              {details.length > 12 ? <li>…</li> : null}
            </ul>
          ) : null}
          <div className="dialog-actions">
            <AlertDialog.Cancel className="button" onClick={onCancel}>
              {cancelLabel ?? t('common.cancel')}
            </AlertDialog.Cancel>
            <AlertDialog.Action
              className={danger ? 'button button-danger' : 'button button-primary'}
              onClick={onConfirm}
            >
              {confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  )
}
