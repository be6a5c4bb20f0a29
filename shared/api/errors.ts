export const ERROR_CODES = ['not-found', 'invalid', 'conflict', 'io', 'internal'] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** The serialisable form of an error as it crosses a process boundary. */
export interface ErrorInfo {
  code: ErrorCode
  message: string
  /** `key` names the translated message; other fields fill it in. */
  details?: { key?: string; [name: string]: unknown }
}

/** An error the UI can act on: it branches on `code`, and translates `details.key`. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly details: ErrorInfo['details']

  constructor(code: ErrorCode, message: string, details?: ErrorInfo['details']) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.details = details
  }

  toInfo(): ErrorInfo {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message }
  }
}

/** True for an AppError, also one re-created on the other side of a transport. */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError
}

export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: ErrorInfo }
