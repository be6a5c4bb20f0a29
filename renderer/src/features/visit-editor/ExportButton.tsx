import { useTranslation } from 'react-i18next'
import type { ExportFormat } from '../../../../shared/api/contract'
import { Button } from '../../components/Button'

/** A button that exports one format, says so while it works, and waits for any export under way. */
export function ExportButton({
  format,
  label,
  busy,
  primary = false,
  onExport,
}: {
  format: ExportFormat
  label: string
  busy: ExportFormat | null
  primary?: boolean
  onExport(format: ExportFormat): unknown
}) {
  const { t } = useTranslation()
  return (
    <Button
      variant={primary ? 'primary' : 'default'}
      disabled={busy !== null}
      onClick={() => void onExport(format)}
    >
      {busy === format ? t('briefing.options.exporting') : label}
    </Button>
  )
}
