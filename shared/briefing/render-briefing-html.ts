// One static HTML page for a briefing: the in-app preview shows it in a sandboxed frame and the
// printers turn it into PDF. No script, nothing loaded from outside; every text is escaped.
import { typesetDeep } from '../language/typography'
import type {
  BriefingDocument,
  BriefingSection,
  LabelValue,
  ProgrammeDay,
} from './briefing-document'
import { neutraliseBidi } from '../exports/bidi'

/** Text for an HTML attribute value (bidirectional controls left out: never obeyed). */
export function escapeAttribute(text: string): string {
  return neutraliseBidi(text).replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * Text for HTML content. As an attribute, and a word too long for any column (a pasted code, a
 * URL) gets a break opportunity every few characters, so that it wraps instead of being cut off
 * at the page edge; ordinary words and numbers keep their width, so columns are sized as before.
 */
export function escapeHtml(text: string): string {
  return escapeAttribute(
    text.replace(LONG_WORD, (word) => word.replace(/(\P{M}\p{M}*){16}/gu, '$&\u200B')),
  )
}

/** A run of this many characters without a space is longer than a column of the briefing. */
const LONG_WORD = /[^\s\u200B]{32,}/gu

/** Text for a CSS string ("…"): quotes, backslashes, line breaks and '<' (which could end the style). */
export function escapeCssString(text: string): string {
  return neutraliseBidi(text).replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)
}

const e = escapeHtml

/** A portrait is printed only as the data: URL the schema allows; anything else is dropped. */
const SAFE_PHOTO = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/

export interface RenderOptions {
  /** @font-face rules with the fonts inlined as data: URLs. */
  fontCss: string
}

/** The whole document as one HTML string. */
export function renderBriefingHtml(raw: BriefingDocument, options: RenderOptions): string {
  const doc = typesetDeep(raw, raw.lang)
  // The personal-data notice stands over the part that holds the data, never over a letterhead.
  const letterFirst = doc.sections[0]?.kind === 'letter'
  const notice = doc.sensitiveNotice
    ? `<p class="sensitive${letterFirst ? ' lead' : ''}">${e(doc.sensitiveNotice)}</p>`
    : ''
  const body = doc.sections
    .map((s, i) => (letterFirst && i === 1 ? notice : '') + section(s, doc))
    .join('\n')
  return `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<title>${e(doc.title)}</title>
<style>
${options.fontCss}
${pageCss(doc)}
${BASE_CSS}
</style>
</head>
<body class="variant-${doc.variant}">
${letterFirst ? '' : notice}
${body || `<p>${e(doc.emptyText)}</p>`}
</body>
</html>
`
}

function pageCss(doc: BriefingDocument): string {
  const s = escapeCssString
  // The pocket programme is a card: A6, a day to a page, to carry in a jacket pocket.
  if (doc.variant === 'pocket')
    return `@page {
  size: 105mm 148mm; /* A6 (not a CSS keyword) */
  margin: 6mm 5mm 8mm 5mm;
  @bottom-right { content: counter(page) " / " counter(pages); font: 6pt 'PT Sans', sans-serif; color: #555; }
  @bottom-left { content: "${s(doc.classification)}"; font: 700 6pt 'PT Sans', sans-serif; color: #555; }
}`
  const footer = `${doc.title}`.slice(0, 120)
  return `@page {
  size: A4;
  margin: 16mm 14mm 18mm 18mm;
  @top-right { content: "${s(doc.classification)}"; font: 700 8pt 'PT Sans', sans-serif; color: #555; }
  @top-left { content: "${s(doc.sensitiveNotice ? doc.sensitiveNotice.split('.')[0]! : '')}"; font: 700 8pt 'PT Sans', sans-serif; color: #a00; }
  @bottom-left { content: "${s([footer, doc.edition, doc.prepared].filter(Boolean).join(' · '))}"; font: 7.5pt 'PT Sans', sans-serif; color: #666; }
  @bottom-right { content: "${s(doc.pageLabel.page)} " counter(page) " ${s(doc.pageLabel.of)} " counter(pages); font: 8pt 'PT Sans', sans-serif; color: #333; }
}
@page cover {
  @top-left { content: none; }
}
/* An outgoing letter as GOST R 7.0.97 lays it out: margins 20/10/20/20 mm, no internal marks. */
@page letter {
  margin: 20mm 10mm 20mm 20mm;
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}`
}

const BASE_CSS = `
* { box-sizing: border-box; }
html { font-family: 'PT Sans', 'Noto Sans SC', 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 10pt; color: #111; line-height: 1.3; }
body { overflow-wrap: break-word; }
body { margin: 0; }
h1, h2, h3 { font-family: 'PT Serif', 'PT Sans', 'Noto Sans SC', serif; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 20pt; margin: 0 0 6mm; }
h2 { font-size: 13pt; margin: 0 0 3mm; padding-bottom: 1.5mm; border-bottom: 1.5pt solid #1f4e8c; color: #1f3f70; }
h3 { font-size: 11pt; margin: 0 0 1.5mm; }
section { margin-bottom: 7mm; }
section.break { break-before: page; page-break-before: always; }
p { margin: 0 0 2mm; orphans: 2; widows: 2; }
.sensitive.lead { break-before: page; page-break-before: always; }
.sensitive.lead + section.break { break-before: auto; page-break-before: auto; }
.sensitive { border: 1pt solid #a00; color: #a00; padding: 2mm 3mm; font-weight: 700; margin-bottom: 4mm; }
.cover { page: cover; min-height: 240mm; display: flex; flex-direction: column; justify-content: center; }
.cover .kicker { font-size: 11pt; text-transform: uppercase; letter-spacing: 0.08em; color: #555; margin-bottom: 4mm; }
.cover h1 { font-size: 24pt; line-height: 1.2; }
.cover .prepared { margin-top: 12mm; color: #555; }
.cover .edition { margin-top: 8mm; font-weight: 700; }
.cover.compact { page: auto; min-height: 0; display: block; margin-bottom: 8mm; }
.cover.compact h1 { font-size: 18pt; margin-bottom: 4mm; }
.cover.compact .edition, .cover.compact .prepared { margin-top: 2mm; }
dl.lines { display: grid; grid-template-columns: 42mm 1fr; gap: 1.5mm 4mm; margin: 0; }
dl.lines dt { color: #555; }
dl.lines dd { margin: 0; }
.facts { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2mm 6mm; margin: 3mm 0 4mm; }
.fact { border-left: 2pt solid #1f4e8c; padding-left: 2.5mm; }
.fact b { display: block; font-size: 14pt; font-family: 'PT Serif', serif; }
table { width: 100%; border-collapse: collapse; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { text-align: left; font-size: 8.5pt; color: #333; background: #eef2f8; border-bottom: 1pt solid #9aa9c2; padding: 1.5mm 2mm; }
td { vertical-align: top; border-bottom: 0.5pt solid #ccd3de; padding: 1.6mm 2mm; }
.day { break-inside: avoid; page-break-inside: avoid; margin-bottom: 5mm; }
.day-row th { background: #1f3f70; color: #fff; padding: 1.5mm 2.5mm; font: 700 10.5pt 'PT Serif', 'Noto Sans SC', serif; border: none; }
.time { white-space: nowrap; font-weight: 700; width: 22mm; font-variant-numeric: tabular-nums; }
.duration { display: block; font-weight: 400; font-size: 7.5pt; color: #555; }
.tentative { display: block; font-weight: 400; font-size: 7.5pt; color: #8a6d00; }
.kind { display: block; font-size: 7.5pt; text-transform: uppercase; color: #666; letter-spacing: 0.03em; }
.event { font-weight: 700; }
.address { color: #555; font-size: 8.5pt; }
.who { font-size: 8.5pt; }
.who b { font-weight: 700; color: #444; }
.notes { font-size: 8.5pt; color: #333; }
.notes div + div { margin-top: 0.8mm; }
.alert td { color: #a00; font-weight: 700; }
.card { border: 0.5pt solid #ccd3de; padding: 2.5mm 3mm; margin-bottom: 3mm; break-inside: avoid; page-break-inside: avoid; }
.muted { color: #666; }
ul { margin: 1mm 0 2mm; padding-left: 5mm; }
.approval-block { margin-left: auto; width: 78mm; margin-bottom: 6mm; font-size: 10.5pt; line-height: 1.5; }
.approval-block .approval-label { font-weight: 700; letter-spacing: 0.08em; }
.approval-block .approval-sign { margin-top: 5mm; }
.guest .approval { margin-left: auto; width: 78mm; margin-bottom: 8mm; font-size: 10pt; line-height: 1.5; }
.guest .approval-label { font-weight: 700; letter-spacing: 0.08em; }
.guest .approval-sign { margin-top: 4mm; }
.guest-heading { text-align: center; font-size: 16pt; letter-spacing: 0.12em; margin: 0 0 1mm; }
.guest-title { text-align: center; font: 700 12pt 'PT Serif', 'Noto Sans SC', serif; margin: 0 0 1mm; }
.guest-subtitle { text-align: center; color: #444; margin: 0 0 6mm; }
.bi-title { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; margin-bottom: 4mm; }
.bi-title .guest-heading { font-size: 14pt; }
.bi-head { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
table.bilingual td + td + td, table.bilingual th + th + th { border-left: 0.5pt solid #ccd3de; }
.letter { page: letter; font: 14pt/1.2 'PT Serif', 'PT Sans', serif; }
.letter-head { display: grid; grid-template-columns: 1fr 1fr; gap: 10mm; margin-bottom: 10mm; }
.sender { font-size: 10pt; line-height: 1.35; text-align: center; }
.sender-org { font-weight: 700; font-size: 12pt; text-transform: uppercase; margin-bottom: 1mm; }
.ref { margin-top: 3mm; }
.addressee { padding-left: 6mm; }
.subject { font-size: 12pt; margin-bottom: 8mm; max-width: 90mm; }
.salutation { text-align: center; margin: 0 0 4mm; }
.letter p.body { text-indent: 12.5mm; text-align: justify; margin: 0; }
.attachment { margin-top: 6mm; }
.signature { display: flex; justify-content: space-between; align-items: flex-end; margin-top: 12mm; break-inside: avoid; }
.signature .sign-space { flex: 1; }
.executor { margin-top: 18mm; font: 10pt/1.2 'PT Serif', serif; white-space: pre-line; }
.sign-off { display: flex; justify-content: space-between; margin-top: 10mm; font: 11pt 'PT Serif', serif; break-inside: avoid; }
.caption { text-align: right; font-size: 9pt; margin-bottom: 3mm; }
.accessList h2 { text-align: center; border: none; font-size: 12pt; }
.accessList table { table-layout: fixed; border: 0.5pt solid #777; }
.accessList td, .accessList th { font-size: 8.5pt; border: 0.5pt solid #777; overflow-wrap: anywhere; }
.accessList th:first-child { width: 8mm; }
.accessList th { background: #f2f2f2; }
tr.total td { font-weight: 700; border-top: 1pt solid #333; }
.bio { overflow: hidden; }
.bio-photo { float: right; width: 28mm; max-height: 36mm; object-fit: cover; margin: 0 0 2mm 4mm; border: 0.5pt solid #ccd3de; }
.bio .latin { font-size: 9pt; color: #444; margin-bottom: 1mm; }
.bio-contacts { margin-top: 2mm; font-size: 9pt; }
.meeting-points .raise, .meeting-points .avoid { margin-top: 2mm; }
.meeting-points .avoid b { color: #a00; }
.meeting-points ol, .meeting-points ul { margin: 1mm 0 0; }
.change-table { margin-top: 3mm; }
.estimate td:nth-child(5), .estimate td:nth-child(6) { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.change-table tr.mark-added td { background: #e8f5e9; }
.change-table tr.mark-removed td { background: #fdecea; text-decoration: line-through; }
.change-table tr.mark-removed td:last-child { text-decoration: none; }
.change-table tr.mark-moved td, .change-table tr.mark-retimed td { background: #fff6db; }
.change-table tr.mark-venue td, .change-table tr.mark-participants td, .change-table tr.mark-renamed td { background: #eef2f8; }
.seat-event { font-size: 11pt; margin-bottom: 5mm; }
.seat-side { font-weight: 700; margin: 2mm 0; }
.seat-row { display: grid; gap: 2mm; }
.seat { min-width: 0; border: 0.8pt solid #777; border-radius: 1.5mm; padding: 1.5mm; font-size: 8.5pt; text-align: center; break-inside: avoid; }
.seat b { display: block; font-size: 9.5pt; }
.seat span { display: block; color: #333; }
.seat .seat-n { display: inline; color: #1f3f70; font-weight: 700; }
.seat-head { border: 1.6pt solid #1f3f70; }
.seat-table { margin: 3mm 0; padding: 9mm 0; border: 1.2pt solid #1f3f70; border-radius: 4mm; text-align: center; color: #1f3f70; font-weight: 700; }
.seat-entrance { text-align: center; color: #555; margin: 3mm 0 6mm; }
.pocket { break-after: page; page-break-after: always; }
.pocket:last-child { break-after: auto; page-break-after: auto; }
.pocket h2 { font-size: 10.5pt; margin-bottom: 1.5mm; }
.pocket .title { font-size: 6.5pt; color: #555; margin-bottom: 1mm; }
.pocket table { width: 100%; }
.pocket th { font-size: 6.5pt; padding: 0.6mm 1mm; }
.pocket td { font-size: 7.5pt; padding: 0.8mm 1mm; line-height: 1.2; }
.pocket td.time { width: 15mm; white-space: nowrap; }
.pocket .tentative { font-size: 6pt; color: #7a5200; font-weight: 400; }
.pocket .address { font-size: 6.5pt; color: #555; }
.pocket-contacts { margin-top: 1.5mm; font-size: 6.5pt; }
@media screen {
  html { background: #d9dde4; }
  body { max-width: 210mm; margin: 6mm auto; background: #fff; padding: 16mm 14mm 18mm 18mm; box-shadow: 0 1px 6px rgba(0,0,0,0.2); }
  .cover { min-height: 0; padding: 20mm 0; }
  section.break { margin-top: 10mm; }
}
`

type GuestSection = Extract<BriefingSection, { kind: 'guest' }>

/** The guest programme with the partner's language in a parallel column, row for row. */
function bilingualGuest(s: GuestSection, two: NonNullable<GuestSection['second']>): string {
  const cell = (r: { event: string; place: string; participants: string }) =>
    `<div class="event">${e(r.event)}</div>${r.place ? `<div class="address">${e(r.place)}</div>` : ''}${r.participants ? `<div class="who">${e(r.participants)}</div>` : ''}`
  return `<section class="guest">
${
  s.approval
    ? `<div class="approval"><div class="approval-label">${e(s.approval.label)}</div><div>${e(s.approval.position)}</div><div class="approval-sign">${e(s.approval.signature)}</div><div>${e(s.approval.date)}</div></div>`
    : ''
}
<div class="bi-title">
<div><h1 class="guest-heading">${e(s.heading)}</h1><p class="guest-title">${e(s.title)}</p><p class="guest-subtitle">${e(s.subtitle)}</p></div>
<div lang="${two.lang}"><h1 class="guest-heading">${e(two.heading)}</h1><p class="guest-title">${e(two.title)}</p><p class="guest-subtitle">${e(two.subtitle)}</p></div>
</div>
${s.days
  .map((d, i) => {
    const d2 = two.days[i]
    return `<div class="day"><table class="bilingual">
<colgroup><col style="width:22mm"><col style="width:50%"><col style="width:50%"></colgroup>
<thead><tr class="day-row"><th colspan="2" scope="colgroup">${e(d.heading)}</th><th lang="${two.lang}">${e(d2?.heading ?? '')}</th></tr>
<tr><th>${e(s.columns.time)}</th><th>${e(s.columns.event)}, ${e(s.columns.place.toLowerCase())}</th><th lang="${two.lang}">${e(two.columns.event)}${two.lang === 'zh' ? '，' : ', '}${e(two.columns.place.toLowerCase())}</th></tr></thead>
<tbody>
${d.rows
  .map((r, j) => {
    const r2 = d2?.rows[j]
    const time =
      r2 && r2.time !== r.time
        ? `${e(r.time)}<div class="tentative" lang="${two.lang}">${e(r2.time)}</div>`
        : e(r.time)
    return `<tr><td class="time">${time}</td><td>${cell(r)}</td><td lang="${two.lang}">${r2 ? cell(r2) : ''}</td></tr>`
  })
  .join('\n')}
</tbody></table></div>`
  })
  .join('\n')}
</section>`
}

function lines(list: LabelValue[]): string {
  if (list.length === 0) return ''
  return `<dl class="lines">${list.map((l) => `<dt>${e(l.label)}</dt><dd>${e(l.value)}</dd>`).join('')}</dl>`
}

function programmeDay(
  day: ProgrammeDay,
  s: Extract<BriefingSection, { kind: 'programme' }>,
): string {
  const rows = day.rows
    .map((r) => {
      const who = [
        r.guests ? `<div><b>${e(s.guestsLabel)}:</b> ${e(r.guests)}</div>` : '',
        r.hosts ? `<div><b>${e(s.hostsLabel)}:</b> ${e(r.hosts)}</div>` : '',
        r.responsible ? `<div class="muted">${e(r.responsible)}</div>` : '',
      ].join('')
      return `<tr data-item="${escapeAttribute(r.itemId)}">
<td class="time">${e(r.time)}${r.duration ? `<span class="duration">${e(r.duration)}</span>` : ''}${r.tentative ? `<span class="tentative">${e(r.tentative)}</span>` : ''}</td>
<td><span class="kind">${e(r.kind)}</span><span class="event">${e(r.event)}</span></td>
<td>${e(r.venue)}${r.address ? `<div class="address">${e(r.address)}</div>` : ''}</td>
<td class="who">${who}</td>
<td class="notes">${r.notes.map((n) => `<div>${e(n)}</div>`).join('')}</td>
</tr>`
    })
    .join('\n')
  // The day's heading is a header row, so it repeats with the column titles on every page.
  return `<div class="day">
<table>
<colgroup><col style="width:20mm"><col style="width:49mm"><col style="width:38mm"><col style="width:36mm"><col></colgroup>
<thead><tr class="day-row"><th colspan="5" scope="colgroup">${e(day.heading)}</th></tr>
<tr><th>${e(s.columns.time)}</th><th>${e(s.columns.event)}</th><th>${e(s.columns.venue)}</th><th>${e(s.columns.participants)}</th><th>${e(s.columns.notes)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`
}

type Kind = BriefingSection['kind']
type Renderer<K extends Kind> = (
  s: Extract<BriefingSection, { kind: K }>,
  doc: BriefingDocument,
) => string

/** One renderer for every kind of section (the compiler checks none is missing). */
const HTML_SECTIONS: { [K in Kind]: Renderer<K> } = {
  cover: (s, doc) => {
    return `<section class="cover${s.compact ? ' compact' : ''}">
<div class="kicker">${e(doc.subtitle)}</div>
<h1>${e(s.title)}</h1>
${lines(s.lines)}
${doc.edition ? `<p class="edition">${e(doc.edition)}</p>` : ''}
<p class="prepared">${e(doc.prepared)}${doc.classification ? ` · ${e(doc.classification)}` : ''}</p>
</section>`
  },
  summary: (s) => {
    return `<section class="summary">
<h2>${e(s.heading)}</h2>
${s.objectives ? `<p>${e(s.objectives)}</p>` : ''}
<div class="facts">${s.facts.map((f) => `<div class="fact"><b>${e(f.value)}</b>${e(f.label)}</div>`).join('')}</div>
<h3>${e(s.signingLabel)}</h3>
<ul>${s.signing.map((x) => `<li>${e(x)}</li>`).join('')}</ul>
</section>`
  },
  programme: (s, doc) => {
    return `<section class="programme break">
<h2>${e(s.heading)}</h2>
${s.days.length ? s.days.map((d) => programmeDay(d, s)).join('\n') : `<p>${e(doc.emptyText)}</p>`}
</section>`
  },
  people: (s, doc) => {
    const passport = s.columns.passport !== undefined
    return `<section class="people">
<h2>${e(s.heading)}</h2>
${
  s.rows.length === 0
    ? `<p class="muted">${e(doc.emptyText)}</p>`
    : `<table>
<thead><tr><th>${e(s.columns.rank)}</th><th>${e(s.columns.name)}</th><th>${e(s.columns.position)}</th><th>${e(s.columns.languages)}</th>${passport ? `<th>${e(s.columns.passport!)}</th>` : ''}</tr></thead>
<tbody>
${s.rows
  .map(
    (r) =>
      `<tr><td>${e(r.rank)}</td><td><b>${e(r.name)}</b>${r.latin ? `<div class="muted">${e(r.latin)}</div>` : ''}</td><td>${e(r.position)}</td><td>${e(r.languages)}</td>${passport ? `<td>${e(r.passport ?? '')}</td>` : ''}</tr>`,
  )
  .join('\n')}
</tbody>
</table>`
}
</section>`
  },
  venues: (s, doc) => {
    return `<section class="venues">
<h2>${e(s.heading)}</h2>
${s.venues.length === 0 ? `<p class="muted">${e(doc.emptyText)}</p>` : ''}
${s.venues
  .map(
    (v) =>
      `<div class="card"><h3>${e(v.name)}</h3>${lines(v.lines)}${
        v.access.length ? `<ul>${v.access.map((a) => `<li>${e(a)}</li>`).join('')}</ul>` : ''
      }</div>`,
  )
  .join('\n')}
</section>`
  },
  documents: (s, doc) => {
    return `<section class="documents">
<h2>${e(s.heading)}</h2>
${s.documents.length === 0 ? `<p class="muted">${e(doc.emptyText)}</p>` : ''}
${s.documents
  .map(
    (d) =>
      `<div class="card"><div class="muted">${e(d.meta)}</div><h3>${e(d.title)}</h3>${lines(d.lines)}</div>`,
  )
  .join('\n')}
</section>`
  },
  background: (s, doc) => {
    return `<section class="background">
<h2>${e(s.heading)}</h2>
${s.paragraphs.map((p) => `<p>${e(p)}</p>`).join('\n')}
<h3>${e(s.historyHeading)}</h3>
${s.history.length ? lines(s.history) : `<p class="muted">${e(doc.emptyText)}</p>`}
</section>`
  },
  bios: (s) => {
    return `<section class="bios">
<h2>${e(s.heading)}</h2>
${s.bios
  .map(
    (b) =>
      `<div class="card bio">${b.photo && SAFE_PHOTO.test(b.photo) ? `<img class="bio-photo" src="${escapeAttribute(b.photo)}" alt="">` : ''}<h3>${e(b.name)}</h3>${b.latin && b.latin !== b.name ? `<div class="latin">${e(b.latin)}</div>` : ''}<div class="muted">${e(b.position)}</div>${b.text.map((p) => `<p>${e(p)}</p>`).join('')}${b.contacts.length ? `<div class="bio-contacts"><b>${e(b.contactsLabel)}</b><ul>${b.contacts.map((c) => `<li>${e(c)}</li>`).join('')}</ul></div>` : ''}</div>`,
  )
  .join('\n')}
</section>`
  },
  points: (s) => {
    return `<section class="points">
<h2>${e(s.heading)}</h2>
${s.meetings
  .map(
    (m) =>
      `<div class="card meeting-points"><h3>${e(m.title)}</h3><div class="muted">${e(m.when)}</div>${m.who ? `<div class="who">${e(m.who)}</div>` : ''}${m.raise.length ? `<div class="raise"><b>${e(s.raiseLabel)}</b><ol>${m.raise.map((x) => `<li>${e(x)}</li>`).join('')}</ol></div>` : ''}${m.avoid.length ? `<div class="avoid"><b>${e(s.avoidLabel)}</b><ul>${m.avoid.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div>` : ''}</div>`,
  )
  .join('\n')}
</section>`
  },
  text: (s) => {
    return `<section class="${escapeAttribute(s.id)}">
<h2>${e(s.heading)}</h2>
${s.paragraphs.map((p) => `<p>${e(p)}</p>`).join('\n')}
</section>`
  },
  approval: (s) => {
    return `<section class="approval-block"><div class="approval-label">${e(s.label)}</div><div>${e(s.position)}</div><div class="approval-sign">${e(s.signature)}</div><div>${e(s.date)}</div></section>`
  },
  letter: (s) => {
    return `<section class="letter">
<div class="letter-head">
<div class="sender">${s.sender.map((l, i) => (i === 0 ? `<div class="sender-org">${e(l)}</div>` : `<div>${e(l)}</div>`)).join('')}<div class="ref">${e(s.ref)}</div></div>
<div class="addressee">${s.addressee.map((l) => `<div>${e(l)}</div>`).join('')}</div>
</div>
<p class="subject">${e(s.heading)}</p>
<p class="salutation">${e(s.salutation)}</p>
${s.paragraphs.map((p) => `<p class="body">${e(p)}</p>`).join('\n')}
<p class="attachment">${e(s.attachment)}</p>
<div class="signature"><div>${e(s.signature.position)}</div><div class="sign-space"></div><div>${e(s.signature.name)}</div></div>
${s.executor ? `<p class="executor">${e(s.executor)}</p>` : ''}
</section>`
  },
  changes: (s) => {
    return `<section class="changes">
<h2>${e(s.heading)}</h2>
${s.paragraphs.map((p) => `<p>${e(p)}</p>`).join('\n')}
${
  s.rows.length
    ? `<table class="change-table">
<thead><tr>${s.columns.map((c) => `<th>${e(c)}</th>`).join('')}</tr></thead>
<tbody>
${s.rows.map((r) => `<tr class="mark-${e(r.mark)}">${r.cells.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>`
    : ''
}
</section>`
  },
  memo: (s) => {
    return `<section class="memos">
<h2>${e(s.heading)}</h2>
${s.sites.map((site) => `<div class="card"><h3>${e(site.name)}</h3>${lines(site.lines)}</div>`).join('\n')}
</section>`
  },
  table: (s, doc) => {
    return `<section class="${e(s.id)}${s.breakBefore ? ' break' : ''}${s.landscape ? ' landscape' : ''}">
${s.caption ? `<p class="caption">${e(s.caption)}</p>` : ''}
<h2>${e(s.heading)}</h2>
${
  s.rows.length === 0
    ? `<p class="muted">${e(doc.emptyText)}</p>`
    : `<table>
<thead><tr>${s.columns.map((c) => `<th>${e(c)}</th>`).join('')}</tr></thead>
<tbody>
${s.rows.map((r) => `<tr${r.alert ? ' class="alert"' : r.total ? ' class="total"' : ''}>${r.cells.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>`
}
${s.signOff ? `<div class="sign-off"><div>${e(s.signOff.position)}</div><div>${e(s.signOff.name)}</div></div>` : ''}
</section>`
  },
  guest: (s) => {
    if (s.second) return bilingualGuest(s, s.second)
    return `<section class="guest">
${
  s.approval
    ? `<div class="approval"><div class="approval-label">${e(s.approval.label)}</div><div>${e(s.approval.position)}</div><div class="approval-sign">${e(s.approval.signature)}</div><div>${e(s.approval.date)}</div></div>`
    : ''
}
<h1 class="guest-heading">${e(s.heading)}</h1>
<p class="guest-title">${e(s.title)}</p>
<p class="guest-subtitle">${e(s.subtitle)}</p>
${s.days
  .map(
    (d) => `<div class="day"><table>
<colgroup><col style="width:26mm"><col><col style="width:48mm"><col style="width:48mm"></colgroup>
<thead><tr class="day-row"><th colspan="4" scope="colgroup">${e(d.heading)}</th></tr>
<tr><th>${e(s.columns.time)}</th><th>${e(s.columns.event)}</th><th>${e(s.columns.place)}</th><th>${e(s.columns.participants)}</th></tr></thead>
<tbody>
${d.rows.map((r) => `<tr><td class="time">${e(r.time)}</td><td class="event">${e(r.event)}</td><td>${e(r.place)}</td><td class="who">${e(r.participants)}</td></tr>`).join('\n')}
</tbody></table></div>`,
  )
  .join('\n')}
</section>`
  },
  roster: (s) => {
    return `<section class="roster">
<div class="bi-head"><h2>${e(s.heading)}</h2><h2 lang="${s.lang}">${e(s.secondHeading)}</h2></div>
<table class="bilingual">
<colgroup><col style="width:9mm"><col style="width:50%"><col style="width:50%"></colgroup>
<thead><tr><th>№</th><th>${e(s.columns.name)}, ${e(s.columns.position.toLowerCase())}</th><th lang="${s.lang}">${e(s.columns.secondName)}, ${e(s.columns.secondPosition.toLowerCase())}</th></tr></thead>
<tbody>
${s.rows.map((r) => `<tr><td>${e(r.n)}</td><td><div class="event">${e(r.name)}</div><div>${e(r.position)}</div></td><td lang="${s.lang}"><div class="event">${e(r.secondName)}</div><div>${e(r.secondPosition)}</div></td></tr>`).join('\n')}
</tbody>
</table>
</section>`
  },
  seating: (s) => {
    // One column per seat place across the table; the centre column holds both heads.
    const reach = Math.max(0, ...s.sides.flatMap((side) => side.seats.map((x) => Math.abs(x.x))))
    const columns = 2 * reach + 1
    const row = (side: (typeof s.sides)[number]) =>
      `<div class="seat-row" style="grid-template-columns: repeat(${columns}, minmax(0, 1fr))">${side.seats
        .map(
          (seat) =>
            `<div class="seat${seat.n === '1' ? ' seat-head' : ''}" style="grid-column: ${reach + Math.round(seat.x) + 1}"><span class="seat-n">${e(seat.n)}</span><b>${e(seat.name)}</b><span>${e(seat.position)}</span></div>`,
        )
        .join('')}</div>`
    const [top, bottom] = s.sides
    return `<section class="seating">
<h2>${e(s.heading)}</h2>
<p class="seat-event">${e(s.event)}</p>
${top ? `<p class="seat-side">${e(top.label)}</p>${row(top)}` : ''}
<div class="seat-table">${e(s.tableLabel)}</div>
${bottom ? `${row(bottom)}<p class="seat-side">${e(bottom.label)}</p>` : ''}
<p class="seat-entrance">▼ ${e(s.entrance)}</p>
<p class="muted">${e(s.note)}</p>
</section>`
  },
  pocket: (s, doc) => {
    return `<section class="pocket">
<div class="title">${e(doc.title)}</div>
<h2>${e(s.heading)}</h2>
<table>
<thead><tr><th>${e(s.columns.time)}</th><th>${e(s.columns.event)} · ${e(s.columns.venue)}</th></tr></thead>
<tbody>
${s.day.rows
  .map(
    (r) =>
      `<tr><td class="time">${e(r.time)}${r.tentative ? `<div class="tentative">${e(r.tentative)}</div>` : ''}</td><td><span class="event">${e(r.event)}</span>${r.venue ? `<div>${e(r.venue)}</div>` : ''}${r.address ? `<div class="address">${e(r.address)}</div>` : ''}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>
${s.contacts.length ? `<div class="pocket-contacts"><b>${e(s.contactsLabel)}:</b> ${s.contacts.map((c) => e(c)).join('; ')}</div>` : ''}
</section>`
  },
}

function section(s: BriefingSection, doc: BriefingDocument): string {
  return (HTML_SECTIONS[s.kind] as Renderer<Kind>)(s, doc)
}
