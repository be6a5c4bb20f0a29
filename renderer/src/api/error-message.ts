import type { TFunction } from 'i18next'
import { AppError } from '../../../shared/api/errors'
import { isMessageKey } from '../../../shared/i18n/translate'
import { computedKeys } from '../i18n/computed-keys'

/** The officer-facing sentence for any error, from its message key; never raw exception text. */
export function errorMessage(t: TFunction, err: unknown): string {
  const say = computedKeys(t)
  const key = err instanceof AppError ? err.details?.key : undefined
  if (key && isMessageKey(key)) {
    // The error's other details fill the message ('версия данных {{version}}'); only plain values.
    const params: Record<string, string | number> = {}
    for (const [name, value] of Object.entries(err instanceof AppError ? (err.details ?? {}) : {}))
      if (name !== 'key' && (typeof value === 'string' || typeof value === 'number'))
        params[name] =
          typeof value !== 'string'
            ? value
            : isMessageKey(value)
              ? say(value) // a reason given as a message key is said translated
              : value.slice(0, 300)
    return say(key, params)
  }
  return t('error.unknown')
}
