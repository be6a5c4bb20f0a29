import { useTranslation } from 'react-i18next'
import { UPCOMING_DAYS, type ArchiveOverview } from '../../../../shared/domain/archive-overview'
import { describeTask } from '../../../../shared/wording/describe'
import {
  formatDateRange,
  formatShortDate,
  type UiLanguage,
} from '../../../../shared/time/local-date'
import { errorMessage } from '../../api/error-message'
import { BarChart } from '../../components/BarChart'
import { useToast } from '../../components/Toasts'
import { computedKeys } from '../../i18n/computed-keys'
import { useApiData } from '../../api/use-api-data'

/** Tasks shown per upcoming visit before 'and N more'. */
const TASKS_SHOWN = 5

/** Charts of the archive and the visits ahead with their open preparation tasks. */
export function ArchiveOverviewView() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const toast = useToast()
  const overview: ArchiveOverview | null =
    useApiData((a) => a.archiveOverview(), [], {
      refreshOn: (e) => e.type === 'visit' || e.type === 'directory',
      onError: (err) => toast(errorMessage(t, err), 'error'),
    }).data ?? null

  if (!overview) return <p className="muted">{t('common.loading')}</p>
  const empty = overview.byYear.length === 0
  return (
    <div className="archive-overview">
      <section className="upcoming" aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t('archive.overview.upcoming', { days: UPCOMING_DAYS })}</h2>
        {overview.upcoming.length === 0 ? (
          <p className="muted">{t('archive.overview.noUpcoming', { days: UPCOMING_DAYS })}</p>
        ) : null}
        <ul className="upcoming-list">
          {overview.upcoming.map((v) => (
            <li key={v.visitId} className="card">
              <p className="card-meta">
                {formatDateRange(v.startDate, v.endDate, lang)} ·{' '}
                {[v.partnerRegion, v.partnerCountry].filter(Boolean).join(', ')}
              </p>
              <h3>
                <a href={`#/visits/${v.visitId}/checklist`}>{v.title}</a>
              </h3>
              {v.openTasks.length === 0 ? (
                <p className="muted">{t('archive.overview.noTasks')}</p>
              ) : (
                <ul className="task-list">
                  {v.openTasks.slice(0, TASKS_SHOWN).map((task) => (
                    <li key={task.key} className={task.overdue ? 'task overdue' : 'task'}>
                      <span className="task-due">{formatShortDate(task.due, lang)}</span>{' '}
                      {describeTask(task, computedKeys(t))}
                    </li>
                  ))}
                  {v.openTasks.length > TASKS_SHOWN ? (
                    <li className="muted">
                      {t('archive.overview.moreTasks', {
                        count: v.openTasks.length - TASKS_SHOWN,
                      })}
                    </li>
                  ) : null}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
      {empty ? <p className="muted">{t('archive.overview.empty')}</p> : null}
      {!empty ? (
        <div className="charts">
          <BarChart
            title={t('archive.overview.byYear')}
            series={[
              { label: t('archive.overview.incoming'), className: 'series-a' },
              { label: t('archive.overview.outgoing'), className: 'series-b' },
            ]}
            rows={overview.byYear.map((y) => ({
              label: String(y.year),
              values: [y.incoming, y.outgoing],
            }))}
            describe={(row, s) =>
              t('archive.overview.chartLabel', {
                label: `${row.label}, ${s === 0 ? t('archive.overview.incoming') : t('archive.overview.outgoing')}`,
                value: row.values[s],
              })
            }
          />
          <BarChart
            title={t('archive.overview.byCountry')}
            series={[{ label: t('archive.overview.byCountry'), className: 'series-a' }]}
            rows={overview.byCountry.map((c) => ({ label: c.country, values: [c.count] }))}
            describe={(row) =>
              t('archive.overview.chartLabel', { label: row.label, value: row.values[0] })
            }
          />
          <BarChart
            title={t('archive.overview.documentsByType')}
            series={[
              { label: t('archive.overview.signed'), className: 'series-a' },
              { label: t('archive.overview.notSigned'), className: 'series-c' },
            ]}
            rows={overview.documentsByType.map((d) => ({
              label: t(`documents.type.${d.type}`),
              values: [d.signed, d.total - d.signed],
            }))}
            describe={(row, s) =>
              t('archive.overview.chartLabel', {
                label: `${row.label}, ${s === 0 ? t('archive.overview.signed') : t('archive.overview.notSigned')}`,
                value: row.values[s],
              })
            }
          />
        </div>
      ) : null}
    </div>
  )
}
