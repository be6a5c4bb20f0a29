import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { BriefingSection } from '../../../shared/briefing/briefing-document'
import { para, type Block } from './parts'

/** A letter on the letterhead: sender and addressee side by side, the body, the signature, the executor. */
export function letterDocx(s: Extract<BriefingSection, { kind: 'letter' }>): Block[] {
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
