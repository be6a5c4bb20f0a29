// Small text helpers of the reader: normalising, word and stem patterns, quotes.
// Part of the press-release reader (../parse-press-release.ts).
import { type Morphology } from '../morphology'

/** The dictionary of the reading under way (the reader is synchronous: one reading at a time). */
export const reading: { morph?: Morphology } = {}

// ───────────────────────────── Text helpers ─────────────────────────────

export const pad2 = (n: number) => String(n).padStart(2, '0')

export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim()

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

export const isCapitalised = (w: string) => /^\p{Lu}/u.test(w)

export const yearOf = (date: string) => Number(date.slice(0, 4))

export const wordSet = (words: string) => new Set(words.split(' '))

const LETTER_BEFORE = '(?<![\\p{L}\\d-])'

/** A whole-word pattern (JS \b knows no Cyrillic, so the word edges are spelled out). */
export const wordRe = (source: string, flags = 'giu') =>
  new RegExp(`${LETTER_BEFORE}(?:${source})(?![\\p{L}\\d])`, flags)

/** A pattern that must start a word but may end anywhere (a word stem). */
export const stemRe = (source: string, flags = 'giu') =>
  new RegExp(`${LETTER_BEFORE}(?:${source})`, flags)

/** Straight and English quotes become «», spaced hyphens become dashes, odd spaces plain ones. */
export function normaliseText(text: string): string {
  const flat = text.replace(/\r\n?/g, '\n').replace(/[\u00a0\u2007\u2009\u202f\t]/g, ' ')
  return (
    flat
      .replace(/["“”„]/g, (_quote, at: number) => (isOpeningQuote(flat, at) ? '«' : '»'))
      .replace(/ +[-–] +/g, ' — ')
      .replace(/[‐‑]/g, '-')
      // 'Group Co.,Ltd', 'Inc.': a company's name, not a stop and a list.
      .replace(/(?<![\p{L}])Co\.\s*,?\s*Ltd\.?/gu, 'Co Ltd')
      .replace(/(?<![\p{L}])(Ltd|Inc|Corp|LLC|Co)\./gu, '$1')
      // 'С.Исманова', 'А.Ю.Кялин': initials glued to the surname are spaced as names are written.
      .replace(/(?<![\p{L}])((?:\p{Lu}\.){1,2})(?=\p{Lu}\p{Ll}{2,})/gu, '$1 ')
      // 'ПОСЕТИЛ КАЛИНИНГРАДСКУЮ ОБЛАСТЬ22-23 июля': a headline in capitals glued to the lead's date.
      .replace(/(?<=\p{Lu}{3})(?=\d{1,2}(?:[–-]\d{1,2})?\s+\p{Ll})/gu, '\n')
      // 'Шихсаидовым.В составе делегации': a stop glued to the next sentence (web copies).
      .replace(/(?<=[а-яё]{3})\.(?=[А-ЯЁ](?:[а-яё]|\s))/gu, '. ')
      // '23.11.2022 г.23 ноября состоялся визит …': a page's date glued to the first line.
      .replace(/^(\s*\d{1,2}\.\d{1,2}\.\d{4}\s*г\.)(?=[\d\p{Lu}])/gmu, '$1\n')
      // '08.02.2009 Приморский край и провинция Кангвон намерены развивать сотрудничество Губернатор
      // Приморского края …': a page's date, its headline and its lead on one line.
      .replace(
        /^(\s*\d{1,2}\.\d{1,2}\.\d{4})[ ]+([^.!?\n]{10,160}?\p{Ll})[ ]+(?=(?:Губернатор|Глава|Делегация|Председатель|Мэр|Аким|Хоким|Премьер-министр|Министр|Посол|Вице-губернатор|(?:В|На)\s+\p{Ll})[^\n]{200})/gmu,
        '$1\n$2\n',
      )
      // 'date 2025-08-25 Губернатор …': a page's date glued to its first line stands on its own.
      .replace(
        /^(\s*(?:date|опубликовано|дата(?:\s+публикации)?)\s*:?\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})(?:,?\s+\d{1,2}:\d{2})?)[ ]+(?=\S)/gimu,
        '$1\n',
      )
  )
}

function isOpeningQuote(text: string, at: number): boolean {
  const before = at === 0 ? ' ' : text[at - 1]!
  const after = text[at + 1] ?? ' '
  return /[\s([«—-]/.test(before) && !/\s/.test(after)
}

/** Text with the given ranges replaced by spaces, so offsets stay valid. */
export function blankRanges(text: string, ranges: [number, number][]): string {
  let out = text
  for (const [from, to] of ranges)
    out = out.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + out.slice(to)
  return out
}

/** After these words the sentence speaks of plans or invitations, not of the visit's events. */
export const FUTURE =
  /(?<![\p{L}])(?:пригласил|приглашени|намерен(?:ы|а)?(?![\p{L}])|приурочен|договорились|предложил|подготовк\p{L}*\s+(?:к\s+)?(?:визит|поездк|переговор|подписани)|в\s+дальнейшем|в\s+будущем|в\s+перспективе|в\s+(?:следующем|будущем|предстоящем)\s+году|(?:будущего|следующего)\s+года|ответн\p{L}*\s+визит|с\s+целью|в\s+целях|цель\s+визита)/iu

/**
 * After these words the sentence tells of no event of this visit: a trip put off or called off
 * ('решено перенести поездку на более поздний срок'), or what the guests are thanked for
 * ('поблагодарил гостей за оказанный ранее приём в Казани'); thanks for this visit's part in a
 * forum are no aside.
 */
export const ASIDE =
  /(?<![\p{L}])(?:перенести|перенесен\p{L}*|перенесли|отложить|отложен\p{L}*|отменить|отменен\p{L}*|(?:по)?благодарил\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?за\s+(?:[\p{L}-]+\s+){0,2}?ранее)/iu

export type Match = RegExpMatchArray & { index: number }

export const after = (m: Match) => m.index + m[0].length
