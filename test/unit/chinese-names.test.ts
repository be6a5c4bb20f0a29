import { describe, expect, test } from 'vitest'
import {
  initialsName,
  initialsNameIn,
  isChineseName,
  personName,
} from '../../shared/language/ru/decline'

describe('Chinese names keep their order', () => {
  test.each(['Ван Лин', 'Си Цзиньпин', 'Ли Цян', 'Чжан Сяомин', 'Ван И', 'Лю Хэ'])(
    '%s is a Chinese name',
    (name) => expect(isChineseName(name)).toBe(true),
  )
  test.each([
    'Кялин Александр',
    'Ли Анна',
    'Ма Ирина',
    'Ян Виктор',
    'Гао Ольга',
    'Воронков Михаил',
  ])('%s is not', (name) => expect(isChineseName(name)).toBe(false))
  test('surname first, never turned into «Имя Фамилия» or initials', () => {
    expect(personName('Ван Лин', 'nominative')).toBe('Ван Лин')
    expect(personName('Ван Лин', 'instrumental')).toBe('Ван Лин')
    expect(initialsName('Чжан Сяомин')).toBe('Чжан Сяомин')
    expect(initialsNameIn('Чжан Сяомин', 'instrumental')).toBe('Чжан Сяомин')
    // Russian names still are.
    expect(personName('Воронков Михаил', 'nominative')).toBe('Михаил Воронков')
    expect(initialsName('Кялин Александр Юрьевич')).toBe('А.Ю. Кялин')
  })
})
