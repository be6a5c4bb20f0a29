// Import that knows the archive: the text's own year before today's, undated lines held apart,
// places and people found in the directory however the source writes them.
import { describe, expect, test } from 'vitest'
import { createAppApi } from '../../electron/services/create-app-api'
import { repoBundledDir } from '../../electron/services/paths'
import type { PlannerApi } from '../../shared/api/contract'
import { detectConflicts } from '../../shared/domain/conflicts'
import { defaultPlanningSettings } from '../../shared/domain/planning'
import type { ImportDraft } from '../../shared/import/draft'
import { matchPerson, matchVenue } from '../../shared/import/match-directory'
import { fixedClock } from '../../shared/time/clock'
import { tempDir } from '../helpers/temp-dir'
import { wordProgramme } from '../helpers/word-programme'

const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64')
const openApi = async (): Promise<PlannerApi> =>
  createAppApi({
    dataDir: await tempDir(),
    bundledDir: repoBundledDir,
    clock: fixedClock('2026-12-02T07:40:00Z'),
  })

/** A release published a year before 'today', its dates written without a year. */
const RELEASE_2025 = `Главная / Новости

18 ноября 2025, 14:30

Делегация Жамбылской области посетила Ленинградскую область

17 ноября делегация Жамбылской области Республики Казахстан во главе с заместителем акима области Айжан Есмагамбетовой прибыла в Ленинградскую область. Гостей принял вице-губернатор Ленинградской области Александр Кялин. В ходе встречи стороны обсудили сотрудничество в сфере образования и атомной энергетики.`

describe('the year of an imported text', () => {
  test("a dated release keeps its own year, whatever the officer's year field says", async () => {
    const api = await openApi()
    for (const options of [{}, { year: 2026 }]) {
      const draft = await api.readImport('release.txt', b64(RELEASE_2025), options)
      expect(draft.visit.startDate).toBe('2025-11-17')
      expect(draft.items.map((i) => i.date)).toEqual(['2025-11-17', '2025-11-17'])
    }
  })

  test('a Word programme without a year given takes the year of its heading', async () => {
    const api = await openApi()
    const draft = await api.readImport('programme.docx', b64(await wordProgramme()), {})
    expect(draft.items.map((i) => i.date)).toEqual(['2025-11-18', '2025-11-18', '2025-11-20'])
  })
})

/** A draft as the reader makes it: a site and a person written otherwise, one line without a day. */
function draftOfOtherSpellings(): ImportDraft {
  const source = { kind: 'sentence' as const, text: 'из пресс-релиза' }
  return {
    kind: 'press-release',
    sourceName: 'release.txt',
    visit: {
      title: 'Визит делегации Жамбылской области',
      direction: 'incoming',
      partnerCountry: 'Казахстан',
      partnerRegion: 'Жамбылская область',
      startDate: '2026-12-14',
      endDate: '2026-12-16',
      timeZone: 'Europe/Moscow',
      objectives: '',
    },
    items: [
      {
        key: 'i1',
        date: '2026-12-15',
        kind: 'site-tour',
        title: 'Экскурсия на атомную станцию',
        venueName: 'Ленинградская атомная электростанция',
        people: [],
        source,
      },
      {
        key: 'i2',
        kind: 'excursion',
        title: 'Экскурсия в Гатчинский дворец',
        venueName: 'Гатчинский дворец',
        people: ['А.Ю. Кялин'],
        source,
      },
    ],
    documents: [],
    people: [
      {
        key: 'p1',
        fullName: 'Александром Кялиным',
        position: 'вице-губернатор',
        side: 'host',
        head: false,
        source,
      },
    ],
    problems: [],
  }
}

describe('an import that knows the directory', () => {
  test('a site written another way is the directory site with its access rules; an undated line waits in the tray', async () => {
    const api = await openApi()
    await api.createVisitFromTemplate('tpl-zhambyl-2025') // brings Кялин into the directory
    const before = (await api.getDirectory()).directory
    const draft = draftOfOtherSpellings()
    const record = await api.acceptImport(draft, {
      items: ['i1', 'i2'],
      documents: [],
      people: ['p1'],
    })
    const { visit } = record
    expect(visit.items).toHaveLength(1)
    expect(visit.items[0]).toMatchObject({ date: '2026-12-15', venueId: 'leningrad-npp' })
    // Not on day 1: held apart until the officer gives it a day.
    expect(visit.unscheduled).toEqual([
      expect.objectContaining({
        title: 'Экскурсия в Гатчинский дворец',
        venueId: 'gatchina-palace',
      }),
    ])
    expect(visit.participantIds).toEqual(['p-kyalin'])
    expect(visit.homeTimeZone).toBe('Asia/Almaty')
    expect(visit.unscheduled[0]?.participantIds).toContain('p-kyalin')
    const after = (await api.getDirectory()).directory
    expect(after.venues).toHaveLength(before.venues.length)
    expect(after.people).toHaveLength(before.people.length)
    // The NPP's 30-day rule still applies, and the check names the undated line.
    const kinds = detectConflicts(visit, after, {
      today: '2026-12-02',
      settings: defaultPlanningSettings(),
    }).map((c) => c.kind)
    expect(kinds).toContain('undated')
    expect(kinds.some((k) => k === 'access-overdue' || k === 'access-soon')).toBe(true)
  })

  test("the officer's answer wins: a site said to be new is added even though one looks alike", async () => {
    const api = await openApi()
    const before = (await api.getDirectory()).directory
    const { visit } = await api.acceptImport(draftOfOtherSpellings(), {
      items: ['i1', 'i2'],
      documents: [],
      people: [],
      venues: {
        'Ленинградская атомная электростанция': 'leningrad-npp',
        'Гатчинский дворец': null,
      },
    })
    const after = (await api.getDirectory()).directory
    expect(after.venues).toHaveLength(before.venues.length + 1)
    const added = after.venues.find((v) => v.name === 'Гатчинский дворец')
    expect(visit.unscheduled[0]?.venueId).toBe(added?.id)
    expect(visit.items[0]?.venueId).toBe('leningrad-npp')
  })

  test('names matched across case, abbreviation, script and initials, and not beyond', async () => {
    const venues = (await (await openApi()).getDirectory()).directory.venues
    const venue = (name: string) => matchVenue(name, venues)?.entry.id ?? null
    expect(venue('Ленинградская АЭС')).toBe('leningrad-npp')
    expect(venue('Ленинградской атомной электростанции')).toBe('leningrad-npp')
    expect(venue('ЛАЭС')).toBe('leningrad-npp')
    expect(venue('Leningrad Nuclear Power Plant')).toBe('leningrad-npp')
    expect(venue('ЛГУ им. А.С. Пушкина')).toBe('pushkin-lgu')
    expect(venue('администрации Сосновоборского городского округа')).toBe(
      'sosnovy-bor-administration',
    )
    expect(venue('Курская АЭС')).toBeNull()
    expect(venue('Ленинградский зоопарк')).toBeNull()
    const person = (name: string) =>
      matchPerson(name, [
        {
          id: 'k',
          fullName: 'Кялин Александр',
          fullNameLatin: 'Alexander Kyalin',
          position: '',
          side: 'host',
          precedence: 1,
          languages: [],
        },
        {
          id: 'e',
          fullName: 'Есмагамбетова Айжан Серикбаевна',
          position: '',
          side: 'guest',
          precedence: 1,
          languages: [],
        },
      ])?.entry.id ?? null
    expect(person('А.Ю. Кялин')).toBe('k')
    expect(person('Кялин А.Ю.')).toBe('k')
    expect(person('Александром Кялиным')).toBe('k')
    expect(person('Kyalin Aleksandr')).toBe('k')
    expect(person('Yesmagambetova Aizhan')).toBe('e')
    expect(person('Айжан Есмагамбетовой')).toBe('e')
    expect(person('Кялин')).toBeNull() // a surname alone is too weak
    expect(person('Б.Ю. Кялин')).toBeNull()
    expect(person('Иван Петров')).toBeNull()
  })
})
