/* global console, process */
// Adds up the Vitest and Playwright reports into one closing line: 'N passed, N failed, N skipped'.
import { readFileSync } from 'node:fs'

const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}
let passed = 0
let failed = 0
let skipped = 0
const vitest = read('reports/vitest.json')
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
  skipped += vitest.numPendingTests + vitest.numTodoTests
}
const playwright = read('reports/playwright.json')
if (playwright) {
  passed += playwright.stats.expected
  failed += playwright.stats.unexpected + playwright.stats.flaky
  skipped += playwright.stats.skipped
}
if (!vitest || !playwright) {
  console.log('tests: a report is missing (reports/vitest.json or reports/playwright.json)')
  failed += 1
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exitCode = failed > 0 || passed === 0 ? 1 : 0
