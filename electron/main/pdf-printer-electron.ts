import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import type { PdfPrinter } from '../services/pdf-printer'

/** The hidden print window: no script, no Node, sandboxed; it only lays out the static page. */
export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  width: 794,
  height: 1123,
  webPreferences: {
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  },
}

type WindowFactory = new (
  options: BrowserWindowConstructorOptions,
) => Pick<BrowserWindow, 'loadFile' | 'destroy' | 'webContents'>

/**
 * Electron's printer: the same Chromium engine as browser mode, so the same pages. The page goes
 * through a private temporary file (a data: URL would hit Chromium's 2 MB URL limit with the
 * inlined fonts), removed right after printing since it may hold personal data.
 */
export function createElectronPdfPrinter(Window: WindowFactory): PdfPrinter {
  return {
    async print(html) {
      const dir = await mkdtemp(join(tmpdir(), 'dp-print-'))
      const file = join(dir, 'briefing.html')
      const win = new Window(PRINT_WINDOW_OPTIONS)
      try {
        await writeFile(file, html, { mode: 0o600 })
        await win.loadFile(file)
        const pdf = await win.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
        })
        return new Uint8Array(pdf)
      } finally {
        win.destroy()
        await rm(dir, { recursive: true, force: true })
      }
    },
    async close() {},
  }
}
