const KEY = 'delegation-planner:access-token'
const PARAM = 'token'

/**
 * Browser mode: the secret of this launch, given in the address the server printed (`?token=…`).
 * It is kept for this tab only (a reload or a new route still works) and taken out of the address
 * bar, so that it is not left in the history or shown over a shoulder.
 */
export function takeAccessToken(): string | null {
  const url = new URL(window.location.href)
  const given = url.searchParams.get(PARAM)
  if (given) {
    sessionStorage.setItem(KEY, given)
    url.searchParams.delete(PARAM)
    window.history.replaceState(window.history.state, '', url.toString())
    return given
  }
  return sessionStorage.getItem(KEY)
}
