import { useTranslation } from 'react-i18next'
import type { Directory } from '../../../../shared/domain/directory'
import type { Visit } from '../../../../shared/domain/visit'

/** The documents to be signed during the visit, with their signatories. */
export function DocumentsTab({ visit, directory }: { visit: Visit; directory: Directory }) {
  const { t } = useTranslation()
  const name = (id: string) => directory.people.find((p) => p.id === id)?.fullName ?? id
  if (visit.agreements.length === 0) return <p className="muted">{t('documents.empty')}</p>
  return (
    <ul className="documents">
      {visit.agreements.map((a) => (
        <li key={a.id} className="card">
          <p className="card-meta">
            {t(`documents.type.${a.type}`)} ·{' '}
            <span className={`badge badge-doc-${a.status}`}>
              {t(`documents.status.${a.status}`)}
            </span>
          </p>
          <h3>{a.title}</h3>
          {a.parties.length ? <p>{a.parties.join(' — ')}</p> : null}
          {a.signatoryIds.length ? (
            <p className="muted">
              {t('documents.signatories')}: {a.signatoryIds.map(name).join('; ')}
            </p>
          ) : null}
          {a.notes ? <p className="muted">{a.notes}</p> : null}
        </li>
      ))}
    </ul>
  )
}
