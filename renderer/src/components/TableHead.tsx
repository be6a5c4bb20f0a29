import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A table's header row: one cell per column, and with `actions` a last column for the row's
 * buttons, named for screen readers only.
 */
export function TableHead({
  columns,
  actions = false,
}: {
  columns: ReactNode[]
  actions?: boolean
}) {
  const { t } = useTranslation()
  return (
    <thead>
      <tr>
        {columns.map((c, n) => (
          <th key={n}>{c}</th>
        ))}
        {actions ? (
          <th>
            <span className="visually-hidden">{t('common.actions')}</span>
          </th>
        ) : null}
      </tr>
    </thead>
  )
}
