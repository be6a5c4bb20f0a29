import { describe, expect, test } from 'vitest'
import { renderBriefingHtml } from '../../shared/briefing/render-briefing-html'
import { buildBriefing } from '../../shared/briefing/build-briefing'
import { sameProgramme } from '../../shared/domain/editions'
import { diffProgrammes } from '../../shared/wording/programme-changes'
import { defaultPlanningSettings } from '../../shared/domain/planning'
import { zhambyl } from '../helpers/zhambyl'

const { visit, directory } = zhambyl
const items = visit.items
const npp = items.find((i) => i.title.includes('Ленинградскую АЭС'))!

describe('what changed between editions', () => {
  test('added, removed, moved to another day, retimed, another venue, people, renamed', () => {
    const after = [
      ...items
        .filter((i) => i.id !== items[0]!.id)
        .map((i) => {
          if (i.id === npp.id) return { ...i, date: '2025-11-21', start: '10:00', end: '11:30' }
          if (i.id === items[2]!.id)
            return { ...i, start: '17:00', end: '18:00', title: 'Новое название' }
          if (i.id === items[3]!.id)
            return {
              ...i,
              venueId: 'gatchina-palace',
              participantIds: [...i.participantIds.slice(1), 'p-voronkov'],
            }
          return i
        }),
      {
        ...items[1]!,
        id: 'extra',
        title: 'Пресс-подход',
        date: '2025-11-19',
        start: '13:00',
        end: '13:15',
      },
    ]
    const changes = diffProgrammes(items, after, directory)
    const kinds = changes.map((c) => c.kind).sort()
    expect(kinds).toEqual(
      expect.arrayContaining([
        'added',
        'removed',
        'moved',
        'retimed',
        'venue',
        'participants',
        'renamed',
      ]),
    )
    const text = changes.map((c) => c.text).join('\n')
    expect(text).toContain('«Экскурсия на Ленинградскую АЭС» перенесено с')
    expect(text).toContain('на 21.11.2025 10:00–11:30')
    expect(text).toContain('Добавлено: 19.11.2025, 13:00–13:15 — «Пресс-подход».')
    expect(text).toContain(`Исключено: ${items[0]!.date.split('-').reverse().join('.')}`)
    expect(text).toContain('добавлены Воронков Михаил')
    // In programme order.
    const order = changes.map((c) => `${c.date} ${c.start ?? '99:99'}`)
    expect(order).toEqual([...order].sort())
  })

  test('the same programme in another order is the same; any field change is not', () => {
    expect(sameProgramme(items, [...items].reverse())).toBe(true)
    expect(
      sameProgramme(
        items,
        items.map((i) => (i.id === npp.id ? { ...i, notes: 'NB' } : i)),
      ),
    ).toBe(false)
    expect(diffProgrammes(items, [...items].reverse(), directory)).toEqual([])
  })

  test('the briefing carries its edition, and the changes since the one before', () => {
    const context = {
      generatedAt: new Date('2025-11-15T15:40:00Z'),
      today: '2025-11-15',
      settings: defaultPlanningSettings(),
      history: [],
    }
    const moved = items.map((i) => (i.id === npp.id ? { ...i, start: '12:00', end: '13:30' } : i))
    const editions = [
      { number: 1, issuedAt: '2025-11-10T09:00:00.000Z', items },
      { number: 2, issuedAt: '2025-11-15T15:40:00.000Z', items: moved },
    ]
    const doc = buildBriefing({ ...visit, items: moved }, directory, {}, { ...context, editions })
    expect(doc.edition).toBe('Редакция 2 от 15.11.2025 18:40')
    const changes = doc.sections.find((s) => s.id === 'changes')
    expect(changes).toMatchObject({ heading: 'Изменения по сравнению с редакцией 1' })
    if (changes?.kind !== 'changes') throw new Error('no changes page')
    expect(changes.paragraphs[0]).toContain('время изменено')
    // The marked-up table: one row per change, marked by its kind, the new time with the old.
    expect(changes.columns).toEqual(['Дата', 'Время', 'Мероприятие', 'Изменение'])
    expect(changes.rows[0]!.mark).toBe('retimed')
    expect(changes.rows[0]!.cells[1]).toMatch(/^\d\d:\d\d–\d\d:\d\d \(было \d\d:\d\d/)
    expect(changes.rows[0]!.cells[3]).toBe('Изменено время')
    expect(renderBriefingHtml(doc, { fontCss: '' })).toContain('<tr class="mark-retimed">')
    // Edited after edition 2: a draft, compared with edition 2.
    const draft = buildBriefing({ ...visit, items }, directory, {}, { ...context, editions })
    expect(draft.edition).toBe('Проект (после редакции 2)')
    expect(draft.sections.find((s) => s.id === 'changes')).toMatchObject({
      heading: 'Изменения по сравнению с редакцией 2',
    })
    // Before any edition there is no label and no changes page.
    const fresh = buildBriefing(visit, directory, {}, context)
    expect(fresh.edition).toBe('')
    expect(fresh.sections.some((s) => s.id === 'changes')).toBe(false)
  })
})
