import { expect, test } from 'vitest'
import { twoWriters } from '../soak/two-writers'

// Two laptops on one network share, two windows each, saving one visit at once (the soak runs
// this for 30 s: `npm run test:soak`).
test('of two processes saving over the same revision exactly one succeeds, and no acknowledged save is lost', async () => {
  const result = await twoWriters(8)
  expect(result.acknowledged).toBeGreaterThan(10)
  expect(result.conflicts).toBeGreaterThan(0)
  expect(result.twice).toEqual([])
  expect(result.lost).toEqual([])
  expect(result.finalRevision).toBe(result.acknowledged + 1)
}, 120_000)
