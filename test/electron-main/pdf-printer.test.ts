import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { describe, expect, test, vi } from 'vitest'

vi.mock('electron', () => ({}))

const { createElectronPdfPrinter, PRINT_WINDOW_OPTIONS } =
  await import('../../electron/main/pdf-printer-electron')

describe('the Electron PDF printer', () => {
  test('prints the page from a private temporary file in a script-less window, then cleans up', async () => {
    const seen: { file?: string; html?: string; options?: unknown; destroyed: boolean } = {
      destroyed: false,
    }
    class FakeWindow {
      constructor(options: unknown) {
        seen.options = options
      }
      async loadFile(file: string) {
        seen.file = file
        seen.html = await readFile(file, 'utf8')
      }
      webContents = {
        printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 fake')),
      }
      destroy() {
        seen.destroyed = true
      }
    }
    const printer = createElectronPdfPrinter(FakeWindow as never)
    const pdf = await printer.print('<p>Справка</p>')
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake')
    expect(seen.html).toBe('<p>Справка</p>')
    expect(seen.destroyed).toBe(true)
    expect(existsSync(seen.file!)).toBe(false)
    const prefs = PRINT_WINDOW_OPTIONS.webPreferences!
    expect(seen.options).toBe(PRINT_WINDOW_OPTIONS)
    expect(prefs.javascript).toBe(false)
    expect(prefs.sandbox).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.contextIsolation).toBe(true)
  })

  test('a failed print still closes the window and removes the file', async () => {
    let file = ''
    let destroyed = false
    class FailingWindow {
      async loadFile(f: string) {
        file = f
      }
      webContents = {
        printToPDF: async () => {
          throw new Error('printing failed')
        },
      }
      destroy() {
        destroyed = true
      }
    }
    const printer = createElectronPdfPrinter(FailingWindow as never)
    await expect(printer.print('<p>x</p>')).rejects.toThrow('printing failed')
    expect(destroyed).toBe(true)
    expect(existsSync(file)).toBe(false)
  })
})
