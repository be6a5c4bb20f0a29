import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportedFile } from '../../../shared/api/contract'
import { errorMessage } from '../api/error-message'
import { useApi } from '../api/ApiContext'
import { getBridge } from '../api/bridge'
import { saveFile } from './save-file'
import { useToast } from './Toasts'

/**
 * Makes a file and saves it, saying so or saying what went wrong; `busy` is the key of the file
 * under way (one at a time).
 */
export function useSaveFile<K extends string>() {
  const { t } = useTranslation()
  const toast = useToast()
  const api = useApi()
  const [busy, setBusy] = useState<K | null>(null)
  /** The desktop app asks where (its save dialog); the browser downloads. Either way it says where. */
  const place = async (file: ExportedFile) => {
    if (!getBridge()) {
      saveFile(file.fileName, file.mimeType, file.base64)
      toast(t('files.downloaded', { name: file.fileName }))
      return
    }
    const saved = await api.saveFile(file.fileName, file.base64)
    if (saved.outcome === 'download') {
      saveFile(file.fileName, file.mimeType, file.base64)
      toast(t('files.downloaded', { name: file.fileName }))
    } else if (saved.outcome === 'cancelled') toast(t('files.cancelled'))
    else
      toast(t('files.savedTo', { path: saved.path }), 'info', {
        label: t('files.showInFolder'),
        run: () => void api.showSavedFile(saved.path).catch(() => undefined),
      })
  }
  const save = async (key: K, produce: () => Promise<ExportedFile>) => {
    setBusy(key)
    try {
      const file = await produce()
      await place(file)
    } catch (err) {
      toast(errorMessage(t, err), 'error')
    } finally {
      setBusy(null)
    }
  }
  return { busy, save }
}
