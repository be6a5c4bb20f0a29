import { useTranslation } from 'react-i18next'
import type { Conflict } from '../../../../shared/domain/conflicts'
import { describeConflict } from '../../../../shared/wording/describe'
import { formatShortDate, type UiLanguage } from '../../../../shared/time/local-date'
import { computedKeys } from '../../i18n/computed-keys'

export interface ConflictsPanelProps {
  conflicts: Conflict[]
  /** Shows the items of a conflict in the programme. */
  onJump(conflict: Conflict): void
  activeId?: string
}

/** The programme check: every conflict in words, most severe first; a click shows its items. */
export function ConflictsPanel({ conflicts, onJump, activeId }: ConflictsPanelProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as UiLanguage
  const errors = conflicts.filter((c) => c.severity === 'error').length
  const warnings = conflicts.length - errors
  return (
    <section className="conflicts" aria-labelledby="conflicts-title" data-testid="conflicts-panel">
      <h2 id="conflicts-title">{t('conflicts.title')}</h2>
      {conflicts.length === 0 ? (
        <p className="muted">{t('conflicts.none')}</p>
      ) : (
        <>
          <p className="muted small">{t('conflicts.summary', { errors, warnings })}</p>
          <ul className="conflict-list">
            {conflicts.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className={`conflict conflict-${c.severity}${activeId === c.id ? ' conflict-active' : ''}`}
                  data-kind={c.kind}
                  onClick={() => onJump(c)}
                  title={t('conflicts.show')}
                >
                  <span className="conflict-severity">{t(`conflicts.severity.${c.severity}`)}</span>
                  {c.date ? (
                    <span className="conflict-date">{formatShortDate(c.date, lang)}</span>
                  ) : null}
                  <span className="conflict-text">{describeConflict(c, computedKeys(t))}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

/** Conflicts by item id, for markers on the items. */
export function conflictsByItem(conflicts: Conflict[]): Map<string, Conflict[]> {
  const map = new Map<string, Conflict[]>()
  for (const c of conflicts)
    for (const id of c.itemIds) {
      const list = map.get(id) ?? []
      list.push(c)
      map.set(id, list)
    }
  return map
}
