import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'

/**
 * A Word 'программа пребывания' as officers send it: header row, day heading rows spanning the
 * table, times in two spellings, and one row that cannot be read.
 */
export async function wordProgramme(): Promise<Buffer> {
  const cell = (text: string, span = 1) =>
    new TableCell({ columnSpan: span, children: [new Paragraph(text)] })
  const row = (...cells: TableCell[]) => new TableRow({ children: cells })
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph(
              'ПРОГРАММА пребывания делегации Жамбылской области 17–21 ноября 2025 года',
            ),
            new Table({
              rows: [
                row(cell('Время'), cell('Мероприятие'), cell('Место'), cell('Ответственный')),
                row(cell('18 ноября, вторник', 4)),
                row(
                  cell('10.00–11.00'),
                  cell('Встреча с вице-губернатором А. Кялиным'),
                  cell('Дом Правительства Ленинградской области'),
                  cell('Кялин Александр'),
                ),
                row(
                  cell('14:00 - 14:45'),
                  cell('Подписание меморандума ЛГУ и Таразского университета'),
                  cell('ЛГУ им. А.С. Пушкина'),
                  cell(''),
                ),
                row(cell('20 ноября, четверг', 4)),
                row(
                  cell('10:00–12:30'),
                  cell('Экскурсия на Ленинградскую АЭС'),
                  cell('Ленинградская АЭС'),
                  cell(''),
                ),
                row(cell('по согласованию'), cell(''), cell('Гатчина'), cell('')),
              ],
            }),
          ],
        },
      ],
    }),
  )
}
