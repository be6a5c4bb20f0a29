import { AppError } from '../../shared/api/errors'
import { DirectorySchema, type Directory } from '../../shared/domain/directory'
import { withoutSensitive } from '../../shared/domain/people'
import { VisitSchema, type Visit } from '../../shared/domain/visit'
import { MIGRATIONS, migrate, type Migration } from './store/migrations'
import { CURRENT_SCHEMA_VERSION } from './store/schema'

/** What marks a file as a visit bundle (`.dvisit.json`). */
export const BUNDLE_FORMAT = 'delegation-planner/visit-bundle'

export interface Bundle {
  visit: Visit
  directory: Directory
  /** The schema version the file was written with, when it was migrated on the way in. */
  migratedFrom?: number
}

/** One visit with the directory entries it refers to, as the text of a `.dvisit.json` file. */
export function writeBundle(
  visit: Visit,
  directory: Directory,
  exportedAt: Date,
  includeSensitive = false,
): string {
  const people = includeSensitive ? directory.people : directory.people.map(withoutSensitive)
  return `${JSON.stringify(
    {
      format: BUNDLE_FORMAT,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: exportedAt.toISOString(),
      visit,
      directory: { ...directory, people },
    },
    null,
    2,
  )}\n`
}

/** True when the text looks like a bundle (cheap check before parsing it in full). */
export const looksLikeBundle = (text: string) =>
  text.trimStart().startsWith('{') && text.includes(BUNDLE_FORMAT)

const invalid = (why: string, details: Record<string, unknown> = {}) =>
  new AppError('invalid', `bundle: ${why}`, { key: 'import.errors.badBundle', ...details })

/**
 * Reads a bundle: older schema versions are migrated like data files, newer ones are refused with
 * the version named, anything else is refused as not a bundle.
 */
export function readBundle(
  text: string,
  migrations: Migration[] = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): Bundle {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw invalid('not JSON')
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== BUNDLE_FORMAT
  )
    throw invalid('not a bundle')
  const outcome = migrate(data, migrations, target)
  if (outcome.kind === 'newer')
    throw new AppError('invalid', `bundle from schema ${outcome.version}`, {
      key: 'import.errors.newerBundle',
      version: outcome.version,
    })
  if (outcome.kind === 'unversioned') throw invalid('no schema version')
  const visit = VisitSchema.safeParse(outcome.data.visit)
  const directory = DirectorySchema.safeParse(outcome.data.directory ?? {})
  if (!visit.success || !directory.success) throw invalid('content does not validate')
  return {
    visit: visit.data,
    directory: directory.data,
    ...(outcome.kind === 'migrated' ? { migratedFrom: outcome.from } : {}),
  }
}
