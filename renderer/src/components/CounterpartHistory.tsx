import { useTranslation } from 'react-i18next'
import type { HistoryEntry } from '../../../shared/api/contract'
import { formatDateRange, formatShortDate, type UiLanguage } from '../../../shared/time/local-date'
import { useApiData } from '../api/use-api-data'
import './CounterpartHistory.css'

/** The partner's history as a timeline: visits both ways and documents signed, oldest first. */
export function CounterpartHistory({
  country,
  region,
  currentVisitId,
}: {
  country: string
  region: string
  /** The visit the timeline is shown in, marked rather than linked. */
  currentVisitId?: string
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const { data: entries } = useApiData(
    (api) => api.counterpartHistory({ country, region }).catch((): HistoryEntry[] => []),
    [country, region],
    // A visit saved here or elsewhere may change the partner's history (a title, a signed document).
    { refreshOn: (e) => e.type === 'visit' },
  )

  const partner = [region, country].filter(Boolean).join(', ')
  if (!partner) return null
  return (
    <section className="history" aria-labelledby="history-title" data-testid="history">
      <h2 id="history-title">{t('history.title', { partner })}</h2>
      {entries && entries.length === 0 ? <p className="muted">{t('history.empty')}</p> : null}
      <ol className="timeline">
        {(entries ?? []).map((e, n) => (
          <li key={n} className={`timeline-${e.kind}`}>
            <span className="timeline-date">
              {e.endDate ? formatDateRange(e.date, e.endDate, lang) : formatShortDate(e.date, lang)}
            </span>
            <span className="badge">
              {e.kind === 'agreement' ? t('history.agreement') : t(`history.${e.direction}`)}
            </span>
            {e.kind === 'visit' && e.visitId && e.visitId !== currentVisitId ? (
              <a href={`#/visits/${e.visitId}`}>{e.title}</a>
            ) : (
              <span>
                {e.title}
                {e.visitId === currentVisitId && e.kind === 'visit' ? (
                  <span className="muted"> ({t('history.current')})</span>
                ) : null}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
