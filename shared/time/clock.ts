/** A source of the current time, passed in so that services and tests agree on "now". */
export interface Clock {
  now(): Date
}

/** The real wall clock. */
export const systemClock: Clock = { now: () => new Date() }

/** A clock stuck at one instant (tests, reproducible exports). */
export function fixedClock(iso: string): Clock {
  const at = new Date(iso)
  return { now: () => new Date(at.getTime()) }
}
