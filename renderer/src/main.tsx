import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@fontsource/pt-sans/400.css'
import '@fontsource/pt-sans/700.css'
import '@fontsource/noto-sans-sc/400.css'
import 'react-day-picker/style.css'
import './styles/app.css'
import { ApiContext } from './api/ApiContext'
import { createTransportClient } from './api/transport'
import { App } from './app/App'
import { ToastsProvider } from './components/Toasts'
import { initI18n } from './i18n'

async function start() {
  const api = createTransportClient()
  const settings = await api.getSettings().catch(() => ({ language: 'ru' as const }))
  await initI18n(settings.language)
  document.documentElement.lang = settings.language
  createRoot(document.getElementById('root')!).render(
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
