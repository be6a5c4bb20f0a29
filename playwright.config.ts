import { defineConfig } from '@playwright/test'
import { CHROMIUM_FLAGS } from './electron/node-host/pdf-printer-chromium'

/** Debian's Chromium; no browser is ever downloaded. The same flags as the PDF printer's. */
export const CHROMIUM_ARGS = CHROMIUM_FLAGS

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  outputDir: 'test-results',
  use: {
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    viewport: { width: 1360, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testDir: 'test/e2e/specs',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: CHROMIUM_ARGS,
        },
      },
    },
    { name: 'electron', testDir: 'test/electron' },
  ],
})
