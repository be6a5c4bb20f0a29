// Spreadsheets for the officer's accounting: the estimate with live formulas (quantity × norm,
// subtotals, total) so a changed figure recomputes in Excel or LibreOffice; the journal as a table.
import { neutraliseBidi, neutraliseBidiDeep } from '../../shared/exports/bidi'
import ExcelJS from 'exceljs'
import {
  ESTIMATE_CATEGORIES,
  categoryName,
  currencyLabel,
  type Estimate,
} from '../../shared/paperwork/estimate'

const MONEY = '#,##0.00'
const thin = { style: 'thin' as const, color: { argb: 'FF9AA9C2' } }
const box = { top: thin, left: thin, bottom: thin, right: thin }
/** A4 landscape, the columns fitted to one page wide (as many pages down as the rows need). */
const LANDSCAPE_PAGE_WIDE: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
}

/** A shaded, bordered header row that stays in view when scrolling. */
function headerRow(sheet: ExcelJS.Worksheet, titles: string[]): ExcelJS.Row {
  const header = sheet.addRow(titles)
  header.font = { bold: true }
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F8' } }
    c.border = box
    c.alignment = { vertical: 'middle', wrapText: true }
  })
  sheet.views = [{ state: 'frozen', ySplit: header.number }]
  return header
}

/** Borders and wrapping for a body row. */
function bodyRow(row: ExcelJS.Row): void {
  row.eachCell({ includeEmpty: true }, (c) => {
    c.border = box
    c.alignment = { vertical: 'top', wrapText: true }
  })
}

async function toBytes(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await book.xlsx.writeBuffer())
}

function newBook(title: string): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook()
  book.creator = 'Delegation Planner'
  book.title = title
  // A fixed date keeps the file the same for the same data.
  book.created = new Date(0)
  book.modified = new Date(0)
  return book
}

/** The estimate: one row per line, a subtotal per category and the total, as formulas. */
export async function estimateXlsx(
  heading: string,
  period: string,
  figures: Estimate,
): Promise<Uint8Array> {
  const [title, dates, estimate] = neutraliseBidiDeep([heading, period, figures] as const)
  const book = newBook(title)
  const sheet = book.addWorksheet('Смета', { pageSetup: LANDSCAPE_PAGE_WIDE })
  sheet.columns = [
    { width: 5 },
    { width: 26 },
    { width: 60 },
    { width: 11 },
    { width: 12 },
    { width: 14 },
    { width: 16 },
  ]
  sheet.addRow(['Смета расходов на приём делегации']).font = { bold: true, size: 14 }
  sheet.addRow([`${title}, ${dates}`])
  sheet.addRow([`Нормы: ${estimate.group.name}`])
  if (estimate.sample)
    sheet.addRow([
      'Нормы — образец, поставляемый с программой, а не утверждённые нормы региона.',
    ]).font = {
      bold: true,
      color: { argb: 'FFAA0000' },
    }
  sheet.addRow([])
  headerRow(sheet, ['№', 'Статья', 'Описание', 'Количество', 'Ед. изм.', 'Норма', 'Сумма'])
  const subtotals: string[] = []
  let n = 0
  for (const category of ESTIMATE_CATEGORIES) {
    const lines = estimate.lines.filter((l) => l.category === category)
    if (lines.length === 0) continue
    const first = sheet.rowCount + 1
    for (const l of lines) {
      const row = sheet.addRow([
        ++n,
        categoryName(category),
        l.description,
        l.quantity,
        l.unit,
        l.unitCost,
      ])
      row.getCell(7).value = { formula: `D${row.number}*F${row.number}`, result: l.total }
      row.getCell(6).numFmt = MONEY
      row.getCell(7).numFmt = MONEY
      bodyRow(row)
    }
    const last = sheet.rowCount
    const subtotal = lines.reduce((s, l) => s + Math.round(l.total * 100), 0) / 100
    const row = sheet.addRow(['', '', `Итого: ${categoryName(category).toLowerCase()}`])
    row.getCell(7).value = { formula: `SUM(G${first}:G${last})`, result: subtotal }
    row.getCell(7).numFmt = MONEY
    row.font = { bold: true }
    subtotals.push(`G${row.number}`)
  }
  const total = sheet.addRow(['', '', `ВСЕГО, ${currencyLabel(estimate.currency)}`])
  total.getCell(7).value = {
    formula: subtotals.length ? subtotals.join('+') : '0',
    result: estimate.total,
  }
  total.getCell(7).numFmt = MONEY
  total.font = { bold: true, size: 12 }
  return toBytes(book)
}

/** A plain register: a title, the header row (frozen, filtered) and the rows, text wrapped. */
export async function tableXlsx(
  title: string,
  sheetName: string,
  columns: { header: string; width: number }[],
  cells: string[][],
): Promise<Uint8Array> {
  const rows = neutraliseBidiDeep(cells)
  const book = newBook(neutraliseBidi(title))
  const sheet = book.addWorksheet(sheetName.slice(0, 31), { pageSetup: LANDSCAPE_PAGE_WIDE })
  sheet.columns = columns.map((c) => ({ width: c.width }))
  sheet.addRow([title]).font = { bold: true, size: 13 }
  sheet.addRow([])
  const header = headerRow(
    sheet,
    columns.map((c) => c.header),
  )
  sheet.autoFilter = {
    from: { row: header.number, column: 1 },
    to: { row: header.number, column: columns.length },
  }
  for (const r of rows) bodyRow(sheet.addRow(r))
  return toBytes(book)
}
