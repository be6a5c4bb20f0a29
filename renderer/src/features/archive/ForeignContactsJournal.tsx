import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { JournalEntry } from '../../../../shared/domain/journal'
import {
  formatShortDate,
  isLocalDate,
  toLocalDate,
  type UiLanguage,
} from '../../../../shared/time/local-date'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import { useSaveFile } from '../../components/useSaveFile'
import { useToast } from '../../components/Toasts'
import { Button } from '../../components/Button'

type Field = 'summary' | 'basis' | 'authorisedBy' | 'report'

const PERIOD_KEY = 'dp.journal.period'

/** The period last looked at, else this calendar year. */
function storedPeriod(today: string): { from: string; to: string } {
  const year = { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` }
  try {
    const saved = JSON.parse(localStorage.getItem(PERIOD_KEY) ?? 'null') as {
      from?: unknown
      to?: unknown
    } | null
    return typeof saved?.from === 'string' &&
      typeof saved.to === 'string' &&
      isLocalDate(saved.from) &&
      isLocalDate(saved.to)
      ? { from: saved.from, to: saved.to }
      : year
  } catch {
    return year
  }
}

/** A text the officer completes; saved when the field is left, if it changed. */
function JournalField({
  entry,
  field,
  label,
  multiline,
  onSave,
}: {
  entry: JournalEntry
  field: Field
  label: string
  multiline?: boolean
  onSave(entry: JournalEntry, field: Field, value: string): void
}) {
  const [value, setValue] = useState(entry[field])
  useEffect(() => setValue(entry[field]), [entry, field])
  const props = {
    'aria-label': `${label}: ${entry.number}`,
    value,
    maxLength: field === 'summary' ? 4000 : 1000,
    className: `cell-input${entry.missing.includes(field) ? ' cell-missing' : ''}`,
    onBlur: () => value.trim() !== entry[field] && onSave(entry, field, value),
  }
  return (
    <label className="journal-field">
      <span className="cell-label">{label}</span>
      {multiline ? (
        <textarea rows={3} {...props} onChange={(e) => setValue(e.target.value)} />
      ) : (
        <input {...props} onChange={(e) => setValue(e.target.value)} />
      )}
    </label>
  )
}

/** The journal of receptions of foreign citizens (form 20) for a period, completed in place. */
export function ForeignContactsJournal() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const api = useApi()
  const toast = useToast()
  const today = toLocalDate(new Date())
  const [period, setPeriod] = useState(() => storedPeriod(today))
  const { from, to } = period
  const setFrom = (value: string) => setPeriod((p) => ({ ...p, from: value }))
  const setTo = (value: string) => setPeriod((p) => ({ ...p, to: value }))
  useEffect(() => {
    try {
      localStorage.setItem(PERIOD_KEY, JSON.stringify(period))
    } catch {
      // Without storage the period lasts for this session only.
    }
  }, [period])
  const [entries, setEntries] = useState<JournalEntry[] | null>(null)
  const { busy, save: saveExport } = useSaveFile<'docx' | 'xlsx'>()
  const valid = isLocalDate(from) && isLocalDate(to) && from <= to

  const load = useCallback(() => {
    if (!valid) return
    api
      .listJournal(from, to)
      .then(setEntries, (err: unknown) => toast(errorMessage(t, err), 'error'))
  }, [api, from, to, valid, t, toast])
  useEffect(() => load(), [load])

  const save = (entry: JournalEntry, field: Field, value: string) =>
    api.updateJournal(entry.visitId, entry.itemId, { [field]: value }).then(
      () => {
        toast(t('archive.journal.saved'))
        load()
      },
      (err: unknown) => toast(errorMessage(t, err), 'error'),
    )
  const forVisit = (entry: JournalEntry) =>
    api
      .updateJournal(entry.visitId, null, {
        basis: entry.basis,
        authorisedBy: entry.authorisedBy,
        report: entry.report,
      })
      .then(
        () => {
          toast(t('archive.journal.forVisitDone'))
          load()
        },
        (err: unknown) => toast(errorMessage(t, err), 'error'),
      )
  const exportAs = (format: 'docx' | 'xlsx') =>
    saveExport(format, () => api.exportJournal(from, to, format))

  return (
    <div className="journal">
      <p className="muted small">{t('archive.journal.hint')}</p>
      <div className="journal-head">
        <label className="field">
          <span className="cell-label">{t('archive.journal.from')}</span>
          <input
            type="date"
            className="input-date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="cell-label">{t('archive.journal.to')}</span>
          <input
            type="date"
            className="input-date"
            value={to}
            onChange={(e) => setTo(e.target.value)}
          />
        </label>
        <div className="button-row">
          <Button
            variant="primary"
            disabled={busy !== null || !valid}
            onClick={() => void exportAs('docx')}
          >
            {t('archive.journal.exportDocx')}
          </Button>
          <Button disabled={busy !== null || !valid} onClick={() => void exportAs('xlsx')}>
            {t('archive.journal.exportXlsx')}
          </Button>
        </div>
      </div>
      {entries === null ? null : entries.length === 0 ? (
        <p className="muted">{t('archive.journal.empty')}</p>
      ) : (
        <ol className="journal-list">
          {entries.map((e) => (
            <li
              key={`${e.visitId}:${e.itemId}`}
              className="card journal-entry"
              data-entry={e.number}
            >
              <div className="journal-meta">
                <b>
                  № {e.number} · {formatShortDate(e.date, lang)}
                  {e.time ? `, ${e.time}` : ''}
                </b>
                {e.place ? <span className="muted"> · {e.place}</span> : null}
                <span className={`badge ${e.missing.length ? 'badge-overdue' : 'badge-confirmed'}`}>
                  {e.missing.length
                    ? t('archive.journal.toFill', { count: e.missing.length })
                    : t('archive.journal.complete')}
                </span>
                <a href={`#/visits/${e.visitId}/programme`} className="small">
                  {t('archive.journal.openVisit')}
                </a>
              </div>
              <p className="small">
                <span className="muted">{t('archive.journal.purpose')}:</span> {e.purpose}
              </p>
              <p className="small">
                <span className="muted">{t('archive.journal.foreigners')}:</span>{' '}
                {e.foreigners
                  .map((f) => [f.name, f.country, f.organisation].filter(Boolean).join(', '))
                  .join('; ')}
              </p>
              <p className="small">
                <span className="muted">{t('archive.journal.hosts')}:</span>{' '}
                {e.hosts.map((h) => [h.name, h.position].filter(Boolean).join(', ')).join('; ')}
              </p>
              <JournalField
                entry={e}
                field="summary"
                label={t('archive.journal.summary')}
                multiline
                onSave={save}
              />
              <div className="journal-grid">
                <JournalField
                  entry={e}
                  field="basis"
                  label={t('archive.journal.basis')}
                  onSave={save}
                />
                <JournalField
                  entry={e}
                  field="authorisedBy"
                  label={t('archive.journal.authorisedBy')}
                  onSave={save}
                />
                <JournalField
                  entry={e}
                  field="report"
                  label={t('archive.journal.report')}
                  onSave={save}
                />
              </div>
              <button
                type="button"
                className="link-button small"
                disabled={!e.basis && !e.authorisedBy && !e.report}
                onClick={() => void forVisit(e)}
              >
                {t('archive.journal.forVisit')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
