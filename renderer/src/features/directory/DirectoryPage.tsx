import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Tabs } from 'radix-ui'
import type { DirectoryRecord } from '../../../../shared/api/contract'
import type { Directory } from '../../../../shared/domain/directory'
import { byPrecedence, type Organisation, type Person } from '../../../../shared/domain/people'
import { matchesQuery } from '../../../../shared/domain/search'
import type { Venue } from '../../../../shared/domain/venues'
import { PersonDialog } from '../../components/PersonDialog'
import { useApi } from '../../api/ApiContext'
import { errorMessage } from '../../api/error-message'
import { useToast } from '../../components/Toasts'
import { VenueDialog } from './VenueDialog'
import { newOrganisation, newVenue } from '../../components/new-entries'
import { OrganisationDialog } from './OrganisationDialog'
import { Button } from '../../components/Button'
import './directory.css'

type Section = 'venues' | 'people' | 'organisations'

/**
 * The directory: venues with their access rules, people (edited once, seen in every visit) and
 * the organisations people and documents belong to.
 */
export function DirectoryPage() {
  const { t } = useTranslation()
  const api = useApi()
  const toast = useToast()
  const [record, setRecord] = useState<DirectoryRecord | null>(null)
  const [query, setQuery] = useState('')
  const [editing, setEditing] = useState<{ venue: Venue; isNew: boolean } | null>(null)
  const [editingPerson, setEditingPerson] = useState<{ person?: Person } | null>(null)
  const [editingOrg, setEditingOrg] = useState<{ org: Organisation; isNew: boolean } | null>(null)
  const [section, setSection] = useState<Section>('venues')

  useEffect(() => {
    api.getDirectory().then(setRecord, (err: unknown) => toast(errorMessage(t, err), 'error'))
  }, [api, t, toast])

  const venues = useMemo(
    () =>
      [...(record?.directory.venues ?? [])]
        .sort((a, b) => a.name.localeCompare(b.name, 'ru'))
        .filter((v) => matchesQuery([v.name, v.address, v.city], query)),
    [record, query],
  )
  const people = useMemo(() => {
    const orgs = new Map((record?.directory.organisations ?? []).map((o) => [o.id, o.name]))
    return [...(record?.directory.people ?? [])]
      .sort((a, b) => a.side.localeCompare(b.side) || byPrecedence(a, b))
      .filter((p) =>
        matchesQuery(
          [p.fullName, p.fullNameLatin, p.position, orgs.get(p.organisationId ?? '')],
          query,
        ),
      )
  }, [record, query])

  const organisations = useMemo(
    () =>
      [...(record?.directory.organisations ?? [])]
        .sort((a, b) => a.name.localeCompare(b.name, 'ru'))
        .filter((o) =>
          matchesQuery(
            [o.name, o.shortName, o.country, o.region, ...Object.values(o.nameI18n ?? {})],
            query,
          ),
        ),
    [record, query],
  )
  const store = async (change: (d: Directory) => Directory): Promise<boolean> => {
    if (!record) return false
    try {
      setRecord(await api.saveDirectory(change(record.directory), record.revision))
      return true
    } catch (err) {
      toast(errorMessage(t, err), 'error')
      return false
    }
  }
  const upsert = <T extends { id: string }>(list: T[], entry: T) =>
    list.some((x) => x.id === entry.id)
      ? list.map((x) => (x.id === entry.id ? entry : x))
      : [...list, entry]
  const save = async (venue: Venue) => {
    if (await store((d) => ({ ...d, venues: upsert(d.venues, venue) }))) setEditing(null)
  }
  const savePerson = async (person: Person) => {
    if (await store((d) => ({ ...d, people: upsert(d.people, person) }))) setEditingPerson(null)
  }
  const saveOrganisation = async (org: Organisation) => {
    if (await store((d) => ({ ...d, organisations: upsert(d.organisations, org) })))
      setEditingOrg(null)
  }
  /** An organisation named in the person dialog, added at once (details later, here). */
  const createOrganisation = async (name: string): Promise<string | undefined> => {
    const org = newOrganisation(name)
    return (await store((d) => ({ ...d, organisations: [...d.organisations, org] })))
      ? org.id
      : undefined
  }
  const orgName = (id?: string) => record?.directory.organisations.find((o) => o.id === id)?.name
  const searchHint = {
    venues: 'directory.search',
    people: 'directory.searchPeople',
    organisations: 'directory.searchOrganisations',
  } as const

  return (
    <div className="page">
      <header className="page-head">
        <h1>{t('directory.title')}</h1>
        <div className="page-actions">
          <input
            type="search"
            className="search"
            aria-label={t('directory.search')}
            placeholder={t(searchHint[section])}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          {section === 'people' ? (
            <Button variant="primary" onClick={() => setEditingPerson({})}>
              {t('directory.addPerson')}
            </Button>
          ) : null}
          {section === 'organisations' ? (
            <Button
              variant="primary"
              onClick={() => setEditingOrg({ org: newOrganisation(), isNew: true })}
            >
              {t('directory.addOrganisation')}
            </Button>
          ) : null}
          <Button
            hidden={section !== 'venues'}
            variant="primary"
            onClick={() => setEditing({ isNew: true, venue: newVenue() })}
          >
            {t('directory.addVenue')}
          </Button>
        </div>
      </header>
      {record === null ? <p className="muted">{t('common.loading')}</p> : null}
      <Tabs.Root value={section} onValueChange={(v) => setSection(v as Section)} className="tabs">
        <Tabs.List className="tab-list" aria-label={t('directory.title')}>
          <Tabs.Trigger value="venues" className="tab">
            {t('directory.venues')}
          </Tabs.Trigger>
          <Tabs.Trigger value="people" className="tab">
            {t('directory.people')}
          </Tabs.Trigger>
          <Tabs.Trigger value="organisations" className="tab">
            {t('directory.organisations')}
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="organisations" className="tab-panel">
          {record && organisations.length === 0 ? (
            <p className="empty">{t('directory.emptyOrganisations')}</p>
          ) : null}
          <ul className="venue-list">
            {organisations.map((o) => (
              <li key={o.id} className="card venue">
                <div className="venue-main">
                  <h3>
                    {o.name}
                    {o.shortName ? <span className="muted"> · {o.shortName}</span> : null}
                  </h3>
                  {o.nameI18n ? (
                    <p>
                      {Object.entries(o.nameI18n)
                        .filter(([, name]) => name)
                        .map(([lang, name], n) => (
                          <span key={lang} lang={lang}>
                            {n > 0 ? ' · ' : ''}
                            {name}
                          </span>
                        ))}
                    </p>
                  ) : null}
                  <p className="muted small">
                    {[t(`organisationKind.${o.kind}`), o.country, o.region]
                      .filter(Boolean)
                      .join(' · ')}
                    {' · '}
                    {t('directory.peopleCount', {
                      count: record?.directory.people.filter((p) => p.organisationId === o.id)
                        .length,
                    })}
                  </p>
                </div>
                <Button
                  small
                  aria-label={`${t('common.edit')}: ${o.name}`}
                  onClick={() => setEditingOrg({ org: o, isNew: false })}
                >
                  {t('common.edit')}
                </Button>
              </li>
            ))}
          </ul>
        </Tabs.Content>
        <Tabs.Content value="people" className="tab-panel">
          {record && people.length === 0 ? (
            <p className="empty">{t('directory.emptyPeople')}</p>
          ) : null}
          <ul className="venue-list">
            {people.map((p) => (
              <li key={p.id} className="card venue">
                <div className="venue-main">
                  <h3>
                    {p.fullName}
                    {p.fullNameLatin ? <span className="muted"> · {p.fullNameLatin}</span> : null}
                  </h3>
                  <p>{[p.position, orgName(p.organisationId)].filter(Boolean).join(', ')}</p>
                  <p className="muted small">
                    {t(`participants.side.${p.side}`)} ·{' '}
                    {t('participants.rank', { rank: p.precedence })}
                    {p.languages.length ? ` · ${p.languages.join(', ')}` : ''}
                  </p>
                </div>
                <Button
                  small
                  aria-label={`${t('common.edit')}: ${p.fullName}`}
                  onClick={() => setEditingPerson({ person: p })}
                >
                  {t('common.edit')}
                </Button>
              </li>
            ))}
          </ul>
        </Tabs.Content>
        <Tabs.Content value="venues" className="tab-panel">
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
                <Button
                  small
                  aria-label={`${t('common.edit')}: ${v.name}`}
                  onClick={() => setEditing({ venue: v, isNew: false })}
                >
                  {t('common.edit')}
                </Button>
              </li>
            ))}
          </ul>
        </Tabs.Content>
      </Tabs.Root>
      {editingPerson ? (
        <PersonDialog
          organisations={record?.directory.organisations ?? []}
          side={editingPerson.person?.side ?? 'guest'}
          person={editingPerson.person}
          onSave={(p) => void savePerson(p)}
          onClose={() => setEditingPerson(null)}
          onCreateOrganisation={createOrganisation}
        />
      ) : null}
      {editingOrg ? (
        <OrganisationDialog
          organisation={editingOrg.org}
          isNew={editingOrg.isNew}
          onSave={(o) => void saveOrganisation(o)}
          onClose={() => setEditingOrg(null)}
        />
      ) : null}
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
