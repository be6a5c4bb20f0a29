// The preparation checklist: tasks derived from the programme by rules, merged with what the
// officer recorded (status, owner, own tasks). Pure, so the editor and the CLI agree.
import { daysBetween, shiftDate } from '../time/local-date'
import type { FactParams as MessageParams } from './facts'
import { accessTaskKey, venueVisits } from './conflicts'
import type { Directory } from './directory'
import type { ItineraryItem } from './itinerary-item'
import type { Person } from './people'
import type { TaskStatus } from './registers'
import type { Venue } from './venues'
import type { Visit } from './visit'

export const TASK_RULES = [
  'access',
  'checkpoint',
  'interpreter',
  'gifts',
  'flowers',
  'flags',
  'press',
  'transport',
  'hotel',
  'agreement',
  'dietary',
  'briefing',
  'report',
  'custom',
] as const
export type TaskRule = (typeof TASK_RULES)[number]

export interface Task {
  key: string
  rule: TaskRule
  /** i18n key under `checklist.task` and its parameters; a custom task carries its own text. */
  titleKey: TaskRule
  params: MessageParams
  text?: string
  due: string
  itemIds: string[]
  owner?: string
  note?: string
  status: TaskStatus
  overdue: boolean
  /** Days from today to the due date (negative when overdue). */
  daysLeft: number
}

/** A task still to be done (not done, not marked unneeded). */
export const isOpenTask = (task: Pick<Task, 'status'>) =>
  task.status === 'todo' || task.status === 'in-progress'

/** Lead times in days, from the deadline rules of DOMAIN.md §8 and regional practice. */
export const LEAD_DAYS = {
  interpreter: 10,
  gifts: 7,
  flowers: 2,
  flags: 2,
  press: 3,
  transport: 7,
  hotel: 14,
  agreement: 5,
  dietary: 3,
  briefing: 3,
  /** The after-visit report is due this many days after departure. */
  report: 3,
} as const

const TALK_KINDS = new Set<ItineraryItem['kind']>(['talks', 'signing'])
const GIFT_KINDS = new Set<ItineraryItem['kind']>(['talks', 'signing', 'meeting', 'reception'])
/** The host side's working language when no host participant lists any. */
const HOST_LANGUAGE = 'ru'

type Draft = Omit<Task, 'status' | 'overdue' | 'daysLeft' | 'owner' | 'note'>

const firstDate = (items: ItineraryItem[], fallback: string) =>
  items.reduce((min, i) => (i.date < min ? i.date : min), items[0]?.date ?? fallback)

/** What the task rules look at: the visit, its venues and its participants. */
interface RuleInput {
  visit: Visit
  venues: Map<string, Venue>
  participants: Person[]
}

/** Venue access rules: letters, passport lists, passes, checkpoints. */
function accessTasks({ visit, venues }: RuleInput): Draft[] {
  const out: Draft[] = []
  for (const [venueId, seen] of venueVisits(visit)) {
    const venue = venues.get(venueId)
    if (!venue) continue
    venue.accessRequirements.forEach((req, index) => {
      const checkpoint = !req.leadDays
      out.push({
        key: accessTaskKey(venueId, index),
        rule: checkpoint ? 'checkpoint' : 'access',
        titleKey: checkpoint ? 'checkpoint' : 'access',
        params: {
          venue: venue.name,
          requirement: req.kind,
          note: req.note,
          lead: req.leadDays ?? 0,
        },
        due: shiftDate(seen.date, -(req.leadDays || 1)),
        itemIds: seen.itemIds,
      })
    })
  }
  return out
}

/** Interpreters: a guest who shares no language with the host side needs one. */
function interpreterTasks({ visit, participants }: RuleInput): Draft[] {
  const hostLangs = new Set(
    participants.filter((p) => p.side === 'host').flatMap((p) => p.languages.map(lower)),
  )
  if (hostLangs.size === 0) hostLangs.add(HOST_LANGUAGE)
  const hostLang = hostLangs.has(HOST_LANGUAGE) ? HOST_LANGUAGE : [...hostLangs][0]!
  const needed = new Set<string>()
  for (const p of participants) {
    if (p.side !== 'guest' || p.languages.length === 0) continue
    const langs = p.languages.map(lower)
    if (!langs.some((l) => hostLangs.has(l))) needed.add(langs[0]!)
  }
  return [...needed].map((lang) => ({
    key: `interpreter:${hostLang}-${lang}`,
    rule: 'interpreter',
    titleKey: 'interpreter',
    params: { pair: `${hostLang.toUpperCase()}–${lang.toUpperCase()}` },
    due: shiftDate(visit.startDate, -LEAD_DAYS.interpreter),
    itemIds: [],
  }))
}

/** Gifts for an official programme; flowers or a wreath at a memorial; flags at talks. */
function protocolTasks({ visit, participants }: RuleInput): Draft[] {
  const out: Draft[] = []
  const giftItems = visit.items.filter((i) => GIFT_KINDS.has(i.kind))
  if (giftItems.length > 0)
    out.push({
      key: 'gifts',
      rule: 'gifts',
      titleKey: 'gifts',
      params: { guests: participants.filter((p) => p.side === 'guest').length },
      due: shiftDate(firstDate(giftItems, visit.startDate), -LEAD_DAYS.gifts),
      itemIds: giftItems.map((i) => i.id),
    })
  for (const item of visit.items) {
    const rule = item.kind === 'memorial' ? 'flowers' : TALK_KINDS.has(item.kind) ? 'flags' : null
    if (rule)
      out.push({
        key: `${rule}:${item.id}`,
        rule,
        titleKey: rule,
        params: { title: item.title },
        due: shiftDate(item.date, -LEAD_DAYS[rule]),
        itemIds: [item.id],
      })
  }
  return out
}

/** Press accreditation for each press event, and for a signing with no press event that day. */
function pressTasks({ visit }: RuleInput): Draft[] {
  const pressDays = new Set(visit.items.filter((i) => i.kind === 'press').map((i) => i.date))
  return visit.items
    .filter((i) => i.kind === 'press' || (i.kind === 'signing' && !pressDays.has(i.date)))
    .map((item) => ({
      key: `press:${item.id}`,
      rule: 'press',
      titleKey: 'press',
      params: { title: item.title },
      due: shiftDate(item.date, -LEAD_DAYS.press),
      itemIds: [item.id],
    }))
}

/** Transport and hotel bookings. */
function bookingTasks({ visit, participants }: RuleInput): Draft[] {
  const out: Draft[] = []
  const moves = visit.items.filter(
    (i) => i.kind === 'transfer' || i.kind === 'arrival' || i.kind === 'departure',
  )
  if (moves.length > 0)
    out.push({
      key: 'transport',
      rule: 'transport',
      titleKey: 'transport',
      params: { count: moves.length, vehicles: visit.vehicles.length },
      due: shiftDate(visit.startDate, -LEAD_DAYS.transport),
      itemIds: moves.map((i) => i.id),
    })
  const nights = daysBetween(visit.startDate, visit.endDate)
  const stayItems = visit.items.filter((i) => i.kind === 'accommodation')
  if (visit.direction === 'incoming' && (nights > 0 || stayItems.length > 0))
    out.push({
      key: 'hotel',
      rule: 'hotel',
      titleKey: 'hotel',
      params: { nights, people: participants.filter((p) => p.side === 'guest').length },
      due: shiftDate(visit.startDate, -LEAD_DAYS.hotel),
      itemIds: stayItems.map((i) => i.id),
    })
  return out
}

/** Texts of documents agreed before the signing; dietary needs passed to the kitchens. */
function preparationTasks({ visit, participants }: RuleInput): Draft[] {
  const out: Draft[] = visit.agreements
    .filter((doc) => doc.status === 'draft')
    .map((doc) => {
      const signing = visit.items.find(
        (i) => i.kind === 'signing' && i.agreementIds.includes(doc.id),
      )
      return {
        key: `agreement:${doc.id}`,
        rule: 'agreement',
        titleKey: 'agreement',
        params: { document: doc.title },
        due: shiftDate(signing?.date ?? visit.startDate, -LEAD_DAYS.agreement),
        itemIds: signing ? [signing.id] : [],
      }
    })
  const dietary = participants.filter((p) => p.dietaryNotes?.trim())
  const meals = visit.items.filter((i) => i.kind === 'meal' || i.kind === 'reception')
  if (dietary.length > 0 && meals.length > 0)
    out.push({
      key: 'dietary',
      rule: 'dietary',
      titleKey: 'dietary',
      params: { count: dietary.length, meals: meals.length },
      due: shiftDate(firstDate(meals, visit.startDate), -LEAD_DAYS.dietary),
      itemIds: meals.map((i) => i.id),
    })
  return out
}

/** The briefing for the officials and the report afterwards. */
function paperTasks({ visit }: RuleInput): Draft[] {
  return [
    {
      key: 'briefing',
      rule: 'briefing',
      titleKey: 'briefing',
      params: {},
      due: shiftDate(visit.startDate, -LEAD_DAYS.briefing),
      itemIds: [],
    },
    {
      key: 'report',
      rule: 'report',
      titleKey: 'report',
      params: {},
      due: shiftDate(visit.endDate, LEAD_DAYS.report),
      itemIds: [],
    },
  ]
}

/** The rules, in the order their tasks are listed (ties in due date keep it). */
const RULES = [
  accessTasks,
  interpreterTasks,
  protocolTasks,
  pressTasks,
  bookingTasks,
  preparationTasks,
  paperTasks,
]

/** The tasks the programme implies, before the officer's records are applied. */
export function deriveTasks(visit: Visit, directory: Directory): Draft[] {
  const people = new Map(directory.people.map((p) => [p.id, p]))
  const input: RuleInput = {
    visit,
    venues: new Map(directory.venues.map((v) => [v.id, v])),
    participants: visit.participantIds
      .map((id) => people.get(id))
      .filter((p): p is Person => Boolean(p)),
  }
  return RULES.flatMap((rule) => rule(input))
}

const lower = (s: string) => s.trim().toLowerCase()

/**
 * The checklist of the visit: derived tasks with the officer's records applied, then the
 * officer's own tasks; ordered by due date. Overdue means not closed and due before today.
 */
export function buildChecklist(visit: Visit, directory: Directory, today: string): Task[] {
  const records = new Map(visit.tasks.map((t) => [t.key, t]))
  const finish = (draft: Draft): Task => {
    const record = records.get(draft.key)
    const status = record?.status ?? 'todo'
    const due = record?.due ?? draft.due
    const daysLeft = daysBetween(today, due)
    const closed = status === 'done' || status === 'not-needed'
    return {
      ...draft,
      due,
      owner: record?.owner,
      note: record?.note,
      status,
      daysLeft,
      overdue: !closed && daysLeft < 0,
    }
  }
  const derived = deriveTasks(visit, directory).map(finish)
  const custom = visit.tasks
    .filter((t) => t.custom)
    .map((t) =>
      finish({
        key: t.key,
        rule: 'custom',
        titleKey: 'custom',
        params: {},
        text: t.title ?? '',
        due: t.due ?? visit.startDate,
        itemIds: [],
      }),
    )
  return [...derived, ...custom].sort(
    (a, b) => a.due.localeCompare(b.due) || a.key.localeCompare(b.key),
  )
}
