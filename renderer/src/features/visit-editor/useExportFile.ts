import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportFormat, ExportOptions } from '../../../../shared/api/contract'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import { saveFile } from '../../components/save-file'
import { useToast } from '../../components/Toasts'

/** Exports a visit in a format and saves the file, saying so; `busy` is the format under way. */
export function useExportFile(visitId: string) {
  const { t } = useTranslation()
  const api = useApi()
  const toast = useToast()
  const [busy, setBusy] = useState<ExportFormat | null>(null)
  const exportAs = async (format: ExportFormat, options: ExportOptions = {}) => {
    setBusy(format)
    try {
      const file = await api.exportVisit(visitId, format, options)
      saveFile(file.fileName, file.mimeType, file.base64)
      toast(t('briefing.options.saved', { name: file.fileName }))
    } catch (err) {
      toast(errorMessage(t, err), 'error')
    } finally {
      setBusy(null)
    }
  }
  return { busy, exportAs }
}
