import { createContext, useCallback, useContext, useState, type ReactNode } from 'react'
import { Toast } from 'radix-ui'

/** A button in a notice ('Показать в папке'). */
export interface ToastAction {
  label: string
  run(): void
}

interface ToastItem {
  id: number
  text: string
  tone: 'info' | 'error'
  action?: ToastAction
}

type Show = (text: string, tone?: ToastItem['tone'], action?: ToastAction) => void
const ToastContext = createContext<Show>(() => undefined)

/** Shows short notices (Radix Toast, announced by screen readers). */
export function ToastsProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([])
  const show = useCallback<Show>((text, tone = 'info', action) => {
    setItems((list) => [
      ...list.slice(-2),
      { id: Date.now() + Math.random(), text, tone, ...(action ? { action } : {}) },
    ])
  }, [])
  return (
    <ToastContext.Provider value={show}>
      <Toast.Provider duration={8000}>
        {children}
        {items.map((item) => (
          <Toast.Root
            key={item.id}
            className={`toast toast-${item.tone}`}
            onOpenChange={(open) =>
              !open && setItems((list) => list.filter((x) => x.id !== item.id))
            }
          >
            <Toast.Description>{item.text}</Toast.Description>
            {item.action ? (
              <Toast.Action asChild altText={item.action.label}>
                <button type="button" className="toast-action" onClick={item.action.run}>
                  {item.action.label}
                </button>
              </Toast.Action>
            ) : null}
          </Toast.Root>
        ))}
        <Toast.Viewport className="toast-viewport" />
      </Toast.Provider>
    </ToastContext.Provider>
  )
}

/** `show(text, tone)` for a transient notice. */
export function useToast() {
  return useContext(ToastContext)
}
