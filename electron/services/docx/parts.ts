// The pieces every Word document of the app is made of: paragraphs, headings, tables.
import type { HeadingLevel } from 'docx'
import {
  AlignmentType,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { contentWidths, mm } from './house-style'
import type {
  BriefingDocument,
  LabelValue,
  ProgrammeDay,
} from '../../../shared/briefing/briefing-document'

/** A block of a Word document: a paragraph or a table. */
export type Block = Paragraph | Table

/** Column widths of the programme table, in percent of the page. */
const WIDTHS = [12, 30, 24, 20, 14]

export const cell = (
  lines: string[],
  bold = false,
  shade = false,
  widthTwips?: number,
  size = 20,
) =>
  new TableCell({
    ...(widthTwips ? { width: { size: widthTwips, type: WidthType.DXA } } : {}),
    children: (lines.length ? lines : ['']).map(
      (text) => new Paragraph({ children: [new TextRun({ text, bold, size })] }),
    ),
    ...(shade ? { shading: { fill: 'E8EEF8' } } : {}),
  })

export function dayTable(
  day: ProgrammeDay,
  columns: string[],
  guests: string,
  hosts: string,
): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => cell([c], true, true)),
  })
  const rows = day.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([r.time, r.duration, r.tentative].filter(Boolean), true),
          cell([r.kind, r.event]),
          cell([r.venue, r.address].filter(Boolean)),
          cell(
            [
              r.guests ? `${guests}: ${r.guests}` : '',
              r.hosts ? `${hosts}: ${r.hosts}` : '',
              r.responsible,
            ].filter(Boolean),
          ),
          cell(r.notes),
        ],
      }),
  )
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: WIDTHS.map((w) => w * 150),
    rows: [header, ...rows],
  })
}

/** The distribution mark, right-aligned above everything, when the document has one. */
export function withClassification(
  doc: BriefingDocument,
  children: (Paragraph | Table)[],
): (Paragraph | Table)[] {
  if (!doc.classification) return children
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: doc.classification, bold: true, size: 16 })],
    }),
    ...children,
  ]
}

export const para = (
  text: string,
  options: { bold?: boolean; italics?: boolean; size?: number } = {},
) => new Paragraph({ children: [new TextRun({ text, ...options })] })
export const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({
    heading: level,
    keepNext: true,
    spacing: { before: 240 },
    children: [new TextRun(text)],
  })

/** A portrait at the head of a bio: the JPEG or PNG the schema allows, 3 × 4 cm. */
export function photoParagraph(photo: string | undefined): Paragraph[] {
  const match = photo ? /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/.exec(photo) : null
  if (!match) return []
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [
        new ImageRun({
          type: match[1] === 'png' ? 'png' : 'jpg',
          data: Buffer.from(match[2]!, 'base64'),
          transformation: { width: 113, height: 151 },
        }),
      ],
    }),
  ]
}

/**
 * A plain table: a shaded header row that repeats on every page, then the rows. Columns are as
 * wide as their content asks (a surname never breaks) unless widths are given, in percent of the
 * text width (A4 portrait 178 mm, landscape 265 mm).
 */
export function simpleTable(
  columns: string[],
  rows: { cells: string[]; alert?: boolean }[],
  widths?: number[],
  textWidthMm = 178,
  /** Text size in half-points: a wide register is set at 8.5 pt to stay dense. */
  size = 20,
): Table {
  const percent = widths ?? contentWidths(columns, rows)
  const twips = percent.map((w) => mm((w * textWidthMm) / 100))
  return new Table({
    width: { size: twips.reduce((n, w) => n + w, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: twips,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => cell([c], true, true, twips[i], size)),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.cells.map((c, i) =>
              cell(c.split('\n'), r.alert ?? false, false, twips[i], size),
            ),
          }),
      ),
    ],
  })
}

/** 'Label: value' lines, the label in bold. */
export const labelled = (lines: LabelValue[]) =>
  lines.map(
    (l) =>
      new Paragraph({
        children: [new TextRun({ text: `${l.label}: `, bold: true }), new TextRun(l.value)],
      }),
  )
