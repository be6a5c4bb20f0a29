import { AlignmentType, HeadingLevel, Paragraph, TextRun } from 'docx'
import type { BriefingSection } from '../../../shared/briefing/briefing-document'
import { heading, simpleTable, type Block } from './parts'

/** The guest programme as Word: the approval block, the title, a table per day (two languages side by side when asked). */
export function guestDocx(s: Extract<BriefingSection, { kind: 'guest' }>): Block[] {
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
            // Chinese takes its own full-width comma.
            `${two.columns.event}${two.lang === 'zh' ? '，' : ', '}${two.columns.place.toLowerCase()}`,
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
