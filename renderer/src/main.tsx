import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@fontsource/pt-sans/400.css'
import '@fontsource/pt-sans/700.css'
import '@fontsource/noto-sans-sc/400.css'
import 'react-day-picker/style.css'
import './styles/tokens.css'
import './styles/base.css'
import { ApiContext } from './api/ApiContext'
import { createTransportClient } from './api/transport'
import { App } from './app/App'
import { NoAccessPage } from './app/NoAccessPage'
import { AppError } from '../../shared/api/errors'
import { ToastsProvider } from './components/Toasts'
import { initI18n } from './i18n'

async function start() {
  const api = createTransportClient()
  let noAccess = false
  const settings = await api.getSettings().catch((err: unknown) => {
    noAccess = err instanceof AppError && err.details?.key === 'error.noAccess'
    const language: 'ru' | 'en' = navigator.language.startsWith('en') ? 'en' : 'ru'
    return { language }
  })
  await initI18n(settings.language)
  document.documentElement.lang = settings.language
  const root = createRoot(document.getElementById('root')!)
  if (noAccess) return root.render(<NoAccessPage />)
  root.render(
    <StrictMode>
      <ApiContext.Provider value={api}>
        <ToastsProvider>
          <App />
        </ToastsProvider>
      </ApiContext.Provider>
    </StrictMode>,
  )
}

void start()
