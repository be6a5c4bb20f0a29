// Whose visit is it: our side (the app's own region when the text names it, else the Russian region
// the text is about), the partner (a foreign country and its region, or another Russian region),
// and who travels where ('посетят Астану', 'прибыла в Пензу', 'делегация Курганской области').
import { CAPITALS, findPlaces, placeNamed, type Place, type PlaceMention } from './gazetteer'

export interface Sides {
  ours?: Place
  partnerCountry: string
  partnerRegion: string
  /** Undefined when the text says nothing about who travels where. */
  direction?: 'incoming' | 'outgoing'
  /** Whether a place is on our side. */
  isOurs(place: Place): boolean
  /** Where countries are named by name in a text. */
  countryHits: (text: string) => CountryMention[]
}

/** Words between a verb and its place: not a verb themselves, within the clause. */
const FILLER = String.raw`(?:\s+(?![\p{L}-]*(?:л|ла|ло|ли|ть|ся|сь|ет|ют|ят|ит|ат)\s)[\p{L}\d«»"()-]+){0,5}?`
/** A visit's object: the place is where someone goes ('посетят Астану', 'посещение Гатчины'). */
const VISITS = /(?:посет|посещ|осмотр)\p{L}*\s+(?:также\s+|впервые\s+)?$/iu
/** Travel to a place ('прибыла в Пензу', 'с рабочим визитом в Курск'). */
const GOES_TO = new RegExp(
  String.raw`(?:прибы|прибуд|приед|приех|прилет|выех|вылет|отправ|направ|находи|наход|пребыва|визит|поездк|командировк|поедет|едет|побыва|посет|работа(?=ет|ют|ла|ли))\p{L}*${FILLER}\s+(?:в|во|на)\s+((?:[\p{L}-]+\s+){0,4})$`,
  'iu',
)
/**
 * Words between 'в' and the place: lower-case, or a capitalised word for a kind of place
 * ('в Республику Армения', 'в городе Юга России'); checked without 'i', which lets \p{Ll} match
 * capitals too.
 */
const LOWER_WORDS =
  /^(?:(?:[\p{Ll}-]+|Республик\p{L}*|Провинци\p{L}*|Автономн\p{L}*|Город\p{L}*|Област\p{L}*|Юг\p{L}*|Север\p{L}*|Дальн\p{L}*|Восток\p{L}*|Запад\p{L}*)\s+){0,4}$/u
/** 'прибыла в Пензу', 'с визитом в город Курск'; not 'в Стамбул прибыл президент Татарстана'. */
const goesTo = (before: string) => {
  const m = GOES_TO.exec(before)
  return (
    m !== null &&
    LOWER_WORDS.test(m[1] ?? '') &&
    // 'направились в генконсульство Турции в Казани': a mission of the country, not the country.
    !/(?:посольств|консульств|представительств|миссию|миссии)\p{L}*\s+$/iu.test(m[1] ?? '')
  )
}
/** Going home from a visit ('отбыли в Ташкент'): the place is the travellers' own. */
const RETURNS_TO =
  /(?:отбы|верну|возвращ|уехал)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}(?:в|во|на)\s+(?:[\p{L}-]+\s+){0,2}$/iu
/** A delegation or guests of a place: the place is where they come from. */
const TRAVELLERS_BEFORE = new RegExp(
  // ('встреча делегаций Таджикистана и Татарстана': both sides' delegations, neither the guest)
  String.raw`(?:делегаци(?!й)|делегат|гост|бизнес-мисси|мисси)\p{L}*(?:\s+(?:из|от))?${FILLER.replace('{0,5}?', '{0,4}?')}\s+$`,
  'iu',
)
/** A place's name in a form that can be genitive ('Курганской', 'Москвы', 'Минска'). */
const GENITIVE_LIKE = /(?:ой|ого|его|ей|ых|их|а|я|ы|и|ьи)$/iu
/** 'Дни Нижегородской области пройдут в Республике Сербской': where the events are held. */
const HELD_IN =
  /(?:пройд[её]т|пройдут|проходят|проход\p{L}*|прош(?:ли|ёл|ел|ла)|состоится|состоятся|состоял\p{L}*)\s+(?:[\p{L}-]+\s+){0,3}?(?:в|во)\s+((?:[\p{L}-]+\s+){0,2})$/iu
/** Sentence-initial 'В <place> …' with a visit in the sentence: where the visit happens. */
const AT_START = /(?:^|[.!?]\s+)(?:в|во)\s+$/iu
const VISIT_WORD = /визит|делегаци|прибыл|находит|гост|обсужд|переговор|встреч|форум|подписа/iu
/** A building or ground of a place, named before the place in the genitive. */
const VENUE_OF_BEFORE =
  /(?:^|[\s,])(?:в|во|на)\s+(?:[\p{L}-]+\s+){0,3}?(?:территори\p{L}*|театре|здании|центре|столице|резиденции|музее|доме|зале|городе|площади)\s+(?:(?:Республики|области|провинции|края|аймака)\s+)?$/iu
const HAPPENED_AFTER =
  /^[\s\p{L}–—-]{0,40}?(?<![\p{L}])(?:прош(?:[её]л|ла|ло|ли)|состоял\p{L}*|открыл(?:ся|ась|ось|ись)|подписан\p{L}*)(?![\p{L}])/iu
/** 'Бобруйск встречал гостей': the place receives. */
const HOSTS_AFTER =
  /^\s*(?:встречал[аи]?|встречает|принимал[аи]?|принимает|приветствовал[аи]?)\s+(?:[\p{L}-]+\s+)?(?:гост|делегаци)/iu
/** 'Глава Татарстана посетил…': an official of the place, travelling. */
const OFFICIAL_BEFORE =
  /(?:глав\p{L}*|губернатор\p{L}*|мэр\p{L}*|аким\p{L}*|хоким\p{L}*|президент\p{L}*|премьер-министр\p{L}*|премьер\p{L}*|министр\p{L}*|раис\p{L}*|руководител\p{L}*|председател\p{L}*|делегаци\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}$/iu
const TRAVELS_AFTER =
  /^\s*(?:[\p{L}-]+\s+){0,4}?(?:посетил\p{L}*|посетит|посетят|прибыл\p{L}*|прибудет|прибудут|приедет|приедут|приехал\p{L}*|отправил\p{L}*|выехал\p{L}*|вылетел\p{L}*|находится|находятся|совершил\p{L}*|побывал\p{L}*)\s/iu
/** 'в Баку прибыла делегация', 'в Краснодаре проходят Дни …': where the visit is. */
const ARRIVES_AFTER =
  /^\s*(?:(?:[\p{L}-]+\s+){0,2}?|(?:с|со|для)\s+(?:[\p{L}«»-]+\s+){1,16}?)(?:прибыл\p{L}*|прибудет|прибудут|приехал\p{L}*|приедет|приедут|прилетел\p{L}*|находится|находятся|находил\p{L}*|проход\p{L}*|прош(?:ли|ёл|ел|ла)|пройд[её]т|пройдут|состоял\p{L}*|состоится|работает|работала)\s/iu
/** '<place> посетит делегация …': the place comes first, the visit after it. */
/** An official who receives visitors: 'принял делегацию', 'встретился с гостями'. */
const RECEIVES_AFTER =
  /^\s*(?:[\p{L}-]+\s+){0,3}?(?:принял\p{L}*|принимает|примет|встретил[аи]?)\s+(?:[\p{L}-]+\s+){0,2}?(?:делегаци|гост|губернатор|глав[уы]|посла|мэра|акима|хокима|президента|премьер)/iu
const VISITED_BY =
  /^\s*(?:[\p{L}-]+\s+){0,2}?(?:посетил\p{L}*|посетит|посетят|посетила|посетили|принимает|принял\p{L}*|примет)\s/iu

export interface CountryMention {
  country: string
  index: number
  length: number
}

/**
 * Our side, the partner and who travels, from the places and countries a text names and the words
 * around them; `countryHits` finds the countries named by name (the reader's own list).
 */
export function readSides(
  text: string,
  countryHits: (text: string) => CountryMention[],
  hostRegion?: string,
): Sides {
  const mentions = findPlaces(text)
  const host = placeNamed(hostRegion)
  const russian = mentions.filter((m) => m.place.country === 'Россия')
  const foreign = mentions.filter((m) => m.place.country !== 'Россия')

  const countries = countryHits(text)
  const hits = new Map<string, number[]>()
  for (const m of [
    ...countries,
    ...foreign.map((f) => ({ country: f.place.country, index: f.index })),
  ])
    hits.set(m.country, [...(hits.get(m.country) ?? []), m.index])
  hits.delete('Россия')
  const partnerCountry = best(
    [...hits].map(([name, at]) => ({ name, n: at.length, at: Math.min(...at) })),
  )

  const ours =
    (host && russian.some((m) => m.place === host) ? host : undefined) ?? mostNamed(russian)
  const isOurs = (p: Place) => p === ours || (partnerCountry !== '' && p.country === 'Россия')

  const partnerRegion = partnerCountry
    ? partnerPlace(
        text,
        foreign.filter((m) => m.place.country === partnerCountry),
      )
    : (mostNamed(russian.filter((m) => m.place !== ours))?.name ?? '')
  const countryPlaces = countries.map((c) => ({
    place: { name: c.country, country: c.country, patterns: [] },
    index: c.index,
    length: c.length,
  }))
  const direction = travel(
    text,
    [...mentions, ...countryPlaces].sort((a, b) => a.index - b.index),
    (p) => (p.country === 'Россия' && partnerCountry !== '' ? true : isOurs(p)),
  )
  return {
    ...(ours ? { ours } : {}),
    partnerCountry: partnerCountry || (partnerRegion ? 'Россия' : ''),
    partnerRegion,
    ...(direction ? { direction } : {}),
    isOurs,
    countryHits,
  }
}

const CITY_BODY =
  /(?<![\p{L}])(?:горисполком|мэр|мэри|аким\p{L}*|хоким\p{L}*|городск|побратим|город\p{L}*\s*$|администраци\p{L}*\s+город)/iu
/** The capital's own bodies named by the word 'столица'. */
const CAPITAL_BODY =
  /(?<![\p{L}])(?:мингорисполком\p{L}*|(?:хокимият|акимат|мэри|горисполком|администраци|делегаци|глав|мэр|аким|хоким)\p{L}*\s+(?:города\s+)?столицы)/iu
/** A place as the one who acts ('Представители Ташкента', 'делегация Минска'). */
const CITY_ACTORS =
  /(?:(?:представител|делегаци|руководств|власт)\p{L}*|(?<![\p{L}])дн(?:и|ей|ям|ях))\s+$/iu
const GENITIVE_FORM = /(?:а|я|ы|и)$/iu

/**
 * The partner's region: the one named most. A region's seat stands for its region, and a capital
 * for the country (a visit to its president, its ministries), unless the city itself acts — its
 * own bodies ('горисполком', 'хоким столицы'), its delegation or representatives. A capital also
 * gives way to a region named beside it.
 */
function partnerPlace(text: string, mentions: PlaceMention[]): string {
  const top = mostNamed(mentions)
  if (!top) return ''
  // The city's own bodies or people act: 'горисполком', 'мэр города', 'Представители Ташкента'.
  const cityActs = () =>
    mentions.some(
      (m) =>
        m.place === top &&
        (CITY_BODY.test(text.slice(Math.max(0, m.index - 40), m.index + m.length + 40)) ||
          // 'Правительственная делегация китайского города Харбин'
          /делегаци\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:город\p{L}*|г\.)\s*$/iu.test(
            text.slice(Math.max(0, m.index - 50), m.index),
          ) ||
          (CITY_ACTORS.test(text.slice(Math.max(0, m.index - 30), m.index)) &&
            GENITIVE_FORM.test(text.slice(m.index, m.index + m.length)))),
    )
  if (!CAPITALS.has(top.name))
    // A region's seat stands for its region ('Хэфэй' → 'провинция Аньхой') unless the city acts.
    return top.seatOf && !cityActs() ? top.seatOf : top.name
  const region = mostNamed(mentions.filter((m) => !CAPITALS.has(m.place.name)))
  if (region) return region.name
  // A visit to a capital is a visit to the country (its president, its ministries) unless the
  // city's own bodies or people act ('хокимият столицы', 'делегация столицы').
  return cityActs() || CAPITAL_BODY.test(text) ? top.name : ''
}

function best(list: { name: string; n: number; at: number }[]): string {
  list.sort((a, b) => b.n - a.n || a.at - b.at)
  return list[0]?.name ?? ''
}

function mostNamed(mentions: PlaceMention[]): Place | undefined {
  const counts = new Map<Place, { n: number; at: number }>()
  for (const m of mentions) {
    const c = counts.get(m.place) ?? { n: 0, at: m.index }
    c.n++
    counts.set(m.place, c)
  }
  return [...counts].sort((a, b) => b[1].n - a[1].n || a[1].at - b[1].at)[0]?.[0]
}

/** Who travels where, from the words before each place; undefined when nothing tells. */
function travel(
  text: string,
  mentions: PlaceMention[],
  isOurs: (p: Place) => boolean,
): 'incoming' | 'outgoing' | undefined {
  const score = { incoming: 0, outgoing: 0 }
  for (const m of mentions) {
    const before = text.slice(Math.max(0, m.index - 90), m.index)
    const sentence = text.slice(m.index, m.index + 200).split(/[.!?]\s/u)[0] ?? ''
    const ours = isOurs(m.place)
    const after = text.slice(m.index + m.length, m.index + m.length + 60)
    // 'делегация Курганской области' (genitive: whose delegation), 'делегация из Минска'; but
    // 'В составе делегации Ульяновск посетят …' names the place visited.
    const written = text.slice(m.index, m.index + m.length)
    const whose = GENITIVE_LIKE.test(written) || /(?:из|от)\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(before)
    // 'татарстанская делегация', 'китайские гости': the adjective names whose delegation.
    const adjectiveOf =
      /(?:ая|ой|ую|ие|их|ий|ое)$/iu.test(written) &&
      /^\s*(?:официальн\p{L}*\s+|представительн\p{L}*\s+)?(?:делегаци|гост)/iu.test(after)
    const travellers =
      adjectiveOf ||
      (TRAVELLERS_BEFORE.test(before) && whose) ||
      (OFFICIAL_BEFORE.test(before) && whose && TRAVELS_AFTER.test(after))
    if (VISITS.test(before) || goesTo(before)) score[ours ? 'incoming' : 'outgoing'] += 3
    else if (
      !travellers &&
      !OFFICIAL_BEFORE.test(before) &&
      VISITED_BY.test(after) &&
      !/^\s*(?:[\p{L}-]+\s+)?(?:делегаци|гост)/iu.test(after)
    )
      score[ours ? 'incoming' : 'outgoing'] += 3
    else if (HOSTS_AFTER.test(after)) score[ours ? 'incoming' : 'outgoing'] += 3
    // 'в Большом театре Муданьцзяна прошел торжественный вечер', 'на территории Хубсугульского
    // аймака Монголии состоялось …': held in that place.
    else if (VENUE_OF_BEFORE.test(before) && HAPPENED_AFTER.test(after))
      score[ours ? 'incoming' : 'outgoing'] += 2
    // 'хоким города Ташкента Жахонгир Артикходжаев принял делегацию': that place's official hosts.
    else if (OFFICIAL_BEFORE.test(before) && RECEIVES_AFTER.test(after))
      score[ours ? 'incoming' : 'outgoing'] += 3
    else if (
      /(?:^|\s)(?:в|во)\s+$/iu.test(before) &&
      // (the manner may be long: 'с двухдневным визитом для участия в Евразийском форуме …')
      ARRIVES_AFTER.test(text.slice(m.index + m.length, m.index + m.length + 180))
    )
      score[ours ? 'incoming' : 'outgoing'] += 2
    else if (HELD_IN.test(before) && LOWER_WORDS.test(HELD_IN.exec(before)![1] ?? ''))
      score[ours ? 'incoming' : 'outgoing'] += 2
    else if (AT_START.test(before) && VISIT_WORD.test(sentence))
      score[ours ? 'incoming' : 'outgoing'] += 2
    if (travellers || RETURNS_TO.test(before)) score[ours ? 'outgoing' : 'incoming'] += 2
  }
  // 'Президент Беларуси … проводит встречу с губернатором Томской области': a head of state of
  // theirs receives our official at home, unless the text says someone travelled.
  for (const m of text.matchAll(LEADER_MEETS)) {
    const leader = mentions.find((x) => x.index >= m.index && x.index < m.index + 40)
    const official = mentions.find((x) => x.index > m.index + 40 && x.index < m.index + m[0].length)
    if (leader && !isOurs(leader.place) && official && isOurs(official.place)) score.outgoing += 2
  }
  if (score.incoming === score.outgoing) return undefined
  return score.incoming > score.outgoing ? 'incoming' : 'outgoing'
}

const LEADER_MEETS =
  /(?<![\p{L}])(?:президент|премьер-министр)\p{L}*\s+\p{L}+[^.!?]{0,80}?(?:провод\p{L}*\s+встреч\p{L}*|встретил\p{L}*|принял\p{L}*|принимает)\s+(?:со?\s+)?(?:губернатор|глав|руководител|мэр)\p{L}*\s+[^.!?]{0,60}/giu

/** Our side or theirs, by the first place or country a position names ('аким Астаны' → theirs). */
export function sideOfText(text: string, sides: Sides): 'home' | 'foreign' | 'unknown' {
  const place = findPlaces(text)[0]
  const country = sides.countryHits(text).sort((a, b) => a.index - b.index)[0]
  if (country && (!place || country.index < place.index))
    return country.country === 'Россия' ? 'home' : 'foreign'
  if (!place) return 'unknown'
  return sides.isOurs(place.place) ? 'home' : 'foreign'
}
