// The tables and paragraphs of the simple HTML mammoth makes from a Word file.

export interface TableCell {
  text: string
  span: number
}
export type TableRowCells = TableCell[]

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}

/** Tag-free text with entities decoded and white space collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<\/p>|<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (whole, code: string) => {
      if (code.startsWith('#x')) return String.fromCodePoint(parseInt(code.slice(2), 16))
      if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)))
      return ENTITIES[code.toLowerCase()] ?? whole
    })
    .replace(/\s+/g, ' ')
    .trim()
}

/** Every table row in document order (nested tables flattened), each cell with its column span. */
export function tableRows(html: string): TableRowCells[] {
  const rows: TableRowCells[] = []
  for (const row of html.match(/<tr[\s>][\s\S]*?<\/tr>/gi) ?? []) {
    const cells: TableCell[] = []
    for (const cell of row.matchAll(/<t([dh])([^>]*)>([\s\S]*?)<\/t\1>/gi)) {
      const span = Number(/colspan="(\d+)"/i.exec(cell[2] ?? '')?.[1] ?? 1)
      cells.push({ text: htmlText(cell[3] ?? ''), span: Math.min(Math.max(span, 1), 50) })
    }
    rows.push(cells)
  }
  return rows
}

/** The paragraphs outside tables (titles, headings), in order. */
export function paragraphsOutsideTables(html: string): string[] {
  return (
    html.replace(/<table[\s\S]*?<\/table>/gi, '').match(/<(p|h\d)[^>]*>[\s\S]*?<\/\1>/gi) ?? []
  )
    .map(htmlText)
    .filter(Boolean)
}
