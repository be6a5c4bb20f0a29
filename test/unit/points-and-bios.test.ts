import { zhambyl } from '../helpers/zhambyl'
import { describe, expect, test } from 'vitest'
import { buildBriefing } from '../../shared/briefing/build-briefing'
import { renderBriefingHtml } from '../../shared/briefing/render-briefing-html'
import { PersonSchema } from '../../shared/domain/people'
import { defaultPlanningSettings } from '../../shared/domain/planning'
import { shiftVisitDates } from '../../shared/domain/templates'

const template = zhambyl
const base = shiftVisitDates(template.visit, '2026-12-07')
// A 1×1 white PNG.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'
const context = {
  generatedAt: new Date('2026-11-28T07:40:00Z'),
  today: '2026-11-28',
  settings: defaultPlanningSettings(),
  history: [],
  personHistory: {
    'p-esmagambetova': [
      {
        date: '2025-11-17',
        endDate: '2025-11-21',
        kind: 'visit' as const,
        title: 'Визит делегации Жамбылской области',
        direction: 'incoming' as const,
        status: 'completed',
      },
      {
        date: '2027-03-01',
        kind: 'visit' as const,
        title: 'Будущий визит',
        direction: 'incoming' as const,
        status: 'draft',
      },
    ],
  },
}

describe('talking points and bios in the briefing', () => {
  test('talking points per meeting: raise and avoid, bullets cleaned, in programme order', () => {
    const visit = {
      ...base,
      items: base.items.map((i) =>
        i.id === 'i05'
          ? {
              ...i,
              talkingPoints: {
                raise:
                  '- Поблагодарить за визит\n• Предложить программу переподготовки\n\n3) Пригласить на форум',
                avoid: 'Не обсуждать сроки строительства АЭС',
              },
            }
          : i,
      ),
    }
    const doc = buildBriefing(visit, template.directory, {}, context)
    const points = doc.sections.find((s) => s.kind === 'points')
    if (points?.kind !== 'points') throw new Error('no talking points')
    expect(points.heading).toBe('Тезисы к встречам')
    expect(points.meetings).toHaveLength(1)
    const [m] = points.meetings
    expect(m!.title).toMatch(/^Встреча с вице-губернатором/)
    expect(m!.when).toMatch(/^8 декабря 2026 г., вторник, 10:00–11:00/)
    expect(m!.raise).toEqual([
      'Поблагодарить за визит',
      'Предложить программу переподготовки',
      'Пригласить на форум',
    ])
    expect(m!.avoid).toEqual(['Не обсуждать сроки строительства АЭС'])
    // Switched off by the officer: gone.
    const off = buildBriefing(
      visit,
      template.directory,
      { sections: [{ id: 'talkingPoints', on: false }] },
      context,
    )
    expect(off.sections.some((s) => s.kind === 'points')).toBe(false)
    // No points anywhere: no empty section.
    expect(
      buildBriefing(base, template.directory, {}, context).sections.some(
        (s) => s.kind === 'points',
      ),
    ).toBe(false)
  })

  test('bios: photo, name as in passports, career, earlier contacts from the archive before this visit', () => {
    const directory = {
      ...template.directory,
      people: template.directory.people.map((p) =>
        p.id === 'p-esmagambetova'
          ? { ...p, photo: PNG, bio: 'Родилась в Таразе.\nРаботала в акимате области.' }
          : p.id === 'p-kyalin'
            ? { ...p, photo: 'javascript:alert(1)' }
            : p,
      ),
    }
    const doc = buildBriefing(base, directory, {}, context)
    const bios = doc.sections.find((s) => s.kind === 'bios')
    if (bios?.kind !== 'bios') throw new Error('no bios')
    const head = bios.bios.find((b) => b.name.startsWith('Есмагамбетова'))!
    expect(head.latin).toBe('Aizhan Yesmagambetova')
    expect(head.photo).toBe(PNG)
    expect(head.text).toEqual(['Родилась в Таразе.', 'Работала в акимате области.'])
    expect(head.contacts).toEqual(['17–21 ноября 2025 г. — Визит делегации Жамбылской области'])
    const kyalin = bios.bios.find((b) => b.name.startsWith('Кялин'))!
    expect(kyalin.latin).toBe('Alexander Kyalin')
    const html = renderBriefingHtml(doc, { fontCss: '' })
    expect(html).toContain(`<img class="bio-photo" src="${PNG}"`)
    // A photo that is not a PNG/JPEG data: URL never reaches the page.
    expect(html).not.toContain('javascript:')
    expect(
      PersonSchema.safeParse({ ...directory.people[0], photo: 'javascript:alert(1)' }).success,
    ).toBe(false)
    expect(PersonSchema.safeParse({ ...directory.people[0], photo: PNG }).success).toBe(true)
  })
})
