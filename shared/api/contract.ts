// The one list of what the UI, the CLI and the tests may ask of the application, by area: each
// area's interface and its methods' argument schemas and kinds live in ./contract/<area>.ts.
import type { z } from 'zod'
import { archiveMethods, type ArchiveApi } from './contract/archive'
import { personalDataMethods, type PersonalDataApi } from './contract/department-key'
import { directoryMethods, type DirectoryApi } from './contract/directory'
import { editionsMethods, type EditionsApi } from './contract/editions'
import { exportsMethods, type ExportsApi } from './contract/exports'
import { importsMethods, type ImportsApi } from './contract/imports'
import type { AreaMethods, MethodKind } from './contract/method'
import { settingsMethods, type SettingsApi } from './contract/settings'
import { syncMethods, type SyncApi } from './contract/sync'
import { visitsMethods, type VisitsApi } from './contract/visits'

export * from './contract/archive'
export * from './contract/department-key'
export * from './contract/directory'
export * from './contract/editions'
export * from './contract/exports'
export * from './contract/imports'
export * from './contract/settings'
export * from './contract/sync'
export * from './contract/visits'
export type { MethodKind } from './contract/method'

/** Everything the UI and the CLI may ask of the application. */
export interface PlannerApi
  extends
    VisitsApi,
    DirectoryApi,
    ExportsApi,
    ImportsApi,
    EditionsApi,
    SyncApi,
    ArchiveApi,
    SettingsApi,
    PersonalDataApi {}

export type ApiMethod = keyof PlannerApi

/** Every method's argument schema and kind; `satisfies` proves each method is covered once. */
const SPECS = {
  ...visitsMethods,
  ...directoryMethods,
  ...exportsMethods,
  ...importsMethods,
  ...editionsMethods,
  ...syncMethods,
  ...archiveMethods,
  ...settingsMethods,
  ...personalDataMethods,
} satisfies AreaMethods<PlannerApi>

/** Argument schemas of every method. */
export const API_METHODS = Object.fromEntries(
  Object.entries(SPECS).map(([name, spec]) => [name, spec.args]),
) as unknown as { [K in ApiMethod]: z.ZodType<Parameters<PlannerApi[K]>> }

/** Whether each method only reads or changes the archive (declared, never guessed from a name). */
export const API_KINDS = Object.fromEntries(
  Object.entries(SPECS).map(([name, spec]) => [name, spec.kind]),
) as Record<ApiMethod, MethodKind>

/** The method names, for transports that build a client by name. */
export const API_METHOD_NAMES = Object.keys(SPECS) as ApiMethod[]

/** True when `name` is a method of the contract (own key, never a prototype property). */
export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(SPECS, name)
}
