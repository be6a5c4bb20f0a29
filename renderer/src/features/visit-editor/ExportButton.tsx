import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportFormat } from '../../../../shared/api/contract'
import { Button } from '../../components/Button'

/** Whole seconds since `active` became true; 0 while inactive. */
function useElapsedSeconds(active: boolean): number {
  const [seconds, setSeconds] = useState(0)
  useEffect(() => {
    setSeconds(0)
    if (!active) return
    const started = Date.now()
    const timer = window.setInterval(
      () => setSeconds(Math.floor((Date.now() - started) / 1000)),
      500,
    )
    return () => window.clearInterval(timer)
  }, [active])
  return seconds
}

/**
 * A button that exports one format and, while it works, says so with the seconds spent (a PDF
 * takes several); the other export buttons wait for it.
 */
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
  const working = busy === format
  const seconds = useElapsedSeconds(working)
  return (
    <Button
      variant={primary ? 'primary' : 'default'}
      disabled={busy !== null}
      aria-busy={working}
      className={working ? 'button-working' : undefined}
      onClick={() => void onExport(format)}
    >
      {working ? t('files.making', { seconds }) : label}
    </Button>
  )
}
