// Dates and times as Russian documents write them: '18 ноября, вторник', '10.00–11.30', '9:30'.

const MONTHS: Record<string, number> = {
  январ: 1,
  феврал: 2,
  март: 3,
  апрел: 4,
  мая: 5,
  май: 5,
  июн: 6,
  июл: 7,
  август: 8,
  сентябр: 9,
  октябр: 10,
  ноябр: 11,
  декабр: 12,
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The month number of a Russian month word in any case ('ноября', 'Ноябрь'), or null. */
export function monthOf(word: string): number | null {
  const w = word.toLowerCase()
  for (const [stem, n] of Object.entries(MONTHS)) if (w.startsWith(stem)) return n
  return null
}

/** '18 ноября', '18 ноября 2025 г.', '18.11.2025', '18.11' → YYYY-MM-DD (year from `year` when absent). */
export function readDate(text: string, year: number): string | null {
  const named = /(\d{1,2})\s+([А-Яа-яЁё]+)(?:\s+(\d{4}))?/.exec(text)
  if (named) {
    const month = monthOf(named[2]!)
    const day = Number(named[1])
    if (month && day >= 1 && day <= 31) return `${named[3] ?? year}-${pad(month)}-${pad(day)}`
  }
  const numeric = /\b(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?\b/.exec(text)
  if (numeric) {
    const day = Number(numeric[1])
    const month = Number(numeric[2])
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      return `${numeric[3] ?? year}-${pad(month)}-${pad(day)}`
  }
  return null
}

/** '10:00–11:30', '10.00 - 11.30', 'с 9:30 до 10:00', '9:30' → start and optional end. */
export function readTimeRange(text: string): { start: string; end?: string } | null {
  const times = [...text.matchAll(/\b([01]?\d|2[0-3])[:.]([0-5]\d)\b/g)].map(
    (m) => `${pad(Number(m[1]))}:${m[2]}`,
  )
  if (times.length === 0) return null
  return times.length > 1 && times[1]! >= times[0]!
    ? { start: times[0]!, end: times[1]! }
    : { start: times[0]! }
}
