import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { getBridge } from '../api/bridge'
import { sendCommand, useCommand } from '../api/commands'
import type { AppCommand } from '../api/bridge'
import { ArchivePage } from '../features/archive/ArchivePage'
import { DirectoryPage } from '../features/directory/DirectoryPage'
import { ImportPage } from '../features/import/ImportPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { VisitEditorPage } from '../features/visit-editor/VisitEditorPage'
import { VisitListPage } from '../features/visits/VisitListPage'
import { StorageBanner } from './StorageBanner'
import { useHashRoute, type Route } from './useHashRoute'

/** The window: navigation, the current page, and the commands that reach it from menu or keyboard. */
export function App() {
  const { t } = useTranslation()
  const [route, navigate] = useHashRoute()
  const [dropped, setDropped] = useState<File | null>(null)
  const [dragging, setDragging] = useState(false)

  // Dropping a file anywhere on the window starts its import.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Boolean(e.dataTransfer?.types.includes('Files'))
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      setDragging(true)
    }
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false)
    }
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      setDragging(false)
      const file = e.dataTransfer?.files[0]
      if (!file) return
      setDropped(file)
      navigate({ page: 'import' })
    }
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [navigate])

  useEffect(
    () => getBridge()?.onEvent((event) => event.type === 'command' && sendCommand(event.command)),
    [],
  )

  // Ctrl+N works in browser mode too; in Electron the menu accelerator sends the same command.
  useEffect(() => {
    if (getBridge()) return
    const onKey = (e: KeyboardEvent) => {
      if (
        (e.ctrlKey || e.metaKey) &&
        !e.shiftKey &&
        (e.key === 'n' || e.key === 'N' || e.key === 'т')
      ) {
        e.preventDefault()
        sendCommand('new-visit')
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  // Ctrl+K opens the archive search from anywhere (both modes: no menu item owns it).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        (e.ctrlKey || e.metaKey) &&
        !e.shiftKey &&
        (e.key === 'k' || e.key === 'K' || e.key === 'л')
      ) {
        e.preventDefault()
        navigate({ page: 'archive', tab: 'search' })
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [navigate])

  useCommand(
    useCallback(
      (command: AppCommand) => {
        if (command === 'new-visit' && route.page !== 'visits') {
          navigate({ page: 'visits' })
          window.setTimeout(() => sendCommand('new-visit'), 50)
        }
        if (command === 'open-settings') navigate({ page: 'settings' })
      },
      [route.page, navigate],
    ),
  )

  const tab = (page: Route['page'], label: string) => {
    const active = route.page === page || (page === 'visits' && route.page === 'visit')
    return (
      <a
        href={page === 'archive' ? '#/archive/overview' : `#/${page}`}
        className={active ? 'nav-link active' : 'nav-link'}
        aria-current={active ? 'page' : undefined}
      >
        {label}
      </a>
    )
  }

  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>
          {t('app.name')}
        </span>
        <nav aria-label={t('app.name')}>
          {tab('visits', t('app.nav.visits'))}
          {tab('archive', t('archive.nav'))}
          {tab('import', t('import.nav'))}
          {tab('directory', t('app.nav.directory'))}
          {tab('settings', t('app.nav.settings'))}
        </nav>
      </header>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          {t('import.dropHere')}
        </div>
      ) : null}
      <StorageBanner onDetails={() => navigate({ page: 'settings' })} />
      <main id="main" className="main">
        {route.page === 'visits' ? (
          <VisitListPage onOpenVisit={(id) => navigate({ page: 'visit', id })} />
        ) : null}
        {route.page === 'visit' ? (
          <VisitEditorPage
            key={route.id}
            id={route.id}
            initialTab={route.tab}
            onBack={() => navigate({ page: 'visits' })}
          />
        ) : null}
        {route.page === 'archive' ? (
          <ArchivePage tab={route.tab} onTab={(tab) => navigate({ page: 'archive', tab })} />
        ) : null}
        {route.page === 'directory' ? <DirectoryPage /> : null}
        {route.page === 'settings' ? <SettingsPage /> : null}
        {route.page === 'import' ? (
          <ImportPage file={dropped} onOpenVisit={(id) => navigate({ page: 'visit', id })} />
        ) : null}
      </main>
    </div>
  )
}
