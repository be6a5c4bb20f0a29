import { describe, expect, test } from 'vitest'
import { mergeVisits } from '../../shared/domain/merge'
import { aVisit, anItem } from '../helpers/builders'

const base = aVisit({
  title: 'Визит',
  notes: '',
  participantIds: ['a', 'b'],
  items: [
    anItem({ id: 'i1', title: 'Встреча', start: '10:00', end: '11:00' }),
    anItem({ id: 'i2', title: 'Обед', start: '13:00', end: '14:00' }),
    anItem({ id: 'i3', title: 'Экскурсия', start: '15:00', end: '17:00' }),
  ],
})

describe('three-way merge of a visit', () => {
  test('changes on one side are taken from either side; nothing is lost', () => {
    const ours = {
      ...base,
      notes: 'наша заметка',
      participantIds: ['a', 'b', 'c'],
      items: base.items.map((i) => (i.id === 'i1' ? { ...i, start: '10:30', end: '11:30' } : i)),
    }
    const theirs = {
      ...base,
      title: 'Визит делегации',
      participantIds: ['a', 'd'],
      items: [
        ...base.items.filter((i) => i.id !== 'i3'),
        anItem({ id: 'i4', title: 'Подход к прессе', start: '18:00' }),
      ],
    }
    const { merged, conflicts, taken } = mergeVisits(base, ours, theirs)
    expect(conflicts).toEqual([])
    expect(merged.title).toBe('Визит делегации')
    expect(merged.notes).toBe('наша заметка')
    expect(merged.items.map((i) => i.id)).toEqual(['i1', 'i2', 'i4'])
    expect(merged.items[0]!.start).toBe('10:30')
    // b removed by them, c added by us, d added by them.
    expect(merged.participantIds).toEqual(['a', 'c', 'd'])
    expect(taken).toBeGreaterThanOrEqual(3)
  })

  test('the same item or field changed differently is a conflict, settled by the officer', () => {
    const ours = {
      ...base,
      notes: 'наше',
      items: base.items.map((i) => (i.id === 'i2' ? { ...i, title: 'Обед в ресторане' } : i)),
    }
    const theirs = {
      ...base,
      notes: 'их',
      items: base.items
        .map((i) => (i.id === 'i2' ? { ...i, title: 'Обед в университете' } : i))
        .filter((i) => i.id !== 'i1'),
    }
    const first = mergeVisits(
      base,
      {
        ...ours,
        items: ours.items.map((i) => (i.id === 'i1' ? { ...i, title: 'Встреча (изм.)' } : i)),
      },
      theirs,
    )
    expect(first.conflicts.map((c) => c.key)).toEqual(['field:notes', 'items:i1', 'items:i2'])
    // Until decided: our side.
    expect(first.merged.notes).toBe('наше')
    expect(first.conflicts.find((c) => c.key === 'items:i1')!.theirs).toBeUndefined()
    const settled = mergeVisits(base, ours, theirs, {
      'field:notes': 'theirs',
      'items:i2': 'theirs',
    })
    expect(settled.merged.notes).toBe('их')
    expect(settled.merged.items.find((i) => i.id === 'i2')!.title).toBe('Обед в университете')
    // i1 unchanged by us, removed by them: removed without a conflict.
    expect(settled.merged.items.some((i) => i.id === 'i1')).toBe(false)
  })

  test('without a shared version every difference is a conflict and one-sided records stay', () => {
    const ours = { ...base, notes: 'x' }
    const theirs = {
      ...base,
      notes: 'y',
      items: [...base.items, anItem({ id: 'i9', title: 'Новое' })],
    }
    const { merged, conflicts } = mergeVisits(undefined, ours, theirs)
    expect(conflicts.map((c) => c.key)).toEqual(['field:notes'])
    expect(merged.items.map((i) => i.id)).toContain('i9')
  })
})
