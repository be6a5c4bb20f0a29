import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Directory } from '../../../../shared/domain/directory'
import { byPrecedence, SIDES, type Person, type Side } from '../../../../shared/domain/people'
import type { Visit } from '../../../../shared/domain/visit'
import { SelectField } from '../../components/SelectField'
import { PersonDialog } from './PersonDialog'

export interface ParticipantsTabProps {
  visit: Visit
  directory: Directory
  update(change: (v: Visit) => Visit): void
  addPerson(person: Person): Promise<boolean>
}

const PICK = '__pick__'

/** Both sides of the visit in order of precedence, with people added from the directory or new. */
export function ParticipantsTab({ visit, directory, update, addPerson }: ParticipantsTabProps) {
  const { t } = useTranslation()
  const [creating, setCreating] = useState<Side | null>(null)
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
              {people.map((p) => (
                <li key={p.id} className="person">
                  <div>
                    <p className="person-name">
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
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    aria-label={`${t('participants.remove')}: ${p.fullName}`}
                    onClick={() =>
                      update((v) => ({
                        ...v,
                        participantIds: v.participantIds.filter((x) => x !== p.id),
                      }))
                    }
                  >
                    {t('participants.remove')}
                  </button>
                </li>
              ))}
            </ol>
            <div className="side-actions">
              {candidates.length > 0 ? (
                <SelectField
                  label={t('participants.addExisting')}
                  value={PICK}
                  options={[
                    { value: PICK, label: t('participants.choosePerson') },
                    ...candidates.map((p) => ({
                      value: p.id,
                      label: `${p.fullName} — ${p.position}`,
                    })),
                  ]}
                  onChange={(id) => id !== PICK && addId(id)}
                />
              ) : null}
              <button type="button" className="button" onClick={() => setCreating(side)}>
                + {t('participants.addNew')}
              </button>
            </div>
          </section>
        )
      })}
      {creating ? (
        <PersonDialog
          side={creating}
          onClose={() => setCreating(null)}
          onSave={(person) => {
            void addPerson(person).then((ok) => {
              if (!ok) return
              addId(person.id)
              setCreating(null)
            })
          }}
        />
      ) : null}
    </div>
  )
}
