/** GET /api/v1/launches/{id}/activity/?department=: the launch's audit history, newest first, paged. */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { PAGE_SIZE, pageNumberPaging } from '../../../lib/pagination'
import { launchActivityKey } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema, Paginated } from '../../../types/api'

/** `changes`: per field, `{from, to}`. */
export type AuditEvent = ApiSchema<'AuditEvent'>
export type AuditAction = ApiSchema<'ActionEnum'>
export type Department = ApiModel<'Department'>

export function getActivity(launchId: number, department: number | null, page: number, signal?: AbortSignal) {
  return api.get<Paginated<AuditEvent>>(`/launches/${launchId}/activity/`, {
    query: { department: department ?? undefined, page, page_size: PAGE_SIZE },
    signal,
  })
}

/** A page at a time ("Load more"). */
export function useActivity(launchId: number, department: number | null) {
  return useInfiniteQuery({
    queryKey: [...launchActivityKey(launchId), { department }],
    queryFn: ({ signal, pageParam }) => getActivity(launchId, department, pageParam, signal),
    ...pageNumberPaging,
  })
}

export function useDepartments() {
  return useQuery({
    queryKey: ['departments'],
    queryFn: ({ signal }) => api.get<Paginated<Department>>('/departments/', { query: { page_size: 100 }, signal }),
    staleTime: 5 * 60_000,
  })
}

export const ACTION_LABELS: Record<AuditAction, string> = {
  create: 'created',
  update: 'changed',
  delete: 'deleted',
  transition: 'changed the status of',
  move_t_zero: 'moved launch day of',
  decide: 'decided on',
  reopen: 'reopened',
}

/** "status: todo → done; assignee: 4 → 7" */
export function describeChanges(changes: AuditEvent['changes']): string {
  const show = (value: unknown) =>
    value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value)
  return Object.entries(changes)
    .map(([field, change]) => `${field.replace(/_/g, ' ')}: ${show(change?.from)} → ${show(change?.to)}`)
    .join('; ')
}
