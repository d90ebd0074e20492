/** GET /api/v1/launches/: the launches the user may see, one page at a time. */
import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { launchKey, launchListKey } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema, Paginated } from '../../../types/api'

export type LaunchStatus = ApiSchema<'LaunchStatusEnum'>
/** t_zero: the launch moment (UTC); t_zero_date: the launch day in its own IANA time_zone. */
export type Launch = ApiModel<'Launch'>

export const LAUNCH_STATUS_LABELS: Record<LaunchStatus, string> = {
  draft: 'Draft',
  planning: 'Planning',
  ready: 'Ready',
  launched: 'Launched',
  closed: 'Closed',
  cancelled: 'Cancelled',
}

export const launchesQueryKey = (page: number) => [...launchListKey, { page }] as const

export function getLaunches(page = 1, signal?: AbortSignal): Promise<Paginated<Launch>> {
  return api.get<Paginated<Launch>>('/launches/', { query: { page: page > 1 ? page : undefined }, signal })
}

export function useLaunches(page = 1) {
  return useQuery({
    queryKey: launchesQueryKey(page),
    queryFn: ({ signal }) => getLaunches(page, signal),
  })
}

export const launchDetailQueryKey = (launchId: number) => [...launchKey(launchId), 'detail'] as const

export function getLaunch(launchId: number, signal?: AbortSignal): Promise<Launch> {
  return api.get<Launch>(`/launches/${launchId}/`, { signal })
}

export function useLaunch(launchId: number) {
  return useQuery({
    queryKey: launchDetailQueryKey(launchId),
    queryFn: ({ signal }) => getLaunch(launchId, signal),
  })
}
