import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SavedBy, SyncMerge } from '../../../../shared/api/contract'
import type { MergeConflict } from '../../../../shared/domain/merge'
import { formatShortDate, type UiLanguage } from '../../../../shared/time/local-date'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import { Modal } from '../../components/Modal'
import { useToast } from '../../components/Toasts'
import { computedKeys } from '../../i18n/computed-keys'
import { Button } from '../../components/Button'
import { useApiData } from '../../api/use-api-data'

export interface SyncMergeDialogProps {
  visitId: string
  file: string
  onDone(): void
  onClose(): void
}

type Side = 'ours' | 'theirs'

/** What one side holds, in a line or two the officer can compare. */
function describe(value: unknown, t: (k: string) => string): string {
  if (value === undefined || value === null || value === '') return t('sync.removed')
  if (typeof value !== 'object') return String(value)
  const r = value as Record<string, unknown>
  if ('date' in r && 'kind' in r) {
    const time = r.start ? `${String(r.start)}${r.end ? `–${String(r.end)}` : ''}` : ''
    return [String(r.date), time, String(r.title ?? '')].filter(Boolean).join(' · ')
  }
  if ('title' in r)
    return [String(r.title), r.status ? String(r.status) : ''].filter(Boolean).join(' · ')
  return JSON.stringify(value)
}

/** Two versions of the visit from two computers: merged, with the disputed records to choose. */
export function SyncMergeDialog({ visitId, file, onDone, onClose }: SyncMergeDialogProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const api = useApi()
  const toast = useToast()
  const [picks, setPicks] = useState<Record<string, Side>>({})
  const [busy, setBusy] = useState(false)

  // Read once per copy; a failure closes the dialog (the parent's callback may change each render).
  const close = useRef(onClose)
  close.current = onClose
  const merge: SyncMerge | null =
    useApiData((a) => a.getSyncMerge(visitId, file), [visitId, file], {
      onError: (err) => {
        toast(errorMessage(t, err), 'error')
        close.current()
      },
    }).data ?? null

  const who = (s: SavedBy | null) =>
    s
      ? t('sync.savedBy', {
          name: s.name || t('sync.unknownComputer'),
          author: s.author || '—',
          date: `${formatShortDate(s.at.slice(0, 10), lang)} ${s.at.slice(11, 16)}`,
        })
      : t('sync.unknownComputer')

  const resolve = async () => {
    if (!merge) return
    setBusy(true)
    try {
      await api.resolveSyncMerge(visitId, file, picks, merge.revision)
      toast(t('sync.resolved'))
      onDone()
    } catch (err) {
      toast(errorMessage(t, err), 'error')
    } finally {
      setBusy(false)
    }
  }

  const label = (c: MergeConflict) =>
    c.kind === 'field' ? t(`sync.fields.${c.label}`, { defaultValue: c.label }) : c.label

  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('sync.title')} wide>
      {!merge ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <div className="sync-merge">
          <p>{t('sync.intro', { ours: who(merge.ours), theirs: who(merge.theirs) })}</p>
          <p className="small">
            {merge.hasBase ? t('sync.taken', { count: merge.taken }) : t('sync.noBase')}
          </p>
          {merge.conflicts.length === 0 ? (
            <p className="banner small">{t('sync.noConflicts')}</p>
          ) : (
            <table className="table sync-table">
              <caption className="cell-label">
                {t('sync.conflicts', { count: merge.conflicts.length })}
              </caption>
              <thead>
                <tr>
                  <th>{t('sync.what')}</th>
                  <th>{t('sync.here')}</th>
                  <th>
                    {t('sync.there', { name: merge.theirs?.name || t('sync.unknownComputer') })}
                  </th>
                </tr>
              </thead>
              <tbody>
                {merge.conflicts.map((c) => (
                  <tr key={c.key} data-conflict={c.key}>
                    <th scope="row">{label(c)}</th>
                    {(['ours', 'theirs'] as const).map((side) => (
                      <td key={side}>
                        <label className="check">
                          <input
                            type="radio"
                            name={`pick-${c.key}`}
                            checked={(picks[c.key] ?? 'ours') === side}
                            onChange={() => setPicks({ ...picks, [c.key]: side })}
                          />
                          <span>{describe(c[side], computedKeys(t))}</span>
                        </label>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="dialog-actions">
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button variant="primary" disabled={busy} onClick={() => void resolve()}>
              {t('sync.save')}
            </Button>
          </div>
        </div>
      )}
    </Modal>
  )
}
