// The Word files dressed as the PDFs are: the same faces named (PT Sans for text, PT Serif for
// headings; Times New Roman 14 for letters, as GOST R 7.0.97 recommends), the same margins, page
// numbers in the footer, and headings in the PDF's blue rather than Word's defaults.
import {
  AlignmentType,
  Footer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  type IStylesOptions,
} from 'docx'

/** Millimetres in twentieths of a point (Word's unit for margins). */
export const mm = (n: number) => Math.round(n * 56.693)

export type HouseKind = 'document' | 'letter'

const BLUE = '1F3F70'

/** The styles of a Word file of the kind: body face and size, headings, titles. */
export function houseStyles(kind: HouseKind): IStylesOptions {
  const letter = kind === 'letter'
  const body = letter ? 'Times New Roman' : 'PT Sans'
  const head = letter ? 'Times New Roman' : 'PT Serif'
  return {
    default: {
      document: {
        run: { font: body, size: letter ? 28 : 20 },
        paragraph: { spacing: { after: 0 } },
      },
      title: { run: { font: head, size: 40, bold: true, color: letter ? '000000' : '111111' } },
      heading1: {
        run: { font: head, size: letter ? 28 : 26, bold: true, color: letter ? '000000' : BLUE },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
      },
      heading2: {
        run: {
          font: head,
          size: letter ? 28 : 22,
          bold: true,
          color: letter ? '000000' : '111111',
        },
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
      },
      heading3: {
        run: { font: head, size: 20, bold: true, color: '111111' },
        paragraph: { spacing: { before: 160, after: 60 }, keepNext: true },
      },
    },
  }
}

/** Page margins as the PDF's (A4 16/14/18/18 mm) or a letter's (20/10/20/20 mm). */
export function houseMargins(kind: HouseKind) {
  return kind === 'letter'
    ? { top: mm(20), right: mm(10), bottom: mm(20), left: mm(20) }
    : { top: mm(16), right: mm(14), bottom: mm(18), left: mm(18) }
}

/**
 * The footer of every page: the document's name (and edition) at the left, 'стр. N из M' at the
 * right, as the PDF prints them. A letter has none (its pages are numbered by the registry).
 */
export function houseFooter(left: string, page: { page: string; of: string }): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: mm(178) }],
        alignment: AlignmentType.LEFT,
        children: [
          new TextRun({ text: left.slice(0, 120), size: 15, color: '666666' }),
          new TextRun({
            size: 16,
            children: [
              '\t',
              `${page.page} `,
              PageNumber.CURRENT,
              ` ${page.of} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  })
}

/**
 * Column widths in percent from what the cells hold: a column gets room for its longest word (a
 * surname must not break) and, beyond that, a share of its text; '№' stays narrow.
 */
export function contentWidths(columns: string[], rows: { cells: string[] }[]): number[] {
  const weight = columns.map((header, i) => {
    const texts = [header, ...rows.map((r) => r.cells[i] ?? '')]
    const words = texts.flatMap((t) => t.split(/[\s\n]+/))
    const longestWord = Math.max(1, ...words.map((w) => w.length))
    const lines = rows.map((r) => r.cells[i] ?? '').flatMap((t) => t.split('\n'))
    const mean = lines.length ? lines.reduce((n, l) => n + l.length, 0) / lines.length : 0
    // A column left for handwriting or data still to come keeps room by its header's length.
    return { longestWord, wanted: Math.max(longestWord, Math.min(30, mean), header.length * 0.6) }
  })
  const total = weight.reduce((n, w) => n + w.wanted, 0)
  const widths = weight.map((w) => (100 * w.wanted) / total)
  // A column no narrower than its longest word (≈0.55 % of an A4 text width per character).
  const floor = weight.map((w) => Math.min(40, Math.max(5, w.longestWord * 0.62 + 1.5)))
  let short = 0
  const out = widths.map((w, i) => {
    const f = floor[i]!
    if (w < f) short += f - w
    return Math.max(w, f)
  })
  // What the narrow columns gained comes from the wide ones, in proportion.
  const spare = out.map((w, i) => w - floor[i]!)
  const spareTotal = spare.reduce((n, s) => n + Math.max(0, s), 0)
  return out.map((w, i) =>
    spareTotal > 0 ? Math.max(floor[i]!, w - (short * Math.max(0, spare[i]!)) / spareTotal) : w,
  )
}
