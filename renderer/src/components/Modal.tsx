import { useEffect, useRef, type ReactNode } from 'react'
import { Dialog } from 'radix-ui'
import { useTranslation } from 'react-i18next'

export interface ModalProps {
  open: boolean
  onOpenChange(open: boolean): void
  title: string
  description?: string
  children: ReactNode
  wide?: boolean
  /**
   * Where the keyboard goes when the dialog is gone (a saved item's row); by default the control
   * that opened it, if it is still there. Focus is never left on the page's body.
   */
  returnFocus?(): HTMLElement | null | undefined
}

/** An accessible modal dialog (Radix Dialog): focus trap, Escape closes, labelled by its title. */
export function Modal({
  open,
  onOpenChange,
  title,
  description,
  children,
  wide,
  returnFocus,
}: ModalProps) {
  const { t } = useTranslation()
  // The opener, as focused when the dialog first rendered (before Radix moved focus inside).
  const opener = useRef<Element | null>(null)
  opener.current ??= document.activeElement
  const back = useRef(returnFocus)
  back.current = returnFocus
  useEffect(
    () => () => {
      // After the dialog and the re-render its closing caused: where the officer was.
      setTimeout(() => {
        const lost = !document.activeElement || document.activeElement === document.body
        if (!lost) return
        const target =
          back.current?.() ?? (opener.current?.isConnected ? (opener.current as HTMLElement) : null)
        target?.focus()
      }, 0)
    },
    [],
  )
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content
          className={wide ? 'dialog dialog-wide' : 'dialog'}
          aria-describedby={description ? undefined : undefined}
        >
          <div className="dialog-head">
            <Dialog.Title className="dialog-title">{title}</Dialog.Title>
            <Dialog.Close className="icon-button" aria-label={t('common.close')}>
              ×
            </Dialog.Close>
          </div>
          {description ? (
            <Dialog.Description className="dialog-description">{description}</Dialog.Description>
          ) : (
            <Dialog.Description className="visually-hidden">{title}</Dialog.Description>
          )}
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
