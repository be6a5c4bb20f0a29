// What issue 22 found the press-release reader getting wrong on real releases, one finding per
// test, in the words of the releases (the sentences are shortened from real ones).
import { beforeAll, describe, expect, test } from 'vitest'
import { loadMorphology } from '../../electron/services/morphology'
import { findPlaces, PLACES, RUSSIAN_REGION_COUNT } from '../../shared/import/gazetteer'
import type { Morphology } from '../../shared/import/morphology'
import { nameWordToNominative, verbTense } from '../../shared/import/morphology'
import { parsePressRelease } from '../../shared/import/parse-press-release'
import { eventTitle, tidyTitle } from '../../shared/import/press/grammar'

let morph: Morphology
beforeAll(async () => {
  morph = (await loadMorphology())!
})
const read = (text: string, extra: { publishedOn?: string } = {}) =>
  parsePressRelease(text, {
    today: '2026-12-03',
    hostRegion: 'Ленинградская область',
    morph,
    ...extra,
  })
const head = (d: ReturnType<typeof read>) => d.people.filter((p) => p.head).map((p) => p.fullName)

describe('the dictionary: names and verbs by their lemmas', () => {
  test('names from the case the sentence puts them in', () => {
    expect(nameWordToNominative(morph, 'Павла', 'gen', 'm')).toBe('Павел')
    expect(nameWordToNominative(morph, 'Владиславом', 'ins', 'm')).toBe('Владислав')
    expect(nameWordToNominative(morph, 'Голиковой', 'ins', 'f')).toBe('Голикова')
  })
  test('hyphenated words the dictionary cannot complete are no reading, not a crash', () => {
    expect(() => morph.parse('крепость-герой')).not.toThrow()
    expect(morph.parse('музея-заповедника').every((p) => typeof p.lemma === 'string')).toBe(true)
  })

  test('planned from done by the tense of the verb', () => {
    expect(verbTense(morph, 'посетят')).toBe('futr')
    expect(verbTense(morph, 'посетили')).toBe('past')
    expect(verbTense(morph, 'подписан')).toBe('past')
  })
})

describe('the gazetteer', () => {
  test("Russia's 89 federal subjects, and the partners' regions in their Russian forms", () => {
    expect(RUSSIAN_REGION_COUNT).toBe(89)
    const named = (t: string) => findPlaces(t).map((m) => m.place.name)
    expect(named('Губернатор Зауралья и делегация Курганской области')).toEqual([
      'Курганская область',
      'Курганская область',
    ])
    expect(named('в Прикамье, на Кубани, в Брестчину, в провинции Хэйлунцзян')).toEqual([
      'Пермский край',
      'Краснодарский край',
      'Брестская область',
      'провинция Хэйлунцзян',
    ])
    expect(PLACES.filter((p) => p.country === 'Казахстан').length).toBeGreaterThanOrEqual(20)
  })
})

describe('findings on real releases', () => {
  test('the Kurgan delegation going to Astana is outgoing, partner Astana, headed by the governor', () => {
    const d = read(
      'Губернатор Зауралья Олег Богомолов и делегация Курганской области 21 и 22 апреля посетят Астану. В рамках визита Олег Богомолов встретится с акимом Астаны Имангали Тасмагамбетовым.',
    )
    expect(d.visit).toMatchObject({
      direction: 'outgoing',
      partnerCountry: 'Казахстан',
      partnerRegion: 'Астана',
      startDate: '2026-04-21',
      endDate: '2026-04-22',
    })
    expect(head(d)).toEqual(['Олег Богомолов'])
    expect(d.people.find((p) => p.fullName.includes('Тасмагамбетов'))!.side).toBe('host')
    expect(d.items.map((i) => [i.kind, i.title])).toContainEqual([
      'meeting',
      'Встреча с акимом Астаны Имангали Тасмагамбетовым',
    ])
  })

  test('names in any case come out in the nominative: Шапша, Павел Малков', () => {
    const d = read(
      'Губернатор Рязанской области Павел Малков прибыл в Пекин. Делегацию Павла Малкова принял заместитель министра коммерции КНР. Затем состоялась встреча с губернатором Калужской области Владиславом Шапшой.',
    )
    const names = d.people.map((p) => p.fullName)
    expect(names).toContain('Павел Малков')
    expect(names).toContain('Владислав Шапша')
    expect(names.join(' ')).not.toMatch(/Павл |Шапшой/u)
    expect(head(d)).toEqual(['Павел Малков'])
    expect(d.items.map((i) => i.title)).toContain('Встреча с заместителем министра коммерции КНР')
  })

  test('a planned programme becomes items, the second day included', () => {
    const d = read(
      '12-13 ноября Брестскую область посетит делегация Западного административного округа г.Москвы. В первый день делегация встретится с руководством Брестского облисполкома. На следующий день, 13 ноября, делегация посетит Национальный парк «Беловежская пуща» и отправится на Бурейскую ГЭС.',
      { publishedOn: '2009-11-10' },
    )
    expect(d.visit).toMatchObject({
      direction: 'outgoing',
      partnerRegion: 'Брестская область',
      startDate: '2009-11-12',
      endDate: '2009-11-13',
    })
    expect(d.items.map((i) => [i.date, i.kind])).toEqual([
      [undefined, 'meeting'],
      ['2009-11-13', 'excursion'],
      ['2009-11-13', 'site-tour'],
    ])
  })

  test('a dateline dates the text; "накануне" is the day before it', () => {
    const d = read(
      '15:20 04.07.2024\nГубернатор Калужской области Владислав Шапша накануне в Минске провёл встречи с Президентом Республики Беларусь Александром Лукашенко и Премьер-министром Романом Головченко.',
    )
    expect(d.visit.startDate).toBe('2024-07-03')
    // Two counterparts, two meetings.
    expect(d.items.map((i) => [i.date, i.title])).toEqual([
      ['2024-07-03', 'Встреча с Президентом Республики Беларусь Александром Лукашенко'],
      ['2024-07-03', 'Встреча с Премьер-министром Романом Головченко'],
    ])
  })

  test('a memorandum said to have been signed is a signed document with its signing item', () => {
    const d = read(
      'Делегация Свердловской области находилась с визитом в Ташкенте. При участии руководителей сторон был подписан меморандум о сотрудничестве.',
      { publishedOn: '2025-12-14' },
    )
    expect(d.documents.map((x) => [x.type, x.signedOn])).toEqual([['memorandum', '2025-12-14']])
    expect(d.items.filter((i) => i.kind === 'signing')).toHaveLength(1)
  })

  test('two agreements to be signed are two documents, each with its own signing item', () => {
    const d = read(
      'Делегация провинции Нге Ан прибудет в Ульяновскую область 16 июня. Стороны подпишут протокол о намерениях между Правительством Ульяновской области и Народным комитетом провинции Нге Ан и соглашение об установлении побратимских связей между городами Ульяновск и Винь.',
      { publishedOn: '2006-06-16' },
    )
    expect(d.documents.map((x) => [x.type, x.signedOn ?? null])).toEqual([
      ['protocol', null],
      ['agreement', null],
    ])
    expect(d.items.filter((i) => i.kind === 'signing')).toHaveLength(2)
    expect(d.visit).toMatchObject({ direction: 'incoming', partnerCountry: 'Вьетнам' })
  })

  test('a text from the foreign side: our region is still ours', () => {
    const d = read(
      'СУХУМ, 25 апр – Sputnik. Вице-президент Бадра Гунба принял делегацию Ленинградской области во главе с вице-губернатором Игорем Петровым.',
    )
    expect(d.visit).toMatchObject({ direction: 'outgoing', partnerCountry: 'Абхазия' })
    expect(head(d)).toEqual(['Игорь Петров'])
  })
})

describe('documents as a careful officer lists them', () => {
  test('agreements between several pairs: one document and one signing per pair', () => {
    const d = read(
      '12 мая 2022 года делегация Гомельской области посетила Ленинградскую область. ' +
        'Состоялась церемония подписания соглашений о сотрудничестве между администрацией ' +
        'Кировского района Ленинградской области и Жлобинским райисполкомом, а также между ' +
        'администрацией Тосненского района Ленинградской области и Речицким райисполкомом.',
    )
    expect(d.documents.map((x) => x.parties[1])).toEqual([
      'Жлобинский райисполком',
      'Речицкий райисполком',
    ])
    expect(d.documents.every((x) => x.signedOn === '2022-05-12')).toBe(true)
    expect(d.items.filter((i) => i.kind === 'signing')).toHaveLength(2)
  })

  test('a list of pairs after "ряд соглашений между …": each pair its own agreement', () => {
    const d = read(
      '3 марта 2023 года в Харбине был подписан ряд соглашений между ООО «Альфа» и Корпорацией ' +
        'Бета, ЗАО «Гамма» и Корпорацией Дельта, Ленинградским университетом и Харбинским ' +
        'политехническим университетом.',
    )
    expect(d.documents).toHaveLength(3)
    expect(d.documents[2]!.title).toContain('Харбинским политехническим университетом')
  })

  test('a document named by its word alone counts when it is signed and the text names no other', () => {
    const signed = read(
      '18 сентября 2025 года в Гатчине прошла встреча с делегацией города Маньчжурия. ' +
        'Представители от каждого города подписали соглашение.',
    )
    expect(signed.documents).toHaveLength(1)
    expect(signed.documents[0]!.signedOn).toBe('2025-09-18')
    // A sum of documents the text names is no document of its own.
    const summary = read(
      'Делегация подписала важные соглашения. 18 ноября 2025 года подписан меморандум о ' +
        'сотрудничестве между Ленинградским университетом и Таразским университетом.',
    )
    expect(summary.documents.map((x) => x.type)).toEqual(['memorandum'])
  })
})

describe('sides and heads in releases from more places', () => {
  test('"в Стамбул прибыл президент Татарстана": the place before the verb is not ours, nor is a compound adjective', () => {
    const d = read(
      'В рамках официального визита в Турецкую Республику в Стамбул прибыл президент Татарстана ' +
        'Рустам Минниханов. В аэропорту татарстанскую делегацию встречал мэр города Кадир Топбаш. ' +
        'Во время рабочей встречи Рустам Минниханов и Кадир Топбаш обсудили вопросы, после чего ' +
        'отправились на Татарстано-турецкий торгово-инвестиционный форум.',
    )
    expect(d.visit).toMatchObject({ direction: 'outgoing', partnerCountry: 'Турция' })
    expect(d.visit.partnerRegion).toBe('Стамбул')
    expect(head(d)).toEqual(['Рустам Минниханов'])
    expect(findPlaces('Татарстано-турецкий форум')).toEqual([])
  })

  test('"Возглавлял её председатель правительства X": the one named after is the head', () => {
    const d = read(
      '27 сентября Нижегородская область встречала делегацию из Сербии. Возглавлял её ' +
        'председатель правительства автономного края Воеводина Игорь Мирович.',
    )
    expect(d.visit).toMatchObject({ direction: 'incoming', partnerCountry: 'Сербия' })
    expect(head(d)).toEqual(['Игорь Мирович'])
  })

  test('partner places beyond the first countries: Chinese cities, Iran, Cuba, South Ossetia', () => {
    const names = (t: string) => findPlaces(t).map((m) => m.place.name)
    expect(names('делегация города Хучжоу провинции Чжэцзян')).toEqual([
      'Хучжоу',
      'провинция Чжэцзян',
    ])
    expect(names('губернатор провинции Мазандаран прибыл в Цхинвал')).toEqual([
      'провинция Мазандаран',
      'Цхинвал',
    ])
    expect(names('в Гаване и провинции Матансас')).toEqual(['Гавана', 'провинция Матансас'])
    // a harbour is no Havana
    expect(names('в морской гавани')).toEqual([])
  })
})

describe('lists and signings told in other words', () => {
  test('objects of one verb in its case, whatever their gender, are one site visit each', () => {
    const d = read(
      'Делегация Татарстана 12 мая посетит ООО «Мараби», инвестиционную площадку «Тюбе», ' +
        'Каспийский завод листового стекла и Дербентский коньячный завод.',
    )
    expect(d.items.filter((i) => i.kind === 'site-tour').map((i) => i.title)).toEqual([
      'Посещение ООО «Мараби»',
      'Посещение инвестиционной площадки «Тюбе»',
      'Посещение Каспийского завода листового стекла',
      'Посещение Дербентского коньячного завода',
    ])
    // a participle or a clause after the comma is no object
    const e = read(
      '27 сентября заместитель акима посетил Республику Карелию, входящую в состав Российской ' +
        'Федерации, и Вайоцдзорскую область, с которой отношения развиваются с 2011 года.',
    )
    expect(e.items.filter((i) => i.kind === 'site-tour')).toEqual([])
  })

  test('"Подписи под соглашением … поставили …" is a signing; "ряда двусторонних документов" a document', () => {
    const d = read(
      'Подписи под соглашением между правительством Ростовской области и правительством ' +
        'Республики Беларусь о торгово-экономическом сотрудничестве поставили губернатор и ' +
        'премьер-министр. Подписание состоялось сегодня, 3 ноября, в Минске. Новое соглашение ' +
        'выведет связи на новый уровень.',
      { publishedOn: '2022-11-03' },
    )
    expect(d.documents.map((x) => [x.type, x.signedOn])).toEqual([['agreement', '2022-11-03']])
    const planned = read('16 марта в Минске планируется подписание ряда двусторонних документов.')
    expect(planned.documents.map((x) => [x.type, x.signedOn])).toEqual([['agreement', undefined]])
  })
})

describe('meetings as the programme lists them', () => {
  test('one meeting per counterpart in a list of posts, and the one "X принял"', () => {
    const d = read(
      '23 марта в Пекине пройдут встречи с руководством Министерства сельского хозяйства КНР, ' +
        'Чрезвычайным и Полномочным Послом России в Китае Игорем Моргуловым, заместителем ' +
        'министра коммерции КНР Линь Ци, а также с руководством компании «Бэйдахуан».',
    )
    expect(d.items.map((i) => i.title)).toEqual([
      'Встреча с руководством Министерства сельского хозяйства КНР',
      'Встреча с Чрезвычайным и Полномочным Послом России в Китае Игорем Моргуловым',
      'Встреча с заместителем министра коммерции КНР Линь Ци',
      'Встреча с руководством компании «Бэйдахуан»',
    ])
    const received = read(
      'Премьер-министр Южной Осетии Эрик Пухаев 5 апреля принял главу правительства Северной ' +
        'Осетии-Алании Таймураза Тускаева.',
    )
    expect(received.items.map((i) => [i.kind, i.title])).toEqual([
      ['meeting', 'Встреча с Таймуразом Тускаевым'],
    ])
  })

  test('"возложил венок … и провёл встречу с …": two items, the wreath title ends at the verb', () => {
    const d = read(
      'В понедельник, 28 июля, Моор возложил венок к монументу Победы в Минске и провёл встречу ' +
        'с российским послом Борисом Грызловым.',
    )
    expect(d.items.map((i) => [i.kind, i.title])).toEqual([
      ['memorial', 'Возложение венков к монументу Победы в Минске'],
      ['meeting', 'Встреча с российским послом Борисом Грызловым'],
    ])
  })
})

describe('a visit to a capital', () => {
  test('is a visit to the country unless the city itself acts', () => {
    const national = read(
      '12 апреля 2018 года делегация Ярославской области во главе с губернатором находится с ' +
        'рабочим визитом в Беларуси. Перспективы сотрудничества обсуждают Минск и Ярославская ' +
        'область. Утром гости возложили венок к монументу Победы в Минске.',
    )
    expect(national.visit).toMatchObject({ partnerCountry: 'Беларусь', partnerRegion: '' })
    const city = read(
      '14 декабря 2025 года в ходе визита в Ташкент делегация Свердловской области посетила ' +
        'ряд культурных объектов. Делегацию принял хоким столицы Шавкат Умурзаков.',
    )
    expect(city.visit).toMatchObject({ partnerCountry: 'Узбекистан', partnerRegion: 'Ташкент' })
  })
})

describe('heads and directions told in other ways', () => {
  test('the headline says who leads: "делегации … во главе с губернатором …"', () => {
    const d = read(
      '14 июля начался рабочий визит в Республику Беларусь делегации Правительства ' +
        'Санкт-Петербурга во главе с губернатором Александром Бегловым\n\n' +
        'Во Дворце Независимости 14 июля состоялась встреча петербургской делегации с Президентом ' +
        'Республики Беларусь Александром Лукашенко. Во встрече принял участие Посол России в ' +
        'Беларуси Борис Грызлов.',
    )
    expect(head(d)).toEqual(['Александр Беглов'])
  })

  test('a name with its patronymic, and initials glued to a surname', () => {
    const d = read(
      '12 июня 2012 года Георгий Сергеевич Полтавченко посетил Вологодскую область, где ' +
        'стартовали Дни Петербурга.',
    )
    expect(d.people.map((p) => p.fullName)).toContain('Георгий Сергеевич Полтавченко')
    const glued = read(
      'С 17 по 19 сентября 2024 года состоялся визит в Омскую область первого заместителя ' +
        'полномочного представителя Президента КР в Чуйской области С.Исманова.',
    )
    expect(glued.people.map((p) => p.fullName)).toEqual(['С. Исманов'])
  })

  test('a head of state of theirs meeting our governor: our governor went to them', () => {
    const d = read(
      'Президент Беларуси Александр Лукашенко 15 августа проводит встречу с губернатором ' +
        'Томской области Владимиром Мазуром.',
    )
    expect(d.visit).toMatchObject({ direction: 'outgoing', partnerCountry: 'Беларусь' })
    expect(head(d)).toEqual(['Владимир Мазур'])
  })
})

describe('documents told across the text', () => {
  test("a headline's 'подписали соглашение' signs the body's agreement, which stands once", () => {
    const d = read(
      'Ростовская область и Беларусь подписали соглашение\n\n' +
        '3 ноября 2022 года в Минске губернатор провёл переговоры. Соглашение о ' +
        'торгово-экономическом сотрудничестве предусматривает обмен делегациями.',
    )
    expect(d.documents.map((x) => [x.type, x.signedOn !== undefined])).toEqual([
      ['agreement', true],
    ])
  })

  test('agreements on different matters told in their own sentences are separate signings', () => {
    const d = read(
      '5 мая 2024 года подписано соглашение о сотрудничестве в сфере образования. Также ' +
        'подписано соглашение о сотрудничестве в сфере культуры.',
    )
    expect(d.items.filter((i) => i.kind === 'signing')).toHaveLength(2)
  })
})

test("a dateline with no year ('Томск, 30 ноября - Аиф-Томск.') dates the page in the year given", () => {
  const d = parsePressRelease(
    'В Томскую область приехала делегация из Узбекистана\n\nТомск, 30 ноября - Аиф-Томск.\n\n' +
      'В Томскую область прибыла делегация Сурхандарьинской области Узбекистана во главе с ' +
      'руководителем региона Турой Боболовым, сообщает администрация области.',
    { today: '2026-12-03', hostRegion: 'Ленинградская область', morph, year: 2022 },
  )
  expect(d.visit).toMatchObject({ startDate: '2022-11-30', endDate: '2022-11-30' })
})

describe('the partner region as an officer names it', () => {
  test("a region's seat stands for its region unless the city's own delegation comes", () => {
    const seat = read(
      '15 апреля 2017 года делегация Башкортостана в Хэфэе встретилась с губернатором ' +
        'провинции Ли Гоином. Делегация посетила Хэфэй.',
    )
    expect(seat.visit).toMatchObject({ partnerCountry: 'Китай', partnerRegion: 'провинция Аньхой' })
    const city = read(
      '10 июля 2025 года правительственная делегация китайского города Харбин посетила ' +
        'Екатеринбург.',
    )
    expect(city.visit.partnerRegion).toBe('Харбин')
  })

  test('Republika Srpska is in Bosnia, Sousse in Tunisia, Osh in Kyrgyzstan; events held there', () => {
    const d = read(
      'Нижний Новгород. 16 апреля 2019. Дни Нижегородской области пройдут в Республике ' +
        'Сербской 16 мая, в столице Республики Сербской, городе Баня Лука.',
    )
    expect(d.visit).toMatchObject({
      direction: 'outgoing',
      partnerCountry: 'Босния и Герцеговина',
      partnerRegion: 'Республика Сербская',
    })
    expect(findPlaces('губернатор вилайета Сус; мэрия Оша').map((m) => m.place.name)).toEqual([
      'вилайет Сус',
      'Ош',
    ])
  })
})

test('heads named as officers write them: "Он возглавляет делегацию", a bracket before "во главе с"', () => {
  const pronoun = read(
    'Завтра, 10 марта 2015 года, в Оренбург прибудет полномочный представитель правительства ' +
      'Кыргызской Республики в Чуйской области Бактыбек Кудайбергенов. Он возглавляет делегацию ' +
      'среднеазиатской республики.',
  )
  expect(head(pronoun)).toEqual(['Бактыбек Кудайбергенов'])
  const bracket = read(
    '12 мая 2016 года в Астрахани находится официальная делегация провинции Гилян (Исламская ' +
      'Республика Иран) во главе с генерал-губернатором Мохаммадом Али Наджафи.',
  )
  expect(head(bracket)[0]).toContain('Наджафи')
})

test('what is no item: plans, pictures, announcements, who takes part, an earlier visit', () => {
  const d = read(
    '12 мая 2025 года делегация Атырауской области прибыла в Астрахань. В настоящее время ' +
      'прорабатывается вопрос открытия центра приграничной торговли. Многочисленные фото со ' +
      'встречи Президент выложил в инстаграмм. Обсудили проведение фестиваля «Алтаргана», ' +
      'который состоится летом будущего года. Как заявила в ходе пресс-конференции директор ' +
      'департамента Ольга Гусева, в делегации примет участие в том числе и Губернский оркестр.',
  )
  expect(d.items.map((i) => i.kind)).toEqual(['arrival'])
  const earlier = read(
    '15 мая 2025 года Минниханов прибыл в Костанай. Это его второй визит: в 2024 году он ' +
      'посетил Казахстан. Тогда он прибыл в Астану для участия в церемонии открытия Всемирных ' +
      'игр кочевников.',
  )
  expect(earlier.items.map((i) => i.title)).toEqual(['Прибытие в Костанай'])
})

test("a page's single letters, rubrics and clock are no headline; the real one is read", () => {
  const d = read(
    'X\n\nДелегация Приамурья во главе с Василием Орловым работает в Харбине\n\n' +
      'Амурчане принимают участие в российско-китайском ЭКСПО, ключевые мероприятия которого ' +
      'состоятся 17-19 мая 2024 года.',
  )
  expect(d.visit).toMatchObject({ direction: 'outgoing', partnerCountry: 'Китай' })
  expect(head(d)).toEqual(['Василий Орлов'])
})

test('a bracket between a post and its name is an aside', () => {
  const d = read(
    '14 июня 2024 года Глава Республики Саха (Якутия, Российская Федерация) Айсен Николаев ' +
      'прибыл в Кыргызстан с рабочим визитом.',
  )
  expect(d.people.map((p) => p.fullName)).toEqual(['Айсен Николаев'])
  expect(head(d)).toEqual(['Айсен Николаев'])
})

test('a short sentence under the headline is prose: the head it names is read', () => {
  const d = read(
    '24 и 25 сентября состоится культурно-деловая миссия Санкт-Петербурга в Астану\n\n' +
      'Делегацию возглавляет вице-губернатор Ольга Казанская.\n\n' +
      'В рамках деловой программы миссии пройдут круглые столы.',
  )
  expect(head(d)).toEqual(['Ольга Казанская'])
})

test("a noun ending like a past verb ('хурала', 'отдела') does not cut a post from its name", () => {
  const d = read(
    '18 декабря в Агинском округе побывал председатель хурала гражданских представителей ' +
      'Восточного аймака Монголии Зоригбаатар.',
  )
  expect(head(d)).toEqual(['Зоригбаатар'])
  const f = read(
    'Дни провинции Фуцзянь прошли в Карелии. Делегацию возглавил начальник секретариата и ' +
      'отдела пропаганды партийного комитета провинции Фуцзянь Лян Цзянъюн.',
  )
  expect(head(f)).toEqual(['Лян Цзянъюн'])
})

test("titles of courtesy are no names; 'X во главе делегации' makes X the head", () => {
  const d = read(
    'По приглашению губернатора Астраханской области господина Жилкина Его Превосходительство ' +
      'губернатор провинции Мазандаран господин Раби Фаллах Джелударзаде во главе ' +
      'высокопоставленной делегации нанес визит в Астраханскую область.',
  )
  expect(d.people.map((p) => p.fullName)).toContain('Жилкин')
  expect(d.people.map((p) => p.fullName)).not.toContain('Его Превосходительство')
  expect(head(d)).toEqual(['Раби Фаллах Джелударзаде'])
  expect(d.people.find((p) => p.head)?.position).toBe('губернатор провинции Мазандаран')
})

test('documents concluded earlier are no signing of this visit; signers are no title', () => {
  const d = read(
    '28 ноября 2025 года генеральный консул Узбекистана провел встречу с заместителем ' +
      'губернатора Нижегородской области. По его словам, уже заключены соглашения о ' +
      'сотрудничестве с несколькими регионами Узбекистана.',
  )
  expect(d.documents).toEqual([])
  expect(d.items.filter((i) => i.kind === 'signing')).toEqual([])
  const l = read(
    'Знаменательным событием недели стало подписание соглашения председателем Лидского ' +
      'райисполкома Сергеем Ложечником и главой администрации Собинского района Александром ' +
      'Разовым об установлении дружественных отношений между двумя регионами.',
  )
  expect(l.documents.map((x) => x.title)).toEqual([
    'Соглашение об установлении дружественных отношений между двумя регионами',
  ])
})

test('an ambassador comes for the country; beside an official of theirs who came, the official leads', () => {
  const d = read(
    'Посол Республики Казахстан в России Даурен Абаев посетил Астраханскую область\n\n' +
      'В преддверии Форума межрегионального сотрудничества, который пройдет в ноябре в ' +
      'казахстанском городе Костанай, Посол Республики Казахстан в России Даурен Абаев ' +
      'посетил Астраханскую область и встретился с губернатором Игорем Бабушкиным.',
  )
  expect(d.visit).toMatchObject({ direction: 'incoming', partnerCountry: 'Казахстан' })
  expect(d.visit.partnerRegion).toBe('')
  const h = read(
    'С 13-го по 14-ое сентября 2011 года в Хабаровске состоялось пятое заседание Комитета по ' +
      'сотрудничеству между Харбином и Хабаровском, в нем приняли участие Генеральный консул ' +
      'Китая в Хабаровске г-н Сунь Лицзе, заместитель мэра Харбина Цзяо Юаньчао, мэр города ' +
      'Хабаровска г-н Соколов.',
  )
  expect(head(h)).toEqual(['Цзяо Юаньчао'])
  expect(h.people.find((p) => p.fullName === 'Соколов')?.position).toBe('мэр города Хабаровска')
})

test("'завтра, 15 апреля' dates the writing: what the text tells as done happened that day", () => {
  const d = read(
    'Губернатор Архангельской области Игорь Орлов прибыл в Минск. Завтра, 15 апреля 2015 года, ' +
      'он встретится с Президентом Беларуси Александром Лукашенко.',
  )
  expect(d.items.map((i) => [i.kind, i.date])).toEqual([
    ['arrival', '2015-04-14'],
    ['meeting', '2015-04-15'],
  ])
  expect(d.visit).toMatchObject({ startDate: '2015-04-14', endDate: '2015-04-15' })
})

test('between two Russian regions, the one the dateline names is ours', () => {
  const d = read(
    'Полтавченко отправился в Крым\n\n' +
      '5 июня 2015, 10:36Санкт-Петербург, 5 июня. Губернатор Георгий Полтавченко во главе ' +
      'официальной делегации Петербурга посетит крымские города Симферополь и Ялту, сообщает ' +
      'пресс-служба Смольного. Рабочая поездка продлится с 5 по 7 июня.',
  )
  expect(d.visit).toMatchObject({
    direction: 'outgoing',
    partnerCountry: 'Россия',
    partnerRegion: 'Республика Крым',
  })
  expect(head(d)).toEqual(['Георгий Полтавченко'])
})

test("'В Казани обсуждено сотрудничество …': talks held in a place are a visit there", () => {
  const d = read(
    'ДУШАНБЕ, 18.05.2023 /НИАТ «Ховар»/. В Казани обсуждено сотрудничество Таджикистана и ' +
      'Татарстана в узком и расширенном форматах. Встреча делегаций Таджикистана и Татарстана ' +
      'прошла под председательством Премьер-министра Республики Таджикистан Кохира Расулзода и ' +
      'Главы Республики Татарстан Рустама Минниханова.',
  )
  expect(d.visit).toMatchObject({ direction: 'incoming', partnerCountry: 'Таджикистан' })
})

test('East Asian names keep every syllable: family name first, one letter too', () => {
  const v = read(
    'В Курск прибыл Чрезвычайный и Полномочный Посол Социалистической Республики Вьетнам в ' +
      'Российской Федерации Нго Дык Мань.',
  )
  expect(head(v)).toEqual(['Нго Дык Мань'])
  const c = read(
    'Завтра, 13 марта 2009 года, в Чите пройдет встреча делегации города Маньчжурия. Китайскую ' +
      'делегацию возглавит секретарь Маньчжурского горкома КПК господин У Хаофэн.',
  )
  expect(head(c)).toEqual(['У Хаофэн'])
})

test('partners from Moldova (Gagauzia) and Italy (Sicily) are known', () => {
  const g = read(
    '16 марта 2016 года в Псков прибыла делегация Гагаузии во главе с башканом Ириной Влах.',
  )
  expect(g.visit).toMatchObject({ partnerCountry: 'Молдова', partnerRegion: 'АТО Гагаузия' })
  const s = read('В Крым впервые с официальным визитом прибыла делегация из Сицилии.')
  expect(s.visit).toMatchObject({
    direction: 'incoming',
    partnerCountry: 'Италия',
    partnerRegion: 'Сицилия',
  })
})

test('before the first dated event, only what is told as done takes the day of writing', () => {
  const d = read(
    'Завтра, 25 мая, Кольское Заполярье посетит делегация Беларуси во главе с премьер-министром ' +
      'Романом Головченко. Кроме того, в планах главы правительства Беларуси - посетить Центр ' +
      'строительства крупнотоннажных морских сооружений, пишут белорусские СМИ.',
    { publishedOn: '2023-05-24' },
  )
  expect(d.items.every((i) => i.date !== '2023-05-24')).toBe(true)
  expect(d.visit.startDate).toBe('2023-05-25')
})

test('Ashgabat and Baku are capitals: a visit to a minister there is a visit to the country', () => {
  const d = read(
    'Губернатор Санкт-Петербурга Александр Беглов, прибывший в Ашхабад с рабочим визитом, ' +
      'встретился с министром иностранных дел Туркмении Рашидом Мередовым.',
  )
  expect(d.visit).toMatchObject({ partnerCountry: 'Туркменистан', partnerRegion: '' })
})

test("the signing told after its document ('Подписание состоялось сегодня, 3 ноября') is dated there", () => {
  const d = read(
    'Соглашение о сотрудничестве между Ростовской областью и Минской областью подписали ' +
      'губернатор Василий Голубев и председатель Минского облисполкома. Подписание ' +
      'состоялось сегодня, 3 ноября 2022 года, в Минске.',
  )
  const signing = d.items.filter((i) => i.kind === 'signing')
  expect(signing).toHaveLength(1)
  expect(signing[0]!.date).toBe('2022-11-03')
  expect(signing[0]!.source.text).toContain('Подписание состоялось')
  expect(d.documents[0]?.signedOn).toBe('2022-11-03')
})

test("a site's own name is no headline; the headline's document is signed by 'Документ подписали'", () => {
  const d = read(
    'Официальный сайт губернатора Ненецкого автономного округа\n\n' +
      'Сегодня в Нарьян-Маре подписана Рабочая программа сотрудничества на 2013-2015 годы между ' +
      'Ненецким автономным округом и провинцией Бариа-Вунгтау\n\n' +
      'Документ подписали 27 августа 2013 года губернатор Ненецкого автономного округа Игорь ' +
      'Фёдоров и председатель Народного комитета провинции Чань Минь Шань.',
  )
  expect(d.documents.map((x) => [x.type, x.signedOn])).toEqual([['plan', '2013-08-27']])
  expect(d.items.filter((i) => i.kind === 'signing').map((i) => i.date)).toEqual(['2013-08-27'])
})

test("a name with its patronymic in the accusative: 'принял Владислава Валерьевича Шапшу'", () => {
  const d = read(
    '25 ноября 2025 года во Дворце Президента Президент государства Лыонг Кыонг принял ' +
      'Владислава Валерьевича Шапшу, губернатора Калужской области, находящегося с рабочим ' +
      'визитом во Вьетнаме.',
  )
  expect(d.people.map((p) => p.fullName)).toContain('Владислав Валерьевич Шапша')
  expect(d.items.map((i) => [i.kind, i.date])).toContainEqual(['meeting', '2025-11-25'])
})

test("'руководство мэрии Бишкека встретилось с делегацией': a meeting with the body that met them", () => {
  const d = read(
    '8 мая 2012 года руководство мэрии Бишкека встретилось с делегацией Фрунзенского района ' +
      'Санкт-Петербурга.',
  )
  expect(d.items.map((i) => [i.kind, i.title])).toEqual([
    ['meeting', 'Встреча с руководством мэрии Бишкека'],
  ])
})

test("nouns take their case by the dictionary's gender ('осмотрят крепость' → 'Посещение крепости'); round tables are conferences", () => {
  const d = read('Гости осмотрят крепость и посетят Столичный парк.')
  expect(d.items.map((i) => i.title)).toContain('Посещение крепости')
  const r = read(
    'В рамках программы пройдут круглые столы по вопросам торгово-экономического сотрудничества.',
  )
  expect(r.items.map((i) => i.kind)).toEqual(['conference'])
})

test("'Возглавил делегацию генеральный консул X': the one after; an official of no known side last", () => {
  const d = read(
    'Делегация Узбекистана посетила Нижегородскую область. Возглавил делегацию генеральный ' +
      'консул Нодиржон Касимов.',
  )
  expect(head(d)).toEqual(['Нодиржон Касимов'])
  const s = read(
    'Глава администрации Собинского района Александр Разов знакомится с промышленным ' +
      'потенциалом Лидчины в Беларуси.',
  )
  expect(head(s)).toEqual(['Александр Разов'])
})

test("'принял … Тускаева, прибывшего сегодня в Цхинвал': the one who came leads, in any case", () => {
  const d = read(
    'Премьер-министр Южной Осетии Эрик Пухаев принял главу правительства Северной ' +
      'Осетии-Алании Таймураза Тускаева, прибывшего сегодня в Цхинвал для участия в совместном ' +
      'заседании.',
  )
  expect(head(d)).toEqual(['Таймураз Тускаев'])
})

test('documents in the plural, in words of an official, and tallies over years', () => {
  const p = read(
    '1 ноября 2023 года ключевым мероприятием визита стала конференция с подписанием ' +
      'протоколов о региональном сотрудничестве.',
  )
  expect(p.documents.map((d) => [d.type, d.signedOn])).toEqual([['protocol', '2023-11-01']])
  const said = read(
    '«В ходе встречи с губернатором Курганской области обсудили перспективы партнёрства. Для ' +
      'этого подписали дорожную карту по реализации соглашения о сотрудничестве», – сообщил ' +
      'глава региона.',
  )
  expect(said.documents.map((d) => d.type)).toEqual(['plan'])
  const tally = read('Администрация Кингисеппа подписала договоры о сотрудничестве с 11 странами.')
  expect(tally.documents).toEqual([])
  const earlier = read(
    '«Договор сотрудничества между Калининградской и Гродненской областями был подписан в 1996 ' +
      'году. Сейчас мы открываем новую страницу», – сказал он.',
  )
  expect(earlier.documents).toEqual([])
})

test("the officer's year is the visit's year: a plan 'на 2016-2017 годы' is no history in 2015", () => {
  const d = parsePressRelease(
    'Сегодня делегация Карелии находится с визитом в Белоруссии. За время поездки ' +
      'представители региона встретятся с губернатором Гродненской области Владимиром ' +
      'Кравцовым, подпишут протокол по развитию сотрудничества на 2016-2017 годы.',
    { today: '2026-12-03', year: 2015, hostRegion: 'Ленинградская область', morph },
  )
  expect(d.items.map((i) => i.kind)).toEqual(['meeting', 'signing'])
  expect(d.documents.map((x) => x.type)).toEqual(['protocol'])
})

test('celebrations and Days of a region are cultural; an opened festival or Days is an event', () => {
  const d = read('В рамках визита делегация примет участие в праздновании Сабантуя.')
  expect(d.items.map((i) => i.kind)).toEqual(['cultural'])
  const o = read('28 апреля 2017 года торжественное открытие Дней культуры состоится в Пензе.')
  expect(o.items.map((i) => i.kind)).toEqual(['cultural'])
  const v = read(
    '21 ноября 2025 года губернатор торжественно открыл Дни Псковской области в Витебске.',
  )
  expect(v.items.map((i) => [i.kind, i.title])).toContainEqual([
    'cultural',
    'Открытие Дней Псковской области в Витебске',
  ])
})

test('a plural object continues a list of objects of one verb', () => {
  const d = read(
    'Члены делегации посетят специальную экономическую зону, площадку развития, промышленные ' +
      'предприятия Астаны.',
  )
  expect(d.items.filter((i) => i.kind === 'site-tour')).toHaveLength(3)
})

test('plural objects take the plural genitive in titles', () => {
  const d = read(
    'Члены делегации посетят промышленные предприятия Астаны, торговые центры города, музеи.',
  )
  expect(d.items.map((i) => i.title)).toEqual([
    'Посещение промышленных предприятий Астаны',
    'Посещение торговых центров города',
    'Посещение музеев',
  ])
})

test("an event named in the instrumental is titled in the nominative ('открылись концертом')", () => {
  const d = read(
    '4 октября 2008 года Дни культуры открылись концертом мастеров искусств Татарстана в ' +
      'Азербайджанском государственном театре музыкальной комедии.',
  )
  expect(d.items.map((i) => i.title)).toContain(
    'Концерт мастеров искусств Татарстана в Азербайджанском государственном театре музыкальной комедии',
  )
})

test("arrivals told place first ('в Стамбул прибыл президент …') or by the noun ('после прилета в Ханой')", () => {
  const s = read('29 апреля 2015 года в Стамбул прибыл президент Татарстана Рустам Минниханов.')
  expect(s.items.map((i) => [i.kind, i.title])).toEqual([['arrival', 'Прибытие в Стамбул']])
  const h = read(
    '7 декабря 2016 года после прилета в Ханой губернатор Курской области посетил мавзолей.',
  )
  expect(h.items.map((i) => i.title)).toContain('Прибытие в Ханой')
})

test("one item per event taken part in ('в военном параде … и в церемонии …'); ceremonies and parades are culture", () => {
  const d = read(
    'Гости из Туниса приняли участие в военном параде на Дворцовой площади и в церемонии ' +
      'полуденного выстрела со стен Петропавловской крепости.',
  )
  expect(d.items.map((i) => [i.kind, i.title])).toEqual([
    ['cultural', 'Участие в военном параде на Дворцовой площади'],
    ['cultural', 'Участие в церемонии полуденного выстрела со стен Петропавловской крепости'],
  ])
})

test("a ceremony or Days that took place are items ('состоялась церемония освящения', 'Дни … стартовали')", () => {
  const d = read(
    'В рамках визита также состоялась церемония освящения Армянской Апостольской церкви. ' +
      'Дни Псковской области стартовали в городе Витебске 21 ноября 2025 года. ' +
      'Дни китайской провинции Фуцзянь прошли в Карелии.',
  )
  expect(d.items.map((i) => i.kind)).toEqual(['cultural', 'cultural', 'cultural'])
  expect(d.items[0]!.title).toMatch(/^Церемония освящения Армянской Апостольской церкви/u)
})

test("a list's lower-case objects after 'и' are objects of their own; adjectives of one noun are not", () => {
  const d = read(
    'Орловские гости также посетят дворец водных видов спорта и брестский областной центр ' +
      'олимпийского резерва по гребле. В программе – посещение крупных промышленных и ' +
      'перерабатывающих предприятий и двусторонняя встреча глав двух субъектов.',
  )
  expect(d.items.map((i) => i.title)).toEqual([
    'Посещение дворца водных видов спорта',
    'Посещение брестского областного центра олимпийского резерва по гребле',
    'Посещение крупных промышленных и перерабатывающих предприятий',
    'Двусторонняя встреча глав двух субъектов',
  ])
})

test("two sites sharing a word are two items ('Дербентский коньячный завод и Дербентский завод …')", () => {
  const d = read(
    'В программе – посещение крупных предприятий. Делегация также посетит МФЦ РД, ' +
      'Дербентский коньячный завод и Дербентский завод игристых вин.',
  )
  expect(d.items.map((i) => i.title)).toEqual([
    'Посещение крупных предприятий',
    'Посещение МФЦ РД',
    'Посещение Дербентского коньячного завода',
    'Посещение Дербентского завода игристых вин',
  ])
})

describe('between two Russian regions, whose text it is (no dateline)', () => {
  test("the official the text is about is ours: 'губернатор Калужской области … с губернатором Новгородской'", () => {
    const d = read(
      'Владислав Шапша провел рабочую встречу с Андреем Никитиным. Сегодня, 10 августа в рамках ' +
        'рабочей поездки в Великий Новгород губернатор Калужской области Владислав Шапша провел ' +
        'рабочую встречу с губернатором Новгородской области Андреем Никитиным. Фото: пресс-служба ' +
        'правительства Новгородской области. Губернатор Новгородской области Андрей Никитин ' +
        'рассказал о развитии Новгородской области.',
      { publishedOn: '2021-08-10' },
    )
    expect([d.visit.direction, d.visit.partnerRegion]).toEqual(['outgoing', 'Новгородская область'])
  })
  test("a delegation named by its region's adjective is ours: 'Пензенская делегация прибыла …'", () => {
    const d = read(
      'Пензенская делегация прибыла с визитом в Орловскую область. Делегация пробудет в ' +
        'Орловской области три дня. В Орловской области пройдут презентации регионов.',
    )
    expect([d.visit.direction, d.visit.partnerRegion]).toEqual(['outgoing', 'Орловская область'])
  })
  test("the place told first hosts: 'В Уфу прибыла делегация Республики Татарстан'", () => {
    const d = read(
      'В Уфу прибыла делегация Республики Татарстан во главе с Президентом Рустамом Миннихановым. ' +
        'Татарстан и Башкортостан подпишут соглашение. Делегация Татарстана посетит предприятия Татарстана.',
    )
    expect([d.visit.direction, d.visit.partnerRegion]).toEqual(['incoming', 'Республика Татарстан'])
  })
})

describe('meetings told by who received whom', () => {
  test("'с российскими чиновниками встретились X и Y': a meeting with each", () => {
    const d = read(
      'Как сообщается, с российскими чиновниками встретились секретарь Горкома КПК Дуннина Ши Линь ' +
        'и мэр города Чжоу Чжэньхай.',
    )
    expect(d.items.map((i) => i.kind)).toEqual(['meeting', 'meeting'])
    expect(d.items.map((i) => i.title).join(' | ')).toMatch(/Ши Лин.* \| .*Чжоу Чжэньха/u)
  })
  test("'X приветствовал визит делегации': a meeting with X", () => {
    const d = read(
      'Губернатор Омской области Александр Бурков прибыл в Армению. Глава Гегаркуникской области ' +
        'Карен Саркисян приветствовал визит делегации в область.',
    )
    expect(d.items.map((i) => [i.kind, i.title])).toContainEqual([
      'meeting',
      'Встреча с Главой Гегаркуникской области Кареном Саркисяном',
    ])
  })
  test("'во время встречи председателя X и губернатора Y': the meeting itself, though told in passing", () => {
    const d = read(
      'Такая информация прозвучала во время встречи председателя Брестского облисполкома Юрия ' +
        'Шулейко и губернатора Приморского края Олега Кожемяко, передает корреспондент БЕЛТА.',
    )
    expect(d.items.map((i) => i.kind)).toEqual(['meeting'])
  })
  test("an institution's report in quotes is no opinion: '«… состоялась встреча …», – сообщили в Посольстве'", () => {
    const d = read(
      '«В рамках визита состоялась встреча с заместителем губернатора Челябинской области Егором ' +
        'Ковальчуком», – сообщили в Посольстве Казахстана в России по итогам рабочего визита.',
    )
    expect(d.items.map((i) => i.kind)).toEqual(['meeting'])
  })
})

describe('web copies that glue what was apart', () => {
  test("a stop glued to the next sentence ('Шихсаидовым.В составе делегации') ends the name", () => {
    const d = read(
      'В Чеченскую Республику прибыла делегация из Республики Дагестан во главе с Председателем ' +
        'Народного Собрания РД Хизри Шихсаидовым.В составе делегации в Грозный прибыли: министр ' +
        'природных ресурсов и экологии РД Набиюла Карачаев и другие официальные лица.',
    )
    expect(head(d)).toEqual(['Хизри Шихсаидов'])
    // 'РД' is Dagestan: its minister travels with the delegation.
    expect(d.people.find((p) => p.fullName === 'Набиюла Карачаев')?.side).toBe('guest')
  })
  test("a headline in capitals glued to the lead's date ('ОБЛАСТЬ22-23 июля 2019 года')", () => {
    const d = read(
      'ПОСОЛ УЗБЕКИСТАНА ПОСЕТИЛ КАЛИНИНГРАДСКУЮ ОБЛАСТЬ22-23 июля 2019 года Посол Узбекистана в ' +
        'Российской Федерации Ботиржон Асадов посетил Калининградскую область.',
    )
    expect([d.visit.startDate, d.visit.endDate]).toEqual(['2019-07-22', '2019-07-23'])
  })
})

test("what is told as done happened on the day of writing, before a day named as intended ('намерен вернуться уже завтра, 30 апреля')", () => {
  const d = read(
    'Врио президента Татарстана Рустам Минниханов прибыл в Анкару с рабочим визитом. Глава ' +
      'республики намерен вернуться из Турции уже завтра, 30 апреля.',
    { publishedOn: '2015-04-29' },
  )
  expect(d.items.find((i) => i.kind === 'arrival')?.date).toBe('2015-04-29')
  expect(d.visit.startDate).toBe('2015-04-29')
})

test("partners from further countries ('Делегация Финляндии во главе с послом …'); the Gulf of Finland is no country", () => {
  const d = read(
    'Делегация Финляндии посетит Тюменскую область. Делегация Финляндии во главе с чрезвычайным и ' +
      'полномочным послом Финляндии в России Ханну Химаненом посетит Тюменскую область.',
  )
  expect([d.visit.direction, d.visit.partnerCountry]).toEqual(['incoming', 'Финляндия'])
  const gulf = read(
    'Делегация Казахстана посетила побережье Финского залива. Делегация Казахстана прибыла в ' +
      'Ленинградскую область.',
  )
  expect(gulf.visit.partnerCountry).toBe('Казахстан')
})

test("'член Госсовета КНР господин Ван Юн' is a person with a post", () => {
  const d = read(
    'В Чувашию прибыла официальная делегация из Китая. Ее возглавляет член Госсовета КНР ' +
      'господин Ван Юн. Глава региона Михаил Игнатьев встретил их в Чебоксарском речном порту.',
  )
  expect(head(d)).toEqual(['Ван Юн'])
})

describe('the foreign delegations received by a Russian region', () => {
  test("'во главе с губернатором – господином Даш Цэндсурэном': a dash before the courtesy; 'Даш' is no plural", () => {
    const d = read(
      'Глава Тувы принял делегацию Увсанурского аймака Монголии во главе с губернатором – ' +
        'господином Даш Цэндсурэном.',
    )
    expect(d.people.find((p) => p.head)).toMatchObject({
      fullName: 'Даш Цэндсурэн',
      position: 'губернатор',
    })
  })
  test("'X и Y обсудили …' is their meeting; 'Прибывших встречали X и Y' are meetings", () => {
    const d = read(
      'Губернатор Пензенской области Олег Мельниченко и хоким Самаркандской области Узбекистана ' +
        'Эркинжон Турдимов обсудили подготовку соглашения о сотрудничестве. Прибывших встречали ' +
        'глава администрации района Батыршин Миндиев и директор центра Нуржан Медетов.',
    )
    const titles = d.items.map((i) => i.title)
    expect(titles[0]).toBe(
      'Встреча Губернатора Пензенской области Олега Мельниченко и хокима Самаркандской области Узбекистана Эркинжона Турдимова',
    )
    // 'Батыршин' may be a first name or a surname: either instrumental will do.
    expect(titles[1]).toMatch(/^Встреча с главой администрации района Батыршин\p{L}+ Миндиевым$/u)
    expect(titles[2]).toBe('Встреча с директором центра Нуржаном Медетовым')
  })
  test("Days of a province or of a dialogue are culture ('стартовали Дни российско-китайского диалога')", () => {
    const d = read(
      'Сегодня, 13 октября 2025 года, в Архангельске стартовали Дни российско-китайского диалога. ' +
        'Участников приветствовали. В Хабаровском крае официально открыты Дни провинции Хейлунцзян.',
    )
    expect(d.items.map((i) => [i.kind, i.title])).toEqual([
      ['cultural', 'Дни российско-китайского диалога'],
      ['cultural', 'Дни провинции Хейлунцзян'],
    ])
  })
  test('a headline told again as the first line is the lead; the head is read from the first paragraph naming anyone', () => {
    const d = read(
      'В Хабаровском крае официально открыты Дни провинции Хейлунцзян\n' +
        '01.08.2015 17:39:22\n' +
        'В Хабаровском крае официально открыты Дни провинции Хейлунцзян\n' +
        'Участников мероприятия приветствовали губернатор провинции Хейлунцзян Лу Хао и ' +
        'Генеральный консул КНР в Хабаровске Су Фанцю.',
    )
    expect(d.items.map((i) => i.title)).toContain('Дни провинции Хейлунцзян')
    expect(d.visit.partnerRegion).toBe('провинция Хэйлунцзян')
  })
})

test('a document told again, fuller, in another sentence is one document', () => {
  const d = read(
    'Саратовская область подпишет Протокол о дружбе и сотрудничестве с Башкортостаном\n' +
      'Саратовская область подпишет Протокол о дружбе и сотрудничестве с Башкортостаном\n\n' +
      'Делегация Саратовской области, в состав которой входят губернатор области Павел Ипатов и ' +
      'зампреды правительства области Александр Жандаров и Сергей Горбунов, 26 октября 2010 года ' +
      'посетит Республику Башкортостан. В рамках визита планируется подписать Протокол о дружбе и ' +
      'сотрудничестве между Саратовской областью и Республикой Башкортостан.',
  )
  expect(d.documents.map((x) => x.title)).toEqual([
    'Протокол о дружбе и сотрудничестве между Саратовской областью и Республикой Башкортостан',
  ])
  expect(head(d)).toEqual(['Павел Ипатов'])
})

describe('Days of a city abroad', () => {
  const page =
    'ГОСОРГАНЫ\nВсе новости\nВсе новости\nРегионы\n11 сентября 2018, 08:00\n\n' +
    'Дни Минска открываются в Санкт-Петербурге\n\n' +
    '11 сентября, Минск /Корр. БЕЛТА/. Дни Минска пройдут в Санкт-Петербурге 11-13 сентября, ' +
    'сообщили БЕЛТА в пресс-службе Мингорисполкома.\n\n' +
    'Запланированы встречи председателя Мингорисполкома Андрея Шорца с губернатором ' +
    'Санкт-Петербурга Георгием Полтавченко.'
  test("'Все новости' above the headline is the menu, not a list of other news", () => {
    const d = read(page)
    expect([d.visit.startDate, d.visit.endDate]).toEqual(['2018-09-11', '2018-09-13'])
  })
  test("the city itself is the partner when its own body or its Days act ('Мингорисполком', 'Дни Минска')", () => {
    expect(read(page).visit.partnerRegion).toBe('Минск')
  })
  test("'состоялся грандиозный гала-концерт'; 'За три дня …' lasts three days from the day named", () => {
    const d = read(
      'В Павлодаре 26 мая 2025 года состоялся грандиозный гала-концерт, открывший Дни культуры ' +
        'Новосибирской области в Республике Казахстан. За три дня около 400 артистов представили ' +
        'культурную палитру Сибирского края на нескольких площадках Павлодара.',
    )
    expect(d.items.map((i) => [i.kind, i.date])).toContainEqual(['cultural', '2025-05-26'])
    expect(d.items.map((i) => i.title).join(' | ')).toMatch(/гала-концерт/iu)
    expect([d.visit.startDate, d.visit.endDate]).toEqual(['2025-05-26', '2025-05-28'])
  })
})

test("meetings with words between the verb and its counterpart, greeted guests ('Приветствуя гостей, губернатор …')", () => {
  const d = read(
    'В ходе визита президент РТ также планирует встретиться сегодня с министром экономики ' +
      'Турции Нихатом Зейбекджи. Приветствуя гостей, губернатор Челябинской области Борис ' +
      'Дубровский отметил давние связи с Узбекистаном.',
  )
  expect(d.items.map((i) => i.title)).toEqual([
    'Встреча с министром экономики Турции Нихатом Зейбекджи',
    'Встреча с губернатором Челябинской области Борисом Дубровским',
  ])
  const alone = read('Мэр Бишкека Иса Омуркулов тепло поприветствовал гостей.')
  expect(alone.items.map((i) => i.kind)).toEqual(['meeting'])
})

test('a greeting told just after a meeting is that meeting, not another', () => {
  const d = read(
    'Сегодня, 8 мая 2012 года, руководство мэрии Бишкека встретилось с делегацией ' +
      'муниципалитета Санкт-Петербурга.\n\nМэр Бишкека Иса Омуркулов поприветствовал гостей и ' +
      'отметил, что Бишкек и Санкт-Петербург являются городами-побратимами.',
  )
  expect(d.items.map((i) => i.title)).toEqual(['Встреча с руководством мэрии Бишкека'])
})

describe('arrivals as the texts tell them', () => {
  test("the place first with the manner between ('в Мурманскую область с официальным визитом прибыла делегация')", () => {
    const d = read(
      'Сегодня в Мурманскую область с официальным визитом прибыла делегация Ямало-Ненецкого ' +
        'автономного округа. В областной центр приехала представительная делегация из Китая.',
    )
    expect(d.items.map((i) => i.title)).toEqual([
      'Прибытие в Мурманскую область',
      'Прибытие в областной центр',
    ])
  })
  test("'прибыл сегодня с рабочим визитом в Турцию'; 'прибывает' in the present", () => {
    const d = read(
      'Президент Татарстана прибыл сегодня с рабочим визитом в Турцию. Завтра в Оренбург ' +
        'прибывает делегация Чуйской области.',
    )
    expect(d.items.map((i) => i.kind)).toEqual(['arrival', 'arrival'])
  })
  test('met at the airport is the arrival, one with the town it names', () => {
    const d = read(
      'Делегация Татарстана прибыла в Костанай. В аэропорту Костаная Рустама Минниханова ' +
        'встречал аким области. В международном аэропорту «Манас» его встретил вице-премьер.',
    )
    expect(d.items.map((i) => i.title)).toEqual([
      'Прибытие в Костанай',
      'Прибытие в международный аэропорт «Манас»',
    ])
  })
})

test("visiting a body of government is calling on its people ('посетили администрацию района')", () => {
  const d = read('Члены делегации посетили администрацию Кингисеппского района и завод «Фосфорит».')
  expect(d.items.map((i) => [i.kind, i.title])).toEqual([
    ['meeting', 'Посещение администрации Кингисеппского района'],
    ['site-tour', 'Посещение завода «Фосфорит»'],
  ])
})

test("cultural events told as festivities held, given or brought ('состоялся праздник', 'дадут мастер-классы', 'везет выставку')", () => {
  const d = read(
    'Здесь же состоялся праздник Сабантуй. Артисты балета Мариинского театра дадут мастер-классы. ' +
      'Областная библиотека везет в Казахстан книжно-иллюстративную выставку «Саратовской губернии черты».',
  )
  expect(d.items.map((i) => i.kind)).toEqual(['cultural', 'cultural', 'cultural'])
})

test("a list of events after 'мероприятий – в том числе …' is a programme", () => {
  const d = read(
    'Всего в них вместится более 20 мероприятий – в том числе форум делового сотрудничества, ' +
      'симфонический концерт, хоккейный матч и кулинарный конкурс.',
  )
  expect(d.items.map((i) => [i.kind, i.title])).toEqual([
    ['conference', 'Форум делового сотрудничества'],
    ['cultural', 'Симфонический концерт'],
    ['cultural', 'Кулинарный конкурс'],
  ])
})

test("programmes in the plural are documents ('подписание программ сотрудничества'); 'планы сотрудничества' are intentions", () => {
  const d = read(
    'В Ереване состоялось торжественное подписание программ сотрудничества между ' +
      'административным районом Кентрон города Еревана и префектурой центрального округа города ' +
      'Москвы. Губернатор наметил дальнейшие планы сотрудничества.',
  )
  expect(d.documents.map((x) => x.type)).toEqual(['plan'])
})

describe('more of the partners’ towns in the gazetteer', () => {
  test('district towns of Belarus stand for their districts; Chinese, Central Asian, Caucasian and Mongolian towns for their regions', () => {
    const where = (w: string) => findPlaces(w)[0]?.place.name
    expect(where('Лида')).toBe('Лидский район')
    expect(where('Лидский райисполком')).toBe('Лидский район')
    expect(where('Жлобине')).toBe('Жлобинский район')
    expect(where('Сюйчжоу')).toBe('Сюйчжоу')
    expect(findPlaces('Сюйчжоу')[0]?.place.cityOf).toBe('провинция Цзянсу')
    expect(where('Уральске')).toBe('Западно-Казахстанская область')
    expect(where('Каракол')).toBe('Иссык-Кульская область')
    expect(where('Дилижане')).toBe('Тавушский марз')
    expect(where('Эрдэнэт')).toBe('Орхон')
    expect(where('Дуннин')).toBe('Дунин')
  })
  test("those listed in the delegation travel with it; the first listed leads when no one is said to ('В состав делегации вошли …')", () => {
    const d = read(
      '17 июля 2011 года Рязань посетила делегация из города-побратима Сюйчжоу Китайской ' +
        'Народной Республики. В состав делегации вошли вице-мэр города Сюйчжоу Чень Мэй-син, ' +
        'заместитель начальника бюро просвещения Цао Мэн-цзюнь и директор онкологической больницы ' +
        'Чжан Цзюй-ян.',
    )
    expect(head(d)).toEqual(['Чень Мэй-син'])
    expect(d.people.map((p) => p.side)).toEqual(['guest', 'guest', 'guest'])
    expect(d.visit.partnerRegion).toBe('Сюйчжоу')
  })
})

test("'познакомятся с работой организаций и учреждений': two sites, but adjectives of one noun are one", () => {
  const d = read(
    'Калужане познакомятся с работой научно-производственных организаций и медицинских ' +
      'учреждений. Гости ознакомились с деятельностью промышленных и сельскохозяйственных предприятий.',
  )
  expect(d.items.map((i) => i.title)).toEqual([
    'Знакомство с работой научно-производственных организаций',
    'Знакомство с работой медицинских учреждений',
    'Знакомство с деятельностью промышленных и сельскохозяйственных предприятий',
  ])
})

test("'хоким города Ташкента … принял делегацию' — that place's official hosts: the visit is there", () => {
  const d = read(
    'Сегодня, 16 июня 2021 года, хоким города Ташкента Жахонгир Артикходжаев принял делегацию во ' +
      'главе с заместителем премьер-министра Республики Татарстан Олегом Кариповым.',
  )
  expect(d.visit.direction).toBe('outgoing')
})

test("Mongolia's aimags and their seats; 'Ким Ён Нам' is one name", () => {
  const where = (w: string) => findPlaces(w)[0]?.place.name
  expect(where('Булганского аймака')).toBe('Булганский аймак')
  expect(where('Чойбалсане')).toBe('Восточный аймак')
  expect(where('Архангайского аймака')).toBe('Архангайский аймак')
  const d = read(
    'Во Владивосток прибыла делегация КНДР во главе с Председателем Президиума Верховного ' +
      'народного собрания Ким Ён Намом.',
  )
  expect(head(d)).toEqual(['Ким Ён Нам'])
})

test('Central Asian towns stand for their regions (Туркестан, Хива, Чирчик, Истаравшан, Кара-Балта)', () => {
  const where = (w: string) => findPlaces(w)[0]?.place.name
  expect(['Туркестане', 'Хиве', 'Чирчике', 'Истаравшан', 'Кара-Балте'].map(where)).toEqual([
    'Туркестанская область',
    'Хорезмская область',
    'Ташкентская область',
    'Согдийская область',
    'Чуйская область',
  ])
})

test("two people under one post in the plural ('Губернаторы Хабаровского края и провинции Хейлунцзян Вячеслав Шпорт и Лу Хао')", () => {
  const d = read(
    'В Хабаровском крае открыты Дни провинции Хейлунцзян. Участников приветствовали Губернаторы ' +
      'Хабаровского края и провинции Хейлунцзян Вячеслав Шпорт и Лу Хао, Генеральный консул КНР ' +
      'в Хабаровске Су Фанцю.',
  )
  expect(d.people.map((p) => [p.fullName, p.position])).toEqual([
    ['Вячеслав Шпорт', 'губернатор Хабаровского края'],
    ['Лу Хао', 'губернатор провинции Хейлунцзян'],
    ['Су Фанцю', 'Генеральный консул КНР в Хабаровске'],
  ])
  expect(head(d)).toEqual(['Лу Хао'])
})

test("a page's date glued to the first line ('23.11.2022 г.23 ноября состоялся визит …') leaves the line as prose", () => {
  const d = read(
    'О визите делегации Оршанского района в Смоленск\n23.11.2022 г.23 ноября состоялся визит в ' +
      'г.Смоленск делегации Оршанского района во главе с первым заместителем Председателя ' +
      'Оршанского районного исполнительного комитета Сергеем Пацем.',
  )
  expect(head(d)).toEqual(['Сергей Пац'])
  expect(d.visit.startDate).toBe('2022-11-23')
})

test("Vietnam's provinces, Transnistria's towns; twin towns are the cities themselves ('Тирасполь и Обнинск могут стать городами-побратимами')", () => {
  const where = (w: string) => findPlaces(w)[0]?.place.name
  expect(['Тханьхоа', 'Нячанге', 'Хайфоне', 'Бендерах'].map(where)).toEqual([
    'провинция Тханьхоа',
    'провинция Кханьхоа',
    'Хайфон',
    'Бендеры',
  ])
  const d = read(
    'Тирасполь и Обнинск могут стать городами-побратимами. Делегация Обнинска прибыла в ' +
      'Тирасполь, где обсудили в ходе встречи сотрудничество городов.',
  )
  expect([d.visit.partnerCountry, d.visit.partnerRegion]).toEqual(['Приднестровье', 'Тирасполь'])
})

test("a year that tells of a place ('зону, созданную в 2017 году') is no history, and the list goes on past it", () => {
  const d = read(
    'Делегация прибыла в Далянь в 2025 году. Челябинская делегация посетила комбинат компании, ' +
      'Даляньскую зону свободной торговли, созданную в 2017 году, презентационную зону Российского ' +
      'экспортного центра, корпорацию тяжелого машиностроения.',
  )
  expect(d.items.filter((i) => i.kind === 'site-tour').map((i) => i.title)).toEqual([
    'Посещение комбината компании',
    'Посещение Даляньской зоны свободной торговли',
    'Посещение презентационной зоны Российского экспортного центра',
    'Посещение корпорации тяжелого машиностроения',
  ])
})

test("a festive opening or evening is culture ('Торжественное открытие состоится на площади')", () => {
  const d = read(
    'Торжественное открытие Дней Актюбинской области состоится 28 апреля 2017 года на площади ' +
      'имени Ленина. Делегация приняла участие в торжественном открытии Дома дружбы.',
  )
  expect(d.items.map((i) => i.kind)).toEqual(['cultural', 'cultural'])
})

test("festive evenings and gatherings held, Days opening, and 'В торжественной церемонии принял участие посол …'", () => {
  const d = read(
    'Вечером 14 ноября 2018 года в Большом театре Муданьцзяна прошел торжественный вечер в честь ' +
      '25-летия побратимских связей. В воскресенье в Приморье откроются Дни провинции Хэйлунцзян. ' +
      'В торжественной церемонии открытия консульства принял участие Чрезвычайный и Полномочный ' +
      'Посол Казахстана. В праздничных мероприятиях приняла участие женщина-космонавт Валентина ' +
      'Терешкова.',
  )
  expect(d.items.map((i) => [i.kind, i.title])).toEqual([
    ['cultural', 'Торжественный вечер'],
    ['cultural', 'Дни провинции Хэйлунцзян'],
    ['cultural', 'Участие в торжественной церемонии открытия консульства'],
  ])
})

test('a trip put off, thanks for an earlier reception and an event of a later year are no items of this visit', () => {
  const d = read(
    '15 июня 2018 года делегация Бишкека прибыла в Челябинск. Из-за трагической гибели пассажиров ' +
      'самолета было решено перенести поездку на более поздний срок. Хоким тепло поблагодарил ' +
      'гостей за оказанный ранее приём в Казани. Форум ШОС и БРИКС пройдет в Челябинске в 2020 году.',
  )
  expect(d.items.map((i) => i.kind)).toEqual(['arrival'])
})

test("'прибудет в Беларусь на следующей неделе': when is no part of the item's title", () => {
  const d = read(
    'Делегация Чечни во главе с Рамзаном Кадыровым прибудет в Беларусь на следующей неделе.',
  )
  expect(d.items.map((i) => i.title)).toEqual(['Прибытие в Беларусь'])
})

test("'На встрече X с Y', 'во время рабочей встречи X и Y', and a meeting in the sentence giving the span are items", () => {
  const d = read(
    '8-9 декабря 2025 года делегация Компартии Вьетнама во главе с Чан Куок Выонгом имела рабочую ' +
      'встречу с вице-губернатором Санкт-Петербурга Александром Говоруновым. На встрече Председателя ' +
      'Правительства Дагестана Абдулмуслима Абдулмуслимова с губернатором Гиляна Хади Хагшенасом были ' +
      'обсуждены перспективы. Направления взаимодействия обсудили во время рабочей встречи губернатор ' +
      'Иркутской области Игорь Кобзев и губернатор аймака Хубсугул Лааган Тумурбаатар.',
  )
  expect(d.items.filter((i) => i.kind === 'meeting').map((i) => i.title)).toEqual([
    'Встреча с вице-губернатором Санкт-Петербурга Александром Говоруновым',
    'Встреча Председателя Правительства Дагестана Абдулмуслима Абдулмуслимова с губернатором Гиляна Хади Хагшенасом',
    'Встреча губернатора Иркутской области Игоря Кобзева и губернатора аймака Хубсугул Лаагана Тумурбаатара',
  ])
})

test("'посетила с визитом Узбекистан' is the visit, and 'Напомню, что фестиваль пройдет …' a reminder", () => {
  const d = read(
    'С 15 по 19 мая 2018 года делегация Челябинской области посетила с визитом Узбекистан. ' +
      'Напомню, что фестиваль «Алтаргана» пройдет с 26 по 28 июля в Булганском аймаке.',
  )
  expect(d.items).toEqual([])
})

test("the forum 'в рамках' or 'на полях' which things happened, performances and a town's day celebrated are items", () => {
  const d = read(
    'Делегация Казани побывала в Астане. В рамках VIII Астанинского экономического форума мэр ' +
      'Казани Ильсур Метшин встретился с акимом. Государственный абазинский театр показал спектакль ' +
      '«Сын Абхазии». Ансамбль «Меркурий» выступил с концертной программой. Артисты выступили на ' +
      'главной площади города. 6 августа в Пирдопе отмечали День города. Делегация побывала на ' +
      'Карнавале цветов.',
    { publishedOn: '2015-08-07' },
  )
  expect(d.items.map((i) => [i.kind, i.title])).toEqual([
    ['conference', 'Участие в VIII Астанинском экономическом форуме'],
    ['meeting', 'Встреча с акимом'],
    ['cultural', 'Спектакль «Сын Абхазии» Государственного абазинского театра'],
    ['cultural', 'Концерт ансамбля «Меркурий»'],
    ['cultural', 'Выступление на главной площади города'],
    ['cultural', 'День города'],
    ['cultural', 'Посещение Карнавала цветов'],
  ])
})

test("a page's date, headline and lead on one line are pulled apart; Korean, Japanese and Nordic regions are places", () => {
  const d = read(
    '08.02.2009 Приморский край и провинция Кангвон намерены развивать сотрудничество Губернатор ' +
      'Приморского края Сергей Дарькин в ходе рабочего визита в Республику Корея подписал меморандум ' +
      'о сотрудничестве с губернатором провинции Кангвон господином Ким Джин Сонном. В ходе визита ' +
      'Сергей Дарькин посетил университет Халлым.',
  )
  expect(d.visit).toMatchObject({
    direction: 'outgoing',
    partnerCountry: 'Республика Корея',
    partnerRegion: 'провинция Канвондо',
  })
  expect(head(d)).toEqual(['Сергей Дарькин'])
  expect(d.items.map((i) => i.kind)).toEqual(['signing', 'site-tour'])
  expect(findPlaces('губерния Трумс')[0]?.place.name).toBe('губерния Тромс')
  expect(findPlaces('делегация префектуры Тоттори')[0]?.place.country).toBe('Япония')
  expect(findPlaces('лена Норрботтен')[0]?.place.country).toBe('Швеция')
})

test('a headline repeated as the lead and the body name one document, signed where the body says; a signing told only in the headline is an item', () => {
  const a = read(
    'Астраханская и Атырауская области подписали план мероприятий по развитию сотрудничества на 2023–2026 годы\n\n' +
      'Астраханская и Атырауская области подписали план мероприятий по развитию сотрудничества на 2023–2026 годы\n\n' +
      'В Атырау губернатор Астраханской области Игорь Бабушкин встретился с акимом Атырауской ' +
      'области Сериком Шапкеновым. Стороны подписали план мероприятий по развитию сотрудничества на 2023–2026 годы.',
  )
  expect(a.documents).toHaveLength(1)
  expect(a.items.filter((i) => i.kind === 'signing').map((i) => i.source.text)).toEqual([
    'Стороны подписали план мероприятий по развитию сотрудничества на 2023–2026 годы.',
  ])
  const b = read(
    'Николай Меркушкин подписал протокол о сотрудничестве с Западно-Казахстанской областью\n\n' +
      'Сегодня губернатор Самарской области Николай Меркушкин провел встречу с официальной ' +
      'делегацией Западно-Казахстанской области во главе с акимом региона Нурланом Ногаевым.',
    { publishedOn: '2015-08-10' },
  )
  expect(b.items.map((i) => [i.kind, i.title])).toEqual([
    ['signing', 'Подписание протокола о сотрудничестве с Западно-Казахстанской областью'],
    [
      'meeting',
      'Встреча с официальной делегацией Западно-Казахстанской области во главе с акимом региона Нурланом Ногаевым',
    ],
  ])
})

test("other news under a rubric at the page's foot ('ГРУЗИЯ. …') is furniture; a lead under its rubric is the article", () => {
  const d = read(
    'ЧЕЧНЯ. В Чеченскую Республику прибыла делегация из Республики Дагестан во главе с ' +
      'Председателем Народного Собрания Хизри Шихсаидовым. В аэропорту гостей встретил Председатель ' +
      'Парламента Чеченской Республики Магомед Даудов. Делегация посетит мечеть «Сердце Чечни».\n' +
      '![]() |\n' +
      'ГРУЗИЯ. Стабилизация перед реформами: как прожила Грузия 2025 год?\n' +
      'ГРУЗИЯ. Ряд туристических объектов временно закрыли в Грузии\n',
  )
  expect(d.visit).toMatchObject({
    direction: 'incoming',
    partnerCountry: 'Россия',
    partnerRegion: 'Республика Дагестан',
  })
})

test("'в Татарстан с двухдневным визитом для участия в A и B прибыл министр …' is an arrival and two gatherings; a consulate of theirs is no trip to their country", () => {
  const d = read(
    'Министр Турции в Казани\n\nСегодня в Татарстан с двухдневным визитом для участия в Евразийском ' +
      'форуме городов и Российско-турецкой конференции по туризму прибыл министр культуры и туризма ' +
      'Турецкой Республики Эртугрул Гюнай. В международном аэропорту Казань гостя встречал ' +
      'председатель Госсовета РТ Фарид Мухаметшин. Сразу по прибытии глава татарстанского ' +
      'парламента и иностранный гость направились в генконсульство Турции в Казани.',
    { publishedOn: '2012-07-05' },
  )
  expect(d.visit.direction).toBe('incoming')
  expect(head(d)).toEqual(['Эртугрул Гюнай'])
  expect(d.items.slice(0, 3).map((i) => [i.kind, i.title])).toEqual([
    ['arrival', 'Прибытие в Татарстан'],
    ['conference', 'Участие в Евразийском форуме городов'],
    ['conference', 'Участие в Российско-турецкой конференции по туризму'],
  ])
})

test('background, counts, matters discussed and projects shared give no items', () => {
  const d = read(
    'Делегация Бурятии прибыла в Сэлэнгэ. Еще в прошлом году, когда делегация из Монголии посетила ' +
      'нашу республику, было подписано соглашение о сотрудничестве. До этого делегация из Навоийской ' +
      'области подписала меморандум о сотрудничестве с Нижегородской областью. Стороны подвели итоги ' +
      'года после заключения соглашения о сотрудничестве. Это 20-я официальная встреча на таком ' +
      'уровне. Стороны обсудили перспективы проведения концертов творческих коллективов. Делегация ' +
      'примет участие в проектах территории опережающего развития. Глава района посетил на днях ' +
      'провинцию Хэйлунцзян. Гостей пригласили на Игры кочевников. Делегация примет участие в ' +
      'традиционных Играх кочевников, которые пройдут в Караколе в сентябре.',
    { publishedOn: '2018-05-02' },
  )
  expect(d.items.map((i) => i.kind)).toEqual(['arrival'])
  expect(d.documents).toEqual([])
})

test("between two Russian regions: 'в Мурманской области работает делегация', 'в Салехард с рабочим визитом прибывает делегация', towns of the new regions", () => {
  const a = read(
    'На этой неделе в Мурманской области работает делегация Алтайского края. На официальной встрече ' +
      'с делегацией заместитель губернатора Мурманской области Светлана Панфилова представила ' +
      'экономический потенциал региона.',
  )
  expect(a.visit).toMatchObject({ direction: 'incoming', partnerRegion: 'Алтайский край' })
  const b = read(
    'Вчера, 5 июня, в Макеевку прибыла делегация Свердловской области во главе с губернатором ' +
      'Свердловской области Евгением Куйвашевым.',
    { publishedOn: '2022-06-06' },
  )
  expect(b.visit).toMatchObject({ direction: 'incoming', partnerRegion: 'Свердловская область' })
})

test("the partner's own site: 'Бобруйск встречал гостей … прибыли делегаты из российского Хабаровска', 'В Уральске (Казахстан) … подписаны протоколы', 'Недавно губернатор … посетил Хэйлунцзян'", () => {
  const a = read(
    '30 января Бобруйск встречал гостей из дружественного государства: познакомиться с историей ' +
      'города прибыли делегаты из российского Хабаровска.',
    { publishedOn: '2026-01-31' },
  )
  expect(a.visit).toMatchObject({ direction: 'outgoing', partnerCountry: 'Беларусь' })
  const b = read(
    'В Уральске (Казахстан) 10 июля в рамках форума подписаны протоколы о намерениях между ' +
      'управлением сельского хозяйства ЗКО и Министерством сельского хозяйства Оренбургской области.',
  )
  expect(b.visit).toMatchObject({ direction: 'outgoing', partnerCountry: 'Казахстан' })
  const c = read(
    'Недавно губернатор Хабаровского края Дмитрий Дегтярёв во главе делегации посетил Хэйлунцзян. ' +
      'Во время визита он дал интервью нашему корреспонденту.',
  )
  expect(c.visit).toMatchObject({
    direction: 'outgoing',
    partnerRegion: 'провинция Хэйлунцзян',
  })
})

test("a text datelined abroad with no one said to travel ('1 ноября, Брест /Корр. БЕЛТА/.') tells of our delegation there", () => {
  const d = read(
    'Брестская область будет укреплять сотрудничество с Удмуртией\n\n' +
      '1 ноября, Брест /Корр. БЕЛТА/. Соглашение о сотрудничестве между Брестским облисполкомом и ' +
      'правительством Удмуртской Республики подписано сегодня.',
  )
  expect(d.visit).toMatchObject({ direction: 'outgoing', partnerCountry: 'Беларусь' })
})

test("'заглянули в Пакгауз', a president's New Year tree, a friendly tournament and jubilee events are items of their kinds", () => {
  const d = read(
    'Заголовок. Также они заглянули в выставочный Пакгауз, где представлена выставка. Гости ' +
      'побывают на президентской елке в ДК «Нефтяник». Во время Дней Москвы состоится дружеский ' +
      'турнир с участием спортсменов. Делегация приняла участие в юбилейных мероприятиях, ' +
      'посвященных 20-летию Ассамблеи.',
  )
  expect(d.items.map((i) => [i.kind, i.title])).toEqual([
    ['site-tour', 'Посещение выставочного Пакгауза'],
    ['cultural', 'Посещение президентской елки в ДК «Нефтяник»'],
    ['cultural', 'Дружеский турнир с участием спортсменов'],
    ['cultural', 'Участие в юбилейных мероприятиях'],
  ])
})

test("the guests named first and their host after ('Гостей поприветствовал глава …', 'Ее гостеприимно встречали мэр …'), and talks held at a body's house are meetings", () => {
  const d = read(
    'Заголовок. Гостей поприветствовал глава администрации города Макеевки Владислав Ключаров. ' +
      'Представителей российского Багратионовска тепло встретил председатель райисполкома Александр ' +
      'Версоцкий. Ее гостеприимно встречали мэр Ессентуков Лариса Писаренко и председатель Совета ' +
      'города Людмила Ефремова. В администрации округа обсудили достигнутые успехи. Высоких гостей в ' +
      'автономии встречали с баурсаками и кумысом молодые люди.',
  )
  expect(d.items.map((i) => i.title)).toEqual([
    'Встреча с главой администрации города Макеевки Владиславом Ключаровым',
    'Встреча с председателем райисполкома Александром Версоцким',
    'Встреча с мэром Ессентуков Ларисой Писаренко',
    'Встреча с председателем Совета города Людмилой Ефремовой',
    'Встреча в администрации округа',
  ])
})

test("'Целью визита стало подписание соглашения' is a plan; 'закрепив договоренности подписанием плана' a signing; 'примет участие в подписании ряда соглашений' one planned signing", () => {
  const a = read(
    'Делегация Каракола прибыла в Кумертау. Целью визита стало подписание соглашения о ' +
      'сотрудничестве между Кумертау и Караколом.',
    { publishedOn: '2018-05-02' },
  )
  expect(a.documents.map((d) => d.signedOn ?? 'planned')).toEqual(['planned'])
  const b = read(
    'Делегация Алтайского края работает в Мурманской области. Стороны обсудили перспективы, ' +
      'закрепив договоренности подписанием плана мероприятий на 2025-2028 годы по реализации ' +
      'Соглашения о сотрудничестве.',
    { publishedOn: '2025-09-19' },
  )
  expect(b.documents.map((d) => d.signedOn ?? 'planned')).toEqual(['2025-09-19'])
  const c = read(
    'Делегация Башкортостана прибудет в Санкт-Петербург. Радий Хабиров проведет встречи с ' +
      'губернатором Санкт-Петербурга Александром Бегловым, примет участие в подписании ряда ' +
      'стратегических соглашений.',
  )
  expect(c.items.filter((i) => i.kind === 'signing')).toHaveLength(1)
  expect(c.documents.map((d) => [d.type, d.signedOn ?? 'planned'])).toEqual([
    ['agreement', 'planned'],
  ])
})

test("'визит в компанию', 'повезут на Братское кладбище', 'навестил детей', 'знакомится с потенциалом' are visits; a district visited is the visit itself", () => {
  const d = read(
    'Заголовок. В ходе визита в компанию Bunes Fisk была достигнута договоренность. Сразу после ' +
      'церемонии свердловчан повезут на Братское кладбище. В ходе поездки глава региона навестил ' +
      'детей из социального центра. Глава администрации Собинского района Александр Разов ' +
      'знакомится с промышленным потенциалом Лидчины. Делегация Красногорского района навестила ' +
      'соседний белорусский район, с которым у россиян давние дружеские отношения.',
  )
  expect(d.items.map((i) => [i.kind, i.title])).toEqual([
    ['site-tour', 'Посещение компании Bunes Fisk'],
    ['memorial', 'Посещение Братского кладбища'],
    ['site-tour', 'Посещение детей из социального центра'],
    ['site-tour', 'Знакомство с промышленным потенциалом Лидчины'],
  ])
})

test("arrivals: 'в Курск прибыл Чрезвычайный и Полномочный Посол', 'прибыла культурно-деловая миссия', 'прибыла на Сахалин'; 'в составе делегации прилетел посол' is no place", () => {
  const d = read(
    'Заголовок. Сегодня в Курск прибыл Чрезвычайный и Полномочный Посол Вьетнама Нго Дык Мань. ' +
      'В Комрат прибыла культурно-деловая миссия правительства Санкт-Петербурга. Делегация ' +
      'губернаторства Хоккайдо прибыла на Сахалин с рабочим визитом. В составе делегации также ' +
      'прилетел чрезвычайный и полномочный посол Беларуси в России Дмитрий Крутой.',
  )
  expect(d.items.map((i) => i.title)).toEqual([
    'Прибытие в Курск',
    'Прибытие в Комрат',
    'Прибытие на Сахалин',
  ])
})

test('sights are excursions: memorable and holy places, a mausoleum, a pedestrian zone, a park (not an industrial one), the history of a town, the town itself', () => {
  const d = read(
    'Заголовок. Гости посетят пешеходную зону Саратова. Делегация посетила святые места Смоленщины. ' +
      'Затем делегация направилась к мавзолею. Делегация ознакомилась с историей и культурой ' +
      'Ярославля. Делегация познакомилась с Брестом. Гости посетили Столичный парк и индустриальный ' +
      'парк «Авангард».',
  )
  expect(d.items.map((i) => [i.kind, i.title])).toEqual([
    ['excursion', 'Посещение пешеходной зоны Саратова'],
    ['excursion', 'Посещение святых мест Смоленщины'],
    ['excursion', 'Знакомство с историей и культурой Ярославля'],
    ['excursion', 'Знакомство с Брестом'],
    ['excursion', 'Посещение Столичного парка'],
    ['site-tour', 'Посещение индустриального парка «Авангард»'],
  ])
})

test("'где завтра пройдет бизнес-форум' is a conference, and so is taking part in an industrial or universal exhibition", () => {
  const d = read(
    'Заголовок. Губернатор прибыл в Уфу, где завтра пройдет бизнес-форум. Губернатор примет ' +
      'участие в Международной универсальной выставке «Таджикистан 2016».',
    { publishedOn: '2016-07-22' },
  )
  expect(d.items.filter((i) => i.kind !== 'arrival').map((i) => [i.kind, i.title])).toEqual([
    ['conference', 'Бизнес-форум'],
    ['conference', 'Участие в Международной универсальной выставке «Таджикистан 2016»'],
  ])
})

test("'Премьер-министр Абхазии посетил Ростов-на-Дону' travels to us; 'В столице Республики Южная Осетия – Цхинвале подписан Протокол' happened there", () => {
  const a = read(
    'Премьер-министр Абхазии посетил Ростов-на-Дону\n\nПремьер-министр Республики Абхазия Артур ' +
      'Миквабия побывал накануне в донской столице, где встретился с главой Ростовской области ' +
      'Василием Голубевым.',
    { publishedOn: '2016-05-13' },
  )
  expect(a.visit.direction).toBe('incoming')
  expect(head(a)).toEqual(['Артур Миквабия'])
  const b = read(
    'В столице Республики Южная Осетия – Цхинвале подписан Протокол о намерениях между Республикой ' +
      'Южная Осетия и Администрацией Тамбовской области. Протокол подписали Президент Республики ' +
      'Южная Осетия Эдуард Кокойты и Глава Администрации Тамбовской области Олег Бетин.',
  )
  expect(b.visit.direction).toBe('outgoing')
})

test("'Ил Дархан' is the title of Yakutia's head, not Darkhan; a memorial museum and a Kremlin's monuments are sights", () => {
  expect(findPlaces('Ил Дархан Якутии Айсен Николаев')).toHaveLength(1)
  expect(findPlaces('делегация аймака Дархан-Уул')[0]?.place.country).toBe('Монголия')
  expect(findPlaces('в Дархане')[0]?.place.name).toBe('Дархан-Уул')
  const d = read(
    'Заголовок. Иностранные гости посетили Мемориальный музей. Гостям представили памятники ' +
      'Казанского Кремля. Делегация посетила мемориальный комплекс «Вечный огонь».',
  )
  expect(d.items.map((i) => i.kind)).toEqual(['excursion', 'excursion', 'memorial'])
})

test("the capitals' by-names: 'мэр уральской столицы', 'в донской столице', 'сибирской столицы'", () => {
  expect(findPlaces('мэр уральской столицы')[0]?.place.name).toBe('Свердловская область')
  expect(findPlaces('в донской столице')[0]?.place.name).toBe('Ростовская область')
  expect(findPlaces('гости сибирской столицы')[0]?.place.name).toBe('Новосибирская область')
  expect(findPlaces('в Уральске')[0]?.place.country).toBe('Казахстан')
})

test("'пробудет в столице Кыргызстана до 27 октября' ends the visit; 'Двухдневный визит' lasts two days whatever the sentence recalls", () => {
  const a = read(
    'Делегация Санкт-Петербурга 24 октября 2013 года прибыла в Бишкек. Делегация пробудет в ' +
      'столице Кыргызстана до 27 октября.',
  )
  expect([a.visit.startDate, a.visit.endDate]).toEqual(['2013-10-24', '2013-10-27'])
  const b = read(
    'Сегодня, 21 августа, в Салехард с рабочим визитом прибывает официальная делегация Алтайского ' +
      'края. Двухдневный визит направлен на реализацию подписанного в апреле текущего года ' +
      'соглашения.',
    { publishedOn: '2017-08-21' },
  )
  expect([b.visit.startDate, b.visit.endDate]).toEqual(['2017-08-21', '2017-08-22'])
})

test("weekdays count from the page's date: back for what was done ('В понедельник утром Моор возложил венок'), ahead for what will be; not the day something was said", () => {
  const d = read(
    'Губернатор Тюменской области прибыл в Минск. В понедельник утром Моор возложил венок к ' +
      'монументу Победы. В среду делегация посетит завод «Белоруснефть». Об этом сообщил в четверг ' +
      'пресс-секретарь.',
    { publishedOn: '2025-07-29' },
  )
  expect(d.items.filter((i) => i.kind !== 'arrival').map((i) => i.date)).toEqual([
    '2025-07-28',
    '2025-07-30',
  ])
})

test("groups met are one meeting each: 'с руководством провинции и инвесторами', 'а также с Народным правительством провинции, руководством железной дороги'", () => {
  const d = read(
    'Заголовок. Губернатор встретится с руководством провинции Хэйлунцзян и инвесторами. Он уже ' +
      'встретился с мэром города Хэган Ваном Синчжу, а также с Народным правительством провинции ' +
      'Хэйлунцзян, руководством Харбинской железной дороги.',
  )
  expect(d.items.map((i) => i.title)).toEqual([
    'Встреча с руководством провинции Хэйлунцзян',
    'Встреча с инвесторами',
    'Встреча с мэром города Хэган Ваном Синчжу',
    'Встреча с Народным правительством провинции Хэйлунцзян',
    'Встреча с руководством Харбинской железной дороги',
  ])
})

test("'в Милане проходят Дни …', 'устроила представление', 'показ и обсуждение фильма' and a ceremony opening a monument are culture; the purpose is no part of a title", () => {
  const d = read(
    'Заголовок. Делегация находится в Италии, где в Милане проходят Дни Ростовской области. ' +
      'Делегация устроила в Санкт-Петербурге представление с целью поддержать соотечественников. ' +
      'В торжественной церемонии открытия памятника приняли участие губернатор и гости. В ' +
      'университете пройдет показ и обсуждение фильма.',
  )
  expect(d.items.map((i) => [i.kind, i.title])).toEqual([
    ['cultural', 'Дни Ростовской области'],
    ['cultural', 'Представление'],
    ['cultural', 'Участие в торжественной церемонии открытия памятника'],
    ['cultural', 'Показ и обсуждение фильма'],
  ])
})

test('only items lose when and why from their titles; documents and positions keep theirs', () => {
  expect(tidyTitle('Программа сотрудничества в целях развития туризма')).toBe(
    'Программа сотрудничества в целях развития туризма',
  )
  expect(eventTitle('Представление с целью поддержать соотечественников')).toBe('Представление')
  expect(eventTitle('Прибытие в Беларусь на следующей неделе')).toBe('Прибытие в Беларусь')
})
