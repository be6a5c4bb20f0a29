import { API_METHODS, isApiMethod, type PlannerApi } from './contract'
import { AppError, type Envelope } from './errors'

/** Limits what a hostile caller can make the validator walk. */
const MAX_ISSUES = 20

/** Validates a call against the contract, runs it, and always answers an envelope. */
export async function dispatch(api: PlannerApi, method: unknown, args: unknown): Promise<Envelope> {
  if (!isApiMethod(method)) {
    return fail(new AppError('invalid', 'unknown method', { key: 'error.unknownMethod' }))
  }
  const parsed = API_METHODS[method].safeParse(args ?? [])
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((i) => ({
      path: i.path.map(String).join('.'),
      message: i.message,
    }))
    return fail(
      new AppError('invalid', `invalid arguments for ${method}`, {
        key: 'error.invalidArgs',
        issues,
      }),
    )
  }
  try {
    const fn = api[method] as (...a: unknown[]) => Promise<unknown>
    const value = await fn.apply(api, parsed.data as unknown[])
    return { ok: true, value: value ?? null }
  } catch (err) {
    if (err instanceof AppError) return fail(err)
    // Never echo an unexpected error's text: it can carry paths or personal data.
    return fail(new AppError('internal', 'internal error', { key: 'error.internal' }))
  }
}

function fail(err: AppError): Envelope {
  return { ok: false, error: err.toInfo() }
}
