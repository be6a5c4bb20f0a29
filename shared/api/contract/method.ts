import type { z } from 'zod'

/** A read answers from the archive as it is; a write changes it (and is ordered after earlier ones). */
export type MethodKind = 'read' | 'write'

/** A method of the contract: what its arguments must be, and whether it changes anything. */
export interface MethodSpec<A> {
  kind: MethodKind
  args: z.ZodType<A>
}

/** The methods of one area, checked against its interface: every method, arguments as declared. */
export type AreaMethods<Api> = {
  [K in keyof Api]: Api[K] extends (...args: infer A) => unknown ? MethodSpec<A> : never
}

export const read = <A>(args: z.ZodType<A>): MethodSpec<A> => ({ kind: 'read', args })
export const write = <A>(args: z.ZodType<A>): MethodSpec<A> => ({ kind: 'write', args })
