import { useCallback, useEffect, useState } from 'react'

export const ARCHIVE_TABS = ['overview', 'search', 'agreements', 'journal'] as const
export type ArchiveTab = (typeof ARCHIVE_TABS)[number]

export type Route =
  | { page: 'visits' }
  | { page: 'visit'; id: string; tab?: string }
  | { page: 'archive'; tab: ArchiveTab }
  | { page: 'directory' }
  | { page: 'settings' }
  | { page: 'import' }

/** Reads the route from the location hash: '#/visits/abc' → { page: 'visit', id: 'abc' }. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean)
  if (parts[0] === 'visits' && parts[1] && /^[A-Za-z0-9_-]{1,64}$/.test(parts[1]))
    return parts[2] && /^[a-z]{1,20}$/.test(parts[2])
      ? { page: 'visit', id: parts[1], tab: parts[2] }
      : { page: 'visit', id: parts[1] }
  if (parts[0] === 'archive')
    return {
      page: 'archive',
      tab: ARCHIVE_TABS.find((t) => t === parts[1]) ?? 'overview',
    }
  if (parts[0] === 'directory') return { page: 'directory' }
  if (parts[0] === 'settings') return { page: 'settings' }
  if (parts[0] === 'import') return { page: 'import' }
  return { page: 'visits' }
}

export function routeHash(route: Route): string {
  if (route.page === 'visit') return `#/visits/${route.id}${route.tab ? `/${route.tab}` : ''}`
  if (route.page === 'archive') return `#/archive/${route.tab}`
  return `#/${route.page}`
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
