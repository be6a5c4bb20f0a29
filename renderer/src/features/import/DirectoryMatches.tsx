import { useTranslation } from 'react-i18next'
import type { Directory } from '../../../../shared/domain/directory'
import type { ImportDraft } from '../../../../shared/import/draft'
import { matchPerson, matchVenue, type MatchHow } from '../../../../shared/import/match-directory'

/** The officer's answers: a name (places) or a person key (people) → directory id, null for new. */
export interface MatchAnswers {
  venues: Record<string, string | null>
  persons: Record<string, string | null>
}

/** The places of the kept items, each once, as written. */
export function placeNames(draft: ImportDraft, keptItems: ReadonlySet<string>): string[] {
  const names = draft.items
    .filter((i) => keptItems.has(i.key) && i.venueName?.trim())
    .map((i) => i.venueName!.trim())
  return [...new Set(names)]
}

/** The directory's suggestion for every place and person of the draft. */
export function suggestedAnswers(draft: ImportDraft, directory: Directory): MatchAnswers {
  const venues: MatchAnswers['venues'] = {}
  for (const name of placeNames(draft, new Set(draft.items.map((i) => i.key))))
    venues[name] = matchVenue(name, directory.venues)?.entry.id ?? null
  const persons: MatchAnswers['persons'] = {}
  for (const p of draft.people)
    persons[p.key] = matchPerson(p.fullName, directory.people)?.entry.id ?? null
  return { venues, persons }
}

interface Row {
  key: string
  name: string
  how: MatchHow | null
  options: { id: string; label: string }[]
  value: string | null
  set(id: string | null): void
}

export interface DirectoryMatchesProps {
  draft: ImportDraft
  directory: Directory
  keptItems: ReadonlySet<string>
  keptPeople: ReadonlySet<string>
  answers: MatchAnswers
  onChange(next: MatchAnswers): void
}

/** Each place and person read, with the directory entry it is taken for; the officer confirms. */
export function DirectoryMatches(props: DirectoryMatchesProps) {
  const { draft, directory, keptItems, keptPeople, answers, onChange } = props
  const { t } = useTranslation()
  const venueOptions = [...directory.venues]
    .sort((a, b) => a.name.localeCompare(b.name, 'ru'))
    .map((v) => ({ id: v.id, label: v.name }))
  const peopleOptions = [...directory.people]
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'ru'))
    .map((p) => ({ id: p.id, label: p.fullName }))
  const places: Row[] = placeNames(draft, keptItems).map((name) => ({
    key: name,
    name,
    how: matchVenue(name, directory.venues)?.how ?? null,
    options: venueOptions,
    value: answers.venues[name] ?? null,
    set: (id) => onChange({ ...answers, venues: { ...answers.venues, [name]: id } }),
  }))
  const people: Row[] = draft.people
    .filter((p) => keptPeople.has(p.key))
    .map((p) => ({
      key: p.key,
      name: p.fullName,
      how: matchPerson(p.fullName, directory.people)?.how ?? null,
      options: peopleOptions,
      value: answers.persons[p.key] ?? null,
      set: (id) => onChange({ ...answers, persons: { ...answers.persons, [p.key]: id } }),
    }))
  if (places.length === 0 && people.length === 0) return null

  const list = (title: string, rows: Row[]) =>
    rows.length === 0 ? null : (
      <>
        <h3>{title}</h3>
        <ul className="review-list match-list">
          {rows.map((row) => (
            <li key={row.key} data-testid="match-row">
              <span className="match-name">{row.name}</span>
              <select
                aria-label={row.name}
                value={row.value ?? ''}
                onChange={(e) => row.set(e.target.value || null)}
              >
                <option value="">{t('import.match.newEntry', { name: row.name })}</option>
                {row.options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
              <span className={`muted small${row.how === 'similar' ? ' match-check' : ''}`}>
                {row.how ? t(`import.match.found.${row.how}`) : t('import.match.none')}
              </span>
            </li>
          ))}
        </ul>
      </>
    )

  return (
    <section aria-labelledby="review-matches">
      <h2 id="review-matches">{t('import.match.title')}</h2>
      <p className="muted small">{t('import.match.hint')}</p>
      {list(t('import.match.places'), places)}
      {list(t('import.match.people'), people)}
    </section>
  )
}
