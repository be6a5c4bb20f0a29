// The browser-mode host's printer, in a process of its own: Chromium's driver (playwright-core,
// ~90 MB once loaded) stays out of the host, as Electron's printing stays out of its main process.
// Messages: { id, html } prints, { id, warm: true } starts the browser; each gets one answer.
import { AppError } from '../../shared/api/errors'
import { ChromiumPdfPrinter } from './pdf-printer-chromium'

export type PrintRequest = { id: number; html: string } | { id: number; warm: true }
export type PrintAnswer =
  | { id: number; pdf: Uint8Array }
  | { id: number; error: { code: string; message: string; details?: unknown } }

const printer = new ChromiumPdfPrinter()

process.on('message', (request: PrintRequest) => {
  const work =
    'html' in request
      ? printer.print(request.html).then((pdf) => ({ id: request.id, pdf }))
      : printer.warmUp().then(() => ({ id: request.id, pdf: new Uint8Array() }))
  void work
    .catch((error: unknown) => ({
      id: request.id,
      error:
        error instanceof AppError
          ? error.toInfo()
          : { code: 'internal', message: error instanceof Error ? error.message : String(error) },
    }))
    .then((answer: PrintAnswer) => process.send?.(answer))
})

// The host gone (closed or killed): close the browser and leave.
process.on('disconnect', () => void printer.close().finally(() => process.exit(0)))
