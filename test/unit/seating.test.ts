import { describe, expect, test } from 'vitest'
import type { Person } from '../../shared/domain/people'
import { seatOffsets, seatingFor, swapSeats } from '../../shared/domain/seating'

const p = (id: string, side: 'guest' | 'host', precedence: number): Person => ({
  id,
  fullName: id,
  side,
  precedence,
  position: '',
  languages: [],
})
const people = [
  p('g3', 'guest', 3),
  p('g1', 'guest', 1),
  p('g2', 'guest', 2),
  p('h1', 'host', 1),
  p('h2', 'host', 2),
]
const names = (list: Person[]) => list.map((x) => x.id)

describe('seating', () => {
  test('heads in the centre, then alternating right and left by rank', () => {
    expect(seatOffsets(5)).toEqual([0, 1, -1, 2, -2])
    const plan = seatingFor({ participantIds: ['g3', 'h2', 'g1', 'h1', 'g2'] }, { people })
    expect(names(plan.guest)).toEqual(['g1', 'g2', 'g3'])
    expect(names(plan.host)).toEqual(['h1', 'h2'])
  })
  test("the officer's order wins; people who left drop out, newcomers join by rank", () => {
    const plan = seatingFor(
      {
        participantIds: ['g1', 'g2', 'g3', 'h1'],
        seating: { guest: ['g2', 'gone', 'g1'], host: [] },
      },
      { people },
    )
    expect(names(plan.guest)).toEqual(['g2', 'g1', 'g3'])
  })
  test('swapping two seats keeps the other side', () => {
    const plan = seatingFor({ participantIds: ['g1', 'g2', 'h1', 'h2'] }, { people })
    expect(swapSeats(plan, 'host', 'h1', 'h2')).toEqual({ guest: ['g1', 'g2'], host: ['h2', 'h1'] })
  })
})
