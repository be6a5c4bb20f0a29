import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TemplateSummary, VisitSummary } from '../../../../shared/api/contract'
import { formatDateRange, type UiLanguage } from '../../../../shared/time/local-date'
import type { AppCommand } from '../../api/bridge'
import { useApi } from '../../api/ApiContext'
import { useCommand } from '../../api/commands'
import { errorMessage } from '../../api/error-message'
import { NewFromSourceDialog } from '../../components/NewFromSourceDialog'
import { StatusBadge } from '../../components/StatusBadge'
import { useToast } from '../../components/Toasts'
import { NewVisitDialog } from './NewVisitDialog'
import { Button } from '../../components/Button'
import { useApiData } from '../../api/use-api-data'
import './visits.css'

export interface VisitListPageProps {
  onOpenVisit(id: string): void
}

/** The archive: every visit with partner, dates and status, a filter, and templates to start from. */
const NO_TEMPLATES: TemplateSummary[] = []

export function VisitListPage({ onOpenVisit }: VisitListPageProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const api = useApi()
  const toast = useToast()
  const [query, setQuery] = useState('')
  const [creating, setCreating] = useState(false)

  // Visits and templates changed elsewhere (another window, another computer) show up at once.
  const { data } = useApiData((a) => Promise.all([a.listVisits(), a.listTemplates()]), [], {
    refreshOn: (e) => e.type === 'visit' || e.type === 'templates',
    onError: (err) => toast(errorMessage(t, err), 'error'),
  })
  const visits: VisitSummary[] | null = data?.[0] ?? null
  const templates: TemplateSummary[] = data?.[1] ?? NO_TEMPLATES

  useCommand(
    useCallback((command: AppCommand) => {
      if (command === 'new-visit') setCreating(true)
    }, []),
  )

  // The archive search: word forms, Latin spelling and one typo; visits in the order of relevance.
  const [ranked, setRanked] = useState<string[] | null>(null)
  useEffect(() => {
    const q = query.trim()
    if (!q) {
      setRanked(null)
      return
    }
    let live = true
    const timer = window.setTimeout(() => {
      api
        .searchArchive(q, { kinds: ['visit', 'agreement'] })
        .then((hits) => {
          if (!live) return
          setRanked([...new Set(hits.map((h) => h.visitId).filter((id): id is string => !!id))])
        })
        .catch((err: unknown) => toast(errorMessage(t, err), 'error'))
    }, 150)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [api, query, t, toast])

  const shown = useMemo(() => {
    if (!visits || ranked === null) return visits ?? []
    const byId = new Map(visits.map((v) => [v.id, v]))
    return ranked.map((id) => byId.get(id)).filter((v): v is VisitSummary => Boolean(v))
  }, [visits, ranked])

  const [reusing, setReusing] = useState<TemplateSummary | null>(null)

  return (
    <div className="page">
      <header className="page-head">
        <h1>{t('visitList.title')}</h1>
        <div className="page-actions">
          <input
            type="search"
            className="search"
            aria-label={t('visitList.search')}
            placeholder={t('visitList.search')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <Button variant="primary" onClick={() => setCreating(true)} title="Ctrl+N">
            {t('visitList.newVisit')}
          </Button>
        </div>
      </header>

      {visits === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : visits.length === 0 ? (
        <p className="empty">{t('visitList.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t('visitList.noMatch', { query })}</p>
      ) : (
        <table className="table visit-table">
          <thead>
            <tr>
              <th scope="col">{t('visitList.columns.title')}</th>
              <th scope="col">{t('visitList.columns.partner')}</th>
              <th scope="col">{t('visitList.columns.dates')}</th>
              <th scope="col">{t('visitList.columns.status')}</th>
              <th scope="col" className="num">
                {t('visitList.columns.items')}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((v) => (
              <tr key={v.id} className="clickable" onClick={() => onOpenVisit(v.id)}>
                <td>
                  <a
                    href={`#/visits/${v.id}`}
                    className="row-link"
                    onClick={(e) => e.stopPropagation()}
                  >
                    {v.title}
                  </a>
                </td>
                <td>{[v.partnerRegion, v.partnerCountry].filter(Boolean).join(', ')}</td>
                <td className="nowrap">{formatDateRange(v.startDate, v.endDate, lang)}</td>
                <td>
                  <StatusBadge status={v.status} />
                </td>
                <td className="num">{v.itemCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {templates.length > 0 ? (
        <section className="templates" aria-labelledby="templates-heading">
          <h2 id="templates-heading">{t('visitList.templates')}</h2>
          <p className="muted">{t('visitList.templatesHint')}</p>
          <ul className="template-grid">
            {templates.map((tpl) => (
              <li key={tpl.id} className="card">
                <h3>{tpl.title}</h3>
                <p className="card-meta">
                  {t('visitList.templateDays', { count: tpl.dayCount })} ·{' '}
                  {t('visitList.templateItems', { count: tpl.itemCount })}
                </p>
                <p className="card-text">{tpl.summary}</p>
                <Button
                  aria-label={`${t('visitList.fromTemplate')}: ${tpl.title}`}
                  onClick={() => setReusing(tpl)}
                >
                  {t('visitList.fromTemplate')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {reusing ? (
        <NewFromSourceDialog
          source={{ kind: 'template', id: reusing.id }}
          name={reusing.title}
          defaultStart={reusing.startDate}
          onClose={() => setReusing(null)}
          onCreated={onOpenVisit}
        />
      ) : null}
      {creating ? (
        <NewVisitDialog
          open={creating}
          onOpenChange={setCreating}
          onCreated={(record) => onOpenVisit(record.visit.id)}
        />
      ) : null}
    </div>
  )
}
