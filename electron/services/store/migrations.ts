import { CURRENT_SCHEMA_VERSION } from './schema'

/** One step vN → vN+1, pure, with a line saying what it changes. */
export interface Migration {
  from: number
  description: string
  migrate(data: Record<string, unknown>): Record<string, unknown>
}

/** Every migration ever written, oldest first. Version 1 is the first format: none yet. */
export const MIGRATIONS: Migration[] = []

export type MigrationOutcome =
  | { kind: 'current'; data: Record<string, unknown> }
  | { kind: 'migrated'; from: number; data: Record<string, unknown> }
  | { kind: 'newer'; version: number }
  | { kind: 'unversioned' }

/** Brings parsed file content up to `target`; refuses content from a newer app. */
export function migrate(
  data: unknown,
  migrations: Migration[] = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): MigrationOutcome {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { kind: 'unversioned' }
  const record = data as Record<string, unknown>
  const version = record.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'unversioned' }
  }
  if (version > target) return { kind: 'newer', version }
  if (version === target) return { kind: 'current', data: record }
  let current = record
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v)
    if (!step) return { kind: 'unversioned' }
    current = { ...step.migrate(current), schemaVersion: v + 1 }
  }
  return { kind: 'migrated', from: version, data: current }
}
