import { useTranslation } from 'react-i18next'
import { Button } from '../components/Button'
import { useApiData } from '../api/use-api-data'

/** Says at start-up when files were quarantined or the folder is read-only. */
export function StorageBanner({ onDetails }: { onDetails(): void }) {
  const { t } = useTranslation()
  const { data: report } = useApiData((api) => api.getStorageReport(), [], {
    refreshOnStorage: true,
  })
  if (!report) return null
  const problems = report.quarantined.length + report.refused.length
  const restored = report.quarantined.filter((q) => q.restoredFrom !== undefined).length
  const locked = report.lockedPersonalData ?? 0
  const copies = report.directoryCopies?.length ?? 0
  const settingsCopies = report.settingsCopies?.length ?? 0
  const away = report.folderUnavailable
  if (!report.readOnly && !problems && !locked && !copies && !settingsCopies && !away) return null
  return (
    <div className="banner banner-warning app-banner" role="alert">
      <span>
        {away
          ? t('storage.folderUnavailable', { path: away })
          : report.readOnly
            ? t('storage.readOnly')
            : problems > 0
              ? t(restored === problems ? 'storage.restored' : 'storage.problems', {
                  count: problems,
                })
              : locked > 0
                ? t('storage.lockedPersonalData', { count: locked })
                : copies > 0
                  ? t('storage.directoryCopies', { count: copies })
                  : t('storage.settingsCopies')}
      </span>
      <Button small onClick={onDetails}>
        {t('storage.details')}
      </Button>
    </div>
  )
}
