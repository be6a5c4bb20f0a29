import { useCallback, useEffect, useRef, useState } from 'react'
import type { PlannerApi } from '../../../shared/api/contract'
import type { PlannerEvent } from '../../../shared/api/events'
import { useApi } from './ApiContext'
import { subscribePlannerEvents } from './planner-events'
import { onStorageChanged } from './storage-events'

export interface ApiData<T> {
  /** The last answer; undefined until the first one arrives. */
  data: T | undefined
  /** The last failure (the data, if any, stays as it was). */
  error: unknown
  /** Asks again now. */
  reload: () => void
}

export interface ApiDataOptions {
  /** Also asked again when one of these changes of the archive arrives ('resync' always counts). */
  refreshOn?: (event: PlannerEvent) => boolean
  /** Also asked again when the storage report may have changed. */
  refreshOnStorage?: boolean
  /** Told of a failure (a toast), besides `error`. */
  onError?: (err: unknown) => void
}

/**
 * Data the page reads from the API: asked when the page mounts and whenever `key` changes,
 * answered in order (an answer to an older question never replaces a newer one), and asked again
 * on the changes named. The one place where pages fetch; they never hand-roll the effect.
 */
export function useApiData<T>(
  load: (api: PlannerApi) => Promise<T>,
  key: readonly unknown[],
  options: ApiDataOptions = {},
): ApiData<T> {
  const api = useApi()
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<unknown>(undefined)
  const [round, setRound] = useState(0)
  // The latest callbacks, without making them part of the key.
  const latest = useRef({ load, options })
  latest.current = { load, options }
  const reload = useCallback(() => setRound((n) => n + 1), [])
  const keyText = JSON.stringify(key)

  useEffect(() => {
    let live = true
    latest.current.load(api).then(
      (value) => {
        if (!live) return
        setData(value)
        setError(undefined)
      },
      (err: unknown) => {
        if (!live) return
        setError(err)
        latest.current.options.onError?.(err)
      },
    )
    return () => {
      live = false
    }
  }, [api, keyText, round])

  useEffect(() => {
    const { refreshOn, refreshOnStorage } = latest.current.options
    const stops: (() => void)[] = []
    if (refreshOn)
      stops.push(
        subscribePlannerEvents((event) => {
          if (event.type === 'resync' || latest.current.options.refreshOn?.(event)) reload()
        }),
      )
    if (refreshOnStorage) stops.push(onStorageChanged(reload))
    return () => stops.forEach((stop) => stop())
  }, [reload])

  return { data, error, reload }
}
