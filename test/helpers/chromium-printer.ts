import { existsSync } from 'node:fs'
import { afterAll } from 'vitest'
import {
  ChromiumPdfPrinter,
  defaultChromiumPath,
} from '../../electron/node-host/pdf-printer-chromium'

/** Debian's Chromium is here: the PDF tests run (else they are reported skipped). */
export const hasChromium = existsSync(defaultChromiumPath())

/** One printer for a test file, closed after its last test. */
export function filePrinter(): ChromiumPdfPrinter {
  const printer = new ChromiumPdfPrinter()
  afterAll(() => printer.close())
  return printer
}
