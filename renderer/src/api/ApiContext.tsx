import { createContext, useContext } from 'react'
import type { PlannerApi } from '../../../shared/api/contract'

export const ApiContext = createContext<PlannerApi | null>(null)

/** The PlannerApi of the current window. */
export function useApi(): PlannerApi {
  const api = useContext(ApiContext)
  if (!api) throw new Error('ApiContext missing')
  return api
}
