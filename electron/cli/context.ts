import type { PlannerApi } from '../../shared/api/contract'
import type { ErrorInfo } from '../../shared/api/errors'
import { translateComputed, type MessageParams } from '../../shared/i18n/translate'
import type { Clock } from '../../shared/time/clock'

export interface CliIo {
  out(text: string): void
  err(text: string): void
}

/** The options every command may read (parsed once by runCli). */
export interface Values {
  json?: boolean
  start?: string
  'skip-weekends'?: boolean
  'skip-holidays'?: boolean
  out?: string
  lang?: string
  pocket?: boolean
  'programme-only'?: boolean
  variant?: string
  approval?: boolean
  waive?: boolean
  sensitive?: boolean
  person?: string
  year?: string
  venue?: string
  from?: string
  to?: string
  doc?: string
  format?: string
  item?: string
}

/** What a command runs with: the API, its words after the command name, the options, the output. */
export interface CliContext {
  api: PlannerApi
  rest: string[]
  values: Values
  io: CliIo
  clock: Clock
}

/** One command: answers the process's exit code. */
export type Command = (ctx: CliContext) => Promise<number>

/** Prints a value as indented JSON. */
export const printJson = (io: CliIo, value: unknown) =>
  io.out(`${JSON.stringify(value, null, 2)}\n`)

/** Says what went wrong on stderr and answers exit code 1. */
export function fail(io: CliIo, message: string): number {
  io.err(`${message}\n`)
  return 1
}

/**
 * An error of the API in the officer's words (Russian, as the app says it), with the technical
 * message after it for administrators' logs.
 */
export function failWith(io: CliIo, error: ErrorInfo): number {
  const { key, ...details } = error.details ?? {}
  const params = Object.fromEntries(
    Object.entries(details).filter(
      (e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number',
    ),
  ) satisfies MessageParams
  const said = key ? translateComputed('ru', key, params) : ''
  return fail(io, said && said !== key ? `${said} (${error.message})` : error.message)
}
