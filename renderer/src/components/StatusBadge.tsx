import { useTranslation } from 'react-i18next'
import type { VisitStatus } from '../../../shared/domain/visit'

/** The visit status as a coloured label. */
export function StatusBadge({ status }: { status: VisitStatus }) {
  const { t } = useTranslation()
  return <span className={`badge badge-${status}`}>{t(`visit.status.${status}`)}</span>
}
