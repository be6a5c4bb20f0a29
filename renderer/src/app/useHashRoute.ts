import { useCallback, useEffect, useState } from 'react'

export type Route =
  | { page: 'visits' }
  | { page: 'visit'; id: string }
  | { page: 'directory' }
  | { page: 'settings' }
  | { page: 'import' }

/** Reads the route from the location hash: '#/visits/abc' → { page: 'visit', id: 'abc' }. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean)
  if (parts[0] === 'visits' && parts[1] && /^[A-Za-z0-9_-]{1,64}$/.test(parts[1]))
    return { page: 'visit', id: parts[1] }
  if (parts[0] === 'directory') return { page: 'directory' }
  if (parts[0] === 'settings') return { page: 'settings' }
  if (parts[0] === 'import') return { page: 'import' }
  return { page: 'visits' }
}

export function routeHash(route: Route): string {
  return route.page === 'visit' ? `#/visits/${route.id}` : `#/${route.page}`
}

/** Hash routing: survives reloads and works the same under app:// and http://. */
export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  const navigate = useCallback((next: Route) => {
    window.location.hash = routeHash(next)
  }, [])
  return [route, navigate]
}
