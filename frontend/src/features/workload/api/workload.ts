/**
 * GET /api/v1/workload/?from=&weeks=&department=&over=: everyone's open work per ISO week across launches, against
 * the capacity the office set (members and viewers get their own row only).
 * GET /api/v1/workload/{person}/?from=&to=: one person's days, weeks and tasks.
 */
import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import type { ApiModel } from '../../../types/api'

export type WorkloadList = ApiModel<'WorkloadList'>
export type WorkloadRow = ApiModel<'WorkloadPersonRow'>
export type WorkloadWeek = ApiModel<'WorkloadWeek'>
export type WorkloadPerson = ApiModel<'WorkloadPerson'>
export type WorkloadDay = ApiModel<'WorkloadDay'>
export type WorkloadTask = ApiModel<'WorkloadTask'>
export { useDepartments, type Department } from '../../../lib/departments'

export interface WorkloadFilters {
  /** A Monday (YYYY-MM-DD), or null for this week. */
  from: string | null
  /** A department's slug, or null for everyone. */
  department: string | null
  overOnly: boolean
}

export const WORKLOAD_WEEKS = 8

export const workloadKey = (filters: WorkloadFilters) => ['workload', 'list', filters] as const

export function getWorkload(filters: WorkloadFilters, signal?: AbortSignal) {
  return api.get<WorkloadList>('/workload/', {
    query: {
      from: filters.from ?? undefined,
      weeks: WORKLOAD_WEEKS,
      department: filters.department ?? undefined,
      over: filters.overOnly ? true : undefined,
    },
    signal,
  })
}

export function useWorkload(filters: WorkloadFilters) {
  return useQuery({
    queryKey: workloadKey(filters),
    queryFn: ({ signal }) => getWorkload(filters, signal),
    placeholderData: (previous) => previous,
  })
}

export function getPersonWorkload(personId: number, from: string, to: string, signal?: AbortSignal) {
  return api.get<WorkloadPerson>(`/workload/${personId}/`, { query: { from, to }, signal })
}

export function usePersonWorkload(personId: number, from: string, to: string) {
  return useQuery({
    queryKey: ['workload', 'person', personId, from, to] as const,
    queryFn: ({ signal }) => getPersonWorkload(personId, from, to, signal),
  })
}
