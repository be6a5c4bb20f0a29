// The second column of bilingual papers (guest programme, participant lists): the fixed words in
// English, Kazakh and Chinese, and how a name or title is found in the partner's language.
import { foreignName } from '../import/gazetteer'
import type { SecondLang, Translations } from '../domain/common'
import type { Directory } from '../domain/directory'
import type { ItemKind, ItineraryItem } from '../domain/itinerary-item'
import type { Person } from '../domain/people'
import { SITE_MEMO_FIELDS, type Venue } from '../domain/venues'
import type { Visit } from '../domain/visit'
import { parseName } from '../language/ru/decline'
import { hasCyrillic, transliterate } from './transliterate'

export interface PartnerWords {
  /** 'Русский / English' in the language picker. */
  name: string
  heading: string
  /** The line under the heading; {{partner}} is the delegation's region. */
  title: string
  columns: { time: string; event: string; place: string; participants: string }
  untimed: string
  andOthers: string
  delegation: string
  hosts: string
  listColumns: { name: string; position: string }
  /** The labels of a site memo (памятка) and its heading. */
  memo: Record<'documents' | 'photo' | 'dress' | 'other', string>
  memoHeading: string
  kinds: Record<ItemKind, string>
}

export const PARTNER_WORDS: Record<SecondLang, PartnerWords> = {
  en: {
    name: 'English',
    heading: 'PROGRAMME',
    title: 'of the visit of the delegation of {{partner}}',
    columns: { time: 'Time', event: 'Event', place: 'Venue', participants: 'Participants' },
    untimed: 'time to be confirmed',
    andOthers: 'and others',
    delegation: 'Members of the delegation',
    hosts: 'Host side',
    listColumns: { name: 'Name', position: 'Position' },
    memoHeading: 'Site memos',
    memo: {
      documents: 'Documents to carry',
      photo: 'Photo and video',
      dress: 'Dress code',
      other: 'Also',
    },
    kinds: {
      arrival: 'Arrival',
      departure: 'Departure',
      meeting: 'Meeting',
      talks: 'Talks',
      signing: 'Signing ceremony',
      'site-tour': 'Site visit',
      excursion: 'Excursion',
      memorial: 'Wreath-laying ceremony',
      cultural: 'Cultural programme',
      reception: 'Official reception',
      meal: 'Lunch',
      transfer: 'Transfer',
      press: 'Press approach',
      conference: 'Conference',
      accommodation: 'Check-in at the hotel',
      'free-time': 'Free time',
    },
  },
  kk: {
    name: 'Қазақша',
    heading: 'БАҒДАРЛАМА',
    title: '{{partner}} делегациясының сапары',
    columns: {
      time: 'Уақыты',
      event: 'Іс-шара',
      place: 'Өтетін орны',
      participants: 'Қатысушылар',
    },
    untimed: 'уақыты нақтыланады',
    andOthers: 'және басқалар',
    delegation: 'Делегация құрамы',
    hosts: 'Қабылдаушы тарап',
    listColumns: { name: 'Аты-жөні', position: 'Лауазымы' },
    memoHeading: 'Нысандарға бару жадынамасы',
    memo: {
      documents: 'Өзіңізбен бірге болатын құжаттар',
      photo: 'Фото- және бейнетүсірілім',
      dress: 'Киім үлгісі',
      other: 'Сондай-ақ',
    },
    kinds: {
      arrival: 'Делегацияның келуі',
      departure: 'Делегацияның кетуі',
      meeting: 'Кездесу',
      talks: 'Келіссөздер',
      signing: 'Құжаттарға қол қою рәсімі',
      'site-tour': 'Нысанды аралау',
      excursion: 'Экскурсия',
      memorial: 'Гүл шоқтарын қою рәсімі',
      cultural: 'Мәдени бағдарлама',
      reception: 'Ресми қабылдау',
      meal: 'Түскі ас',
      transfer: 'Трансфер',
      press: 'Баспасөз өкілдерімен кездесу',
      conference: 'Конференция',
      accommodation: 'Қонақүйге орналасу',
      'free-time': 'Бос уақыт',
    },
  },
  zh: {
    name: '中文',
    heading: '日程安排',
    title: '{{partner}}代表团访问',
    columns: { time: '时间', event: '活动', place: '地点', participants: '参加人员' },
    untimed: '时间待定',
    andOthers: '等',
    delegation: '代表团成员',
    hosts: '接待方',
    listColumns: { name: '姓名', position: '职务' },
    memoHeading: '参观须知',
    memo: { documents: '随身证件', photo: '拍照和录像', dress: '着装要求', other: '另外' },
    kinds: {
      arrival: '代表团抵达',
      departure: '代表团离开',
      meeting: '会见',
      talks: '会谈',
      signing: '签字仪式',
      'site-tour': '参观',
      excursion: '游览',
      memorial: '献花仪式',
      cultural: '文化活动',
      reception: '正式招待会',
      meal: '午餐',
      transfer: '转场',
      press: '记者见面会',
      conference: '会议',
      accommodation: '入住酒店',
      'free-time': '自由活动',
    },
  },
}

/**
 * A proper name (person, venue, region) in the partner's language: the officer's translation, else
 * the name as in passports (ICAO) for English and Chinese; Kazakh reads Cyrillic, so it stays.
 */
export function nameIn(
  lang: SecondLang,
  name: string,
  i18n: Translations | undefined,
  latin?: string,
): string {
  const given = i18n?.[lang]?.trim()
  if (given) return given
  if (lang === 'kk') return name
  // A region whose own name is known ('провинция Сычуань' → 四川省, 'Sichuan Province').
  const known = foreignName(name, lang) ?? (lang === 'zh' ? foreignName(name, 'en') : undefined)
  if (known) return known
  // Chinese papers write a name not yet rendered in characters the way English ones do.
  return (lang === 'zh' ? i18n?.en?.trim() : '') || latin?.trim() || transliterate(name)
}

/**
 * A person's name as in passports: the spelling entered, else ICAO transliteration, but only of
 * what is plainly a name ('Ректор … (ФИО уточняется)' is not transliterated: empty).
 */
export function passportName(p: Pick<Person, 'fullName' | 'fullNameLatin'>): string {
  return p.fullNameLatin?.trim() || (parseName(p.fullName) ? transliterate(p.fullName) : '')
}

/** A person's name in the partner's language; a description that is not a name stays Russian. */
export function personNameIn(lang: SecondLang, p: Person): string {
  const given = p.nameI18n?.[lang]?.trim()
  if (given) return given
  if (lang === 'kk') return p.fullName
  return (lang === 'zh' ? p.nameI18n?.en?.trim() : '') || passportName(p) || p.fullName
}

/** A position in the partner's language; the Russian one when none is given (flagged in the UI). */
export const positionIn = (lang: SecondLang, p: Person, russian: string) =>
  p.positionI18n?.[lang]?.trim() || russian

export const venueNameIn = (lang: SecondLang, v: Venue) => nameIn(lang, v.name, v.nameI18n)

/** An item's title in the partner's language, else what kind of event it is. */
export const itemTitleIn = (lang: SecondLang, item: ItineraryItem) =>
  item.titleI18n?.[lang]?.trim() || PARTNER_WORDS[lang].kinds[item.kind]

export interface MissingTranslation {
  kind: 'item' | 'venue' | 'person' | 'position' | 'region' | 'memo'
  id: string
  text: string
}

/**
 * What the bilingual programme would print without an officer's translation: titles and positions
 * (shown as a fallback) and, for English and Chinese, names only transliterated.
 */
export function missingTranslations(
  visit: Visit,
  directory: Directory,
  lang: SecondLang,
): MissingTranslation[] {
  const out: MissingTranslation[] = []
  const missing = (i18n: Translations | undefined) => !i18n?.[lang]?.trim()
  if (visit.partnerRegion && missing(visit.partnerRegionI18n))
    out.push({ kind: 'region', id: visit.id, text: visit.partnerRegion })
  for (const item of visit.items)
    if (item.title.trim() && missing(item.titleI18n))
      out.push({ kind: 'item', id: item.id, text: item.title })
  const venueIds = new Set(visit.items.map((i) => i.venueId).filter(Boolean))
  for (const v of directory.venues)
    if (venueIds.has(v.id) && lang !== 'kk' && missing(v.nameI18n))
      out.push({ kind: 'venue', id: v.id, text: v.name })
  for (const v of directory.venues) {
    if (!venueIds.has(v.id) || !v.memo) continue
    const memo = v.memo
    if (SITE_MEMO_FIELDS.some((f) => memo[f].trim() && missing(memo.i18n?.[f])))
      out.push({ kind: 'memo', id: v.id, text: `${v.name}: памятка` })
  }
  const ids = new Set(visit.participantIds)
  for (const p of directory.people) {
    if (!ids.has(p.id)) continue
    if (lang !== 'kk' && personNameIn(lang, p) === p.fullName && hasCyrillic(p.fullName))
      out.push({ kind: 'person', id: p.id, text: p.fullName })
    if (p.position.trim() && hasCyrillic(p.position) && missing(p.positionI18n))
      out.push({ kind: 'position', id: p.id, text: p.position })
  }
  return out
}
