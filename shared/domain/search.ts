// Type-ahead that finds 'Воронков' by 'Voronkov' and 'Абдиев' by 'Abdiyev': both the text and the
// query are folded to one rough Latin spelling before comparing.

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh, Kyrgyz, Ukrainian and Belarusian letters.
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  ї: 'i',
  є: 'e',
  ў: 'u',
}

/**
 * Spelling variants of romanisation, merged in this order: digraphs become one placeholder capital
 * ('zh' and 'j' → Z, 'sh' → S, 'ch' → C, 'ts' → Q), 'kh' is 'h', 'y' is 'i', doubled letters are one,
 * and a word-initial 'i' before a vowel is dropped ('Yesmagambetova' = 'Есмагамбетова').
 */
const VARIANTS: [RegExp, string][] = [
  [/shch|sch/g, 'S'],
  [/kh/g, 'h'],
  [/zh|j|dj/g, 'Z'],
  [/tch|ch/g, 'C'],
  [/sh/g, 'S'],
  [/ts|tz/g, 'Q'],
  [/ph/g, 'f'],
  [/y/g, 'i'],
  [/w/g, 'v'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/(.)\1+/g, '$1'],
  [/(^| )i(?=[aeou])/g, '$1'],
]

/** Lower-case, accents dropped, Cyrillic romanised and spelling variants merged. */
export function foldForSearch(text: string): string {
  const lower = text
    .toLocaleLowerCase('ru')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
  let latin = ''
  for (const ch of lower) latin += CYRILLIC[ch] ?? ch
  latin = latin.replace(/[^a-z0-9\u4e00-\u9fff]+/g, ' ').trim()
  for (const [pattern, replacement] of VARIANTS) latin = latin.replace(pattern, replacement)
  return latin
}

/** True when every word of the query starts a word of the fields, in any script or spelling. */
export function matchesQuery(fields: (string | undefined)[], query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean)
  if (words.length === 0) return true
  const haystack = fields
    .filter((f): f is string => Boolean(f))
    .map(foldForSearch)
    .join(' ')
    .split(' ')
  return words.every((w) =>
    haystack.some((h) => h.startsWith(w) || (w.length >= 4 && h.includes(w))),
  )
}
