import { useTranslation } from 'react-i18next'

export interface CopyMergeListProps {
  title: string
  testId: string
  /** Each merged copy: its file, where it went, and what the merge did (empty lines skipped). */
  copies: { file: string; movedTo: string; lines: string[] }[]
}

/** The sync engines' copies of a shared file merged since the start, and what each brought. */
export function CopyMergeList({ title, testId, copies }: CopyMergeListProps) {
  const { t } = useTranslation()
  return (
    <>
      <h3>{title}</h3>
      <ul className="plain-list" data-testid={testId}>
        {copies.map((c) => (
          <li key={c.movedTo}>
            <code>{c.file}</code>
            {c.lines.filter(Boolean).map((line) => (
              <div key={line}>{line}</div>
            ))}
            <div className="muted small">
              {t('settings.directoryCopyMoved')} <code>{c.movedTo}</code>
            </div>
          </li>
        ))}
      </ul>
    </>
  )
}
