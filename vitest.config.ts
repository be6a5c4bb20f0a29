import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/services/**/*.test.ts',
      'test/electron-main/**/*.test.ts',
    ],
    environment: 'node',
    // Tests seal passport data with a key of their own, never the officer's.
    env: { DELEGATION_PLANNER_KEY_FILE: join(tmpdir(), 'dp-test-keys', 'personal-data.key') },
    // A ceiling for a hung test, not a speed check (speed is `npm run bench`): a test that spawns
    // the CLI twice with import workers took 20 s under `stress-ng --cpu 2` (test:stability).
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
})
