import { en } from './messages.en'
import { ru, type MessageKey, type Messages } from './messages.ru'

export type { MessageKey }

export type Lang = 'ru' | 'en'
export type MessageParams = Record<string, string | number>

const CATALOGUES: Record<Lang, Messages> = { ru, en }

/**
 * Looks up a dotted key ('conflicts.kind.night') and fills {{placeholders}}, as i18next does,
 * for code that runs without i18next (CLI, exports). Unknown keys come back as the key itself.
 */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return translateComputed(lang, key, params)
}

/**
 * As translate, for a key computed at run time (a domain fact's or an error's): unknown keys come
 * back as the key itself.
 */
export function translateComputed(lang: Lang, key: string, params: MessageParams = {}): string {
  let node: unknown = CATALOGUES[lang]
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined
  }
  if (typeof node !== 'string') return key
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    if (!Object.hasOwn(params, name)) return ''
    const value = String(params[name])
    // A parameter that is itself a message key ('import.reasons.empty') is said translated.
    return isMessageKey(value) ? translateComputed(lang, value) : value
  })
}

/** Whether `value` is a key of the catalogues whose message is a plain string. */
export function isMessageKey(value: string): boolean {
  if (!/^[a-z][A-Za-z]*(\.[A-Za-z]+)+$/.test(value)) return false
  let node: unknown = CATALOGUES.ru
  for (const part of value.split('.'))
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined
  return typeof node === 'string'
}
