import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RevisionSummary } from '../../../../shared/api/contract'
import { formatShortDate, type UiLanguage } from '../../../../shared/time/local-date'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useToast } from '../../components/Toasts'
import { Button } from '../../components/Button'

export interface RevisionsPanelProps {
  visitId: string
  /** Called after a revision was restored, to show it. */
  onRestored(): void
}

/** The visit's saved revisions: who changed what, on which computer, and a way back to any. */
export function RevisionsPanel({ visitId, onRestored }: RevisionsPanelProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const api = useApi()
  const toast = useToast()
  const [list, setList] = useState<RevisionSummary[] | null>(null)
  const [restoring, setRestoring] = useState<RevisionSummary | null>(null)

  const load = useCallback(
    () =>
      api
        .listRevisions(visitId)
        .then(setList, (err: unknown) => toast(errorMessage(t, err), 'error')),
    [api, visitId, t, toast],
  )

  const restore = async (r: RevisionSummary) => {
    const current = list?.find((x) => x.current)
    if (!current) return
    try {
      await api.restoreRevision(visitId, r.revision, current.revision)
      toast(t('revisions.restored', { revision: r.revision }))
      onRestored()
      await load()
    } catch (err) {
      toast(errorMessage(t, err), 'error')
    }
  }

  const when = (at: string) =>
    `${formatShortDate(at.slice(0, 10), lang)} ${new Date(at).toLocaleTimeString(lang === 'ru' ? 'ru-RU' : 'en-GB', { hour: '2-digit', minute: '2-digit' })}`

  return (
    <details
      className="revisions card"
      onToggle={(e) => {
        if ((e.target as HTMLDetailsElement).open) void load()
      }}
    >
      <summary>{t('revisions.revisions')}</summary>
      {list === null ? null : (
        <ol className="revision-list">
          {list.map((r) => (
            <li key={r.revision} data-revision={r.revision}>
              <div>
                <b>{t('revisions.revision', { revision: r.revision })}</b>
                {' · '}
                {when(r.at)}
                {r.author || r.name
                  ? ` · ${[r.author, r.name && `(${r.name})`].filter(Boolean).join(' ')}`
                  : ''}
                {r.current ? (
                  <span className="badge badge-confirmed">{t('revisions.current')}</span>
                ) : null}
              </div>
              {r.changes.length ? (
                <ul className="small">
                  {r.changes.slice(0, 8).map((c, n) => (
                    <li key={n}>{c}</li>
                  ))}
                  {r.changes.length > 8 ? <li>…</li> : null}
                </ul>
              ) : null}
              {!r.current ? (
                <Button small onClick={() => setRestoring(r)}>
                  {t('revisions.restore')}
                </Button>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <ConfirmDialog
        open={restoring !== null}
        onOpenChange={(open) => !open && setRestoring(null)}
        title={t('revisions.restoreTitle', { revision: restoring?.revision ?? 0 })}
        body={t('revisions.restoreBody')}
        confirmLabel={t('revisions.restore')}
        onConfirm={() => {
          const r = restoring
          setRestoring(null)
          if (r) void restore(r)
        }}
        onCancel={() => setRestoring(null)}
      />
    </details>
  )
}
