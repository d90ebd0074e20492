/** GET /api/v1/users/: the people a task can be assigned to (its department's) or shared with (anyone). */
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

export type Person = ApiModel<'Person'>

/** GET /api/v1/users/: everyone, with their departments (collaborators may come from any department). */
export function getPeople(signal?: AbortSignal) {
  return api.get<Paginated<Person>>('/users/', { query: { page_size: 500 }, signal })
}

export function usePeople(enabled: boolean) {
  return useQuery({ queryKey: ['users', 'everyone'], queryFn: ({ signal }) => getPeople(signal), enabled, staleTime: 5 * 60_000 })
}
