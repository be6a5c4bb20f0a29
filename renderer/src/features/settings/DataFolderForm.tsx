import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DataFolderInfo } from '../../../../shared/api/contract'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import { TextField } from '../../components/TextField'
import { useToast } from '../../components/Toasts'
import { Button } from '../../components/Button'
import { useApiData } from '../../api/use-api-data'

/**
 * Which folder is the archive: the officer points the app at a synced folder or a network share
 * (typed, or picked in the desktop app); it opens at the next start.
 */
export function DataFolderForm() {
  const { t } = useTranslation()
  const api = useApi()
  const toast = useToast()
  const [chosen, setInfo] = useState<DataFolderInfo | null>(null)
  const current = useApiData((a) => a.getDataFolder(), []).data
  const info = chosen ?? current ?? null
  const [path, setPath] = useState('')
  const [error, setError] = useState('')

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
          <Button onClick={() => void browse()}>{t('settings.dataFolderBrowse')}</Button>
        ) : null}
        <Button type="submit" variant="primary" disabled={!path.trim()}>
          {t('settings.dataFolderChoose')}
        </Button>
        {info.chosen ? (
          <Button onClick={() => void choose(null)}>{t('settings.dataFolderReset')}</Button>
        ) : null}
      </form>
    </div>
  )
}
