import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { BriefingDocument, ProgrammeDay } from '../../shared/briefing/briefing-document'

/** Column widths of the programme table, in percent of the page. */
const WIDTHS = [12, 30, 24, 20, 14]

const cell = (lines: string[], bold = false, shade = false) =>
  new TableCell({
    children: (lines.length ? lines : ['']).map(
      (text) => new Paragraph({ children: [new TextRun({ text, bold, size: 20 })] }),
    ),
    ...(shade ? { shading: { fill: 'E8EEF8' } } : {}),
  })

function dayTable(day: ProgrammeDay, columns: string[], guests: string, hosts: string): Table {
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
          cell([r.time], true),
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

/**
 * The programme as an editable Word document (landscape A4, a table per day with a repeating
 * header), built from the briefing's programme section so both say the same.
 */
export async function programmeDocx(doc: BriefingDocument): Promise<Uint8Array> {
  const programme = doc.sections.find((s) => s.kind === 'programme')
  const cover = doc.sections.find((s) => s.kind === 'cover')
  const columns = programme
    ? [
        programme.columns.time,
        programme.columns.event,
        programme.columns.venue,
        programme.columns.participants,
        programme.columns.notes,
      ]
    : []
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    ...(cover?.kind === 'cover'
      ? cover.lines.map(
          (l) =>
            new Paragraph({
              children: [new TextRun({ text: `${l.label}: `, bold: true }), new TextRun(l.value)],
            }),
        )
      : []),
    new Paragraph({ children: [new TextRun({ text: doc.prepared, italics: true, size: 18 })] }),
  ]
  if (programme?.kind === 'programme')
    for (const day of programme.days) {
      children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          spacing: { before: 240 },
          keepNext: true,
          children: [new TextRun(day.heading)],
        }),
        dayTable(day, columns, programme.guestsLabel, programme.hostsLabel),
      )
    }
  const document = new Document({
    creator: 'Delegation Planner',
    title: doc.title,
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [
      {
        properties: {
          page: { size: { orientation: PageOrientation.LANDSCAPE } },
        },
        headers: undefined,
        children: doc.classification
          ? [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: doc.classification, bold: true, size: 16 })],
              }),
              ...children,
            ]
          : children,
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
