import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EditionSummary } from '../../../../shared/api/contract'
import type { ProgrammeChange } from '../../../../shared/wording/programme-changes'
import type { Visit } from '../../../../shared/domain/visit'
import { formatShortDate, type UiLanguage } from '../../../../shared/time/local-date'
import { wallTimeIn } from '../../../../shared/time/zones'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import { useToast } from '../../components/Toasts'
import { Button } from '../../components/Button'

/**
 * The editions of the programme: which one a printout is, what changed since the last one, and a
 * button to issue the next. Every programme export issues one by itself when needed.
 */
export function EditionsPanel({ visit, refresh }: { visit: Visit; refresh: number }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const api = useApi()
  const toast = useToast()
  const [state, setState] = useState<{
    editions: EditionSummary[]
    pending: ProgrammeChange[]
  } | null>(null)

  const load = useCallback(
    () => api.listEditions(visit.id).then(setState, () => undefined),
    [api, visit.id],
  )
  // Follows the saved programme and every export.
  useEffect(() => {
    void load()
  }, [load, visit, refresh])

  const label = (e: EditionSummary) => {
    const at = wallTimeIn(new Date(e.issuedAt), visit.timeZone)
    return t('editions.label', {
      number: e.number,
      date: `${formatShortDate(at.date, lang)} ${at.time}`,
    })
  }
  const issue = async () => {
    try {
      const edition = await api.issueEdition(visit.id)
      toast(t('editions.issued', { number: edition.number }))
      await load()
    } catch (err) {
      toast(errorMessage(t, err), 'error')
    }
  }

  if (!state) return null
  const last = state.editions.at(-1)
  const unchanged = last !== undefined && state.pending.length === 0
  return (
    <section className="editions" aria-labelledby="editions-title" data-testid="editions">
      <h3 id="editions-title">{t('editions.title')}</h3>
      {!last ? <p className="muted small">{t('editions.none')}</p> : null}
      {last && unchanged ? (
        <p className="small">
          <strong>{label(last)}</strong> · {t('editions.unchanged', { number: last.number })}
        </p>
      ) : null}
      {last && !unchanged ? (
        <div className="edition-pending">
          <p className="small">
            <strong>{t('editions.draftLabel', { number: last.number })}</strong> ·{' '}
            {t('editions.pending', { number: last.number })}
          </p>
          <ul className="change-list small">
            {state.pending.map((c, n) => (
              <li key={n} className={`change change-${c.kind}`}>
                {c.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Button disabled={unchanged} onClick={() => void issue()}>
        {t('editions.issue')}
      </Button>
      {state.editions.length > 0 ? (
        <ul className="edition-list small">
          {[...state.editions].reverse().map((e) => (
            <li key={e.number}>
              <details>
                <summary>{label(e)}</summary>
                {e.changes.length ? (
                  <ul className="change-list">
                    {e.changes.map((c, n) => (
                      <li key={n} className={`change change-${c.kind}`}>
                        {c.text}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">
                    {e.number === 1 ? t('editions.first') : t('editions.noChanges')}
                  </p>
                )}
              </details>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
