// Editions of the programme: every issued programme is numbered and frozen, and what changed
// since the previous one is told in sentences — so that an old printout can be recognised as old.
import { z } from 'zod'
import { shortText } from './common'
import { ItineraryItemSchema, type ItineraryItem } from './itinerary-item'

export const EditionSchema = z.object({
  number: z.number().int().min(1),
  issuedAt: z.iso.datetime(),
  /** The programme as it was issued. */
  items: z.array(ItineraryItemSchema).max(2000),
  note: shortText(1000).optional(),
})
export type Edition = z.infer<typeof EditionSchema>

export const CHANGE_KINDS = [
  'added',
  'removed',
  'moved',
  'retimed',
  'venue',
  'participants',
  'renamed',
] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

/** The programme frozen as issued: only what the programme says, detached from later edits. */
export function freezeItems(items: ItineraryItem[]): ItineraryItem[] {
  return items.map((i) => ({ ...i, participantIds: [...i.participantIds] }))
}

/** True when the programme is exactly the one last issued (nothing to issue again). */
export function sameProgramme(a: ItineraryItem[], b: ItineraryItem[]): boolean {
  if (a.length !== b.length) return false
  const canon = (items: ItineraryItem[]) =>
    JSON.stringify([...items].sort((x, y) => x.id.localeCompare(y.id)))
  return canon(a) === canon(b)
}
