import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { ImportDraftSchema } from '../../shared/import/draft-schema'
import {
  parsePressRelease,
  readDates,
  scoreDraft,
  type PressReleaseAnnotation,
} from '../../shared/import/parse-press-release'

const DIR = 'test/fixtures/press-releases'
const annotations = JSON.parse(readFileSync(`${DIR}/annotations.json`, 'utf8')) as Record<
  string,
  PressReleaseAnnotation
>

function draftOf(file: string, a: PressReleaseAnnotation) {
  const text = readFileSync(`${DIR}/${file}`, 'utf8')
  return parsePressRelease(text, { today: a.today, ...(a.year ? { year: a.year } : {}) })
}

describe('press releases against their hand-made annotations', () => {
  test('every fixture is annotated, the three seeds and at least five more', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'))
    expect(Object.keys(annotations).sort()).toEqual(files.sort())
    expect(files.length).toBeGreaterThanOrEqual(8)
  })

  for (const [file, a] of Object.entries(annotations))
    describe(file, () => {
      const draft = draftOf(file, a)
      const score = scoreDraft(draft, a)

      test('is a valid draft for the review screen', () => {
        expect(() => ImportDraftSchema.parse(draft)).not.toThrow()
        expect(draft.kind).toBe('press-release')
        expect(draft.sourceName).toBe('press-release')
        expect(draft.visit.timeZone).toBe('Europe/Moscow')
        expect(draft.items.map((i) => i.key)).toEqual(draft.items.map((_, n) => `i${n + 1}`))
        expect(draft.documents.map((d) => d.key)).toEqual(
          draft.documents.map((_, n) => `d${n + 1}`),
        )
        expect(draft.people.map((p) => p.key)).toEqual(draft.people.map((_, n) => `p${n + 1}`))
      })

      test('reads the window, the direction and the partner', () => {
        expect(draft.visit).toMatchObject({
          startDate: a.startDate,
          endDate: a.endDate,
          direction: a.direction,
          partnerCountry: a.partnerCountry,
          partnerRegion: a.partnerRegion,
        })
        expect(draft.visit.title).not.toBe('')
      })

      test('names the head of the delegation', () => {
        const heads = draft.people.filter((p) => p.head)
        expect(heads).toHaveLength(1)
        expect(heads[0]!.fullName).toContain(a.head)
        expect(heads[0]!.side).toBe('guest')
      })

      test('finds every event on its date, and no others', () => {
        expect(score.eventsFound).toBe(score.eventsExpected)
        expect(score.datesRight).toBe(score.eventsExpected)
        expect(draft.items).toHaveLength(a.events.length)
        for (const item of draft.items) expect(item.source.kind).toBe('sentence')
      })

      test('finds every document, signed or only planned', () => {
        expect(score.documentsFound).toBe(score.documentsExpected)
        expect(draft.documents).toHaveLength(a.documents.length)
      })

      test('takes nothing from page furniture, other news or background', () => {
        expect(score.noiseItems).toBe(0)
        const made = [...draft.items, ...draft.documents].map((x) => `${x.title} ${x.source.text}`)
        for (const furniture of ['Фото:', 'Просмотров', 'Комментарии', '©', 'Другие новости'])
          for (const text of made) expect(text).not.toContain(furniture)
      })
    })
})

describe('details of the seed drafts', () => {
  const zhambyl = draftOf(
    'zhambyl-delegation-leningrad-oblast.txt',
    annotations['zhambyl-delegation-leningrad-oblast.txt']!,
  )

  test('the visit title, purpose and people with positions and sides', () => {
    expect(zhambyl.visit.title).toBe('Визит делегации Жамбылской области (Казахстан)')
    expect(zhambyl.visit.objectives).toMatch(/^Этот визит был организован с целью укрепления/)
    expect(zhambyl.people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          fullName: 'Айжан Серикбаевна Есмагамбетова',
          position: 'заместитель акима',
          side: 'guest',
          head: true,
        }),
        expect.objectContaining({ fullName: 'Михаил Воронков', side: 'host', head: false }),
        expect.objectContaining({
          fullName: 'Александр Кялин',
          position: 'вице-губернатор Ленинградской области по социальным вопросам',
          side: 'host',
        }),
      ]),
    )
  })

  test('titles in the nominative or genitive as an officer would write them', () => {
    const titles = zhambyl.items.map((i) => i.title)
    expect(titles).toContain(
      'Посещение Мемориала мирным жителям СССР — жертвам нацистского геноцида',
    )
    expect(titles).toContain('Экскурсия на Ленинградскую атомную электростанцию')
    expect(titles).toContain('Посещение Большого Гатчинского дворца')
    const npp = zhambyl.items.find((i) => i.title.startsWith('Экскурсия'))!
    expect(npp.venueName).toBe('Ленинградская атомная электростанция')
    expect(npp.source.text).toMatch(/^В Сосновоборском городском округе для гостей/)
  })

  test('documents with their parties; a partnership inside a memorandum is left as a problem', () => {
    expect(zhambyl.documents[0]).toMatchObject({
      title:
        'Меморандум о сотрудничестве между Ленинградским государственным университетом им. А.С. Пушкина и Таразским университетом им. М.Х. Дулати',
      parties: [
        'Ленинградский государственный университет им. А.С. Пушкина',
        'Таразский университет им. М.Х. Дулати',
      ],
      signedOn: '2025-11-18',
    })
    expect(zhambyl.documents[1]!.parties).toEqual(['Сосновоборский городской округ', 'город Тараз'])
    expect(zhambyl.problems).toHaveLength(1)
    expect(zhambyl.problems[0]!.text).toMatch(/^Это соглашение также включает/)
  })

  test('the ambassador: a one-meeting visit without a date, history left out', () => {
    const a = annotations['kazakhstan-ambassador-meeting.txt']!
    const draft = draftOf('kazakhstan-ambassador-meeting.txt', a)
    expect(draft.visit.title).toBe(draft.items[0]!.title)
    expect(draft.items[0]).toMatchObject({
      title:
        'Встреча губернатора Ленинградской области Александра Дрозденко с Чрезвычайным и Полномочным Послом Республики Казахстан в России Дауреном Абаевым',
      venueName: 'Дом правительства региона',
    })
    expect(draft.items[0]!.date).toBeUndefined()
    expect(draft.documents[0]).toMatchObject({
      title: '«Дорожная карта» сотрудничества Ленинградской области и Казахстана',
      type: 'plan',
    })
    expect(draft.documents[0]!.signedOn).toBeUndefined()
    expect(draft.problems.map((p) => p.reason).join()).toMatch(/нет даты визита/)
    // The invitation to January's ceremonies and the memorial's opening is not this visit.
    expect(draft.items.map((i) => i.title).join()).not.toMatch(/мемориальн|торжеств|открыти/i)
    const abaev = draft.people.find((p) => p.head)!
    expect(abaev).toMatchObject({
      fullName: 'Даурен Абаев',
      position: 'Чрезвычайный и Полномочный Посол Республики Казахстан в России',
    })
  })

  test('the consul: a one-day trip dated by its dateline and the page date', () => {
    const a = annotations['consul-visit-zhetysu.txt']!
    const withoutYear = parsePressRelease(readFileSync(`${DIR}/consul-visit-zhetysu.txt`, 'utf8'), {
      today: '2027-03-01',
    })
    expect(withoutYear.visit.startDate).toBe(a.startDate) // 'date 2025-09-11' above the article
    expect(withoutYear.visit.title).toBe(
      'Рабочая поездка генерального консула России Дмитрия Тураева в область Жетысу (Казахстан)',
    )
    expect(withoutYear.people.find((p) => p.fullName === 'Диас Есдаулетов')).toMatchObject({
      position: 'заместитель акима области Жетысу',
      side: 'host',
    })
  })
})

describe('robustness', () => {
  test('a page of furniture only gives no events, documents or people', () => {
    const page = [
      'Главная / Новости',
      'Другие новости',
      '12.11.2025 Губернатор подписал соглашение с Казахстаном',
      '11.11.2025 В Гатчине прошла встреча с выпускниками',
      'Фото: пресс-служба',
      'Комментарии (3)',
      'Просмотров: 120',
      '© 2025 Правительство Ленинградской области',
    ].join('\n')
    const draft = parsePressRelease(page, { today: '2025-11-20' })
    expect(draft.items).toEqual([])
    expect(draft.documents).toEqual([])
    expect(draft.people).toEqual([])
    expect(draft.visit.startDate).toBe('2025-11-20')
    expect(() => ImportDraftSchema.parse(draft)).not.toThrow()
  })

  test('Windows line ends, straight quotes and a time zone option', () => {
    const text = readFileSync(`${DIR}/samarkand-next-day-incoming.txt`, 'utf8')
      .replace(/\n/g, '\r\n')
      .replace(/[«»]/g, '"')
    const draft = parsePressRelease(text, { today: '2025-05-10', timeZone: 'Asia/Samarkand' })
    expect(draft.visit.timeZone).toBe('Asia/Samarkand')
    expect(draft.items.map((i) => i.title)).toContain(
      'Возложение цветов к мемориалу «Разорванное кольцо»',
    )
    expect(draft.visit.startDate).toBe('2025-04-23')
  })

  test('direct speech is not the programme', () => {
    const text =
      'С 3 по 5 марта Ленинградскую область посетила делегация Минской области. «Мы посетили завод и подписали меморандум о сотрудничестве ещё в прошлом году», — отметил губернатор Александр Дрозденко.'
    const draft = parsePressRelease(text, { today: '2026-03-10' })
    expect(draft.items).toEqual([])
    expect(draft.documents).toEqual([])
    expect(draft.visit).toMatchObject({ startDate: '2026-03-03', endDate: '2026-03-05' })
  })

  test('a document signed in the background block is history', () => {
    const text =
      '14 мая в Доме Правительства Ленинградской области прошла встреча с делегацией Гомельской области. Стороны обсудили поставки техники.\nСправка\n12 мая 2021 года подписано Соглашение о сотрудничестве между Ленинградской областью и Гомельской областью.'
    const draft = parsePressRelease(text, { today: '2025-06-01' })
    expect(draft.documents).toEqual([])
    expect(draft.items).toHaveLength(1)
    expect(draft.items[0]).toMatchObject({ kind: 'meeting', date: '2025-05-14' })
    expect(draft.visit.partnerRegion).toBe('Гомельская область')
  })
})

describe('reading date phrases', () => {
  const dates = (text: string, ctx: Parameters<typeof readDates>[1]) =>
    readDates(text, ctx).map((d) => (d.end ? `${d.date}..${d.end}` : d.date))

  test('spans within a month and across a month end', () => {
    expect(dates('С 17 по 21 ноября', { year: 2025, today: '2026-01-01' })).toEqual([
      '2025-11-17..2025-11-21',
    ])
    expect(dates('17–21 ноября', { year: 2025, today: '2026-01-01' })).toEqual([
      '2025-11-17..2025-11-21',
    ])
    expect(dates('с 30 ноября по 2 декабря', { year: 2025, today: '2026-01-01' })).toEqual([
      '2025-11-30..2025-12-02',
    ])
    expect(dates('с 27 по 1 марта', { year: 2025, today: '2026-01-01' })).toEqual([]) // no such span
  })

  test('spans across the year end', () => {
    expect(dates('с 30 декабря по 2 января', { year: 2025, today: '2025-06-01' })).toEqual([
      '2025-12-30..2026-01-02',
    ])
    expect(dates('с 30 декабря по 2 января', { today: '2026-01-05' })).toEqual([
      '2025-12-30..2026-01-02',
    ])
    expect(dates('с 30 декабря по 2 января 2026 года', { today: '2020-01-01' })).toEqual([
      '2025-12-30..2026-01-02',
    ])
    expect(
      dates('с 30 декабря 2024 года по 2 января 2025 года', { year: 2030, today: '2030-01-01' }),
    ).toEqual(['2024-12-30..2025-01-02'])
  })

  test('a written year wins and later yearless dates stay near it', () => {
    const found = readDates('12 ноября 2024 года прибыли, 14 ноября уехали', {
      year: 2026,
      today: '2026-05-01',
    })
    expect(found.map((d) => d.date)).toEqual(['2024-11-12', '2024-11-14'])
    expect(found.map((d) => d.explicitYear)).toEqual([true, false])
  })

  test('single dates keep counting across New Year', () => {
    expect(
      dates('30 декабря … 31 декабря … 1 января', { year: 2025, today: '2025-01-01' }),
    ).toEqual(['2025-12-30', '2025-12-31', '2026-01-01'])
  })

  test('relative days count from the last date, across month ends and leap days', () => {
    expect(
      dates('23 апреля прибыли. На следующий день уехали', { year: 2025, today: '2025-01-01' }),
    ).toEqual(['2025-04-23', '2025-04-24'])
    expect(dates('на следующий день', { today: '2025-03-10', lastDate: '2025-02-28' })).toEqual([
      '2025-03-01',
    ])
    expect(dates('на другой день', { today: '2024-03-10', lastDate: '2024-02-28' })).toEqual([
      '2024-02-29',
    ])
    expect(dates('в тот же день', { today: '2025-03-10', lastDate: '2025-12-31' })).toEqual([
      '2025-12-31',
    ])
    expect(dates('накануне', { today: '2025-03-10', lastDate: '2026-01-01' })).toEqual([
      '2025-12-31',
    ])
    expect(dates('на следующий день', { today: '2025-03-10' })).toEqual([]) // nothing to count from
  })

  test('the year from the option, else nearest to today, rather in the past', () => {
    expect(dates('23 апреля', { year: 2027, today: '2026-01-10' })).toEqual(['2027-04-23'])
    expect(dates('23 апреля', { today: '2026-01-10' })).toEqual(['2025-04-23'])
    expect(dates('20 января', { today: '2026-01-10' })).toEqual(['2026-01-20'])
    expect(dates('29 декабря', { today: '2026-01-03' })).toEqual(['2025-12-29'])
  })

  test('other forms, and what is not a date', () => {
    expect(dates('18.11.2025 и 2025-11-19', { today: '2026-01-01' })).toEqual([
      '2025-11-18',
      '2025-11-19',
    ])
    // Two days in a row are the visit's span ('21 и 22 апреля посетят Астану'); two apart, two days.
    expect(dates('17 и 18 ноября', { year: 2025, today: '2026-01-01' })).toEqual([
      '2025-11-17..2025-11-18',
    ])
    expect(dates('17 и 19 ноября', { year: 2025, today: '2026-01-01' })).toEqual([
      '2025-11-17',
      '2025-11-19',
    ])
    expect(dates('в сентябре 2022 года', { today: '2026-01-01' })).toEqual([])
    expect(dates('в 10.00 началось, 2 млрд рублей', { today: '2026-01-01' })).toEqual([])
    expect(dates('31 ноября', { year: 2025, today: '2026-01-01' })).toEqual([])
    expect(dates('29 февраля', { year: 2025, today: '2026-01-01' })).toEqual([])
    expect(dates('29 февраля', { year: 2024, today: '2026-01-01' })).toEqual(['2024-02-29'])
  })
})

describe('scoreDraft', () => {
  test('counts what was found, dated right, and taken from noise', () => {
    const a = annotations['samarkand-next-day-incoming.txt']!
    const draft = draftOf('samarkand-next-day-incoming.txt', a)
    expect(scoreDraft(draft, a)).toEqual({
      eventsExpected: 8,
      eventsFound: 8,
      datesRight: 8,
      documentsExpected: 1,
      documentsFound: 1,
      noiseItems: 0,
    })
    const worse = {
      ...draft,
      items: draft.items.slice(1).map((i) => ({ ...i, date: undefined })),
      documents: [],
    }
    // Three items share the sentence that names Tashkent.
    expect(scoreDraft(worse, { ...a, noise: ['Ташкент'] })).toEqual({
      eventsExpected: 8,
      eventsFound: 7,
      datesRight: 0,
      documentsExpected: 1,
      documentsFound: 0,
      noiseItems: 3,
    })
  })
})
