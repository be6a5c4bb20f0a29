import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { REGISTER_STATES, type RegisterRow } from '../../../../shared/domain/agreement-register'
import { matchesQuery } from '../../../../shared/domain/search'
import { formatShortDate, type UiLanguage } from '../../../../shared/time/local-date'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import { SelectField } from '../../components/SelectField'
import { TextField } from '../../components/TextField'
import { useToast } from '../../components/Toasts'

const ANY = '__any__'

/** Every document of every visit: parties, dates, term, state and follow-up; overdue first. */
export function AgreementsRegister() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const api = useApi()
  const toast = useToast()
  const [rows, setRows] = useState<RegisterRow[] | null>(null)
  const [filter, setFilter] = useState('')
  const [state, setState] = useState(ANY)
  const [onlyOverdue, setOnlyOverdue] = useState(false)

  const load = useCallback(
    () =>
      api.listAgreements().then(setRows, (err: unknown) => toast(errorMessage(t, err), 'error')),
    [api, t, toast],
  )
  useEffect(() => {
    void load()
  }, [load])

  const shown = useMemo(
    () =>
      (rows ?? []).filter(
        (r) =>
          (state === ANY || r.state === state) &&
          (!onlyOverdue || r.overdue > 0) &&
          matchesQuery(
            [
              r.agreement.title,
              ...r.agreement.parties,
              r.visitTitle,
              r.partnerCountry,
              r.partnerRegion,
            ],
            filter,
          ),
      ),
    [rows, state, onlyOverdue, filter],
  )

  const toggle = async (row: RegisterRow, followUpId: string, done: boolean) => {
    // The tick shows at once; the register is read again once the visit is saved.
    setRows((current) =>
      (current ?? []).map((r) =>
        r !== row
          ? r
          : {
              ...r,
              followUps: r.followUps.map((f) =>
                f.id === followUpId ? { ...f, done, overdue: done ? false : f.overdue } : f,
              ),
            },
      ),
    )
    try {
      await api.setFollowUpDone(row.visitId, row.agreement.id, followUpId, done)
      await load()
    } catch (err) {
      toast(errorMessage(t, err), 'error')
      await load()
    }
  }

  if (!rows) return <p className="muted">{t('common.loading')}</p>
  if (rows.length === 0) return <p className="muted">{t('archive.agreements.empty')}</p>
  const overdueRows = rows.filter((r) => r.overdue > 0).length
  return (
    <div className="agreements-register">
      <div className="search-filters">
        <TextField
          className="field-wide"
          label={t('archive.agreements.filter')}
          value={filter}
          onChange={setFilter}
        />
        <SelectField
          label={t('archive.agreements.state')}
          value={state}
          options={[
            { value: ANY, label: t('archive.search.any') },
            ...REGISTER_STATES.map((s) => ({
              value: s,
              label: t(`archive.agreements.states.${s}`),
            })),
          ]}
          onChange={setState}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={onlyOverdue}
            onChange={(e) => setOnlyOverdue(e.target.checked)}
          />
          <span>{t('archive.agreements.onlyOverdue')}</span>
        </label>
      </div>
      <p className="muted" role="status">
        {t('archive.agreements.count', { count: rows.length, overdue: overdueRows })}
      </p>
      <table className="register-table">
        <thead>
          <tr>
            <th scope="col">{t('archive.agreements.columns.document')}</th>
            <th scope="col">{t('archive.agreements.columns.parties')}</th>
            <th scope="col">{t('archive.agreements.columns.visit')}</th>
            <th scope="col">{t('archive.agreements.columns.signed')}</th>
            <th scope="col">{t('archive.agreements.columns.term')}</th>
            <th scope="col">{t('archive.agreements.columns.followUps')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr
              key={`${r.visitId}:${r.agreement.id}`}
              className={r.overdue > 0 ? 'register-row overdue' : 'register-row'}
            >
              <td>
                <span className="muted small">{t(`documents.type.${r.agreement.type}`)}</span>
                <br />
                <strong>{r.agreement.title}</strong>
                <br />
                <span className={`badge badge-state-${r.state}`}>
                  {t(`archive.agreements.states.${r.state}`)}
                </span>
              </td>
              <td>{r.agreement.parties.join(' — ')}</td>
              <td>
                <a href={`#/visits/${r.visitId}/documents`}>{r.visitTitle}</a>
                <br />
                <span className="muted small">{formatShortDate(r.visitStart, lang)}</span>
              </td>
              <td>{r.agreement.signedOn ? formatShortDate(r.agreement.signedOn, lang) : '—'}</td>
              <td>
                {r.agreement.validUntil
                  ? formatShortDate(r.agreement.validUntil, lang)
                  : r.agreement.status === 'signed'
                    ? t('archive.agreements.openEnded')
                    : '—'}
              </td>
              <td>
                {r.overdue > 0 ? (
                  <strong className="overdue-count">
                    {t('archive.agreements.overdue', { count: r.overdue })}
                  </strong>
                ) : r.nextDue ? (
                  <span>
                    {t('archive.agreements.nextDue', { date: formatShortDate(r.nextDue, lang) })}
                  </span>
                ) : (
                  <span className="muted">
                    {r.followUps.length
                      ? t('archive.agreements.allDone')
                      : t('archive.agreements.noFollowUps')}
                  </span>
                )}
                {r.followUps.length ? (
                  <ul className="follow-up-list">
                    {r.followUps.map((f) => (
                      <li key={f.id} className={f.overdue ? 'follow-up overdue' : 'follow-up'}>
                        <label className="check">
                          <input
                            type="checkbox"
                            checked={f.done}
                            aria-label={`${t('archive.agreements.markDone')}: ${f.title}`}
                            onChange={(e) => void toggle(r, f.id, e.target.checked)}
                          />
                          <span>
                            {formatShortDate(f.due, lang)} — {f.title}
                            {f.owner ? <span className="muted"> · {f.owner}</span> : null}
                            {f.done && f.doneOn ? (
                              <span className="muted">
                                {' '}
                                (
                                {t('archive.agreements.done', {
                                  date: formatShortDate(f.doneOn, lang),
                                })}
                                )
                              </span>
                            ) : null}
                          </span>
                        </label>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
