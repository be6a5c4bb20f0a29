import { describe, expect, test } from 'vitest'
import { renderBriefingHtml } from '../../shared/briefing/render-briefing-html'
import { defaultPlanningSettings } from '../../shared/domain/planning'
import { buildVisitReport } from '../../shared/report/build-report'
import {
  countryGenitive,
  genderOf,
  parseName,
  personName,
  placeIn,
  postIn,
} from '../../shared/language/ru/decline'
import {
  draftPressRelease,
  pressReleaseText,
  readPressText,
} from '../../shared/report/press-release'
import { shippedVenues, zhambyl } from '../helpers/zhambyl'

describe('declension', () => {
  test('names in the cases a release needs, Russian and Kazakh, by gender', () => {
    expect(personName('Воронков Михаил', 'instrumental')).toBe('Михаилом Воронковым')
    expect(personName('Воронков Михаил', 'genitive')).toBe('Михаила Воронкова')
    expect(personName('Есмагамбетова Айжан Серикбаевна', 'instrumental')).toBe(
      'Айжан Есмагамбетовой',
    )
    expect(personName('Есмагамбетова Айжан Серикбаевна', 'dative')).toBe('Айжан Есмагамбетовой')
    expect(personName('Есдаулетов Диас', 'instrumental')).toBe('Диасом Есдаулетовым')
    expect(personName('Дрозденко Александр Юрьевич', 'genitive')).toBe('Александра Дрозденко')
    expect(personName('Ким Гульнара Маратовна', 'instrumental')).toBe('Гульнарой Ким')
  })

  test('what is not plainly a name is left as written', () => {
    expect(parseName('Ректор ЛГУ им. А.С. Пушкина (ФИО уточняется)')).toBeUndefined()
    expect(parseName('Mikhail Voronkov')).toBeUndefined()
    expect(personName('Представитель акимата (ФИО уточняется)', 'instrumental')).toBe(
      'Представитель акимата (ФИО уточняется)',
    )
    expect(genderOf('Ли', 'Мин')).toBeUndefined()
    // A Chinese name stays as written, surname first (it was turned into 'Мин Ли').
    expect(personName('Ли Мин', 'instrumental')).toBe('Ли Мин')
  })

  test('posts: the head noun and the adjectives before it; the rest stays', () => {
    expect(postIn('заместитель акима Жамбылской области', 'instrumental')).toBe(
      'заместителем акима Жамбылской области',
    )
    expect(postIn('вице-губернатор Ленинградской области', 'instrumental')).toBe(
      'вице-губернатором Ленинградской области',
    )
    expect(postIn('Генеральный консул России в Алматы', 'genitive')).toBe(
      'Генерального консула России в Алматы',
    )
    expect(postIn('Чрезвычайный и Полномочный Посол Республики Казахстан', 'instrumental')).toBe(
      'Чрезвычайным и Полномочным Послом Республики Казахстан',
    )
    expect(postIn('глава Сосновоборского городского округа', 'instrumental')).toBe(
      'главой Сосновоборского городского округа',
    )
    expect(postIn('космонавт', 'instrumental')).toBeUndefined()
  })

  test('regions and countries', () => {
    expect(placeIn('Жамбылская область', 'genitive')).toBe('Жамбылской области')
    expect(placeIn('Ленинградская область', 'accusative')).toBe('Ленинградскую область')
    expect(placeIn('область Жетысу', 'genitive')).toBe('области Жетысу')
    expect(placeIn('Краснодарский край', 'instrumental')).toBe('Краснодарским краем')
    expect(placeIn('провинция Хэйлунцзян', 'genitive')).toBe('провинции Хэйлунцзян')
    expect(placeIn('Самарканд', 'genitive')).toBeUndefined()
    expect(countryGenitive('Казахстан')).toBe('Казахстана')
    expect(countryGenitive('Беларусь')).toBe('Беларуси')
    expect(countryGenitive('Киргизия')).toBe('Киргизии')
    expect(countryGenitive('Китай')).toBe('Китая')
    expect(countryGenitive('Республика Казахстан')).toBe('Республики Казахстан')
  })
})

describe('draft press release', () => {
  const context = {
    hostRegion: 'Ленинградская область',
    today: '2026-11-29',
    history: [
      { date: '2022-09-20', kind: 'agreement' as const, title: 'Соглашение о сотрудничестве' },
      { date: '2022-09-20', kind: 'agreement' as const, title: 'Соглашение о сотрудничестве' },
    ],
  }
  const release = draftPressRelease(zhambyl.visit, zhambyl.directory, context)
  const text = pressReleaseText(release)

  test('in the manner of the regional news, with declined names and posts', () => {
    expect(release.title).toBe('Александр Кялин встретился с делегацией Жамбылской области')
    expect(text).toContain(
      '17–21 ноября 2025 года Ленинградскую область с визитом посетила делегация Жамбылской области во главе с заместителем акима Жамбылской области Айжан Есмагамбетовой.',
    )
    expect(text).toContain('В ходе встречи с вице-губернатором Ленинградской области')
    expect(text).toContain('Александром Кялиным стороны обсудили')
    expect(text).toContain('«[Цитата]», — отметил Александр Кялин.')
    expect(text).toContain('Айжан Есмагамбетова поблагодарила принимающую сторону')
    expect(text).toContain('В рамках визита подписан меморандум о сотрудничестве между ЛГУ')
    expect(text).toContain('В рамках визита подписано соглашение о партнёрстве')
    // The background note names each earlier document once.
    expect(text.match(/В сентябре 2022 года подписан документ/g)).toHaveLength(1)
  })

  test('a visit ahead is written in the future tense', () => {
    const ahead = draftPressRelease(
      { ...zhambyl.visit, startDate: '2026-12-07', endDate: '2026-12-11', status: 'confirmed' },
      zhambyl.directory,
      context,
    )
    expect(ahead.title).toBe('Александр Кялин встретится с делегацией Жамбылской области')
    expect(ahead.paragraphs[0]).toContain('посетит делегация')
    expect(ahead.paragraphs.join(' ')).toContain('Программа визита включает')
  })

  test('without people it still reads: no names are invented', () => {
    const bare = draftPressRelease(
      { ...zhambyl.visit, participantIds: [], agreements: [] },
      zhambyl.directory,
      context,
    )
    expect(bare.title).toBe('Делегация Жамбылской области посетила Ленинградскую область')
    expect(pressReleaseText(bare)).not.toContain('Цитата')
  })

  test('the edited text reads back into a title and paragraphs', () => {
    expect(readPressText('Заголовок\r\n\r\nПервый абзац.\n  \nВторой абзац.\n')).toEqual({
      title: 'Заголовок',
      paragraphs: ['Первый абзац.', 'Второй абзац.'],
    })
  })
})

describe('after-visit report', () => {
  const withPassport = {
    ...zhambyl.directory,
    venues: shippedVenues,
    people: zhambyl.directory.people.map((p, n) =>
      n === 0 ? { ...p, passport: { series: 'N', number: '98765432' } } : p,
    ),
  }
  const hostile = '<script>alert(1)</script>'
  const visit = {
    ...zhambyl.visit,
    status: 'completed' as const,
    notes: 'Пример. Даты, события и подписанные документы — по пресс-релизу.',
    results: `Итоги: договорились о летней школе.\n\n${hostile}`,
    agreements: zhambyl.visit.agreements.map((a, n) =>
      n === 0
        ? {
            ...a,
            followUps: [
              { id: 'f1', title: 'Летняя школа', due: '2026-07-15', done: false },
              { id: 'f2', title: 'Обмен преподавателями', due: '2026-03-01', done: true },
            ],
          }
        : a,
    ),
  }
  const doc = buildVisitReport(
    visit,
    withPassport,
    {},
    {
      generatedAt: new Date('2026-11-29T09:00:00Z'),
      today: '2026-11-29',
      settings: defaultPlanningSettings(),
      history: [],
    },
  )

  test('results first, then what was signed, promised and is still open; the programme as the annex', () => {
    expect(doc.subtitle).toBe('Отчёт о визите')
    expect(doc.sections.map((s) => s.id)).toEqual([
      'cover',
      'results',
      'documents',
      'followUps',
      'tasks',
      'programme',
      'delegation',
      'hosts',
    ])
    const results = doc.sections.find((s) => s.id === 'results')
    if (results?.kind !== 'text') throw new Error('no results')
    // The officer's account leads; the planning note of the template never prints.
    expect(results.paragraphs[0]).toBe('Итоги: договорились о летней школе.')
    expect(JSON.stringify(doc)).not.toContain('Пример.')
    expect(results.paragraphs.join('\n')).toMatch(
      /Основные мероприятия:\n— \d\d\.\d\d\.\d{4}: Встреча/,
    )
    // What is open: overdue first, preparation tasks included (the NPP letter never sent).
    const tasks = doc.sections.find((s) => s.id === 'tasks')
    if (tasks?.kind !== 'table') throw new Error('no tasks')
    expect(tasks.rows.map((r) => r.cells[1])).toContain('Отчёт о визите')
    expect(tasks.rows[0]!.alert).toBe(true)
    expect(tasks.rows.some((r) => r.alert && r.cells[1]!.includes('Ленинградская АЭС'))).toBe(true)
    const follow = doc.sections.find((s) => s.id === 'followUps')
    expect(follow?.kind === 'table' && follow.rows.map((r) => [r.cells[1], r.alert])).toEqual([
      ['Летняя школа', true],
      ['Обмен преподавателями', false],
    ])
  })

  test('no passport data, and hostile text is printed as text', () => {
    const html = renderBriefingHtml(doc, { fontCss: '' })
    expect(html).not.toContain('98765432')
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;')
    expect(html).toContain('Итоги: договорились о летней школе.')
  })
})
