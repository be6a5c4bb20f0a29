import type { Person } from '../../../../shared/domain/people'

/**
 * What a visit's editor may add to the directory where it is needed: a person from the item
 * dialog, a venue from any venue field, an organisation from a person's. Each answers once the
 * directory is saved (false or undefined when it could not be, the officer told why).
 */
export interface DirectoryActions {
  /** Adds the person, or replaces them when the id exists. */
  savePerson(person: Person): Promise<boolean>
  /** Adds a venue by the name typed; answers its id. */
  createVenue(name: string): Promise<string | undefined>
  /** Adds an organisation by the name typed; answers its id. */
  createOrganisation(name: string): Promise<string | undefined>
}
