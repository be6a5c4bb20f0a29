import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { AppError } from '../../shared/api/errors'
import type { PdfPrinter } from '../services/pdf-printer'

/** Flags for Debian's Chromium in a headless, offline, sandbox-less environment. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export const defaultChromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const unavailable = () =>
  new AppError('io', 'no Chromium to print with', { key: 'briefing.options.printerMissing' })

/**
 * Prints with Debian's Chromium through playwright-core (browser mode, CLI, tests). The browser is
 * started on first use and kept; each print gets a fresh context with JavaScript off and every
 * network request refused.
 */
export class ChromiumPdfPrinter implements PdfPrinter {
  private browser: Promise<Browser> | null = null

  constructor(private readonly executablePath = defaultChromiumPath()) {}

  private launch(): Promise<Browser> {
    if (!existsSync(this.executablePath)) return Promise.reject(unavailable())
    // Chromium's driver weighs ~90 MB once loaded: it is loaded with the first print, not at start.
    this.browser ??= import('playwright-core')
      .then(({ chromium }) =>
        chromium.launch({ executablePath: this.executablePath, args: CHROMIUM_FLAGS }),
      )
      .then((browser) => {
        browser.on('disconnected', () => (this.browser = null))
        return browser
      })
      .catch(() => {
        this.browser = null
        throw unavailable()
      })
    return this.browser
  }

  /** Starts the browser ahead of the first print (the app does this when it opens). */
  async warmUp(): Promise<void> {
    await this.launch()
  }

  async print(html: string): Promise<Uint8Array> {
    const browser = await this.launch()
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
    try {
      const page = await context.newPage()
      await page.route('**/*', (route) =>
        route.request().url().startsWith('data:') ? route.continue() : route.abort(),
      )
      await page.setContent(html, { waitUntil: 'load' })
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
      return new Uint8Array(pdf)
    } finally {
      await context.close()
    }
  }

  async close(): Promise<void> {
    const pending = this.browser
    this.browser = null
    if (pending) await pending.then((b) => b.close()).catch(() => undefined)
  }
}
