import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { UI_LANGUAGES, type StorageReport } from '../../../../shared/api/contract'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import type { Directory } from '../../../../shared/domain/directory'
import type { PlanningSettings } from '../../../../shared/domain/planning'
import { SelectField } from '../../components/SelectField'
import { useToast } from '../../components/Toasts'
import { PlanningSettingsForm } from './PlanningSettingsForm'
import { CostNormsForm } from './CostNormsForm'
import { CopyMergeList } from './CopyMergeList'
import { DataFolderForm } from './DataFolderForm'
import { DepartmentKeyForm } from './DepartmentKeyForm'
import type { CostNorms } from '../../../../shared/domain/cost-norms'

/** Interface language, how the programme is checked, and the state of the data folder. */
export function SettingsPage() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const toast = useToast()
  const [report, setReport] = useState<StorageReport | null>(null)
  const [planning, setPlanning] = useState<PlanningSettings | null>(null)
  const [norms, setNorms] = useState<CostNorms | null>(null)
  const [directory, setDirectory] = useState<Directory | null>(null)

  useEffect(() => {
    const fail = (err: unknown) => toast(errorMessage(t, err), 'error')
    api.getStorageReport().then(setReport, fail)
    api.getSettings().then((s) => {
      setPlanning(s.planning)
      setNorms(s.costNorms)
    }, fail)
    api.getDirectory().then((d) => setDirectory(d.directory), fail)
  }, [api, t, toast])

  // What a settings key is called on this page ('planning.letterhead' → 'Бланк письма').
  const settingNames = (keys: string[]) =>
    [
      ...new Set(
        keys.map((key) =>
          key === 'costNorms'
            ? t('estimate.norms.heading')
            : key === 'planning.letterhead'
              ? t('access.letterhead')
              : key.startsWith('planning.hostRegion')
                ? t('settings.hostRegion')
                : t('settings.planning'),
        ),
      ),
    ].join(', ')

  const changeLanguage = async (language: string) => {
    try {
      const settings = await api.saveSettings({ language: language as 'ru' | 'en' })
      await i18n.changeLanguage(settings.language)
      document.documentElement.lang = settings.language
    } catch (err) {
      toast(errorMessage(t, err), 'error')
    }
  }

  return (
    <div className="page narrow">
      <h1>{t('settings.title')}</h1>
      <div className="form-grid">
        <SelectField
          label={t('settings.language')}
          value={i18n.language}
          options={UI_LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          onChange={(l) => void changeLanguage(l)}
        />
      </div>
      {planning && directory ? (
        <PlanningSettingsForm initial={planning} directory={directory} />
      ) : null}
      {norms ? <CostNormsForm initial={norms} /> : null}
      <DepartmentKeyForm />
      {report ? (
        <section className="settings-section">
          <h2>{t('settings.dataFolder')}</h2>
          <p>
            <code>{report.dataDir}</code>
          </p>
          {report.readOnly ? (
            <p className="banner banner-warning">{t('settings.readOnly')}</p>
          ) : null}
          <DataFolderForm />
          <h3>{t('settings.quarantine')}</h3>
          {report.quarantined.length === 0 ? (
            <p className="muted">{t('settings.quarantineEmpty')}</p>
          ) : (
            <ul className="plain-list">
              {report.quarantined.map((q) => (
                <li key={q.movedTo || q.file}>
                  <code>{q.file}</code> → <code>{q.movedTo}</code>: {q.reason}
                  {q.restoredFrom !== undefined
                    ? `; ${t('settings.quarantineRestored', { from: q.restoredFrom, as: q.restoredAs })}`
                    : ''}
                </li>
              ))}
            </ul>
          )}
          {report.directoryCopies?.length ? (
            <CopyMergeList
              title={t('settings.directoryCopies')}
              testId="directory-copies"
              copies={report.directoryCopies.map((c) => ({
                ...c,
                lines: [
                  c.added.length
                    ? t('settings.directoryCopyAdded', { names: c.added.join(', ') })
                    : '',
                  c.differing.length
                    ? t('settings.directoryCopyDiffering', { names: c.differing.join(', ') })
                    : '',
                ],
              }))}
            />
          ) : null}
          {report.settingsCopies?.length ? (
            <CopyMergeList
              title={t('settings.settingsCopies')}
              testId="settings-copies"
              copies={report.settingsCopies.map((c) => ({
                ...c,
                lines: [
                  c.taken.length
                    ? t('settings.settingsCopyTaken', { names: settingNames(c.taken) })
                    : '',
                  c.differing.length
                    ? t('settings.settingsCopyDiffering', { names: settingNames(c.differing) })
                    : '',
                ],
              }))}
            />
          ) : null}
          {report.refused.length > 0 ? (
            <>
              <h3>{t('settings.refused')}</h3>
              <ul className="plain-list">
                {report.refused.map((r) => (
                  <li key={r.file}>
                    <code>{r.file}</code> (schemaVersion {r.schemaVersion})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
