import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Directory } from '../../../../shared/domain/directory'
import { byPrecedence, SIDES, type Person, type Side } from '../../../../shared/domain/people'
import type { Visit } from '../../../../shared/domain/visit'
import { Combobox } from '../../components/Combobox'
import { PersonDialog } from '../../components/PersonDialog'
import { Button } from '../../components/Button'
import type { DirectoryActions } from './directory-actions'

export interface ParticipantsTabProps {
  visit: Visit
  directory: Directory
  update(change: (v: Visit) => Visit): void
  /** Adds people and organisations to the directory. */
  directoryActions: DirectoryActions
}

/** Both sides of the visit in order of precedence, with people added from the directory or new. */
export function ParticipantsTab({
  visit,
  directory,
  update,
  directoryActions,
}: ParticipantsTabProps) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState<{ side: Side; person?: Person } | null>(null)
  const orgName = (id?: string) => directory.organisations.find((o) => o.id === id)?.name
  const inVisit = directory.people.filter((p) => visit.participantIds.includes(p.id))
  const addId = (id: string) =>
    update((v) =>
      v.participantIds.includes(id) ? v : { ...v, participantIds: [...v.participantIds, id] },
    )

  return (
    <div className="sides">
      {SIDES.map((side) => {
        const people = inVisit.filter((p) => p.side === side).sort(byPrecedence)
        const candidates = directory.people
          .filter((p) => p.side === side && !visit.participantIds.includes(p.id))
          .sort(byPrecedence)
        const headingId = `side-${side}`
        return (
          <section key={side} className="side" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {t(side === 'guest' ? 'participants.guests' : 'participants.hosts')}
            </h2>
            {people.length === 0 ? <p className="muted">{t('participants.empty')}</p> : null}
            <ol className="people">
              {people.map((p, index) => (
                <li key={p.id} className="person">
                  <div>
                    <p className="person-name">
                      {index === 0 ? (
                        <span className="badge badge-head">
                          {t(side === 'guest' ? 'participants.head' : 'participants.hostHead')}
                        </span>
                      ) : null}
                      {p.fullName}
                      {p.fullNameLatin ? <span className="muted"> · {p.fullNameLatin}</span> : null}
                    </p>
                    <p className="person-position">
                      {[p.position, orgName(p.organisationId)].filter(Boolean).join(', ')}
                    </p>
                    <p className="muted small">
                      {t('participants.rank', { rank: p.precedence })}
                      {p.languages.length ? ` · ${p.languages.join(', ')}` : ''}
                    </p>
                  </div>
                  <div className="person-actions">
                    <Button
                      small
                      aria-label={`${t('participants.edit')}: ${p.fullName}`}
                      onClick={() => setEditing({ side, person: p })}
                    >
                      {t('participants.edit')}
                    </Button>
                    <Button
                      variant="quiet"
                      small
                      aria-label={`${t('participants.remove')}: ${p.fullName}`}
                      onClick={() =>
                        update((v) => ({
                          ...v,
                          participantIds: v.participantIds.filter((x) => x !== p.id),
                        }))
                      }
                    >
                      {t('participants.remove')}
                    </Button>
                  </div>
                </li>
              ))}
            </ol>
            <div className="side-actions">
              {candidates.length > 0 ? (
                <Combobox
                  label={t('participants.addExisting')}
                  placeholder={t('participants.searchPlaceholder')}
                  emptyText={t('participants.noMatches')}
                  options={candidates.map((p) => ({
                    value: p.id,
                    label: p.fullName,
                    detail: p.position,
                    searchText: [p.fullNameLatin, orgName(p.organisationId)],
                  }))}
                  onPick={addId}
                />
              ) : null}
              <Button onClick={() => setEditing({ side })}>+ {t('participants.addNew')}</Button>
            </div>
          </section>
        )
      })}
      {editing ? (
        <PersonDialog
          organisations={directory.organisations}
          side={editing.side}
          person={editing.person}
          onClose={() => setEditing(null)}
          onCreateOrganisation={directoryActions.createOrganisation}
          onSave={(person) => {
            void directoryActions.savePerson(person).then((ok) => {
              if (!ok) return
              addId(person.id)
              setEditing(null)
            })
          }}
        />
      ) : null}
    </div>
  )
}
