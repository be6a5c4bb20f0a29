// Names as in passports: Russian Cyrillic to Latin by ICAO Doc 9303 (the rule of Russian and
// Kazakh passports since 2014), through the iuliia package's published schema.
import { ICAO_DOC_9303, translate } from 'iuliia'

/**
 * Kazakh letters ICAO's Russian table does not list, written as Kazakhstan's passport service
 * writes them (Ә→A, Ғ→G, Қ→K, Ң→N, Ө→O, Ұ/Ү→U, Һ→H, І→I); everything else is ICAO's.
 */
const KAZAKH: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
}

const KAZAKH_RE = /[әғқңөұүһі]/giu

/** 'Юлия Щербакова' → 'Iuliia Shcherbakova'; Latin text and digits pass unchanged. */
export function transliterate(text: string): string {
  const prepared = text.replace(KAZAKH_RE, (c) => {
    const lower = KAZAKH[c.toLowerCase()] ?? c
    return c === c.toLowerCase() ? lower : lower.toUpperCase()
  })
  return translate(prepared, ICAO_DOC_9303)
}

/** True when the text has Cyrillic letters, so that a second language needs a translation of it. */
export const hasCyrillic = (text: string) => /[\u0400-\u04ff]/u.test(text)
