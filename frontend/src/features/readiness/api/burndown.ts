/** GET /api/v1/launches/{id}/burndown/: per day, open tasks by the plan, the current baseline and, up to today, in fact. */
import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { launchReadinessKey } from '../../../lib/queryKeys'

import type { ApiSchema } from '../../../types/api'

export type Burndown = ApiSchema<'Burndown'>
export type BurndownDay = ApiSchema<'BurndownDay'>

/** Under readiness's key: whatever reloads readiness (a task's write) reloads the burn-down too. */
export const launchBurndownKey = (launchId: number) => [...launchReadinessKey(launchId), 'burndown'] as const

export function getBurndown(launchId: number, signal?: AbortSignal) {
  return api.get<Burndown>(`/launches/${launchId}/burndown/`, { signal })
}

export function useBurndown(launchId: number) {
  return useQuery({
    queryKey: launchBurndownKey(launchId),
    queryFn: ({ signal }) => getBurndown(launchId, signal),
  })
}
