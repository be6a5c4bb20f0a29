// Cost norms for receiving delegations, per group of delegation (the level of its head), as a
// regional government approves them together with its protocol practice. Kept in the settings;
// the shipped table is a sample and says so until the officer enters the approved figures.
import { z } from 'zod'
import { IdSchema, shortText } from './common'

const money = z.number().min(0).max(100_000_000)

export const CostGroupSchema = z.object({
  id: IdSchema,
  name: shortText(300).min(1),
  /** Room class and price per night for the head of the delegation. */
  headRoom: shortText(200).default('Номер «люкс»'),
  headRoomPerNight: money,
  /** Room class and price per night for each member. */
  memberRoom: shortText(200).default('Одноместный номер'),
  memberRoomPerNight: money,
  /** Daily meals per person (days without an official meal included). */
  mealsPerDay: money,
  /** An official breakfast, lunch, dinner or reception, per participant of either side. */
  officialMealPerPerson: money,
  /** A buffet or coffee break, per participant. */
  buffetPerPerson: money,
  /** Tickets and guides of the cultural programme, per guest and event. */
  culturalPerPerson: money,
  /** An interpreter, per hour of programme where the sides share no language. */
  interpreterPerHour: money,
  /** A car or bus with driver, per hour of the programme day, per vehicle. */
  transportPerHour: money,
  /** A souvenir or gift handed to a guest, per piece. */
  souvenirPerGift: money.default(3000),
  /** Flowers or a wreath laid at a memorial, per ceremony. */
  flowersPerCeremony: money.default(7000),
  /** The airport's hall of official delegations, per person and passage (arrival or departure). */
  vipHallPerPerson: money.default(8000),
})
export type CostGroup = z.infer<typeof CostGroupSchema>

export const CostNormsSchema = z.object({
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('RUB'),
  /** True while the figures are the shipped example, not the region's approved norms. */
  sample: z.boolean().default(true),
  groups: z.array(CostGroupSchema).min(1).max(20),
})
export type CostNorms = z.infer<typeof CostNormsSchema>

/** Example figures (roubles, 2026) to show how the estimate works; not anyone's approved norms. */
export const SAMPLE_COST_NORMS: CostNorms = {
  currency: 'RUB',
  sample: true,
  groups: [
    {
      id: 'group-1',
      name: 'Группа 1: глава государства, правительства, региона',
      headRoom: 'Номер «люкс»',
      headRoomPerNight: 35000,
      memberRoom: 'Одноместный номер',
      memberRoomPerNight: 12000,
      mealsPerDay: 4500,
      officialMealPerPerson: 6000,
      buffetPerPerson: 2000,
      culturalPerPerson: 3000,
      interpreterPerHour: 4000,
      transportPerHour: 5000,
      souvenirPerGift: 5000,
      flowersPerCeremony: 10000,
      vipHallPerPerson: 12000,
    },
    {
      id: 'group-2',
      name: 'Группа 2: заместитель главы региона, министр, посол',
      headRoom: 'Номер «полулюкс»',
      headRoomPerNight: 22000,
      memberRoom: 'Одноместный номер',
      memberRoomPerNight: 9000,
      mealsPerDay: 3500,
      officialMealPerPerson: 4500,
      buffetPerPerson: 1500,
      culturalPerPerson: 2000,
      interpreterPerHour: 3000,
      transportPerHour: 4000,
      souvenirPerGift: 3000,
      flowersPerCeremony: 7000,
      vipHallPerPerson: 8000,
    },
    {
      id: 'group-3',
      name: 'Группа 3: иные делегации',
      headRoom: 'Одноместный номер',
      headRoomPerNight: 9000,
      memberRoom: 'Двухместный номер (место)',
      memberRoomPerNight: 5000,
      mealsPerDay: 2500,
      officialMealPerPerson: 3000,
      buffetPerPerson: 1000,
      culturalPerPerson: 1500,
      interpreterPerHour: 2500,
      transportPerHour: 3000,
      souvenirPerGift: 1500,
      flowersPerCeremony: 5000,
      vipHallPerPerson: 0,
    },
  ],
}
