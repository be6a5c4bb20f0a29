import { z } from 'zod'
import { IdSchema, LocalDateSchema, shortText } from './common'

export const TASK_STATUSES = ['todo', 'in-progress', 'done', 'not-needed'] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]

/**
 * What the officer recorded about a preparation task: the status of a task a rule derived
 * (matched by its key), or a task of their own (custom, with its own title and due date).
 */
export const TaskRecordSchema = z.object({
  key: z.string().regex(/^[A-Za-z0-9_:.-]{1,200}$/),
  custom: z.boolean().default(false),
  title: shortText(1000).optional(),
  due: LocalDateSchema.optional(),
  owner: shortText(200).optional(),
  status: z.enum(TASK_STATUSES).default('todo'),
  note: shortText(2000).optional(),
})
export type TaskRecord = z.infer<typeof TaskRecordSchema>

export const GIFT_DIRECTIONS = ['given', 'received'] as const

/** A gift handed over or received: protocol records what, to whom and at which event. */
export const GiftSchema = z.object({
  id: IdSchema,
  direction: z.enum(GIFT_DIRECTIONS).default('given'),
  description: shortText(1000).min(1),
  quantity: z.number().int().min(1).max(10_000).default(1),
  fromPersonId: IdSchema.optional(),
  toPersonId: IdSchema.optional(),
  itemId: IdSchema.optional(),
  notes: shortText(2000).optional(),
})
export type Gift = z.infer<typeof GiftSchema>

/** A car or bus of the motorcade and who rides in it. */
export const VehicleSchema = z.object({
  id: IdSchema,
  label: shortText(300).min(1),
  driver: shortText(300).optional(),
  driverPhone: shortText(60).optional(),
  seats: z.number().int().min(1).max(200).optional(),
  passengerIds: z.array(IdSchema).max(200).default([]),
  notes: shortText(2000).optional(),
})
export type Vehicle = z.infer<typeof VehicleSchema>

/** A hotel booking: who stays where and when. */
export const StaySchema = z.object({
  id: IdSchema,
  hotel: shortText(500).min(1),
  venueId: IdSchema.optional(),
  checkIn: LocalDateSchema,
  checkOut: LocalDateSchema,
  roomType: shortText(200).optional(),
  personIds: z.array(IdSchema).max(200).default([]),
  confirmed: z.boolean().default(false),
  notes: shortText(2000).optional(),
})
export type Stay = z.infer<typeof StaySchema>

/** Seats on each side of a talks or signing table, in order from the centre outwards. */
export const SeatingSchema = z.object({
  guest: z.array(IdSchema).max(100).default([]),
  host: z.array(IdSchema).max(100).default([]),
})
export type Seating = z.infer<typeof SeatingSchema>
