import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportFormat } from '../../../../shared/api/contract'
import type { Visit } from '../../../../shared/domain/visit'
import { pressReleaseText } from '../../../../shared/report/press-release'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { TextAreaField } from '../../components/TextAreaField'
import { useToast } from '../../components/Toasts'
import { ExportButton } from './ExportButton'
import { useExportFile } from './useExportFile'
import { Button } from '../../components/Button'

const PREVIEW_DELAY_MS = 300

/** After the visit: the report (preview, PDF, DOCX) and a draft press release to edit and copy. */
export function ReportTab({
  visit,
  update,
  saved,
}: {
  visit: Visit
  update(change: (v: Visit) => Visit, coalesceKey?: string): void
  /** The visit on disk is the one shown: the preview is made from the saved visit. */
  saved: boolean
}) {
  const { t } = useTranslation()
  const api = useApi()
  const toast = useToast()
  const [html, setHtml] = useState('')
  const [press, setPress] = useState('')
  const { busy, exportAs: exportFile } = useExportFile(visit.id)
  /** Once the officer edits the release, later saves of the visit no longer replace the text. */
  const edited = useRef(false)
  const [fresh, setFresh] = useState(0)
  const [erasing, setErasing] = useState(false)

  // Both follow every saved change of the visit (made from the file: wait for the autosave).
  useEffect(() => {
    if (!saved) return
    let live = true
    const timer = window.setTimeout(() => {
      api
        .renderReport(visit.id, {})
        .then((r) => live && setHtml(r.html))
        .catch((err: unknown) => live && toast(errorMessage(t, err), 'error'))
      api
        .draftPressRelease(visit.id)
        .then((r) => live && !edited.current && setPress(pressReleaseText(r)))
        .catch((err: unknown) => live && toast(errorMessage(t, err), 'error'))
    }, PREVIEW_DELAY_MS)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [api, visit, saved, t, toast, fresh])

  const exportAs = (format: ExportFormat) =>
    exportFile(format, format === 'press-docx' ? { pressText: press } : {})

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(press)
      toast(t('report.copied'))
    } catch {
      // Without clipboard access (a browser over plain http) the text stays selected to copy by hand.
      const area = document.querySelector<HTMLTextAreaElement>('.press-release textarea')
      area?.select()
    }
  }

  return (
    <div className="briefing report-tab">
      <aside className="briefing-options">
        {visit.status !== 'completed' ? (
          <p className="badge badge-warning report-note">{t('report.notCompleted')}</p>
        ) : null}
        <p className="muted small">{t('report.resultsHint')}</p>
        <TextAreaField
          label={t('report.resultsField')}
          value={visit.results}
          onChange={(results) => update((v) => ({ ...v, results }), 'field:results')}
          rows={6}
        />
        <div className="export-buttons">
          <ExportButton
            format="report-pdf"
            label={t('report.pdf')}
            busy={busy}
            primary
            onExport={exportAs}
          />
          <ExportButton
            format="report-docx"
            label={t('report.docx')}
            busy={busy}

            onExport={exportAs}
          />
        </div>
        <section className="press-release" aria-label={t('report.pressTitle')}>
          <p className="muted small">{t('report.pressHint')}</p>
          <TextAreaField
            label={t('report.pressTitle')}
            value={press}
            onChange={(text) => {
              edited.current = true
              setPress(text)
            }}
            rows={18}
          />
          <div className="export-buttons">
            <Button onClick={() => void copy()}>{t('report.copy')}</Button>
            <ExportButton
              format="press-docx"
              label={t('report.pressDocx')}
              busy={busy}

              onExport={exportAs}
            />
            <Button
              variant="quiet"
              onClick={() => {
                edited.current = false
                setFresh((n) => n + 1)
              }}
            >
              {t('report.regenerate')}
            </Button>
          </div>
        </section>
        <section className="personal-data" aria-label={t('report.personalData')}>
          <h3>{t('report.personalData')}</h3>
          <p className="muted small">{t('report.personalDataHint')}</p>
          <Button variant="danger" onClick={() => setErasing(true)}>
            {t('report.deletePersonalData')}
          </Button>
        </section>
      </aside>
      <ConfirmDialog
        open={erasing}
        onOpenChange={setErasing}
        title={t('report.deletePersonalData')}
        body={t('report.deletePersonalDataConfirm')}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={() => {
          setErasing(false)
          void api.deletePersonalData(visit.id).then(
            ({ removed, kept }) =>
              toast(
                [
                  t('report.personalDataDeleted', { count: removed }),
                  kept ? t('report.personalDataKept', { count: kept }) : '',
                ]
                  .filter(Boolean)
                  .join(' '),
              ),
            (err: unknown) => toast(errorMessage(t, err), 'error'),
          )
        }}
      />
      <section className="briefing-preview" aria-label={t('report.preview')}>
        {html ? (
          <iframe title={t('report.preview')} className="preview-frame" sandbox="" srcDoc={html} />
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </section>
    </div>
  )
}
