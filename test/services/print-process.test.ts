import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { isAppError } from '../../shared/api/errors'
import { defaultChromiumPath } from '../../electron/node-host/pdf-printer-chromium'
import { ProcessPdfPrinter } from '../../electron/node-host/pdf-printer-process'

// The browser-mode host prints through a child process (Chromium's driver stays out of the host's
// memory). `npm test` builds before the unit tests; the built entry is the one `npm start` runs.
const entry = 'out/node-host/print-process.js'
const ready = existsSync(entry) && existsSync(defaultChromiumPath())
const printer = new ProcessPdfPrinter(entry)
afterAll(() => printer.close())

describe.skipIf(!ready)('the print process', () => {
  test('prints a page, survives its own crash with a translated error, and prints again', async () => {
    const pdf = await printer.print('<!doctype html><p>Программа визита</p>')
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-')

    // Killed in the middle of a print: the print fails in words the officer can read…
    const child = (printer as unknown as { child: { kill(signal: string): void } }).child
    const pending = printer.print('<!doctype html><p>Вторая</p>')
    child.kill('SIGKILL')
    const error: unknown = await pending.catch((e: unknown) => e)
    expect(isAppError(error) && error.details?.key).toBe('briefing.options.printerMissing')

    // …and the next print starts the process again.
    const again = await printer.print('<!doctype html><p>Третья</p>')
    expect(Buffer.from(again.subarray(0, 5)).toString()).toBe('%PDF-')
  })
})

describe.skipIf(!existsSync('out/node-host/index.js'))('the built host', () => {
  test('loads no big library at start: Chromium’s driver, Word, Excel and mammoth load when used', () => {
    // The static imports of the host's entry, followed through its chunks.
    const seen = new Set<string>()
    const packages = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      const text = readFileSync(file, 'utf8')
      for (const [, from] of text.matchAll(/^import\s[^;]*?from\s*"([^"]+)"/gm)) {
        if (from!.startsWith('.')) visit(join(dirname(file), from!))
        else packages.add(from!)
      }
    }
    visit('out/node-host/index.js')
    expect(seen.size).toBeGreaterThan(2)
    for (const heavy of ['playwright-core', 'docx', 'exceljs', 'mammoth'])
      expect([...packages]).not.toContain(heavy)
  })
})
