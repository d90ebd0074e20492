/**
 * GET /api/v1/portfolio/?status=&status=&department=: every launch the user may see, ordered by T-0, with the
 * figures the office watches across launches (days to T-0, readiness, gates due and at risk, conflicts, slip).
 * GET /api/v1/departments/ for the department filter.
 */
import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import type { ApiSchema, Paginated } from '../../../types/api'

export type LaunchStatus = ApiSchema<'LaunchStatusEnum'>
export type GateStatus = ApiSchema<'GateStatusEnum'>
export { useDepartments, type Department } from '../../../lib/departments'

/** One launch of the portfolio (readiness/portfolio.py): moments are ISO datetimes; forecast_slip_days is null
 * when there is no forecast (a launched launch), 0 or less when on time. */
export type PortfolioLaunch = ApiSchema<'PortfolioLaunch'>
export type PortfolioGate = PortfolioLaunch['gates'][number]
export type PortfolioMilestone = PortfolioLaunch['milestones'][number]
export type PortfolioReadiness = PortfolioLaunch['readiness']

export interface PortfolioFilters {
  /** None: the server's default (every active launch). */
  statuses: LaunchStatus[]
  department: number | null
}

export const portfolioKey = (filters: PortfolioFilters) => ['portfolio', filters] as const

/** The query string the server reads: `status` repeated, one `department`. */
export function portfolioQueryString({ statuses, department }: PortfolioFilters): string {
  const params = new URLSearchParams()
  for (const status of statuses) params.append('status', status)
  if (department !== null) params.set('department', String(department))
  const search = params.toString()
  return search ? `?${search}` : ''
}

export async function getPortfolio(filters: PortfolioFilters, signal?: AbortSignal): Promise<PortfolioLaunch[]> {
  // The API client's `query` takes one value per key; `status` repeats, so the path carries the query string.
  const answer = await api.get<PortfolioLaunch[] | Paginated<PortfolioLaunch>>(
    `/portfolio/${portfolioQueryString(filters)}`,
    { signal },
  )
  return Array.isArray(answer) ? answer : answer.results
}

export function usePortfolio(filters: PortfolioFilters) {
  return useQuery({
    queryKey: portfolioKey(filters),
    queryFn: ({ signal }) => getPortfolio(filters, signal),
    // Keeps the table on screen while a new filter loads.
    placeholderData: (previous) => previous,
  })
}

