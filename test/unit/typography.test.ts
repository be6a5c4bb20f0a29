import { describe, expect, test } from 'vitest'
import { countRu, NIGHTS, DAYS, pluralRu } from '../../shared/language/ru/numerals'
import { keepInitials, nestQuotesRu, quotesEn, typesetDeep } from '../../shared/language/typography'

describe('Russian numeral agreement', () => {
  test.each([
    [1, '1 ночь'],
    [2, '2 ночи'],
    [4, '4 ночи'],
    [5, '5 ночей'],
    [11, '11 ночей'],
    [14, '14 ночей'],
    [21, '21 ночь'],
    [22, '22 ночи'],
    [25, '25 ночей'],
    [111, '111 ночей'],
    [0, '0 ночей'],
  ])('%i → %s', (n, text) => expect(countRu(n, NIGHTS)).toBe(text))

  test('days too', () => {
    expect(countRu(1, DAYS)).toBe('1 день')
    expect(countRu(3, DAYS)).toBe('3 дня')
    expect(countRu(30, DAYS)).toBe('30 дней')
    expect(pluralRu(1.5, DAYS)).toBe('дня')
  })
})

describe('quotes and initials', () => {
  test('quotes inside quotes are „…“ in Russian', () => {
    expect(nestQuotesRu('Альбом «Музей-заповедник «Гатчина»»')).toBe(
      'Альбом «Музей-заповедник „Гатчина“»',
    )
    expect(nestQuotesRu('«Центр «Высший пилотаж» и школа»')).toBe(
      '«Центр „Высший пилотаж“ и школа»',
    )
    expect(nestQuotesRu('«Гатчина» и «Лебяжье»')).toBe('«Гатчина» и «Лебяжье»')
    expect(nestQuotesRu('без кавычек')).toBe('без кавычек')
  })

  test('English text gets English quotes', () => {
    expect(quotesEn('the «Vysshiy Pilotazh» education centre')).toBe(
      'the “Vysshiy Pilotazh” education centre',
    )
    expect(quotesEn('«A «B» C»')).toBe('“A ‘B’ C”')
  })

  test('initials stay on the line of their surname', () => {
    expect(keepInitials('А.С. Есмагамбетова и А. Кялин')).toBe(
      'А.С.\u00a0Есмагамбетова и А.\u00a0Кялин',
    )
  })

  test('a whole document: each part by its own language, pictures untouched', () => {
    const doc = {
      lang: 'ru',
      title: 'Подарок: альбом «ГМЗ «Гатчина»»',
      photo: 'data:image/png;base64,«»',
      second: { lang: 'en', title: 'Gift: album «Gatchina»' },
    }
    expect(typesetDeep(doc, 'ru')).toEqual({
      lang: 'ru',
      title: 'Подарок: альбом «ГМЗ „Гатчина“»',
      photo: 'data:image/png;base64,«»',
      second: { lang: 'en', title: 'Gift: album “Gatchina”' },
    })
  })
})
