import { zhambyl } from '../helpers/zhambyl'
import { describe, expect, test } from 'vitest'
import { JOURNAL_COLUMNS, journalCells, journalEntries } from '../../shared/domain/journal'
import { shiftVisitDates } from '../../shared/domain/templates'
import { formatShortDate } from '../../shared/time/local-date'

const template = zhambyl
const visit = shiftVisitDates(template.visit, '2026-12-07')
const directory = template.directory

describe('the journal of receptions of foreign citizens', () => {
  test('one entry per meeting, talks, signing or reception where guests met the host side', () => {
    const entries = journalEntries([visit], directory, '2026-12-01', '2026-12-31')
    expect(entries.map((e) => [e.number, e.date, e.itemId])).toEqual([
      [1, '2026-12-08', 'i05'],
      [2, '2026-12-08', 'i09'],
      [3, '2026-12-10', 'i20'],
      [4, '2026-12-10', 'i21'],
      [5, '2026-12-10', 'i22'],
    ])
    const first = entries[0]!
    expect(first.place).toBe('')
    expect(first.foreigners[0]).toEqual({
      name: 'Есмагамбетова Айжан Серикбаевна',
      position: 'Заместитель акима Жамбылской области, руководитель делегации',
      country: 'Казахстан',
      organisation: 'Акимат Жамбылской области',
    })
    expect(first.hosts.map((h) => h.name)).toContain('Кялин Александр')
    expect(first.purpose).toMatch(/^Встреча с вице-губернатором/)
    // The visit's objectives are not repeated in every entry.
    expect(entries.every((e) => !e.purpose.includes('Укрепление межрегиональных связей'))).toBe(
      true,
    )
    expect(first.missing).toEqual(['summary', 'basis', 'authorisedBy', 'report'])
  })

  test('the period bounds, outgoing and cancelled visits, and the officer’s completions', () => {
    expect(journalEntries([visit], directory, '2026-12-09', '2026-12-09')).toEqual([])
    expect(
      journalEntries([{ ...visit, direction: 'outgoing' }], directory, '2026-01-01', '2026-12-31'),
    ).toEqual([])
    expect(
      journalEntries([{ ...visit, status: 'cancelled' }], directory, '2026-01-01', '2026-12-31'),
    ).toEqual([])
    const completed = {
      ...visit,
      journal: {
        basis: 'Распоряжение Губернатора № 1-рг',
        authorisedBy: 'Вице-губернатор',
        report: '',
      },
      items: visit.items.map((i) =>
        i.id === 'i05'
          ? {
              ...i,
              journal: { summary: 'Обсуждены образовательные проекты.', report: 'Губернатору' },
            }
          : i,
      ),
    }
    const [e1, e2] = journalEntries([completed], directory, '2026-12-08', '2026-12-08')
    expect(e1!.missing).toEqual([])
    expect(e1!.report).toBe('Губернатору')
    expect(e2!.basis).toBe('Распоряжение Губернатора № 1-рг')
    expect(e2!.missing).toEqual(['summary', 'report'])
    const cells = journalCells(e1!, (d) => formatShortDate(d, 'ru'))
    expect(cells).toHaveLength(JOURNAL_COLUMNS.length)
    expect(cells[1]).toMatch(/^08\.12\.2026, 10:00–11:00/)
    expect(cells[4]).toBe('Обсуждены образовательные проекты.')
  })
})
