import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DataFolderInfo } from '../../../../shared/api/contract'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import { TextField } from '../../components/TextField'
import { useToast } from '../../components/Toasts'

/**
 * Which folder is the archive: the officer points the app at a synced folder or a network share
 * (typed, or picked in the desktop app); it opens at the next start.
 */
export function DataFolderForm() {
  const { t } = useTranslation()
  const api = useApi()
  const toast = useToast()
  const [info, setInfo] = useState<DataFolderInfo | null>(null)
  const [path, setPath] = useState('')
  const [error, setError] = useState('')

  useEffect(() => {
    api.getDataFolder().then(setInfo, () => undefined)
  }, [api])

  const choose = async (next: string | null) => {
    setError('')
    try {
      setInfo(await api.chooseDataFolder(next))
      setPath('')
      toast(t('settings.dataFolderRestart'))
    } catch (err) {
      setError(errorMessage(t, err))
    }
  }

  const browse = async () => {
    try {
      const picked = await api.browseDataFolder()
      if (picked) setPath(picked)
    } catch (err) {
      toast(errorMessage(t, err), 'error')
    }
  }

  if (!info) return null
  return (
    <div className="data-folder" data-testid="data-folder">
      {info.chosen && info.chosen !== info.current ? (
        <p className="banner banner-info">
          {t('settings.dataFolderChosen', { path: info.chosen })}
        </p>
      ) : null}
      {info.fixed ? <p className="muted small">{t('settings.dataFolderFixed')}</p> : null}
      <form
        className="button-row department-key-actions"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          if (path.trim()) void choose(path)
        }}
      >
        <TextField
          className="field-grow"
          label={t('settings.dataFolderPath')}
          value={path}
          onChange={setPath}
          maxLength={4096}
          spellCheck={false}
          error={error || undefined}
          hint={t('settings.dataFolderHint')}
        />
        {info.canBrowse ? (
          <button type="button" className="button" onClick={() => void browse()}>
            {t('settings.dataFolderBrowse')}
          </button>
        ) : null}
        <button type="submit" className="button button-primary" disabled={!path.trim()}>
          {t('settings.dataFolderChoose')}
        </button>
        {info.chosen ? (
          <button type="button" className="button" onClick={() => void choose(null)}>
            {t('settings.dataFolderReset')}
          </button>
        ) : null}
      </form>
    </div>
  )
}
