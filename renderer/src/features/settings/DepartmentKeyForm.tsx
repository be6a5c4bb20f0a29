import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DepartmentKeyStatus } from '../../../../shared/api/contract'
import { formatShortDate, type UiLanguage } from '../../../../shared/time/local-date'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import { notifyStorageChanged } from '../../api/storage-events'
import { DialogForm } from '../../components/DialogForm'
import { Modal } from '../../components/Modal'
import { TextField } from '../../components/TextField'
import { saveFile } from '../../components/save-file'
import { useToast } from '../../components/Toasts'
import { Button } from '../../components/Button'
import { onFilePicked } from '../../components/file-input'

const MIN_PASSPHRASE = 8

type Dialog = { kind: 'export' } | { kind: 'import'; fileName: string; content: string } | null

/**
 * The department key: create it once for the archive, save its file for colleagues under a
 * passphrase, or import a colleague's file; shows the fingerprint to compare and what is sealed how.
 */
export function DepartmentKeyForm() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const toast = useToast()
  const [status, setStatus] = useState<DepartmentKeyStatus | null>(null)
  const [name, setName] = useState('')
  const [dialog, setDialog] = useState<Dialog>(null)
  const [passphrase, setPassphrase] = useState('')
  const [again, setAgain] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)

  useEffect(() => {
    api.getDepartmentKey().then(setStatus, (err) => toast(errorMessage(t, err), 'error'))
  }, [api, t, toast])

  const closeDialog = () => {
    setDialog(null)
    setPassphrase('')
    setAgain('')
    setError('')
  }

  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    try {
      await work()
    } catch (err) {
      const message = errorMessage(t, err)
      if (dialog) setError(message)
      else toast(message, 'error')
    } finally {
      setBusy(false)
    }
  }

  const create = () =>
    run(async () => {
      setStatus(await api.createDepartmentKey(name.trim() || t('departmentKey.nameDefault')))
      notifyStorageChanged()
      toast(t('departmentKey.created'))
    })

  const submit = () => {
    if (passphrase.length < MIN_PASSPHRASE && dialog?.kind === 'export') {
      setError(t('error.departmentKeyPassphrase', { min: MIN_PASSPHRASE }))
      return
    }
    if (dialog?.kind === 'export') {
      if (passphrase !== again) {
        setError(t('departmentKey.passphraseMismatch'))
        return
      }
      void run(async () => {
        const file = await api.exportDepartmentKey(passphrase)
        saveFile(file.fileName, file.mimeType, file.base64)
        toast(t('departmentKey.exported', { name: file.fileName }))
        closeDialog()
      })
    } else if (dialog?.kind === 'import') {
      const { content } = dialog
      void run(async () => {
        const next = await api.importDepartmentKey(content, passphrase)
        setStatus(next)
        notifyStorageChanged()
        toast(t('departmentKey.imported', { count: next.opened ?? 0 }))
        closeDialog()
      })
    }
  }

  const pick = async (file: File) => {
    if (file.size > 20_000) {
      toast(t('error.departmentKeyFile'), 'error')
      return
    }
    setDialog({ kind: 'import', fileName: file.name, content: await file.text() })
  }

  if (!status) return null
  const { archive, available, sealed } = status
  return (
    <section className="settings-section" data-testid="department-key">
      <h2>{t('departmentKey.title')}</h2>
      {archive ? (
        <>
          <p>
            {t('departmentKey.archiveKey', {
              name: archive.name,
              date: formatShortDate(archive.createdAt.slice(0, 10), i18n.language as UiLanguage),
            })}
          </p>
          <p>
            {t('departmentKey.fingerprint')}:{' '}
            <code className="fingerprint" data-testid="fingerprint">
              {archive.fingerprint}
            </code>
          </p>
          <p className="muted small">{t('departmentKey.fingerprintHint')}</p>
          {available ? (
            <p>{t('departmentKey.available')}</p>
          ) : (
            <p className="banner banner-warning" role="alert">
              {t('departmentKey.missing')}
            </p>
          )}
        </>
      ) : (
        <p>{t('departmentKey.none')}</p>
      )}
      {sealed.department + sealed.computer + sealed.locked > 0 ? (
        <p className="muted small" data-testid="sealed-counts">
          {t('departmentKey.counts', sealed)}
        </p>
      ) : null}
      {sealed.locked > 0 && available ? (
        <p className="muted small">{t('departmentKey.lockedHint')}</p>
      ) : null}
      <div className="button-row department-key-actions">
        {!archive ? (
          <>
            <TextField
              label={t('departmentKey.name')}
              value={name}
              placeholder={t('departmentKey.nameDefault')}
              maxLength={200}
              onChange={setName}
            />
            <Button variant="primary" disabled={busy} onClick={() => void create()}>
              {t('departmentKey.create')}
            </Button>
          </>
        ) : null}
        {archive && available ? (
          <Button disabled={busy} onClick={() => setDialog({ kind: 'export' })}>
            {t('departmentKey.export')}
          </Button>
        ) : null}
        {!archive || !available ? (
          <Button
            variant={archive ? 'primary' : 'default'}
            disabled={busy}
            onClick={() => fileInput.current?.click()}
          >
            {t('departmentKey.import')}
          </Button>
        ) : null}
        <input
          ref={fileInput}
          type="file"
          hidden
          aria-label={t('departmentKey.file')}
          accept=".dpkey,application/json"
          onChange={onFilePicked((f) => void pick(f))}
        />
      </div>
      <Modal
        open={dialog !== null}
        onOpenChange={(open) => (open ? undefined : closeDialog())}
        title={dialog?.kind === 'import' ? t('departmentKey.import') : t('departmentKey.export')}
        description={dialog?.kind === 'import' ? dialog.fileName : undefined}
      >
        <DialogForm
          onSubmit={submit}
          onCancel={closeDialog}
          submitLabel={
            dialog?.kind === 'import'
              ? t('departmentKey.confirmImport')
              : t('departmentKey.confirmExport')
          }
        >
          <TextField
            className="field-wide"
            label={t('departmentKey.passphrase')}
            type="password"
            autoComplete="off"
            autoFocus
            value={passphrase}
            onChange={setPassphrase}
            error={error || undefined}
            hint={
              dialog?.kind === 'export'
                ? t('departmentKey.passphraseHint', { min: MIN_PASSPHRASE })
                : undefined
            }
          />
          {dialog?.kind === 'export' ? (
            <TextField
              className="field-wide"
              label={t('departmentKey.passphraseAgain')}
              type="password"
              autoComplete="off"
              value={again}
              onChange={setAgain}
            />
          ) : null}
        </DialogForm>
      </Modal>
    </section>
  )
}
