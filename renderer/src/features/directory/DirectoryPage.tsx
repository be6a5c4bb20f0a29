import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DirectoryRecord } from '../../../../shared/api/contract'
import type { Venue } from '../../../../shared/domain/venues'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import { useToast } from '../../components/Toasts'
import { VenueDialog } from './VenueDialog'

/** The directory of venues: addresses, coordinates and access rules. */
export function DirectoryPage() {
  const { t } = useTranslation()
  const api = useApi()
  const toast = useToast()
  const [record, setRecord] = useState<DirectoryRecord | null>(null)
  const [query, setQuery] = useState('')
  const [editing, setEditing] = useState<{ venue: Venue; isNew: boolean } | null>(null)

  useEffect(() => {
    api.getDirectory().then(setRecord, (err: unknown) => toast(errorMessage(t, err), 'error'))
  }, [api, t, toast])

  const venues = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('ru')
    const all = [...(record?.directory.venues ?? [])].sort((a, b) =>
      a.name.localeCompare(b.name, 'ru'),
    )
    return q
      ? all.filter((v) =>
          `${v.name} ${v.address} ${v.city ?? ''}`.toLocaleLowerCase('ru').includes(q),
        )
      : all
  }, [record, query])

  const save = async (venue: Venue) => {
    if (!record) return
    const list = record.directory.venues
    const next = list.some((v) => v.id === venue.id)
      ? list.map((v) => (v.id === venue.id ? venue : v))
      : [...list, venue]
    try {
      setRecord(await api.saveDirectory({ ...record.directory, venues: next }, record.revision))
      setEditing(null)
    } catch (err) {
      toast(errorMessage(t, err), 'error')
    }
  }

  return (
    <div className="page">
      <header className="page-head">
        <h1>{t('directory.venues')}</h1>
        <div className="page-actions">
          <input
            type="search"
            className="search"
            aria-label={t('directory.search')}
            placeholder={t('directory.search')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button
            type="button"
            className="button button-primary"
            onClick={() =>
              setEditing({
                isNew: true,
                venue: {
                  id: crypto.randomUUID().replace(/-/g, '').slice(0, 12),
                  name: '',
                  address: '',
                  kind: 'other',
                  accessRequirements: [],
                },
              })
            }
          >
            {t('directory.addVenue')}
          </button>
        </div>
      </header>
      {record === null ? <p className="muted">{t('common.loading')}</p> : null}
      {record && venues.length === 0 ? <p className="empty">{t('directory.empty')}</p> : null}
      <ul className="venue-list">
        {venues.map((v) => (
          <li key={v.id} className="card venue">
            <div className="venue-main">
              <h3>{v.name}</h3>
              <p>{v.address}</p>
              <p className="muted small">
                {t(`venueKind.${v.kind}`)}
                {v.coordinates
                  ? ` · ${v.coordinates.lat.toFixed(4)}, ${v.coordinates.lon.toFixed(4)}`
                  : ''}
              </p>
              {v.accessRequirements.length > 0 ? (
                <ul className="rules-list">
                  {v.accessRequirements.map((r, i) => (
                    <li key={i}>
                      <strong>{t(`accessKind.${r.kind}`)}</strong>
                      {r.leadDays !== undefined
                        ? ` (${t('directory.leadDays', { count: r.leadDays })})`
                        : ''}
                      {r.note ? ` — ${r.note}` : ''}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
            <button
              type="button"
              className="button button-small"
              aria-label={`${t('common.edit')}: ${v.name}`}
              onClick={() => setEditing({ venue: v, isNew: false })}
            >
              {t('common.edit')}
            </button>
          </li>
        ))}
      </ul>
      {editing ? (
        <VenueDialog
          venue={editing.venue}
          isNew={editing.isNew}
          onSave={(v) => void save(v)}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </div>
  )
}
