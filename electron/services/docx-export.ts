import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { neutraliseBidiDeep } from '../../shared/exports/bidi'
import type {
  BriefingDocument,
  BriefingSection,
  LabelValue,
  ProgrammeDay,
} from '../../shared/briefing/briefing-document'

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
          cell([r.time, r.duration].filter(Boolean), true),
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
export async function programmeDocx(model: BriefingDocument): Promise<Uint8Array> {
  const doc = neutraliseBidiDeep(model)
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
    ...(doc.edition
      ? [new Paragraph({ children: [new TextRun({ text: doc.edition, bold: true })] })]
      : []),
    new Paragraph({ children: [new TextRun({ text: doc.prepared, italics: true, size: 18 })] }),
  ]
  // What changed since the previous edition, before the programme itself.
  const changes = doc.sections.find((s) => s.id === 'changes')
  if (changes) children.push(...sectionDocx(changes, doc))
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
        children: withClassification(doc, children),
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}

/** The distribution mark, right-aligned above everything, when the document has one. */
function withClassification(
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

const para = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new Paragraph({ children: [new TextRun({ text, ...options })] })
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({
    heading: level,
    keepNext: true,
    spacing: { before: 240 },
    children: [new TextRun(text)],
  })

/** A portrait at the head of a bio: the JPEG or PNG the schema allows, 3 × 4 cm. */
function photoParagraph(photo: string | undefined): Paragraph[] {
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

/** A plain table: a shaded header row that repeats on every page, then the rows. */
function simpleTable(
  columns: string[],
  rows: { cells: string[]; alert?: boolean }[],
  /** Column widths in percent of the page; equal when absent. */
  widths?: number[],
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(widths ? { columnWidths: widths.map((w) => Math.round(w * 96)) } : {}),
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c) => cell([c], true, true)),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.cells.map((c) => cell(c.split('\n'), r.alert ?? false)),
          }),
      ),
    ],
  })
}

/** One section of a briefing or report as Word paragraphs and tables. */
function sectionDocx(s: BriefingSection, doc: BriefingDocument): (Paragraph | Table)[] {
  const labelled = (lines: LabelValue[]) =>
    lines.map(
      (l) =>
        new Paragraph({
          children: [new TextRun({ text: `${l.label}: `, bold: true }), new TextRun(l.value)],
        }),
    )
  switch (s.kind) {
    case 'cover':
      return [
        para(doc.subtitle, { size: 22 }),
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(s.title)] }),
        ...labelled(s.lines),
        para(doc.prepared, { italics: true, size: 18 }),
      ]
    case 'text':
      return [heading(s.heading, HeadingLevel.HEADING_1), ...s.paragraphs.map((p) => para(p))]
    case 'summary':
      return [
        heading(s.heading, HeadingLevel.HEADING_1),
        ...(s.objectives ? [para(s.objectives)] : []),
        ...labelled(s.facts),
        ...(s.signing.length
          ? [para(s.signingLabel, { bold: true }), ...s.signing.map((x) => para(`— ${x}`))]
          : []),
      ]
    case 'programme': {
      const columns = [
        s.columns.time,
        s.columns.event,
        s.columns.venue,
        s.columns.participants,
        s.columns.notes,
      ]
      return [
        heading(s.heading, HeadingLevel.HEADING_1),
        ...s.days.flatMap((day) => [
          heading(day.heading, HeadingLevel.HEADING_2),
          dayTable(day, columns, s.guestsLabel, s.hostsLabel),
        ]),
      ]
    }
    case 'people':
      return [
        heading(s.heading, HeadingLevel.HEADING_1),
        s.rows.length
          ? simpleTable(
              [s.columns.rank, s.columns.name, s.columns.position, s.columns.languages],
              s.rows.map((r) => ({
                cells: [
                  r.rank,
                  [r.name, r.latin].filter(Boolean).join('\n'),
                  r.position,
                  r.languages,
                ],
              })),
            )
          : para(doc.emptyText),
      ]
    case 'documents':
      return [
        heading(s.heading, HeadingLevel.HEADING_1),
        ...(s.documents.length === 0 ? [para(doc.emptyText)] : []),
        ...s.documents.flatMap((d) => [
          para(d.meta, { italics: true, size: 18 }),
          para(d.title, { bold: true }),
          ...labelled(d.lines),
        ]),
      ]
    case 'table':
      return [
        ...(s.caption
          ? [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                pageBreakBefore: s.breakBefore ?? false,
                children: [new TextRun({ text: s.caption, size: 20 })],
              }),
            ]
          : []),
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          keepNext: true,
          pageBreakBefore: !s.caption && (s.breakBefore ?? false),
          spacing: { before: 240 },
          children: [new TextRun(s.heading)],
        }),
        s.rows.length
          ? simpleTable(
              s.columns,
              s.rows.map((r) => ({ ...r, alert: (r.alert ?? false) || (r.total ?? false) })),
            )
          : para(doc.emptyText),
      ]
    case 'letter': {
      const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
      const borders = { top: none, bottom: none, left: none, right: none }
      const lines = (texts: string[], align: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
        texts.map(
          (text, i) =>
            new Paragraph({
              alignment: align,
              children: [
                new TextRun({
                  text,
                  bold: i === 0 && align === AlignmentType.CENTER,
                  size: i === 0 ? 22 : 20,
                }),
              ],
            }),
        )
      const twoColumns = (left: Paragraph[], right: Paragraph[]) =>
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: { ...borders, insideHorizontal: none, insideVertical: none },
          rows: [
            new TableRow({
              children: [
                new TableCell({
                  borders,
                  width: { size: 50, type: WidthType.PERCENTAGE },
                  children: left,
                }),
                new TableCell({
                  borders,
                  width: { size: 50, type: WidthType.PERCENTAGE },
                  children: right,
                }),
              ],
            }),
          ],
        })
      const body = (text: string) =>
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: 709 },
          spacing: { after: 120 },
          children: [new TextRun({ text, size: 26, font: 'Times New Roman' })],
        })
      return [
        twoColumns(
          [...lines(s.sender, AlignmentType.CENTER), para(''), para(s.ref, { size: 20 })],
          lines(s.addressee, AlignmentType.LEFT),
        ),
        para(''),
        para(s.heading, { italics: true, size: 22 }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 240 },
          children: [new TextRun({ text: s.salutation, size: 26, font: 'Times New Roman' })],
        }),
        ...s.paragraphs.map(body),
        para(''),
        para(s.attachment, { size: 24 }),
        para(''),
        twoColumns(
          [para(s.signature.position, { size: 26 })],
          [
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              children: [new TextRun({ text: s.signature.name, size: 26 })],
            }),
          ],
        ),
        ...(s.executor ? [para(''), para(''), para(s.executor, { size: 18 })] : []),
      ]
    }
    case 'changes':
      return [
        heading(s.heading, HeadingLevel.HEADING_1),
        ...s.paragraphs.map((p) => para(p)),
        ...(s.rows.length
          ? [
              simpleTable(
                s.columns,
                s.rows.map((r) => ({ cells: r.cells })),
              ),
            ]
          : []),
      ]
    case 'memo':
      return [
        heading(s.heading, HeadingLevel.HEADING_1),
        ...s.sites.flatMap((site) => [para(site.name, { bold: true }), ...labelled(site.lines)]),
      ]
    case 'venues':
      return [
        heading(s.heading, HeadingLevel.HEADING_1),
        ...s.venues.flatMap((v) => [
          para(v.name, { bold: true }),
          ...labelled(v.lines),
          ...v.access.map((a) => para(`— ${a}`)),
        ]),
      ]
    case 'background':
      return [
        heading(s.heading, HeadingLevel.HEADING_1),
        ...s.paragraphs.map((p) => para(p)),
        heading(s.historyHeading, HeadingLevel.HEADING_2),
        ...labelled(s.history),
      ]
    case 'bios':
      return [
        heading(s.heading, HeadingLevel.HEADING_1),
        ...s.bios.flatMap((b) => [
          ...photoParagraph(b.photo),
          para(b.name, { bold: true }),
          ...(b.latin && b.latin !== b.name ? [para(b.latin, { size: 18 })] : []),
          para(b.position, { italics: true }),
          ...b.text.map((p) => para(p)),
          ...(b.contacts.length
            ? [
                para(b.contactsLabel, { bold: true, size: 20 }),
                ...b.contacts.map((c) => para(`— ${c}`, { size: 20 })),
              ]
            : []),
        ]),
      ]
    case 'points':
      return [
        heading(s.heading, HeadingLevel.HEADING_1),
        ...s.meetings.flatMap((m) => [
          heading(m.title, HeadingLevel.HEADING_2),
          para(m.when, { italics: true, size: 20 }),
          ...(m.who ? [para(m.who, { size: 20 })] : []),
          ...(m.raise.length
            ? [para(s.raiseLabel, { bold: true }), ...m.raise.map((x, i) => para(`${i + 1}. ${x}`))]
            : []),
          ...(m.avoid.length
            ? [para(s.avoidLabel, { bold: true }), ...m.avoid.map((x) => para(`— ${x}`))]
            : []),
        ]),
      ]
    case 'roster':
      return [
        heading(`${s.heading} / ${s.secondHeading}`, HeadingLevel.HEADING_1),
        simpleTable(
          [
            '№',
            `${s.columns.name}, ${s.columns.position.toLowerCase()}`,
            `${s.columns.secondName}, ${s.columns.secondPosition.toLowerCase()}`,
          ],
          s.rows.map((r) => ({
            cells: [r.n, `${r.name}\n${r.position}`, `${r.secondName}\n${r.secondPosition}`],
          })),
        ),
      ]
    case 'guest': {
      const two = s.second
      const centred = (text: string, bold = false, size?: number) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text, bold, ...(size ? { size } : {}) })],
        })
      return [
        ...(s.approval
          ? [s.approval.label, s.approval.position, s.approval.signature, s.approval.date].map(
              (line, n) =>
                // The block sits in the right half, its lines ranged left, as on a signed form.
                new Paragraph({
                  indent: { left: 5400 },
                  spacing: n === 2 ? { before: 200 } : {},
                  children: [new TextRun({ text: line, bold: n === 0 })],
                }),
            )
          : []),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 240 },
          children: [new TextRun({ text: s.heading, bold: true, size: 30 })],
        }),
        centred(s.title, true),
        centred(s.subtitle),
        ...(two
          ? [centred(two.heading, true, 26), centred(two.title, true), centred(two.subtitle)]
          : []),
        ...s.days.flatMap((d, i) => {
          const d2 = two?.days[i]
          if (!two || !d2)
            return [
              heading(d.heading, HeadingLevel.HEADING_2),
              simpleTable(
                [s.columns.time, s.columns.event, s.columns.place, s.columns.participants],
                d.rows.map((r) => ({ cells: [r.time, r.event, r.place, r.participants] })),
                [17, 35, 24, 24],
              ),
            ]
          const block = (r: { event: string; place: string; participants: string }) =>
            [r.event, r.place, r.participants].filter(Boolean).join('\n')
          return [
            heading(`${d.heading} / ${d2.heading}`, HeadingLevel.HEADING_2),
            simpleTable(
              [
                s.columns.time,
                `${s.columns.event}, ${s.columns.place.toLowerCase()}`,
                `${two.columns.event}, ${two.columns.place.toLowerCase()}`,
              ],
              d.rows.map((r, j) => {
                const r2 = d2.rows[j]
                return {
                  cells: [
                    r2 && r2.time !== r.time ? `${r.time}\n${r2.time}` : r.time,
                    block(r),
                    r2 ? block(r2) : '',
                  ],
                }
              }),
            ),
          ]
        }),
      ]
    }
    case 'pocket':
      return []
  }
}

/** A whole briefing-shaped document (the after-visit report) as an editable Word file, portrait A4. */
export async function documentDocx(model: BriefingDocument): Promise<Uint8Array> {
  const doc = neutraliseBidiDeep(model)
  const children = doc.sections.flatMap((s) => sectionDocx(s, doc))
  const landscape = doc.sections.some((s) => s.kind === 'table' && s.landscape)
  const document = new Document({
    creator: 'Delegation Planner',
    title: doc.title,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        ...(landscape
          ? { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } } }
          : {}),
        // Personal data is said so at the top of every page, as in the PDF.
        ...(doc.sensitiveNotice
          ? {
              headers: {
                default: new Header({
                  children: [
                    new Paragraph({
                      children: [
                        new TextRun({
                          text: doc.sensitiveNotice,
                          bold: true,
                          size: 16,
                          color: 'AA0000',
                        }),
                      ],
                    }),
                  ],
                }),
              },
            }
          : {}),
        children: withClassification(doc, children),
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}

/** The press release as a Word file: the headline, then the paragraphs. */
export async function pressReleaseDocx(text: {
  title: string
  paragraphs: string[]
}): Promise<Uint8Array> {
  const release = neutraliseBidiDeep(text)
  const document = new Document({
    creator: 'Delegation Planner',
    title: release.title,
    styles: { default: { document: { run: { font: 'Arial', size: 24 } } } },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun(release.title)],
          }),
          ...release.paragraphs.map(
            (p) => new Paragraph({ spacing: { after: 160 }, children: [new TextRun(p)] }),
          ),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
