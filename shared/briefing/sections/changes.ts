import { sameProgramme, type Edition } from '../../domain/editions'
import { diffProgrammes } from '../../wording/programme-changes'
import { formatShortDate } from '../../time/local-date'
import { wallTimeIn } from '../../time/zones'
import type { BriefingSection } from '../briefing-document'
import { timeRange, type BriefingScope } from '../scope'

/**
 * The edition this document is: the last one issued if the programme is still as issued,
 * otherwise a draft after it; and the edition the changes section compares with.
 */
export function editionOf(s: BriefingScope): {
  label: string
  last: Edition | undefined
  compareWith: Edition | undefined
} {
  const { t, visit, lang } = s
  const editions = s.context.editions ?? []
  const last = editions.at(-1)
  if (!last) return { label: '', last, compareWith: undefined }
  const current = sameProgramme(last.items, visit.items)
  const w = wallTimeIn(new Date(last.issuedAt), visit.timeZone)
  const label = current
    ? t('editions.label', {
        number: last.number,
        date: `${formatShortDate(w.date, lang)} ${w.time}`,
      })
    : t('editions.draftLabel', { number: last.number })
  return { label, last, compareWith: current ? editions.at(-2) : last }
}

/** What changed since the edition before: a sentence and a row per change. */
export function changesSection(s: BriefingScope): BriefingSection | null {
  const { t, visit, lang, directory } = s
  const { last, compareWith } = editionOf(s)
  // The first edition has nothing to compare with: no section (its number is in the footer).
  if (!last || !compareWith) return null
  const changes = diffProgrammes(compareWith.items, visit.items, directory, lang)
  const now = new Map(visit.items.map((i) => [i.id, i]))
  const was = new Map(compareWith.items.map((i) => [i.id, i]))
  return {
    kind: 'changes',
    id: 'changes',
    heading: t('editions.changesHeading', { number: compareWith.number }),
    paragraphs: changes.length ? changes.map((c) => c.text) : [t('editions.noChanges')],
    columns: [
      t('briefing.columns.date'),
      t('briefing.columns.time'),
      t('briefing.columns.event'),
      t('editions.change'),
    ],
    rows: changes.map((c) => {
      const item = now.get(c.itemId) ?? was.get(c.itemId)
      const before = was.get(c.itemId)
      const time = item ? timeRange(item, t) : ''
      return {
        cells: [
          formatShortDate(c.date, lang),
          c.kind === 'retimed' && before
            ? `${time} (${t('editions.was', { time: timeRange(before, t) })})`
            : time,
          item?.title || (item ? t(`itemKind.${item.kind}`) : ''),
          t(`editions.kinds.${c.kind}`),
        ],
        mark: c.kind,
      }
    }),
  }
}
