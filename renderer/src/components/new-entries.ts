import type { Organisation } from '../../../shared/domain/people'
import type { Venue } from '../../../shared/domain/venues'

/** A new id for anything the officer adds: 12 hex digits, no spaces. */
export const newId = (): string => crypto.randomUUID().replace(/-/g, '').slice(0, 12)

/** A new venue of the directory, from a name typed anywhere one is picked (details later). */
export const newVenue = (name = ''): Venue => ({
  id: newId(),
  name: name.trim(),
  address: '',
  kind: 'other',
  accessRequirements: [],
})

/** A new organisation of the directory, from a name typed anywhere one is picked. */
export const newOrganisation = (name = ''): Organisation => ({
  id: newId(),
  name: name.trim(),
  kind: 'other',
})
