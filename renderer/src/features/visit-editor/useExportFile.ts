import type { ExportFormat, ExportOptions } from '../../../../shared/api/contract'
import { useApi } from '../../api/ApiContext'
import { useSaveFile } from '../../components/useSaveFile'

/** Exports a visit in a format and saves the file, saying so; `busy` is the format under way. */
export function useExportFile(visitId: string) {
  const api = useApi()
  const { busy, save } = useSaveFile<ExportFormat>()
  const exportAs = (format: ExportFormat, options: ExportOptions = {}) =>
    save(format, () => api.exportVisit(visitId, format, options))
  return { busy, exportAs }
}
