/** GET /api/v1/departments/?slug=: one department with its people (the reviewers an article can have). */
import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import type { ApiModel, Paginated } from '../../../types/api'

export type Person = ApiModel<'UserSummary'>
/** A department with its lead and members. */
export type DepartmentWithPeople = ApiModel<'Department'>

export function getDepartmentBySlug(slug: string, signal?: AbortSignal) {
  return api.get<Paginated<DepartmentWithPeople>>('/departments/', { query: { slug }, signal })
}

/** The department's lead and members, or [] while loading or when there is no such department. */
export function useDepartmentPeople(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: ['departments', 'slug', slug],
    queryFn: ({ signal }) => getDepartmentBySlug(slug, signal),
    select: (page): Person[] => page.results[0]?.members.map((m) => m.user) ?? [],
    enabled,
    staleTime: 5 * 60_000,
  })
}
