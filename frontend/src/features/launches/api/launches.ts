/** GET /api/v1/launches/: the launches the user may see, one page at a time. */
import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { launchKey, launchListKey } from '../../../lib/queryKeys'
import type { Paginated } from '../../../types/api'

export type LaunchStatus = 'draft' | 'planning' | 'ready' | 'launched' | 'closed' | 'cancelled'

export interface UserSummary {
  id: number
  username: string
  full_name: string
}

export interface Launch {
  id: number
  name: string
  description?: string
  status: LaunchStatus
  /** The launch moment, an ISO datetime (UTC). */
  t_zero: string
  /** The launch day in the launch's own time zone (YYYY-MM-DD). */
  t_zero_date?: string
  /** IANA zone, e.g. Europe/Paris. */
  time_zone: string
  owner: number | null
  owner_detail?: UserSummary | null
  task_count?: number
  done_task_count?: number
  created_at?: string
  updated_at?: string
}

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

/** Done tasks out of all (cancelled ones count as tasks too), or null when the list did not say. */
export function readinessRatio(launch: Launch): { done: number; total: number } | null {
  if (launch.task_count === undefined || launch.done_task_count === undefined) return null
  return { done: launch.done_task_count, total: launch.task_count }
}
