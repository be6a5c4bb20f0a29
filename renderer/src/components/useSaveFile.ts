import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportedFile } from '../../../shared/api/contract'
import { errorMessage } from '../api/error-message'
import { saveFile } from './save-file'
import { useToast } from './Toasts'

/**
 * Makes a file and saves it, saying so or saying what went wrong; `busy` is the key of the file
 * under way (one at a time).
 */
export function useSaveFile<K extends string>() {
  const { t } = useTranslation()
  const toast = useToast()
  const [busy, setBusy] = useState<K | null>(null)
  const save = async (key: K, produce: () => Promise<ExportedFile>) => {
    setBusy(key)
    try {
      const file = await produce()
      saveFile(file.fileName, file.mimeType, file.base64)
      toast(t('briefing.options.saved', { name: file.fileName }))
    } catch (err) {
      toast(errorMessage(t, err), 'error')
    } finally {
      setBusy(null)
    }
  }
  return { busy, save }
}
