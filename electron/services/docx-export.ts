// The Word files of the app: the programme table, any briefing-shaped document, the press release.
import { typesetDeep } from '../../shared/language/typography'
import { Document, Header, HeadingLevel, Packer, PageOrientation, Paragraph, TextRun } from 'docx'
import type { BriefingDocument } from '../../shared/briefing/briefing-document'
import { neutraliseBidiDeep } from '../../shared/exports/bidi'
import { dayTable, withClassification, type Block } from './docx/parts'
import { houseFooter, houseMargins, houseStyles } from './docx/house-style'
import { sectionDocx } from './docx/sections'

/**
 * The programme as an editable Word document (landscape A4, a table per day with a repeating
 * header), built from the briefing's programme section so both say the same.
 */
export async function programmeDocx(raw: BriefingDocument): Promise<Uint8Array> {
  const model = typesetDeep(raw, raw.lang)
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
  const children: Block[] = [
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
    styles: houseStyles('document'),
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: houseMargins('document'),
          },
        },
        footers: { default: houseFooter(footerText(doc), doc.pageLabel) },
        children: withClassification(doc, children),
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}

/** A whole briefing-shaped document (the after-visit report) as an editable Word file, portrait A4. */
export async function documentDocx(raw: BriefingDocument): Promise<Uint8Array> {
  const model = typesetDeep(raw, raw.lang)
  const doc = neutraliseBidiDeep(model)
  // A letter goes out as GOST R 7.0.97 lays it out, without the internal footer; the
  // personal-data notice stands over the list that holds the data, never over the letterhead.
  const kind = doc.sections[0]?.kind === 'letter' ? 'letter' : 'document'
  const children = doc.sections.flatMap((s, i) => [
    ...(kind === 'letter' && i === 1 && doc.sensitiveNotice
      ? [sensitiveParagraph(doc.sensitiveNotice)]
      : []),
    ...sectionDocx(s, doc),
  ])
  const landscape = doc.sections.some((s) => s.kind === 'table' && s.landscape)
  const document = new Document({
    creator: 'Delegation Planner',
    title: doc.title,
    styles: houseStyles(kind),
    sections: [
      {
        properties: {
          page: {
            ...(landscape ? { size: { orientation: PageOrientation.LANDSCAPE } } : {}),
            margin: houseMargins(kind),
          },
        },
        ...(kind === 'document'
          ? { footers: { default: houseFooter(footerText(doc), doc.pageLabel) } }
          : {}),
        // Personal data is said so at the top of every page, as in the PDF.
        ...(doc.sensitiveNotice && kind === 'document'
          ? {
              headers: {
                default: new Header({ children: [sensitiveParagraph(doc.sensitiveNotice)] }),
              },
            }
          : {}),
        children: withClassification(doc, children),
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}

function sensitiveParagraph(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: true, size: 16, color: 'AA0000' })] })
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
    styles: houseStyles('document'),
    sections: [
      {
        properties: { page: { margin: houseMargins('document') } },
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun(release.title)],
          }),
          ...release.paragraphs.map(
            (p) =>
              new Paragraph({
                spacing: { after: 160, line: 300 },
                children: [new TextRun({ text: p, size: 24 })],
              }),
          ),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}

/** The footer's left part, as the PDF's: the title, the edition, when it was prepared. */
const footerText = (doc: BriefingDocument) =>
  [doc.title, doc.edition, doc.prepared].filter(Boolean).join(' · ')
