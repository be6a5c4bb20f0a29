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
              size: align === AlignmentType.CENTER ? (i === 0 ? 24 : 20) : 28,
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
      children: [new TextRun({ text, size: 28 })],
    })
  return [
    twoColumns(
      [...lines(s.sender, AlignmentType.CENTER), para(''), para(s.ref, { size: 20 })],
      lines(s.addressee, AlignmentType.LEFT),
    ),
    para(''),
    para(s.heading, { size: 24 }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 240 },
      children: [new TextRun({ text: s.salutation, size: 28 })],
    }),
    ...s.paragraphs.map(body),
    para(''),
    para(s.attachment, { size: 28 }),
    para(''),
    twoColumns(
      [para(s.signature.position, { size: 28 })],
      [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [new TextRun({ text: s.signature.name, size: 28 })],
        }),
      ],
    ),
    ...(s.executor
      ? [para(''), para(''), ...s.executor.split('\n').map((l) => para(l, { size: 20 }))]
      : []),
  ]
}
