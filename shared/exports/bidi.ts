/**
 * Bidirectional controls: embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the
 * marks (U+200E, U+200F, U+061C). None belongs in the partners' languages (Russian, Kazakh,
 * Kyrgyz, Chinese, English), and in a title or a name they reorder what is printed
 * ('‮Договор' read backwards): every export leaves them out.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g

/** The text without bidirectional controls. */
export function neutraliseBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '')
}

/** A copy of plain data (a document model) with every string's bidirectional controls removed. */
export function neutraliseBidiDeep<T>(value: T): T {
  if (typeof value === 'string') return neutraliseBidi(value) as T
  if (Array.isArray(value)) return value.map((v: unknown) => neutraliseBidiDeep(v)) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(value)) out[key] = neutraliseBidiDeep(v)
    return out as T
  }
  return value
}
