// Countries, regions and the direction of travel as the text tells them.
// Part of the press-release reader (../parse-press-release.ts).
import { type CountryMention } from '../sides'
import { findPlaces } from '../gazetteer'
import { stemRe } from './text'

// ───────────────────────────── Places ─────────────────────────────

interface Country {
  name: string
  gen: string
  acc: string
  stem: string
}

const country = (name: string, gen: string, acc: string, stem: string): Country => ({
  name,
  gen,
  acc,
  stem,
})

export const COUNTRIES: Country[] = [
  country('Казахстан', 'Казахстана', 'Казахстан', 'казахстан'),
  country('Беларусь', 'Беларуси', 'Беларусь', 'беларус|белорус'),
  country('Китай', 'Китая', 'Китай', 'кита[йяюе](?![\\p{L}])|китайск|кнр(?![\\p{L}])|поднебесн'),
  country('Узбекистан', 'Узбекистана', 'Узбекистан', 'узбек'),
  country('Киргизия', 'Киргизии', 'Киргизию', 'киргиз|кыргыз'),
  country('Таджикистан', 'Таджикистана', 'Таджикистан', 'таджик'),
  country('Туркменистан', 'Туркменистана', 'Туркменистан', 'туркмен'),
  country('Армения', 'Армении', 'Армению', 'армени|армянск'),
  country('Азербайджан', 'Азербайджана', 'Азербайджан', 'азербайджан'),
  country('Абхазия', 'Абхазии', 'Абхазию', 'абхаз'),
  country('Монголия', 'Монголии', 'Монголию', 'монгол'),
  country('Вьетнам', 'Вьетнама', 'Вьетнам', 'вьетнам'),
  country('Индия', 'Индии', 'Индию', 'инди(?:я|и|ю|ей)(?![\\p{L}])|индийск'),
  country('Иран', 'Ирана', 'Иран', 'иран(?:а|е|у|ом|ск\\p{L}*)?(?![\\p{L}])'),
  country('Турция', 'Турции', 'Турцию', 'турци|турецк'),
  country('Сербия', 'Сербии', 'Сербию', 'серби|(?<!республик\\p{L}*\\s+)сербск'),
  country('Босния и Герцеговина', 'Боснии и Герцеговины', 'Боснию и Герцеговину', 'босни'),
  country('Тунис', 'Туниса', 'Тунис', 'тунис(?:а|е|у|ом|ск\\p{L}*)?(?![\\p{L}])'),
  country('Куба', 'Кубы', 'Кубу', 'куб[аеуы](?![\\p{L}])|кубинск'),
  country('Египет', 'Египта', 'Египет', 'египет|египт'),
  country('ОАЭ', 'ОАЭ', 'ОАЭ', 'оаэ(?![\\p{L}])|эмират'),
  country('Индонезия', 'Индонезии', 'Индонезию', 'индонези'),
  country('Таиланд', 'Таиланда', 'Таиланд', 'таиланд|тайланд'),
  country('Лаос', 'Лаоса', 'Лаос', 'лаос'),
  country('Бразилия', 'Бразилии', 'Бразилию', 'бразили'),
  country('Молдова', 'Молдовы', 'Молдову', 'молдов|молдав'),
  country('Италия', 'Италии', 'Италию', 'итали|итальянск'),
  country('Южная Осетия', 'Южной Осетии', 'Южную Осетию', 'южн\\p{L}*\\s+осети|югоосетин'),
  // Further countries a region's partners come from, by name and adjective.
  country('Приднестровье', 'Приднестровья', 'Приднестровье', 'приднестров|пмр(?![\\p{L}])'),
  country('Финляндия', 'Финляндии', 'Финляндию', 'финлянди|финск(?!\\p{L}*\\s+залив)'),
  country(
    'Германия',
    'Германии',
    'Германию',
    'германи(?:я|и|ю|ей)(?![\\p{L}])|немецк|фрг(?![\\p{L}])',
  ),
  country('Франция', 'Франции', 'Францию', 'франци|французск'),
  country('Япония', 'Японии', 'Японию', 'япони|японск'),
  country(
    'Республика Корея',
    'Республики Корея',
    'Республику Корея',
    'южн\\p{L}*\\s+коре|республик\\p{L}*\\s+коре|южнокорейск',
  ),
  country('КНДР', 'КНДР', 'КНДР', 'кндр(?![\\p{L}])|северокорейск'),
  country('Норвегия', 'Норвегии', 'Норвегию', 'норвеги|норвежск'),
  country('Швеция', 'Швеции', 'Швецию', 'швеци|шведск'),
  country('Дания', 'Дании', 'Данию', 'дани(?:я|и|ю|ей)(?![\\p{L}])|датск'),
  country('Эстония', 'Эстонии', 'Эстонию', 'эстони|эстонск'),
  country('Латвия', 'Латвии', 'Латвию', 'латви|латвийск'),
  country('Литва', 'Литвы', 'Литву', 'литв(?:а|ы|е|у|ой)(?![\\p{L}])|литовск'),
  country('Польша', 'Польши', 'Польшу', 'польш|польск'),
  country('Грузия', 'Грузии', 'Грузию', 'грузи(?:я|и|ю|ей)(?![\\p{L}])|грузинск'),
  country('Греция', 'Греции', 'Грецию', 'греци|греческ'),
  country('Кипр', 'Кипра', 'Кипр', 'кипр'),
  country('Болгария', 'Болгарии', 'Болгарию', 'болгари|болгарск'),
  country('Венгрия', 'Венгрии', 'Венгрию', 'венгри|венгерск'),
  country('Словакия', 'Словакии', 'Словакию', 'словаки|словацк'),
  country('Словения', 'Словении', 'Словению', 'словени'),
  country('Хорватия', 'Хорватии', 'Хорватию', 'хорвати'),
  country('Черногория', 'Черногории', 'Черногорию', 'черногори'),
  country('Северная Македония', 'Северной Македонии', 'Северную Македонию', 'македони'),
  country('Румыния', 'Румынии', 'Румынию', 'румыни|румынск'),
  country('Чехия', 'Чехии', 'Чехию', 'чехи(?:я|и|ю|ей)(?![\\p{L}])|чешск'),
  country('Австрия', 'Австрии', 'Австрию', 'австри(?:я|и|ю|ей)(?![\\p{L}])|австрийск'),
  country('Швейцария', 'Швейцарии', 'Швейцарию', 'швейцари|швейцарск'),
  country('Нидерланды', 'Нидерландов', 'Нидерланды', 'нидерланд|голланди'),
  country('Бельгия', 'Бельгии', 'Бельгию', 'бельги'),
  country('Испания', 'Испании', 'Испанию', 'испани|испанск'),
  country('Португалия', 'Португалии', 'Португалию', 'португали'),
  country('Великобритания', 'Великобритании', 'Великобританию', 'великобритани|британск'),
  country('США', 'США', 'США', 'сша(?![\\p{L}])|соедин[её]нн\\p{L}*\\s+штат'),
  country('Канада', 'Канады', 'Канаду', 'канад'),
  country('Мексика', 'Мексики', 'Мексику', 'мексик'),
  country('Венесуэла', 'Венесуэлы', 'Венесуэлу', 'венесуэл'),
  country('Никарагуа', 'Никарагуа', 'Никарагуа', 'никарагуа'),
  country('Аргентина', 'Аргентины', 'Аргентину', 'аргентин'),
  country('Чили', 'Чили', 'Чили', 'чили(?![\\p{L}])|чилийск'),
  country('Пакистан', 'Пакистана', 'Пакистан', 'пакистан'),
  country('Афганистан', 'Афганистана', 'Афганистан', 'афганистан|афганск'),
  country('Бангладеш', 'Бангладеш', 'Бангладеш', 'бангладеш'),
  country('Шри-Ланка', 'Шри-Ланки', 'Шри-Ланку', 'шри-ланк'),
  country('Непал', 'Непала', 'Непал', 'непал'),
  country('Мьянма', 'Мьянмы', 'Мьянму', 'мьянм'),
  country('Камбоджа', 'Камбоджи', 'Камбоджу', 'камбодж'),
  country('Малайзия', 'Малайзии', 'Малайзию', 'малайзи'),
  country('Сингапур', 'Сингапура', 'Сингапур', 'сингапур'),
  country('Филиппины', 'Филиппин', 'Филиппины', 'филиппин'),
  country('Саудовская Аравия', 'Саудовской Аравии', 'Саудовскую Аравию', 'саудовск'),
  country('Катар', 'Катара', 'Катар', 'катар(?:а|е|у|ом)?(?![\\p{L}])|катарск'),
  country('Кувейт', 'Кувейта', 'Кувейт', 'кувейт'),
  country('Бахрейн', 'Бахрейна', 'Бахрейн', 'бахрейн'),
  country('Оман', 'Омана', 'Оман', 'оман(?:а|е|у|ом)?(?![\\p{L}])|оманск'),
  country('Ирак', 'Ирака', 'Ирак', 'ирак(?:а|е|у|ом)?(?![\\p{L}])|иракск'),
  country('Сирия', 'Сирии', 'Сирию', 'сири(?:я|и|ю|ей)(?![\\p{L}])|сирийск'),
  country('Иордания', 'Иордании', 'Иорданию', 'иордани'),
  country('Ливан', 'Ливана', 'Ливан', 'ливан(?:а|е|у|ом)?(?![\\p{L}])|ливанск'),
  country('Израиль', 'Израиля', 'Израиль', 'израил'),
  country('Алжир', 'Алжира', 'Алжир', 'алжир'),
  country('Марокко', 'Марокко', 'Марокко', 'марокк'),
  country('Ливия', 'Ливии', 'Ливию', 'ливи(?:я|и|ю|ей)(?![\\p{L}])|ливийск'),
  country('Судан', 'Судана', 'Судан', 'судан'),
  country('Эфиопия', 'Эфиопии', 'Эфиопию', 'эфиопи'),
  country('Кения', 'Кении', 'Кению', 'кени(?:я|и|ю|ей)(?![\\p{L}])|кенийск'),
  country('Нигерия', 'Нигерии', 'Нигерию', 'нигери'),
  country('ЮАР', 'ЮАР', 'ЮАР', 'юар(?![\\p{L}])|южно-?африканск'),
  country('Зимбабве', 'Зимбабве', 'Зимбабве', 'зимбабве'),
  country('Ангола', 'Анголы', 'Анголу', 'ангол'),
  country('Мозамбик', 'Мозамбика', 'Мозамбик', 'мозамбик'),
  country('Танзания', 'Танзании', 'Танзанию', 'танзани'),
  country('Колумбия', 'Колумбии', 'Колумбию', 'колумби'),
  country('Эквадор', 'Эквадора', 'Эквадор', 'эквадор'),
  country('Боливия', 'Боливии', 'Боливию', 'боливи'),
  country('Уругвай', 'Уругвая', 'Уругвай', 'уругва'),
  country('Парагвай', 'Парагвая', 'Парагвай', 'парагва'),
  country('Албания', 'Албании', 'Албанию', 'албани'),
  country('Ирландия', 'Ирландии', 'Ирландию', 'ирланди'),
  country('Исландия', 'Исландии', 'Исландию', 'исланди'),
]

/** Foreign cities, regions and officials' titles that name their country. */
const PLACES: [string, string][] = [
  ['минск|гродн|брест|гомел|витебск|могил[её]в|облисполком', 'Беларусь'],
  ['харбин|пекин|шанха|хэйлунцзян|цзилин|ляонин|гуанчжоу|далян|суйфэньхэ|хуньчун', 'Китай'],
  [
    'алматы|алма-ат|алматинск|астан|тараз|жамбыл|жетысу|абай|улытау|талдыкорган|караганд|шымкент|павлодар|костана|акима|акимат|аким(?![\\p{L}])',
    'Казахстан',
  ],
  ['ташкент|самарканд|бухар|хорезм|ферган|хоким', 'Узбекистан'],
  ['бишкек', 'Киргизия'],
  ['ереван', 'Армения'],
  ['баку(?![\\p{L}])', 'Азербайджан'],
  ['душанбе', 'Таджикистан'],
  ['ашхабад', 'Туркменистан'],
  ['сухум', 'Абхазия'],
  ['тирасполь|тирасполя|тирасполе|бендер', 'Приднестровье'],
  ['улан-батор', 'Монголия'],
  ['ханой|хошимин', 'Вьетнам'],
]

/** Leningrad Oblast, its towns, and Russia: the home side. */
export const HOME =
  'ленинградск|ленобласт|санкт-петербург|петербург|росси|российск|рф(?![\\p{L}])|гатчин|выборг|сосновоборск|сосновый бор|тихвин|кировск|всеволожск|ломоносов|кингисепп|приозерск|тосн|волхов|шлиссельбург|кириш|лужск|подпорож|лодейнопольск|бокситогорск|сланцев|ивангород'

export const FOREIGN = [
  ...COUNTRIES.map((c) => c.stem),
  ...PLACES.map(([stem]) => stem),
  'провинци',
].join('|')

export const FOREIGN_RE = stemRe(FOREIGN, 'iu')

export const HOME_RE = stemRe(HOME, 'iu')

/** Where each country is named by name ('Казахстан', 'казахстанской', 'КНР'). */
export function countryHits(text: string): CountryMention[] {
  const hits: CountryMention[] = []
  for (const c of [...COUNTRIES, RUSSIA])
    for (const m of text.matchAll(stemRe(c.stem)))
      hits.push({ country: c.name, index: m.index, length: m[0].length })
  return hits
}

const RUSSIA = country(
  'Россия',
  'России',
  'Россию',
  'росси(?:я|и|ю|ей)(?![\\p{L}])|российск|рф(?![\\p{L}])',
)

/** The partner country most often named (its cities and regions count for it). */
export function readCountry(text: string): string {
  let best = ''
  let bestScore = 0
  let bestAt = Infinity
  for (const c of COUNTRIES) {
    const hits = [...text.matchAll(stemRe(c.stem))].map((m) => m.index)
    for (const [stem, name] of PLACES)
      if (name === c.name) hits.push(...[...text.matchAll(stemRe(stem))].map((m) => m.index))
    const at = Math.min(...hits)
    if (hits.length > bestScore || (hits.length === bestScore && hits.length > 0 && at < bestAt))
      [best, bestScore, bestAt] = [c.name, hits.length, at]
  }
  return best
}

export function countryGen(name: string): string {
  return COUNTRIES.find((c) => c.name === name)?.gen ?? name
}

/** The partner's region in the nominative: 'Жамбылской области' → 'Жамбылская область'. */
export function readRegion(text: string, partnerCountry: string): string {
  const counts = new Map<string, { n: number; at: number }>()
  const add = (region: string, at: number) => {
    const c = counts.get(region) ?? { n: 0, at }
    counts.set(region, { n: c.n + 1, at: c.at })
  }
  for (const m of text.matchAll(
    /(?<![\p{L}])([\p{Lu}][\p{L}-]*(?:ск|цк))(?:ая|ой|ую|ою)\s+(област|провинци)(?:ь|и|ью|я|ю|ей)(?![\p{L}])/gu,
  ))
    if (!HOME_RE.test(m[1]!))
      add(`${m[1]}ая ${m[2] === 'област' ? 'область' : 'провинция'}`, m.index)
  // 'области Жетысу', 'провинции Хэйлунцзян' — but not 'Ленинградской области Александр …'.
  for (const m of text.matchAll(
    /(?<![\p{L}])(\p{L}+\s+)?(област|провинци)(?:ь|и|ью|я|ю|ей)\s+([\p{Lu}][\p{Ll}-]+)(?![\p{L}])/gu,
  )) {
    if (m[1] && /(?:ой|ей|ая|ую)\s+$/u.test(m[1])) continue
    if (!FOREIGN_RE.test(m[3]!)) continue
    add(`${m[2] === 'област' ? 'область' : 'провинция'} ${m[3]}`, m.index)
  }
  const ranked = [...counts.entries()].map(([region, c]) => ({
    region,
    score: c.n + (partnerCountry && placeCountry(region) === partnerCountry ? 2 : 0),
    at: c.at,
  }))
  ranked.sort((a, b) => b.score - a.score || a.at - b.at)
  return ranked[0]?.region ?? ''
}

function placeCountry(text: string): string {
  for (const [stem, name] of PLACES) if (stemRe(stem, 'iu').test(text)) return name
  return COUNTRIES.find((c) => stemRe(c.stem, 'iu').test(text))?.name ?? ''
}

// ───────────────────────────── Direction ─────────────────────────────

export const LO = '(?:ленинградск\\p{L}*\\s+област\\p{L}*|ленобласт\\p{L}*)'

/** An ambassador or consul in any case (but not 'после'). */
const ENVOY = '(?:посол|посл(?:а|у|ом)(?![\\p{L}])|консул\\p{L}*|генконсул\\p{L}*)'

const FOREIGN_PLACE = `(?:(?:республик\\p{L}*|город\\p{L}*|провинци\\p{L}*)\\s+)?(?:${FOREIGN})`

/** Weighted signs that the delegation comes to the region, or that the region's people travel. */
const DIRECTION_SIGNS: { re: RegExp; weight: number; direction: 'incoming' | 'outgoing' }[] = [
  {
    re: stemRe(
      `(?:посетил\\p{L}*|прибыл\\p{L}*\\s+в|приехал\\p{L}*\\s+в|побывал\\p{L}*\\s+в)\\s+${LO}`,
    ),
    weight: 3,
    direction: 'incoming',
  },
  {
    re: stemRe(`${LO}\\s+(?:посетил|стала\\s+местом|принимает|принял)`),
    weight: 3,
    direction: 'incoming',
  },
  {
    re: stemRe(
      `(?:в|во)\\s+(?:ленинградской\\s+области|ленобласти)\\s+(?:с\\s+\\p{L}+\\s+визитом\\s+)?(?:находил|побывал|пребывал|работал)`,
    ),
    weight: 3,
    direction: 'incoming',
  },
  { re: stemRe(`визит\\p{L}*\\s+в\\s+${LO}`), weight: 2, direction: 'incoming' },
  {
    re: /(?<![\p{L}])делегаци\p{L}*\s+(?:из\s+)?(?!Ленинградск|Ленобласт|Правительства\s+Ленинградск)\p{Lu}/gu,
    weight: 1,
    direction: 'incoming',
  },
  { re: stemRe('гост(?:и|ей|ям|ями)(?![\\p{L}])'), weight: 1, direction: 'incoming' },
  {
    re: stemRe(
      `${ENVOY}\\s[^.]{0,80}?\\sв\\s+(?:россии|российской\\s+федерации|санкт-петербурге|петербурге)`,
    ),
    weight: 2,
    direction: 'incoming',
  },
  { re: stemRe('дом\\p{L}*\\s+правительства'), weight: 1, direction: 'incoming' },
  {
    re: stemRe(`делегаци\\p{L}*\\s+(?:правительства\\s+)?${LO}`),
    weight: 3,
    direction: 'outgoing',
  },
  {
    re: stemRe(`рабоч\\p{L}+\\s+(?:поездк|визит)\\p{L}*\\s+в\\s+(?!ленинградск|ленобласт)`),
    weight: 2,
    direction: 'outgoing',
  },
  {
    re: stemRe(
      `(?:посетил\\p{L}*|прибыл\\p{L}*\\s+в|побывал\\p{L}*\\s+в|находил\\p{L}*\\s+(?:с\\s+\\p{L}+\\s+визитом\\s+)?в)\\s+${FOREIGN_PLACE}`,
    ),
    weight: 3,
    direction: 'outgoing',
  },
  {
    re: new RegExp(
      `(?<!(?:отбыл|вылетел|уехал|вернул|отправил)\\p{L}*\\s+)(?<![\\p{L}])(?:в|во)\\s+${FOREIGN_PLACE}`,
      'giu',
    ),
    weight: 1,
    direction: 'outgoing',
  },
  {
    re: stemRe(`(?:генеральн\\p{L}*\\s+)?${ENVOY}\\s+(?:россии|российской\\s+федерации)`),
    weight: 2,
    direction: 'outgoing',
  },
]

/** Incoming unless the signs of travel abroad outweigh those of a visit to the region. */
export function readDirection(text: string): 'incoming' | 'outgoing' {
  const score = { incoming: 0, outgoing: 0 }
  for (const sign of DIRECTION_SIGNS)
    score[sign.direction] += [...text.matchAll(sign.re)].length * sign.weight
  return score.outgoing > score.incoming ? 'outgoing' : 'incoming'
}

// ───────────────────────────── Whose text, between two Russian regions ─────────────────────────────

/** 'В Уфу прибыла делегация …', 'в Псковской области пройдут Дни …': the place told first hosts. */
const HOSTED_AFTER =
  /^(?:\s+[\p{L},-]+){0,6}?\s+(?:прибыл\p{L}*|прибыва(?:ет|ют)|приезжа(?:ет|ют)|приедет|приедут|прибудет|прибудут|прилетел\p{L}*|прилетит|находится|находятся|находил\p{L}*|пребыва(?:ет|ют|ла|ли)|работа(?:ет|ют|ла|ли)|пройдут|прошли|стартуют|стартовали|откроются|открылись)\s+(?:[\p{L}-]+\s+){0,3}?(?:делегаци|губернатор|глав|президент|премьер|председател|мэр|врио|дни|руководител)/iu

/** An official or a delegation in the nominative, right before the region they come from. */
const ACTOR_BEFORE =
  /(?:^|[\s,.])(?:губернатор|вице-губернатор|глава|председатель(?:\s+правительства)?|президент|премьер(?:-министр)?|мэр|врио\s+губернатора|делегация|спикер|руководитель)\s+$/iu

/**
 * Whose text a report between two Russian regions is, from its first lines: the region a
 * delegation arrives in when the text names the place first ('В Уфу прибыла делегация
 * Татарстана'), else the region of the official or delegation the text is about ('Губернатор
 * Калужской области … провёл встречу с губернатором Новгородской области', 'Пензенская
 * делегация прибыла …'). Undefined when the first lines tell neither.
 */
export function leadRegion(lines: string[]): string | undefined {
  for (const line of lines) {
    const russian = findPlaces(line).filter((m) => m.place.country === 'Россия')
    for (const m of russian) {
      const before = line.slice(0, m.index)
      const rest = line.slice(m.index + m.length)
      if (/(?:^|\s)(?:в|во)\s+$/iu.test(before) && HOSTED_AFTER.test(rest)) return m.place.name
    }
    for (const m of russian) {
      const before = line.slice(0, m.index)
      const word = line.slice(m.index, m.index + m.length)
      if (ACTOR_BEFORE.test(before)) return m.place.name
      if (
        /(?:ая|яя)$/u.test(word) &&
        /^\s+делегация(?![\p{L}])/u.test(line.slice(m.index + m.length))
      )
        return m.place.name
    }
  }
  return undefined
}
