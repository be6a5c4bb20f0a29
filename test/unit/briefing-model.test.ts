import { describe, expect, test } from 'vitest'
import { buildBriefing, chosenSections } from '../../shared/briefing/build-briefing'
import {
  escapeCssString,
  escapeHtml,
  renderBriefingHtml,
} from '../../shared/briefing/render-briefing-html'
import { mergeDirectory, type Directory } from '../../shared/domain/directory'
import { defaultPlanningSettings } from '../../shared/domain/planning'
import { shiftVisitDates } from '../../shared/domain/templates'
import type { Visit } from '../../shared/domain/visit'
import { shippedVenues, zhambyl as template } from '../helpers/zhambyl'

const visit: Visit = shiftVisitDates(template.visit, '2026-12-07')
const directory: Directory = template.directory
const context = {
  generatedAt: new Date('2026-11-28T07:40:00Z'),
  today: '2026-11-28',
  settings: defaultPlanningSettings(),
  history: [
    {
      date: '2022-09-12',
      endDate: '2022-09-14',
      kind: 'visit' as const,
      title: 'Визит делегации Жамбылской области',
      direction: 'incoming' as const,
      status: 'completed',
    },
    {
      date: '2022-09-13',
      kind: 'agreement' as const,
      title: 'Соглашение о сотрудничестве',
      direction: 'incoming' as const,
      status: 'signed',
    },
    {
      date: '2026-12-07',
      endDate: '2026-12-11',
      kind: 'visit' as const,
      title: 'Этот визит',
      direction: 'incoming' as const,
      status: 'draft',
    },
  ],
}

describe('buildBriefing', () => {
  test('the Zhambyl sample: the whole document model (snapshot)', () => {
    expect(buildBriefing(visit, directory, { lang: 'ru' }, context)).toMatchSnapshot()
  })

  test('every programme item is in the programme, days in order, people by precedence', () => {
    const doc = buildBriefing(visit, directory, {}, context)
    const programme = doc.sections.find((s) => s.kind === 'programme')!
    if (programme.kind !== 'programme') throw new Error('no programme')
    const ids = programme.days.flatMap((d) => d.rows.map((r) => r.itemId))
    expect(ids.sort()).toEqual(visit.items.map((i) => i.id).sort())
    expect(programme.days.map((d) => d.date)).toEqual([...programme.days.map((d) => d.date)].sort())
    const delegation = doc.sections.find((s) => s.id === 'delegation')!
    if (delegation.kind !== 'people') throw new Error('no delegation')
    expect(delegation.rows[0]?.name).toBe('Есмагамбетова Айжан Серикбаевна')
    expect(doc.prepared).toBe('Подготовлено 28.11.2026 10:40')
    expect(doc.classification).toBe('Для служебного пользования')
  })

  test('sections can be switched off and reordered; the variants pick their own', () => {
    expect(
      chosenSections({
        sections: [
          { id: 'programme', on: true },
          { id: 'cover', on: false },
          { id: 'checklist', on: true },
        ],
      }).slice(0, 3),
    ).toEqual(['programme', 'checklist', 'changes'])
    expect(chosenSections({ variant: 'programme' })).toEqual([
      'cover',
      'changes',
      'programme',
      'contacts',
    ])
    const pocket = buildBriefing(visit, directory, { variant: 'pocket' }, context)
    expect(pocket.sections.map((s) => s.kind)).toEqual([
      'pocket',
      'pocket',
      'pocket',
      'pocket',
      'pocket',
    ])
  })

  test('English: the items’ English titles, venues’ English names, one passport spelling per person', () => {
    const withVenues = { ...directory, venues: [...directory.venues, ...shippedVenues] }
    const doc = buildBriefing(visit, withVenues, { lang: 'en', classification: '' }, context)
    expect(doc.subtitle).toBe('Briefing materials for the visit')
    expect(doc.classification).toBe('')
    const delegation = doc.sections.find((s) => s.id === 'delegation')!
    if (delegation.kind !== 'people') throw new Error('no delegation')
    expect(delegation.heading).toBe('Delegation')
    expect(delegation.rows[0]?.name).toBe('Aizhan Yesmagambetova')
    expect(delegation.rows[0]?.languages).not.toMatch(/\bkk\b|\bru\b/)
    const programme = doc.sections.find((s) => s.id === 'programme')!
    if (programme.kind !== 'programme') throw new Error('no programme')
    const rows = programme.days.flatMap((d) => d.rows)
    expect(rows.map((r) => r.event)).toContain(
      'Meeting with Alexander Kyalin, Vice-Governor of Leningrad Region for Social Affairs',
    )
    expect(rows.map((r) => r.event).join(' ')).not.toMatch(/[А-Яа-яЁё]/)
    expect(rows.map((r) => r.venue)).toContain('Leningrad Nuclear Power Plant')
    // The vice-governor is 'Alexander Kyalin' in the title and in every list alike.
    const text = JSON.stringify(doc)
    expect(text).toContain('Alexander Kyalin')
    expect(text).not.toContain('Kialin')
  })

  test('passport data only when asked, and then the document says so', () => {
    const withPassport: Directory = mergeDirectory(
      {
        ...directory,
        people: directory.people.map((p) =>
          p.id === 'p-esmagambetova'
            ? { ...p, passport: { series: 'N', number: '12345678', nationality: 'KZ' } }
            : p,
        ),
      },
      directory,
    )
    const plain = buildBriefing(visit, withPassport, {}, context)
    expect(JSON.stringify(plain)).not.toContain('12345678')
    expect(plain.sensitiveNotice).toBeUndefined()
    const shown = buildBriefing(visit, withPassport, { includeSensitive: true }, context)
    expect(JSON.stringify(shown)).toContain('N 12345678')
    expect(shown.sensitiveNotice).toContain('персональные данные')
  })

  test('the history of relations is the counterpart history before this visit', () => {
    const doc = buildBriefing(visit, directory, {}, context)
    const background = doc.sections.find((s) => s.kind === 'background')!
    if (background.kind !== 'background') throw new Error('no background')
    expect(background.paragraphs[0]).toContain('Жамбылская область')
    expect(background.history).toEqual([
      { label: '12–14 сентября 2022 г.', value: 'Визит к нам: Визит делегации Жамбылской области' },
      { label: '13.09.2022', value: 'Подписан документ: Соглашение о сотрудничестве' },
    ])
  })
})

describe('renderBriefingHtml: hostile text', () => {
  const hostile = '<img src=x onerror=alert(1)> "</style><script>alert(2)</script>'
  const evil: Visit = {
    ...visit,
    title: hostile,
    objectives: hostile,
    items: visit.items.map((i, n) => (n === 0 ? { ...i, title: hostile, notes: hostile } : i)),
  }
  const html = renderBriefingHtml(buildBriefing(evil, directory, {}, context), { fontCss: '' })

  test('prints literally: no tag, no script, no attribute from the data', () => {
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script')
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;')
    // Only our own </style>, once.
    expect(html.match(/<\/style>/g)).toHaveLength(1)
  })

  test('the page is static: a CSP that forbids scripts and anything remote', () => {
    expect(html).toContain("default-src 'none'")
    expect(html).not.toMatch(/\bsrc="(?!data:)/)
    expect(html).not.toMatch(/https?:\/\//)
  })

  test('escaping helpers', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\``)).toBe(
      '&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;&#96;',
    )
    expect(escapeCssString('a"b\\c</style>\nd')).toBe('a\\22 b\\5c c\\3c /style\\3e \\a d')
  })
})
