/** GET /api/v1/departments/: every department, for pickers and filters of several features (one cache entry). */
import { useQuery } from '@tanstack/react-query'
import type { ApiModel, Paginated } from '../types/api'
import { api } from './api'

export type Department = ApiModel<'Department'>

export function getDepartments(signal?: AbortSignal) {
  return api.get<Paginated<Department>>('/departments/', { query: { page_size: 100 }, signal })
}

/** Invalidated with every ['departments'] key (a department added or renamed on the People page). */
export function useDepartments() {
  return useQuery({ queryKey: ['departments', 'list'], queryFn: ({ signal }) => getDepartments(signal), staleTime: 60_000 })
}
