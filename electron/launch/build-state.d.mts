/** The repository the build belongs to. */
export const root: string
/** The files a complete build has. */
export const BUILT: string[]
/** True when a built file is missing or older than a source. */
export function buildIsStale(): boolean
/** Builds when the build is stale; exits the process when the build fails. */
export function ensureBuilt(): void
