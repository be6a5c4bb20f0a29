import { useTranslation } from 'react-i18next'
import type { Directory } from '../../../../shared/domain/directory'
import type { UnscheduledItem } from '../../../../shared/domain/itinerary-item'
import { Button } from '../../components/Button'

export interface UnscheduledTrayProps {
  lines: UnscheduledItem[]
  directory: Directory
  onPlace(line: UnscheduledItem): void
  onDelete(line: UnscheduledItem): void
}

/** Lines an import found without a day: shown above the programme until each is placed or deleted. */
export function UnscheduledTray({ lines, directory, onPlace, onDelete }: UnscheduledTrayProps) {
  const { t } = useTranslation()
  if (lines.length === 0) return null
  const venues = new Map(directory.venues.map((v) => [v.id, v.name]))
  return (
    <section className="unscheduled" aria-labelledby="unscheduled-title">
      <h2 id="unscheduled-title">
        {t('programme.unscheduled.title')} <span className="badge">{lines.length}</span>
      </h2>
      <p className="muted">{t('programme.unscheduled.hint')}</p>
      <ol className="unscheduled-items">
        {lines.map((line) => (
          <li key={line.id} className={`item item-${line.kind}`} data-unscheduled-id={line.id}>
            <div className="item-body">
              <span className="kind-tag">{t(`itemKind.${line.kind}`)}</span>
              <p className="item-title">{line.title}</p>
              {line.venueId && venues.get(line.venueId) ? (
                <p className="item-venue">{venues.get(line.venueId)}</p>
              ) : null}
            </div>
            <div className="item-actions">
              <Button
                small
                aria-label={`${t('programme.unscheduled.place')}: ${line.title}`}
                onClick={() => onPlace(line)}
              >
                {t('programme.unscheduled.place')}
              </Button>
              <Button
                small
                variant="quiet"
                aria-label={`${t('common.delete')}: ${line.title}`}
                onClick={() => onDelete(line)}
              >
                {t('common.delete')}
              </Button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}
