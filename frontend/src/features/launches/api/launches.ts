/** GET /api/v1/launches/: the launches the user may see, one page at a time. */
import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
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

export const launchesQueryKey = (page: number) => ['launches', 'list', { page }] as const

export function getLaunches(page = 1, signal?: AbortSignal): Promise<Paginated<Launch>> {
  return api.get<Paginated<Launch>>('/launches/', { query: { page: page > 1 ? page : undefined }, signal })
}

export function useLaunches(page = 1) {
  return useQuery({
    queryKey: launchesQueryKey(page),
    queryFn: ({ signal }) => getLaunches(page, signal),
  })
}
