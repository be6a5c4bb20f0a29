import { describe, expect, test } from 'vitest'
import { buildBriefing } from '../../shared/briefing/build-briefing'
import { renderBriefingHtml } from '../../shared/briefing/render-briefing-html'
import { defaultPlanningSettings } from '../../shared/domain/planning'
import { shiftVisitDates } from '../../shared/domain/templates'
import { shippedVenues, zhambyl as template } from '../helpers/zhambyl'

const visit = shiftVisitDates(template.visit, '2026-12-07')
const context = {
  generatedAt: new Date('2026-11-28T07:40:00Z'),
  today: '2026-11-28',
  settings: defaultPlanningSettings(),
  history: [],
}

describe('the guest programme', () => {
  test('title, days as the delegation reads them, hosts only, and the approval block on request', () => {
    const untimed = {
      ...visit.items[0]!,
      id: 'tbc',
      start: undefined,
      end: undefined,
      title: 'Свободное время',
    }
    const doc = buildBriefing(
      { ...visit, items: [...visit.items, untimed] },
      template.directory,
      { variant: 'guest', approval: true },
      context,
    )
    expect(doc.classification).toBe('')
    const [section] = doc.sections
    if (section?.kind !== 'guest') throw new Error('no guest programme')
    expect(section.heading).toBe('ПРОГРАММА')
    expect(section.title).toBe(
      'пребывания делегации Жамбылской области Республики Казахстан во главе с заместителем акима Жамбылской области А.С. Есмагамбетовой',
    )
    expect(section.subtitle).toBe('Ленинградская область, 7–11 декабря 2026 г.')
    expect(section.approval).toEqual({
      label: 'УТВЕРЖДАЮ',
      position: 'Вице-губернатор Ленинградской области по социальным вопросам',
      signature: '______________ А. Кялин',
      date: '«___» ______________ 2026 г.',
    })
    expect(section.days.map((d) => d.heading)).toEqual([
      '7 декабря, понедельник',
      '8 декабря, вторник',
      '9 декабря, среда',
      '10 декабря, четверг',
      '11 декабря, пятница',
    ])
    const rows = section.days.flatMap((d) => d.rows)
    expect(rows.find((r) => r.event === 'Свободное время')?.time).toBe('время уточняется')
    // Guests are not listed as participants of their own programme.
    expect(rows.map((r) => r.participants).join(' ')).not.toContain('Есмагамбетова')
    // Officials as И.О. Фамилия; staff and names still to be found are not listed.
    const hosts = rows.map((r) => r.participants).join(' ')
    expect(hosts).toContain('А. Кялин')
    expect(hosts).not.toContain('Кялин Александр')
    expect(hosts).not.toMatch(/Сопровождающий|уточняется|назначается/)
    expect(doc.edition).toBe('')
    expect(doc.prepared).toBe('')
    const html = renderBriefingHtml(doc, { fontCss: '' })
    expect(html).toContain('<div class="approval-label">УТВЕРЖДАЮ</div>')
  })

  test('without approval, no block; in English, the same programme', () => {
    const plain = buildBriefing(visit, template.directory, { variant: 'guest' }, context)
    const [section] = plain.sections
    expect(section?.kind === 'guest' && section.approval).toBe(undefined)
    const en = buildBriefing(visit, template.directory, { variant: 'guest', lang: 'en' }, context)
    const [english] = en.sections
    expect(english?.kind === 'guest' && english.days[0]!.heading).toBe('Monday, 7 December')
  })
})

describe('the working programme', () => {
  test('durations, the organisers’ provisions, the way on, and responsible officers with phones', () => {
    const gifted = {
      ...visit,
      gifts: [
        {
          id: 'g1',
          direction: 'given' as const,
          description: 'Альбом «Гатчина»',
          quantity: 1,
          itemId: visit.items.find((i) => i.kind === 'signing')!.id,
          toPersonId: 'p-esmagambetova',
        },
      ],
    }
    // The shipped venues, with the plant's rule: a passport list 30 days ahead.
    const directory = { ...template.directory, venues: shippedVenues }
    const doc = buildBriefing(gifted, directory, { variant: 'working' }, context)
    expect(doc.sections.map((s) => s.id)).toEqual([
      'cover',
      'programme',
      'delegation',
      'hosts',
      'memos',
      'contacts',
    ])
    const programme = doc.sections.find((s) => s.kind === 'programme')
    if (programme?.kind !== 'programme') throw new Error('no programme')
    expect(programme.heading).toBe('Рабочая программа (сценарий)')
    const rows = programme.days.flatMap((d) => d.rows)
    const signing = rows.find((r) => r.kind === 'Подписание')!
    expect(signing.duration).toMatch(/мин|ч/)
    expect(signing.notes).toEqual(
      expect.arrayContaining([
        'Флаги, таблички с именами, рассадка по плану',
        'Пресс-служба: фото и видео',
        'Подарок: Альбом «Гатчина» × 1 — Есмагамбетова Айжан Серикбаевна',
      ]),
    )
    const npp = rows.find((r) => r.event.includes('Ленинградскую АЭС'))!
    expect(npp.notes.join(' ')).toMatch(/Доступ: .* — НЕ выполнено \(срок/)
    expect(rows.some((r) => r.notes.some((n) => /^Далее: .*, в пути около \d+ мин$/.test(n)))).toBe(
      true,
    )
    // The briefing's programme stays as it was: no provisions there.
    const full = buildBriefing(gifted, directory, {}, context)
    const plain = full.sections.find((s) => s.kind === 'programme')
    expect(plain?.kind === 'programme' && plain.days[0]!.rows[0]!.duration).toBe('')
  })
})
