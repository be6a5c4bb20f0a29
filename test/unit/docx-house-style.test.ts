import { describe, expect, test } from 'vitest'
import { contentWidths, houseMargins, mm } from '../../electron/services/docx/house-style'

describe('Word files in the house style', () => {
  test('columns are as wide as their content asks: a surname never breaks, № stays narrow', () => {
    const columns = ['№', 'Фамилия, имя, отчество', 'Паспорт', 'Место работы, должность']
    const rows = [
      {
        cells: [
          '1',
          'Есмагамбетова Айжан Серикбаевна',
          '',
          'Акимат Жамбылской области, заместитель акима Жамбылской области, руководитель делегации',
        ],
      },
      {
        cells: ['2', 'Кялин Александр', '', 'Правительство Ленинградской области, вице-губернатор'],
      },
    ]
    const w = contentWidths(columns, rows)
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 5)
    // 'Есмагамбетова' (13 letters) at 10 pt needs ≈ 8 % of an A4 text width.
    expect(w[1]!).toBeGreaterThan(13 * 0.6)
    expect(w[0]!).toBeLessThan(w[1]! / 3)
    // Not the equal quarters that broke 'Есмагамбето ва'.
    expect(new Set(w.map((x) => Math.round(x))).size).toBeGreaterThan(2)
  })

  test('a letter has GOST R 7.0.97 margins; other papers the PDF’s', () => {
    expect(houseMargins('letter')).toEqual({
      top: mm(20),
      right: mm(10),
      bottom: mm(20),
      left: mm(20),
    })
    expect(houseMargins('document').left).toBe(mm(18))
  })
})
