// Russian numeral agreement: 1 ночь, 2–4 ночи, 5–20 ночей, 21 ночь, 22 ночи, 111 ночей.

/** The form of a noun after the number n: [one, few, many] ('ночь', 'ночи', 'ночей'). */
export function pluralRu(n: number, forms: readonly [string, string, string]): string {
  const whole = Math.abs(Math.trunc(n))
  if (!Number.isInteger(n)) return forms[1] // 1,5 ночи: a fraction takes the genitive singular
  const lastTwo = whole % 100
  const last = whole % 10
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2]
  if (last === 1) return forms[0]
  if (last >= 2 && last <= 4) return forms[1]
  return forms[2]
}

/** '4 ночи', '5 ночей', '21 день'. */
export const countRu = (n: number, forms: readonly [string, string, string]): string =>
  `${n} ${pluralRu(n, forms)}`

export const NIGHTS = ['ночь', 'ночи', 'ночей'] as const
export const DAYS = ['день', 'дня', 'дней'] as const
export const PEOPLE_NIGHTS = ['чел.-ночь', 'чел.-ночи', 'чел.-ночей'] as const
export const PEOPLE_DAYS = ['чел.-день', 'чел.-дня', 'чел.-дней'] as const
