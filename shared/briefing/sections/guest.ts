import { itemsByDay, type ItineraryItem } from '../../domain/itinerary-item'
import type { Person } from '../../domain/people'
import {
  PARTNER_WORDS,
  itemTitleIn,
  nameIn,
  personNameIn,
  venueNameIn,
} from '../../i18n/second-language'
import {
  initialsName,
  initialsNameIn,
  officialCountryGenitive,
  placeIn,
  postIn,
  postMidSentence,
} from '../../language/ru/decline'
import { isOfficial, withoutPlaceholder } from '../preflight'
import {
  formatDateRange,
  formatGuestDay,
  formatPartnerDay,
  formatPartnerRange,
} from '../../time/local-date'
import type { BriefingSection } from '../briefing-document'
import { GUEST_NAMES, itemTitle, timeRange, type BriefingScope } from '../scope'

type PartnerLang = keyof typeof PARTNER_WORDS

/**
 * The guests know they take part: the programme names the officials who receive them, never the
 * staff who accompany (escort, interpreter, driver) nor a name still to be found.
 */
const receivers = (s: BriefingScope, item: ItineraryItem): Person[] =>
  s.whoAt(item).filter((p) => p.side === 'host' && isOfficial(p))

/** 'Гостиница делегации (уточняется), Санкт-Петербург' → 'Гостиница делегации, Санкт-Петербург'. */
const placeOf = (name: string, city: string | undefined) =>
  [withoutPlaceholder(name), city].filter(Boolean).join(', ')

/** 'во главе с заместителем акима Жамбылской области А.С. Есмагамбетовой'. */
function ledBy(s: BriefingScope): string {
  const head = s.head
  if (!head || !isOfficial(head) || s.lang !== 'ru') return ''
  // The post alone, before any comment ('…области, руководитель делегации').
  const main = head.position.split(',')[0]!.trim()
  const post = main ? postIn(postMidSentence(main), 'instrumental') : undefined
  return ['во главе с', post, initialsNameIn(head.fullName, 'instrumental')]
    .filter(Boolean)
    .join(' ')
}

const guestDays = (s: BriefingScope) =>
  itemsByDay(s.visit.items, s.dates).filter((d) => d.items.length > 0)

/** The guest programme in the partner's language, row for row with the Russian one. */
function secondProgramme(s: BriefingScope, lang2: PartnerLang, incoming: boolean) {
  const { visit, venues, t } = s
  const words = PARTNER_WORDS[lang2]
  const sep = lang2 === 'zh' ? '，' : ', '
  const settings = s.context.settings
  const hostName = nameIn(lang2, settings.hostRegion, settings.hostRegionI18n)
  const partnerName = nameIn(lang2, visit.partnerRegion, visit.partnerRegionI18n)
  return {
    lang: lang2,
    heading: words.heading,
    title: words.title.replace('{{partner}}', incoming ? partnerName : hostName),
    subtitle: [
      incoming ? hostName : partnerName,
      formatPartnerRange(visit.startDate, visit.endDate, lang2),
    ]
      .filter(Boolean)
      .join(', '),
    columns: {
      event: words.columns.event,
      place: words.columns.place,
      participants: words.columns.participants,
    },
    days: guestDays(s).map(({ date, items }) => ({
      heading: formatPartnerDay(date, lang2),
      rows: items.map((item) => {
        const who = receivers(s, item)
        const venue = venues.get(item.venueId ?? '')
        const city = venue?.city ? nameIn(lang2, venue.city, venue.cityI18n) : ''
        return {
          time: item.start ? timeRange(item, t) : words.untimed,
          event: withoutPlaceholder(itemTitleIn(lang2, item)),
          place: venue
            ? [withoutPlaceholder(venueNameIn(lang2, venue)), city].filter(Boolean).join(sep)
            : '',
          participants: [
            ...who.slice(0, GUEST_NAMES).map((p) => personNameIn(lang2, p)),
            ...(who.length > GUEST_NAMES ? [words.andOthers] : []),
          ].join(sep),
        }
      }),
    })),
  }
}

/** The approval block of the host head ('УТВЕРЖДАЮ'), when asked for. */
function approvalOf(s: BriefingScope) {
  const { t, hostHead, visit } = s
  return {
    label: t('briefing.guest.approve'),
    position: hostHead?.position ?? '',
    signature: `______________ ${hostHead ? initialsName(hostHead.fullName) : ''}`.trim(),
    date: t('briefing.guest.approvalDate', { year: visit.startDate.slice(0, 4) }),
  }
}

/** The programme handed to the delegation: days, times, events, places and who receives them. */
export function guestSection(s: BriefingScope): BriefingSection {
  const { t, visit, venues, lang, o } = s
  const incoming = visit.direction === 'incoming'
  const host = s.context.settings.hostRegion
  const whose = incoming
    ? [
        placeIn(visit.partnerRegion, 'genitive') ?? visit.partnerRegion,
        visit.partnerCountry
          ? lang === 'ru'
            ? officialCountryGenitive(visit.partnerCountry)
            : `(${visit.partnerCountry})`
          : '',
        ledBy(s),
      ]
        .filter(Boolean)
        .join(' ')
    : (placeIn(host, 'genitive') ?? host)
  const where = incoming
    ? host
    : [visit.partnerRegion, visit.partnerCountry].filter(Boolean).join(', ')
  return {
    kind: 'guest',
    id: 'guest',
    heading: t('briefing.guest.heading'),
    title: t('briefing.guest.title', { whose }),
    subtitle: [where, formatDateRange(visit.startDate, visit.endDate, lang)]
      .filter(Boolean)
      .join(', '),
    ...(o.approval ? { approval: approvalOf(s) } : {}),
    columns: {
      time: t('briefing.columns.time'),
      event: t('briefing.columns.event'),
      place: t('briefing.guest.place'),
      participants: t('briefing.guest.participants'),
    },
    days: guestDays(s).map(({ date, items }) => ({
      heading: formatGuestDay(date, lang),
      rows: items.map((item) => {
        const who = receivers(s, item)
        const venue = venues.get(item.venueId ?? '')
        return {
          time: item.start ? timeRange(item, t) : t('editions.untimed'),
          event: withoutPlaceholder(itemTitle(s, item)) || t(`itemKind.${item.kind}`),
          place: venue
            ? placeOf(lang === 'en' ? venueNameIn('en', venue) : venue.name, venue.city)
            : '',
          participants: [
            ...who
              .slice(0, GUEST_NAMES)
              .map((p) => (lang === 'ru' ? initialsName(p.fullName) : personNameIn('en', p))),
            ...(who.length > GUEST_NAMES ? [t('briefing.guest.andOthers')] : []),
          ].join(', '),
        }
      }),
    })),
    ...(o.second ? { second: secondProgramme(s, o.second, incoming) } : {}),
  }
}
