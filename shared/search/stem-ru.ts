// A light Russian stemmer: enough for 'Жамбылской области' to find 'Жамбылская область' and
// 'меморандума' to find 'меморандум'. Endings are cut longest first, keeping at least 3 letters.

const ENDINGS = [
  'иями',
  'ями',
  'ами',
  'его',
  'ого',
  'ему',
  'ому',
  'ыми',
  'ими',
  'ией',
  'ией',
  'иях',
  'ах',
  'ях',
  'ой',
  'ей',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ую',
  'юю',
  'ых',
  'их',
  'ом',
  'ем',
  'ам',
  'ям',
  'ов',
  'ев',
  'ию',
  'ия',
  'ие',
  'ью',
  'а',
  'я',
  'о',
  'е',
  'и',
  'ы',
  'у',
  'ю',
  'ь',
  'й',
].sort((a, b) => b.length - a.length)

const MIN_STEM = 3

/** The stem of one lower-case word; Latin words and short words come back unchanged. */
export function stemRu(word: string): string {
  if (!/[а-яё]/.test(word) || word.length <= MIN_STEM) return word
  const w = word.replace(/ё/g, 'е')
  for (const ending of ENDINGS)
    if (w.endsWith(ending) && w.length - ending.length >= MIN_STEM)
      return w.slice(0, -ending.length)
  return w
}
