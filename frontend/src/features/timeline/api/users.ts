/** GET /api/v1/users/?department=: the people a task of that department can be assigned to. */
import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import type { ApiModel, Paginated } from '../../../types/api'

export type UserSummary = ApiModel<'UserSummary'>

export function getDepartmentUsers(departmentId: number, signal?: AbortSignal) {
  return api.get<Paginated<UserSummary>>('/users/', { query: { department: departmentId, page_size: 200 }, signal })
}

export function useDepartmentUsers(departmentId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['departments', departmentId, 'users'],
    queryFn: ({ signal }) => getDepartmentUsers(departmentId, signal),
    enabled,
    staleTime: 5 * 60_000,
  })
}
