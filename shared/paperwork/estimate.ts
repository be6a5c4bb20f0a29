// The cost estimate (смета) of a visit: the norms of the delegation's group applied to the
// programme and the participant lists. Pure arithmetic in kopecks, so totals add up to the rouble.
import {
  countRu,
  DAYS,
  NIGHTS,
  PEOPLE_DAYS,
  PEOPLE_NIGHTS,
  pluralRu,
} from '../language/ru/numerals'
import type { BriefingDocument } from '../briefing/briefing-document'
import type { CostGroup, CostNorms } from '../domain/cost-norms'
import type { Directory } from '../domain/directory'
import type { ItineraryItem } from '../domain/itinerary-item'
import { byPrecedence, type Person } from '../domain/people'
import { visitDates, type Visit } from '../domain/visit'
import { daysBetween, formatDateRange, formatShortDate, minutesOfDay } from '../time/local-date'
import { paperworkDocument } from './paperwork-document'
import { translate } from '../i18n/translate'
import { initialsName } from '../language/ru/decline'

export const ESTIMATE_CATEGORIES = [
  'accommodation',
  'meals',
  'receptions',
  'buffet',
  'cultural',
  'interpreters',
  'transport',
  'vipHall',
  'gifts',
  'flowers',
] as const
export type EstimateCategory = (typeof ESTIMATE_CATEGORIES)[number]

export interface EstimateLine {
  category: EstimateCategory
  description: string
  quantity: number
  unit: string
  unitCost: number
  total: number
}

export interface Estimate {
  lines: EstimateLine[]
  total: number
  currency: string
  group: { id: string; name: string }
  /** The norms are the shipped example, not approved figures. */
  sample: boolean
}

/** The category as the Russian estimate names it ('Проживание'). */
export const categoryName = (c: EstimateCategory) => translate('ru', `estimate.categories.${c}`)

/** The group a visit is costed by: its own choice, else the first group of the norms. */
export function costGroupOf(visit: Pick<Visit, 'costGroupId'>, norms: CostNorms): CostGroup {
  return norms.groups.find((g) => g.id === visit.costGroupId) ?? norms.groups[0]!
}

const NO_INTERPRETING = new Set<ItineraryItem['kind']>([
  'transfer',
  'accommodation',
  'free-time',
  'arrival',
  'departure',
])
const CULTURAL = new Set<ItineraryItem['kind']>(['excursion', 'cultural'])
const OFFICIAL_MEALS = new Set(['breakfast', 'lunch', 'dinner'])

/** Hours of an item, to the half hour up; an item without both times counts as one hour. */
function hoursOf(item: ItineraryItem): number {
  if (!item.start || !item.end) return 1
  const minutes = minutesOfDay(item.end) - minutesOfDay(item.start)
  return Math.max(0.5, Math.ceil(minutes / 30) / 2)
}

type Draft = Omit<EstimateLine, 'total'>

/** What the estimate's lines are computed from. */
interface EstimateInput {
  visit: Visit
  group: ReturnType<typeof costGroupOf>
  participants: Person[]
  /** The side whose stay is paid: the guests of an incoming visit, our delegation of an outgoing one. */
  paidSide: 'guest' | 'host'
  delegation: Person[]
  dates: string[]
  /** The participants present at an item (everyone, when it names none). */
  present(item: ItineraryItem): Person[]
  directory: Directory
}

/**
 * An official breakfast, lunch, dinner or reception: paid by the official-meal norm, with the
 * other side at table (a meal 'в своём кругу' is the daily norm's).
 */
function isOfficialMeal(item: ItineraryItem, who: Person[], paidSide: 'guest' | 'host'): boolean {
  return (
    item.kind === 'reception' ||
    (item.kind === 'meal' &&
      (!item.meal || OFFICIAL_MEALS.has(item.meal)) &&
      who.some((p) => p.side !== paidSide))
  )
}

const MEALS_TAKEN: readonly [string, string, string] = ['приём пищи', 'приёма пищи', 'приёмов пищи']

/** Accommodation: the stays recorded, else every night of the visit for the whole delegation. */
function accommodationLines({ visit, group, delegation, dates }: EstimateInput): Draft[] {
  const head = delegation[0]
  const nightsOf = new Map<string, number>()
  if (visit.stays.length > 0) {
    for (const stay of visit.stays) {
      const nights = Math.max(0, daysBetween(stay.checkIn, stay.checkOut))
      const who = stay.personIds.length ? stay.personIds : delegation.map((p) => p.id)
      for (const id of who) nightsOf.set(id, (nightsOf.get(id) ?? 0) + nights)
    }
  } else for (const p of delegation) nightsOf.set(p.id, Math.max(0, dates.length - 1))
  const memberNights = delegation
    .filter((p) => p !== head)
    .reduce((sum, p) => sum + (nightsOf.get(p.id) ?? 0), 0)
  const headNights = head ? (nightsOf.get(head.id) ?? 0) : 0
  return [
    {
      category: 'accommodation',
      description: `${group.headRoom}: руководитель делегации`,
      quantity: headNights,
      // '4 ночи', '5 ночей': the unit agrees with the number it follows.
      unit: pluralRu(headNights, NIGHTS),
      unitCost: group.headRoomPerNight,
    },
    {
      category: 'accommodation',
      description: `${group.memberRoom}: члены делегации (${delegation.length - (head ? 1 : 0)} чел.)`,
      quantity: memberNights,
      unit: pluralRu(memberNights, PEOPLE_NIGHTS),
      unitCost: group.memberRoomPerNight,
    },
  ]
}

/**
 * Daily meals for every member on every day of the visit, less the meals taken at official
 * breakfasts, lunches, dinners and receptions (those are charged by their own norm): a third of
 * the daily norm for each meal not served officially.
 */
function mealLines(input: EstimateInput): Draft[] {
  const { visit, group, delegation, dates, paidSide } = input
  const dayCount = delegation.length * dates.length
  const official = new Map<string, number>() // 'personId|date' → official meals that day
  for (const item of visit.items) {
    const who = input.present(item)
    if (!isOfficialMeal(item, who, paidSide)) continue
    for (const p of who)
      if (p.side === paidSide) {
        const key = `${p.id}|${item.date}`
        official.set(key, Math.min(3, (official.get(key) ?? 0) + 1))
      }
  }
  const covered = [...official.values()].reduce((n, c) => n + c, 0)
  if (covered === 0)
    return [
      {
        category: 'meals',
        description: `Питание по суточной норме: ${delegation.length} чел. × ${countRu(dates.length, DAYS)}`,
        quantity: dayCount,
        unit: pluralRu(dayCount, PEOPLE_DAYS),
        unitCost: group.mealsPerDay,
      },
    ]
  const left = dayCount * 3 - covered
  return [
    {
      category: 'meals',
      description: `Питание по суточной норме (1/3 нормы за приём пищи): ${delegation.length} чел. × ${countRu(dates.length, DAYS)} × 3, без ${countRu(covered, MEALS_TAKEN)} на официальных мероприятиях`,
      quantity: left,
      unit: pluralRu(left, MEALS_TAKEN),
      // Kept whole: the line's total is the norm × meals ÷ 3, to the kopeck.
      unitCost: group.mealsPerDay / 3,
    },
  ]
}

const FLOWERS = /возложени|цвет(?:ов|ы)|венок|венков/iu
const VIP_HALL = /зал\p{L}* официальных делегаций|VIP/iu

/**
 * What the protocol hands and lays: the gifts recorded (one souvenir per guest when none is), the
 * flowers of each memorial ceremony, and the hall of official delegations at the airport.
 */
function protocolLines(input: EstimateInput): Draft[] {
  const { visit, group, directory, paidSide, delegation } = input
  const out: Draft[] = []
  const names = new Map(directory.people.map((p) => [p.id, p.fullName]))
  const given = visit.gifts.filter((g) => g.direction === 'given')
  for (const g of given) {
    const to = g.toPersonId ? names.get(g.toPersonId) : undefined
    out.push({
      category: 'gifts',
      description: `${g.description}${to ? ` — ${to}` : ''}`,
      quantity: g.quantity,
      unit: 'шт.',
      unitCost: group.souvenirPerGift,
    })
  }
  const guests = input.participants.filter((p) => p.side === 'guest')
  if (given.length === 0 && visit.direction === 'incoming' && guests.length > 0)
    out.push({
      category: 'gifts',
      description: `Сувениры членам делегации (подарки не записаны — по числу гостей: ${guests.length} чел.)`,
      quantity: guests.length,
      unit: 'шт.',
      unitCost: group.souvenirPerGift,
    })
  const venues = new Map(directory.venues.map((v) => [v.id, v]))
  for (const item of visit.items) {
    if (item.kind === 'memorial' || (FLOWERS.test(item.title) && item.kind !== 'transfer'))
      out.push({
        category: 'flowers',
        description: `${formatShortDate(item.date, 'ru')}: ${item.title}`,
        quantity: 1,
        unit: 'шт.',
        unitCost: group.flowersPerCeremony,
      })
    const venue = item.venueId ? venues.get(item.venueId) : undefined
    const hall =
      venue &&
      [venue.name, venue.notes ?? '', ...venue.accessRequirements.map((r) => r.note ?? '')].some(
        (t) => VIP_HALL.test(t),
      )
    if (
      hall &&
      visit.direction === 'incoming' &&
      (item.kind === 'arrival' || item.kind === 'departure')
    ) {
      const who = input.present(item).filter((p) => p.side === paidSide)
      out.push({
        category: 'vipHall',
        description: `${formatShortDate(item.date, 'ru')}: ${item.kind === 'arrival' ? 'прилёт' : 'вылет'}, ${venue.name}`,
        quantity: (who.length ? who : delegation).length,
        unit: 'чел.',
        unitCost: group.vipHallPerPerson,
      })
    }
  }
  return out
}

/** Receptions, buffets and the cultural programme, item by item in the programme's order. */
function eventLines(input: EstimateInput): Draft[] {
  const { visit, group, paidSide } = input
  const out: Draft[] = []
  const items = [...visit.items].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? ''),
  )
  for (const item of items) {
    const who = input.present(item)
    const description = `${formatShortDate(item.date, 'ru')}: ${item.title || categoryName('receptions')}`
    const official = isOfficialMeal(item, who, paidSide)
    const buffet = item.kind === 'meal' && (item.meal === 'buffet' || item.meal === 'coffee')
    const perPerson = { description, quantity: who.length, unit: 'чел.' }
    if (buffet) out.push({ category: 'buffet', ...perPerson, unitCost: group.buffetPerPerson })
    else if (official)
      out.push({ category: 'receptions', ...perPerson, unitCost: group.officialMealPerPerson })
    if (CULTURAL.has(item.kind))
      out.push({
        category: 'cultural',
        ...perPerson,
        quantity: who.filter((p) => p.side === paidSide).length,
        unitCost: group.culturalPerPerson,
      })
  }
  return out
}

/** Interpreters: every hour of the programme where the two sides present share no language. */
function interpreterLines(input: EstimateInput): Draft[] {
  let hours = 0
  for (const item of input.visit.items) {
    if (NO_INTERPRETING.has(item.kind)) continue
    const who = input.present(item)
    // Guests among themselves need no interpreter.
    if (!who.some((p) => p.side === 'host')) continue
    const langs = (side: string) =>
      new Set(
        who.filter((p) => p.side === side).flatMap((p) => p.languages.map((l) => l.toLowerCase())),
      )
    const g = langs('guest')
    const h = langs('host')
    if (h.size === 0) h.add('ru') // host officials with no languages listed speak Russian
    if (g.size && ![...g].some((l) => h.has(l))) hours += hoursOf(item)
  }
  return [
    {
      category: 'interpreters',
      description: 'Последовательный перевод на мероприятиях программы',
      quantity: hours,
      unit: 'ч',
      unitCost: input.group.interpreterPerHour,
    },
  ]
}

/** Transport: each vehicle for the span of each programme day, to the half hour up. */
function transportLines({ visit, group, dates }: EstimateInput): Draft[] {
  const vehicles = Math.max(1, visit.vehicles.length)
  return dates.flatMap((date) => {
    const day = visit.items.filter((i) => i.date === date && i.start)
    if (day.length === 0) return []
    const first = Math.min(...day.map((i) => minutesOfDay(i.start!)))
    const last = Math.max(...day.map((i) => minutesOfDay(i.end ?? i.start!)))
    const hours = Math.max(1, Math.ceil((last - first) / 30) / 2)
    return [
      {
        category: 'transport' as const,
        description: `${formatShortDate(date, 'ru')}: ${vehicles} ед. × ${formatQuantity(hours)} ч`,
        quantity: vehicles * hours,
        unit: 'маш.-ч',
        unitCost: group.transportPerHour,
      },
    ]
  })
}

/** The estimate from the norms, the programme and the lists. */
export function computeEstimate(visit: Visit, directory: Directory, norms: CostNorms): Estimate {
  const people = new Map(directory.people.map((p) => [p.id, p]))
  const participants = visit.participantIds
    .map((id) => people.get(id))
    .filter((p): p is Person => Boolean(p))
    .sort(byPrecedence)
  const paidSide = visit.direction === 'incoming' ? 'guest' : 'host'
  const input: EstimateInput = {
    ...{ visit, participants, paidSide },
    group: costGroupOf(visit, norms),
    delegation: participants.filter((p) => p.side === paidSide),
    dates: visitDates(visit),
    directory,
    present: (item) => {
      const ids = item.participantIds.length ? new Set(item.participantIds) : null
      return participants.filter((p) => !ids || ids.has(p.id))
    },
  }
  const drafts = [
    accommodationLines,
    mealLines,
    eventLines,
    interpreterLines,
    transportLines,
    protocolLines,
  ]
    .flatMap((lines) => lines(input))
    .filter((line) => line.quantity > 0 && line.unitCost > 0)
  // Kopecks, so that a sum of lines is exact.
  const lines: EstimateLine[] = drafts.map((line) => ({
    ...line,
    total: Math.round(line.quantity * line.unitCost * 100) / 100,
  }))
  const order = new Map(ESTIMATE_CATEGORIES.map((c, i) => [c, i]))
  lines.sort((a, b) => order.get(a.category)! - order.get(b.category)!)
  const total = Math.round(lines.reduce((sum, l) => sum + Math.round(l.total * 100), 0)) / 100
  return {
    lines,
    total,
    currency: norms.currency,
    group: { id: input.group.id, name: input.group.name },
    sample: norms.sample,
  }
}

/** The currency as an estimate's total names it: 'руб.' for roubles, else its code. */
export function currencyLabel(currency: string): string {
  return currency === 'RUB' ? 'руб.' : currency
}

/** '1 234 567,50' as a Russian estimate writes sums. */
export function formatMoney(value: number): string {
  const [whole, frac] = value.toFixed(2).split('.')
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${frac}`
}

const formatQuantity = (n: number) =>
  Number.isInteger(n) ? String(n) : n.toFixed(1).replace('.', ',')

/** The estimate as a document for the printer and the Word writer. */
export function estimateDocument(
  visit: Visit,
  estimate: Estimate,
  generatedAt: Date,
  /** Who approves the estimate (the letterhead's signer): 'УТВЕРЖДАЮ' with the post and initials. */
  approver: { position: string; name: string } = { position: '', name: '' },
): BriefingDocument {
  const rows: { cells: string[]; total?: boolean }[] = []
  let n = 0
  for (const category of ESTIMATE_CATEGORIES) {
    const lines = estimate.lines.filter((l) => l.category === category)
    if (lines.length === 0) continue
    for (const l of lines)
      rows.push({
        cells: [
          String(++n),
          categoryName(category),
          l.description,
          `${formatQuantity(l.quantity)} ${l.unit}`,
          formatMoney(l.unitCost),
          formatMoney(l.total),
        ],
      })
    const subtotal = lines.reduce((s, l) => s + Math.round(l.total * 100), 0) / 100
    rows.push({
      cells: [
        '',
        '',
        `Итого: ${categoryName(category).toLowerCase()}`,
        '',
        '',
        formatMoney(subtotal),
      ],
      total: true,
    })
  }
  rows.push({
    cells: [
      '',
      '',
      `ВСЕГО, ${currencyLabel(estimate.currency)}`,
      '',
      '',
      formatMoney(estimate.total),
    ],
    total: true,
  })
  return paperworkDocument({
    title: `Смета расходов: ${visit.title}`,
    subtitle: visit.title,
    sections: [
      {
        kind: 'approval',
        id: 'approval',
        label: 'УТВЕРЖДАЮ',
        position: approver.position,
        signature:
          `______________ ${approver.name.trim() ? initialsName(approver.name) : ''}`.trim(),
        date: `«___» ____________ ${visit.startDate.slice(0, 4)} г.`,
      },
      {
        kind: 'text',
        id: 'results',
        heading: 'Смета расходов на приём делегации',
        paragraphs: [
          `${visit.title}, ${formatDateRange(visit.startDate, visit.endDate, 'ru')}`.replace(
            /\.?$/,
            '.',
          ),
          `Нормы: ${estimate.group.name}.${estimate.sample ? ' ВНИМАНИЕ: нормы — образец, поставляемый с программой, а не утверждённые нормы региона.' : ''}`,
          'Расчёт по программе пребывания и спискам участников; количество — по пунктам программы, стоимость — по нормам.',
        ],
      },
      {
        kind: 'table',
        id: 'estimate',
        heading: 'Расчёт',
        columns: ['№', 'Статья', 'Описание', 'Количество', 'Норма, руб.', 'Сумма, руб.'],
        rows,
      },
    ],
    emptyText: 'Нет расходов',
    generatedAt,
    timeZone: visit.timeZone,
  })
}
