import { useTranslation } from 'react-i18next'

/** Browser mode opened without this launch's secret: says which address to open instead. */
export function NoAccessPage() {
  const { t } = useTranslation()
  return (
    <main className="no-access" role="alert">
      <h1>{t('app.name')}</h1>
      <p>{t('error.noAccess')}</p>
    </main>
  )
}
