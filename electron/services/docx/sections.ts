// Each kind of briefing section as Word paragraphs and tables: one small renderer per kind, the
// twins of the HTML renderers (shared/briefing/render-briefing-html.ts).
import { AlignmentType, HeadingLevel, Paragraph, TabStopType, TextRun } from 'docx'
import { mm } from './house-style'
import type { BriefingDocument, BriefingSection } from '../../../shared/briefing/briefing-document'
import { guestDocx } from './guest'
import { letterDocx } from './letter'
import { dayTable, heading, labelled, para, photoParagraph, simpleTable, type Block } from './parts'

type Kind = BriefingSection['kind']
type Renderer<K extends Kind> = (
  s: Extract<BriefingSection, { kind: K }>,
  doc: BriefingDocument,
) => Block[]

/** One renderer for every kind of section (the compiler checks none is missing). */
const DOCX_SECTIONS: { [K in Kind]: Renderer<K> } = {
  cover: (s, doc) => {
    return [
      para(doc.subtitle, { size: 22 }),
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(s.title)] }),
      ...labelled(s.lines),
      para(doc.prepared, { italics: true, size: 18 }),
    ]
  },
  text: (s) => {
    return [heading(s.heading, HeadingLevel.HEADING_1), ...s.paragraphs.map((p) => para(p))]
  },
  summary: (s) => {
    return [
      heading(s.heading, HeadingLevel.HEADING_1),
      ...(s.objectives ? [para(s.objectives)] : []),
      ...labelled(s.facts),
      ...(s.signing.length
        ? [para(s.signingLabel, { bold: true }), ...s.signing.map((x) => para(`— ${x}`))]
        : []),
    ]
  },
  programme: (s) => {
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
  },
  people: (s, doc) => {
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
  },
  documents: (s, doc) => {
    return [
      heading(s.heading, HeadingLevel.HEADING_1),
      ...(s.documents.length === 0 ? [para(doc.emptyText)] : []),
      ...s.documents.flatMap((d) => [
        para(d.meta, { italics: true, size: 18 }),
        para(d.title, { bold: true }),
        ...labelled(d.lines),
      ]),
    ]
  },
  table: (s, doc) => {
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
            undefined,
            s.landscape ? 265 : 178,
            s.landscape ? 17 : 20,
          )
        : para(doc.emptyText),
      ...(s.signOff ? signOffDocx(s.signOff) : []),
    ]
  },
  changes: (s) => {
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
  },
  memo: (s) => {
    return [
      heading(s.heading, HeadingLevel.HEADING_1),
      ...s.sites.flatMap((site) => [para(site.name, { bold: true }), ...labelled(site.lines)]),
    ]
  },
  venues: (s) => {
    return [
      heading(s.heading, HeadingLevel.HEADING_1),
      ...s.venues.flatMap((v) => [
        para(v.name, { bold: true }),
        ...labelled(v.lines),
        ...v.access.map((a) => para(`— ${a}`)),
      ]),
    ]
  },
  background: (s) => {
    return [
      heading(s.heading, HeadingLevel.HEADING_1),
      ...s.paragraphs.map((p) => para(p)),
      heading(s.historyHeading, HeadingLevel.HEADING_2),
      ...labelled(s.history),
    ]
  },
  bios: (s) => {
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
  },
  points: (s) => {
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
  },
  roster: (s) => {
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
  },
  seating: (s) => {
    return [
      heading(s.heading, HeadingLevel.HEADING_1),
      para(s.event),
      // In Word, each side as a list by seat rank (1 is the head, in the centre).
      ...s.sides.map((side) =>
        simpleTable(
          ['№', side.label],
          [...side.seats]
            .sort((a, b) => Number(a.n) - Number(b.n))
            .map((seat) => ({ cells: [seat.n, `${seat.name}\n${seat.position}`] })),
          [10, 90],
        ),
      ),
      para(s.note, { italics: true, size: 20 }),
    ]
  },
  pocket: () => {
    return []
  },
  letter: (s) => letterDocx(s),
  approval: (s) =>
    [s.label, s.position, s.signature, s.date].map(
      (text, i) =>
        new Paragraph({
          indent: { left: mm(100) },
          spacing: i === 2 ? { before: 200 } : {},
          children: [new TextRun({ text, bold: i === 0, size: 22 })],
        }),
    ),
  guest: (s) => guestDocx(s),
}

/** One section of a briefing or report as Word paragraphs and tables. */
export function sectionDocx(s: BriefingSection, doc: BriefingDocument): Block[] {
  return (DOCX_SECTIONS[s.kind] as Renderer<Kind>)(s, doc)
}

/** A signature under a table: the post at the left, the initials and surname at the right. */
function signOffDocx(sign: { position: string; name: string }): Paragraph[] {
  return [
    para(''),
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: mm(178) }],
      keepLines: true,
      children: [new TextRun({ text: `${sign.position}\t${sign.name}`, size: 22 })],
    }),
  ]
}
