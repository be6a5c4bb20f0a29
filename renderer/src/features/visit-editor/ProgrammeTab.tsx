import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Directory } from '../../../../shared/domain/directory'
import { itemsByDay, type ItineraryItem } from '../../../../shared/domain/itinerary-item'
import { visitDates, type Visit } from '../../../../shared/domain/visit'
import { formatDayHeading, type UiLanguage } from '../../../../shared/time/local-date'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useToast } from '../../components/Toasts'
import { ItemDialog } from './ItemDialog'

export interface ProgrammeTabProps {
  visit: Visit
  directory: Directory
  update(change: (v: Visit) => Visit): void
}

const newItemId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 12)

/** The programme day by day: each day a section with its items in time order. */
export function ProgrammeTab({ visit, directory, update }: ProgrammeTabProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const toast = useToast()
  const [editing, setEditing] = useState<{ item: ItineraryItem; isNew: boolean } | null>(null)
  const [deleting, setDeleting] = useState<ItineraryItem | null>(null)
  const dates = visitDates(visit)
  const venueName = (id?: string) => directory.venues.find((v) => v.id === id)?.name
  const personName = (id: string) => directory.people.find((p) => p.id === id)?.fullName

  const addItem = (date: string) =>
    setEditing({
      isNew: true,
      item: { id: newItemId(), kind: 'meeting', date, title: '', participantIds: [] },
    })

  const saveItem = (item: ItineraryItem) => {
    update((v) => ({
      ...v,
      items: v.items.some((i) => i.id === item.id)
        ? v.items.map((i) => (i.id === item.id ? item : i))
        : [...v.items, item],
    }))
    setEditing(null)
  }

  return (
    <div className="programme">
      {itemsByDay(visit.items, dates).map(({ date, items }) => {
        const outside = !dates.includes(date)
        const headingId = `day-${date}`
        return (
          <section key={date} className="day" aria-labelledby={headingId}>
            <div className="day-head">
              <h2 id={headingId}>
                {formatDayHeading(date, lang)}
                {outside ? (
                  <span className="badge badge-warning">{t('programme.outsideDates')}</span>
                ) : null}
              </h2>
              <button
                type="button"
                className="button button-small"
                aria-label={`${t('programme.addItem')}: ${formatDayHeading(date, lang)}`}
                onClick={() => addItem(date)}
              >
                + {t('programme.addItem')}
              </button>
            </div>
            {items.length === 0 ? (
              <p className="muted day-empty">{t('programme.emptyDay')}</p>
            ) : (
              <ol className="items">
                {items.map((item) => (
                  <li key={item.id} className={`item item-${item.kind}`}>
                    <div className="item-time">
                      {item.start ? (
                        `${item.start}${item.end ? `–${item.end}` : ''}`
                      ) : (
                        <span className="muted">{t('programme.timeTbd')}</span>
                      )}
                      {item.tentative ? (
                        <span className="tentative">{t('programme.tentative')}</span>
                      ) : null}
                    </div>
                    <div className="item-body">
                      <span className="kind-tag">{t(`itemKind.${item.kind}`)}</span>
                      <p className="item-title">{item.title}</p>
                      {venueName(item.venueId) ? (
                        <p className="item-venue">{venueName(item.venueId)}</p>
                      ) : null}
                      {item.participantIds.length > 0 ? (
                        <p className="item-people muted">
                          {item.participantIds
                            .map(personName)
                            .filter(Boolean)
                            .slice(0, 4)
                            .join(', ')}
                          {item.participantIds.length > 4
                            ? ` +${item.participantIds.length - 4}`
                            : ''}
                        </p>
                      ) : null}
                    </div>
                    <div className="item-actions">
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={`${t('common.edit')}: ${item.title}`}
                        onClick={() => setEditing({ item, isNew: false })}
                      >
                        {t('common.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button-small button-quiet"
                        aria-label={`${t('common.delete')}: ${item.title}`}
                        onClick={() => setDeleting(item)}
                      >
                        {t('common.delete')}
                      </button>
                    </div>
                  </li>
                ))}
              </ol>
            )}
          </section>
        )
      })}
      {editing ? (
        <ItemDialog
          visit={visit}
          directory={directory}
          item={editing.item}
          isNew={editing.isNew}
          dates={dates}
          onSave={saveItem}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t('common.delete')}
        body={t('programme.deleteConfirm', { title: deleting?.title ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={() => {
          const id = deleting?.id
          update((v) => ({ ...v, items: v.items.filter((i) => i.id !== id) }))
          setDeleting(null)
          toast(t('programme.deleted'))
        }}
      />
    </div>
  )
}
