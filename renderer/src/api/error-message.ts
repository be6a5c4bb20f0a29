import type { TFunction } from 'i18next'
import { AppError } from '../../../shared/api/errors'

/** The officer-facing sentence for any error, from its message key; never raw exception text. */
export function errorMessage(t: TFunction, err: unknown): string {
  const key = err instanceof AppError ? err.details?.key : undefined
  if (key && /^[a-zA-Z.]+$/.test(key)) {
    const text = t(key, { defaultValue: '' })
    if (text) return text
  }
  return t('error.unknown')
}
