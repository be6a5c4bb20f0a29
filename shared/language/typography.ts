// Quotes and spaces as a proof-reader sets them. Russian: «…» outside, „…“ inside («Альбом
// „Гатчина“»); initials kept on the line of their surname (А.С.\u00a0Есмагамбетова). English:
// “…” outside, ‘…’ inside, never «».

/** «…«…»…» → «…„…“…»: the quotes inside quotes are the German-style ones. */
export function nestQuotesRu(text: string): string {
  if (!text.includes('«')) return text
  let depth = 0
  let out = ''
  for (const ch of text) {
    if (ch === '«') {
      out += depth === 0 ? '«' : '„'
      depth++
    } else if (ch === '»' && depth > 0) {
      depth--
      out += depth === 0 ? '»' : '“'
    } else out += ch
  }
  return out
}

/** «…» in an English text → “…”, and quotes inside them ‘…’. */
export function quotesEn(text: string): string {
  if (!/[«»„]/.test(text)) return text
  let depth = 0
  let out = ''
  for (const ch of text) {
    if (ch === '«' || ch === '„') {
      out += depth === 0 ? '“' : '‘'
      depth++
    } else if ((ch === '»' || ch === '“') && depth > 0) {
      depth--
      out += depth === 0 ? '”' : '’'
    } else out += ch
  }
  return out
}

/** 'А.С. Есмагамбетова', 'А. Кялин': a no-break space after the initials. */
export const keepInitials = (text: string): string =>
  text.replace(/((?:\p{Lu}\.){1,2}) (?=\p{Lu}\p{Ll})/gu, '$1\u00a0')

/** Every text of a document set for its language. */
export function typesetText(text: string, lang: 'ru' | 'en'): string {
  return lang === 'ru' ? keepInitials(nestQuotesRu(text)) : keepInitials(quotesEn(text))
}

/** A document model with every string typeset (numbers, flags and structure untouched). */
export function typesetDeep<T>(value: T, lang: 'ru' | 'en'): T {
  if (typeof value === 'string') return typesetText(value, lang) as T
  if (Array.isArray(value)) return value.map((v) => typesetDeep(v, lang)) as T
  if (value && typeof value === 'object') {
    // A part in another language (the English column of a guest programme) is set by its rules.
    const own = (value as { lang?: unknown }).lang
    const here = own === 'en' || own === 'ru' ? own : lang
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value))
      // Pictures and languages are data, not text.
      out[k] = k === 'photo' || k === 'lang' ? v : typesetDeep(v, here)
    return out as T
  }
  return value
}
