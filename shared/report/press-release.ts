// A draft press release in Russian in the manner of a regional government's news: who came, who
// received them, what they saw, what was signed, a place for a quote, and a background note.
// The reverse of the press-release import. Names and posts are declined; what cannot be declined
// reliably is written around, never guessed. Places for the press service to fill are in [ ].
import type { Agreement } from '../domain/agreements'
import type { Directory } from '../domain/directory'
import type { ItemKind } from '../domain/itinerary-item'
import { byPrecedence, type Person } from '../domain/people'
import type { Visit } from '../domain/visit'
import { formatDateRange } from '../time/local-date'
import {
  countryGenitive,
  parseName,
  pastVerb,
  personName,
  placeIn,
  postIn,
  type Case,
} from '../language/ru/decline'

export interface PressRelease {
  title: string
  paragraphs: string[]
}

export interface PressReleaseContext {
  /** 'Ленинградская область' */
  hostRegion: string
  /** Today where the officer is: the tense of the release (a visit ahead or one that took place). */
  today: string
  /** Earlier visits and documents with the partner, oldest first. */
  history: { date: string; kind: 'visit' | 'agreement'; title: string }[]
}

/** Events worth naming in the release, in programme order. */
const NEWSWORTHY: ItemKind[] = [
  'meeting',
  'talks',
  'signing',
  'site-tour',
  'excursion',
  'memorial',
  'cultural',
  'conference',
  'reception',
]

const MONTHS_IN = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
]

/** The word a document's title starts with, and the participle that agrees with it. */
const SIGNED: Record<Agreement['type'], { word: RegExp; participle: string }> = {
  memorandum: { word: /^меморандум(?=\s|$)/i, participle: 'подписан' },
  agreement: { word: /^соглашение(?=\s|$)/i, participle: 'подписано' },
  plan: { word: /^план(?=\s|$)/i, participle: 'подписан' },
  protocol: { word: /^протокол(?=\s|$)/i, participle: 'подписан' },
}

/** Posts written with a capital letter even mid-sentence. */
const CAPITALISED_POST = /^(Чрезвычайный|Полномочный|Посол|Губернатор|Президент)/

/** The events named, at most. */
const EVENTS_SHOWN = 8

const lowerFirst = (s: string) =>
  s.length > 1 && s[1] === s[1]!.toUpperCase() && /\p{L}/u.test(s[1]!)
    ? s
    : s.charAt(0).toLowerCase() + s.slice(1)
const sentence = (s: string) => {
  const t = s.trim()
  return /[.!?…]$/.test(t) ? t : `${t}.`
}
const joinAnd = (list: string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} и ${list.at(-1)}`

/** The main post, as it stands mid-sentence: up to the first comma, lower-cased unless a title. */
const mainPost = (position: string) => {
  const main = position.split(',')[0]!.trim()
  return CAPITALISED_POST.test(main) ? main : lowerFirst(main)
}

/** 'заместителем акима области Айжан Есмагамбетовой', or the name with the post after it. */
function postAndName(p: Person, gcase: Case): string {
  const name = personName(p.fullName, gcase)
  const post = p.position ? mainPost(p.position) : ''
  if (!parseName(p.fullName)) return post ? (postIn(post, gcase) ?? post) : name
  if (!post) return name
  const declined = postIn(post, gcase)
  return declined ? `${declined} ${name}` : `${name} (${post})`
}

/** A place in a case, or as written when it is not of a known shape. */
const place = (name: string, gcase: Case) => placeIn(name, gcase) ?? name

export function draftPressRelease(
  visit: Visit,
  directory: Directory,
  context: PressReleaseContext,
): PressRelease {
  const people = new Map(directory.people.map((p) => [p.id, p]))
  const present = visit.participantIds
    .map((id) => people.get(id))
    .filter((p): p is Person => Boolean(p))
    .sort(byPrecedence)
  const delegation = present.filter((p) => p.side === 'guest')
  const receivers = present.filter((p) => p.side === 'host')
  const incoming = visit.direction === 'incoming'
  // 'Жамбылской области', 'Жамбылской области Республики Казахстан', or 'Казахстана'.
  const countryGen = visit.partnerCountry.trim() ? countryGenitive(visit.partnerCountry) : ''
  const partnerGen = visit.partnerRegion.trim()
    ? [
        place(visit.partnerRegion, 'genitive'),
        /\s/.test(visit.partnerCountry.trim()) ? countryGen : '',
      ]
        .filter(Boolean)
        .join(' ')
    : countryGen
  const hostGen = place(context.hostRegion, 'genitive')
  const delegationOf = incoming ? partnerGen : hostGen
  const destinationAcc = incoming
    ? place(context.hostRegion, 'accusative')
    : place(visit.partnerRegion || visit.partnerCountry, 'accusative')
  const past = visit.status === 'completed' || visit.endDate < context.today
  const dates = formatDateRange(visit.startDate, visit.endDate, 'ru').replace(/ г\.$/, ' года')
  const head = delegation[0]
  const receiver = receivers[0]
  const headName = head && parseName(head.fullName)
  const receiverName = receiver && parseName(receiver.fullName)

  const met = (g: Person | undefined) =>
    past ? pastVerb('встретился', g && parseName(g.fullName)?.gender) : 'встретится'
  const visited = (g: Person | undefined) =>
    past ? pastVerb('посетил', g && parseName(g.fullName)?.gender) : 'посетит'
  const title =
    incoming && receiver && receiverName
      ? `${personName(receiver.fullName, 'nominative')} ${met(receiver)} с делегацией ${partnerGen}`
      : head && headName
        ? `${personName(head.fullName, 'nominative')} ${visited(head)} ${destinationAcc}`
        : `Делегация ${delegationOf} ${past ? 'посетила' : 'посетит'} ${destinationAcc}`

  const paragraphs: string[] = []
  paragraphs.push(
    sentence(
      `${dates} ${destinationAcc} с визитом ${past ? 'посетила' : 'посетит'} делегация ${delegationOf}${
        head ? ` во главе с ${postAndName(head, 'instrumental')}` : ''
      }`,
    ),
  )
  if (delegation.length > 1)
    paragraphs.push(
      sentence(
        `В состав делегации вошли ${joinAnd(delegation.slice(1).map((p) => postAndName(p, 'nominative')))}`,
      ),
    )

  const events = visit.items
    .filter((i) => NEWSWORTHY.includes(i.kind) && i.title.trim())
    .map((i) => lowerFirst(i.title.trim().replace(/[.;]+$/, '')))
  if (events.length)
    paragraphs.push(
      sentence(
        `Программа визита ${past ? 'включала' : 'включает'}: ${[...new Set(events)].slice(0, EVENTS_SHOWN).join('; ')}`,
      ),
    )

  if (receiver)
    paragraphs.push(
      sentence(
        `В ходе встречи с ${postAndName(receiver, 'instrumental')} стороны обсудили перспективы сотрудничества${
          visit.objectives.trim()
            ? `: ${lowerFirst(visit.objectives.trim().replace(/\.$/, ''))}`
            : ''
        }`,
      ),
    )
  if (receiver && receiverName)
    paragraphs.push(
      `«[Цитата]», — ${pastVerb('отметил', receiverName.gender)} ${personName(receiver.fullName, 'nominative')}.`,
    )

  const signed = visit.agreements.filter((a) => a.status === 'signed')
  for (const a of signed) {
    const signatories = a.signatoryIds
      .map((id) => people.get(id))
      .filter((p): p is Person => Boolean(p))
      .map((p) => postAndName(p, 'nominative'))
    const title = a.title.trim().replace(/^«|»$/g, '')
    const kind = SIGNED[a.type]
    const what = kind.word.test(title)
      ? `${kind.participle} ${lowerFirst(title)}`
      : `подписан документ «${title}»`
    paragraphs.push(
      sentence(
        `В рамках визита ${what}${signatories.length ? `. Подписи под документом поставили ${joinAnd(signatories)}` : ''}`,
      ),
    )
  }
  if (past && head && headName)
    paragraphs.push(
      sentence(
        `${personName(head.fullName, 'nominative')} ${pastVerb('поблагодарил', headName.gender)} принимающую сторону за тёплый приём и ${pastVerb('пригласил', headName.gender)} ${
          incoming ? `представителей ${hostGen}` : 'партнёров'
        } с ответным визитом`,
      ),
    )

  const seen = new Set<string>()
  const earlier = context.history.filter(
    (h) =>
      h.date < visit.startDate &&
      !seen.has(`${h.kind}|${h.title}`) &&
      Boolean(seen.add(`${h.kind}|${h.title}`)),
  )
  if (earlier.length) {
    const lines = earlier.map((h) => {
      const month = MONTHS_IN[Number(h.date.slice(5, 7)) - 1]
      const when = `В ${month} ${h.date.slice(0, 4)} года`
      return h.kind === 'visit'
        ? `${when} состоялся визит: ${lowerFirst(h.title)}`
        : `${when} подписан документ «${h.title.replace(/^«|»$/g, '')}»`
    })
    paragraphs.push(`Справка. ${lines.map(sentence).join(' ')}`)
  }
  return { title, paragraphs }
}

/** The release as plain text: a title line, then paragraphs separated by a blank line. */
export function pressReleaseText(release: PressRelease): string {
  return `${release.title}\n\n${release.paragraphs.join('\n\n')}\n`
}

/** The officer's edited text back into a title and paragraphs (blank lines separate them). */
export function readPressText(text: string): PressRelease {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
  return { title: blocks[0] ?? '', paragraphs: blocks.slice(1) }
}
