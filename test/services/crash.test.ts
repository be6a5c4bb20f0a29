import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { crashCycle } from '../soak/crash-loop'
import { tempDir } from '../helpers/temp-dir'

// The short version of `npm run test:soak` (1,000 cycles): a saving process killed with SIGKILL
// at random moments keeps every acknowledged save, whole, and nothing is quarantined.
describe('crash safety', () => {
  test('SIGKILL while saving loses no acknowledged save', async () => {
    const dir = await tempDir()
    let acked = 0
    // Cycles until enough saves were acknowledged: a loaded machine saves fewer per cycle.
    for (let n = 0; n < 40 && (n < 6 || acked <= 20); n++) {
      const result = await crashCycle(dir, 30 + (n % 6) * 40)
      expect(result.lost).toEqual([])
      expect(result.quarantined).toBe(0)
      acked += result.acked
    }
    expect(acked).toBeGreaterThan(20)
    // Only the three visit files (and perhaps the temporary file of the save that was cut off).
    const names = (await readdir(join(dir, 'visits'))).filter((n) => !n.startsWith('.~dp-'))
    expect(names).toHaveLength(3)
  }, 240_000)
})
