import { createContext, useCallback, useContext, useState, type ReactNode } from 'react'
import { Toast } from 'radix-ui'

interface ToastItem {
  id: number
  text: string
  tone: 'info' | 'error'
}

const ToastContext = createContext<(text: string, tone?: ToastItem['tone']) => void>(
  () => undefined,
)

/** Shows short notices (Radix Toast, announced by screen readers). */
export function ToastsProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([])
  const show = useCallback((text: string, tone: ToastItem['tone'] = 'info') => {
    setItems((list) => [...list.slice(-2), { id: Date.now() + Math.random(), text, tone }])
  }, [])
  return (
    <ToastContext.Provider value={show}>
      <Toast.Provider duration={6000}>
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
