import { fork, type ChildProcess } from 'node:child_process'
import { AppError, ERROR_CODES, type ErrorCode } from '../../shared/api/errors'
import type { PdfPrinter } from '../services/pdf-printer'
import type { PrintAnswer, PrintRequest } from './print-process'

type Waiting = { resolve: (pdf: Uint8Array) => void; reject: (error: Error) => void }

const stopped = () =>
  new AppError('io', 'the print process stopped', { key: 'briefing.options.printerMissing' })

/**
 * Prints through a child process running the Chromium printer (print-process.ts): the host keeps
 * its memory for the archive. The process is started on first use and again after a crash; a
 * print under way when it dies fails with a translated error and the next one starts it afresh.
 */
export class ProcessPdfPrinter implements PdfPrinter {
  private child: ChildProcess | null = null
  private next = 1
  private readonly waiting = new Map<number, Waiting>()

  constructor(private readonly entry: string) {}

  private process(): ChildProcess {
    if (this.child) return this.child
    const child = fork(this.entry, [], {
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    child.on('message', (answer: PrintAnswer) => this.answer(answer))
    const gone = () => {
      if (this.child === child) this.child = null
      for (const waiting of this.waiting.values()) waiting.reject(stopped())
      this.waiting.clear()
    }
    child.on('exit', gone)
    child.on('error', gone)
    this.child = child
    return child
  }

  private answer(answer: PrintAnswer): void {
    const waiting = this.waiting.get(answer.id)
    if (!waiting) return
    this.waiting.delete(answer.id)
    if ('pdf' in answer) return waiting.resolve(answer.pdf)
    const { code, message, details } = answer.error
    const known = (ERROR_CODES as readonly string[]).includes(code)
    waiting.reject(
      new AppError(
        known ? (code as ErrorCode) : 'internal',
        message,
        details as AppError['details'],
      ),
    )
  }

  private ask(request: Omit<PrintRequest, 'id'>): Promise<Uint8Array> {
    const id = this.next++
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      this.process().send({ ...request, id } as PrintRequest)
    })
  }

  /** Starts the print process and its browser ahead of the first print. */
  async warmUp(): Promise<void> {
    await this.ask({ warm: true })
  }

  print(html: string): Promise<Uint8Array> {
    return this.ask({ html })
  }

  async close(): Promise<void> {
    const child = this.child
    if (!child) return
    const gone = new Promise((resolve) => child.once('exit', resolve))
    child.disconnect()
    const killed = setTimeout(() => child.kill('SIGKILL'), 5_000)
    await gone
    clearTimeout(killed)
  }
}
