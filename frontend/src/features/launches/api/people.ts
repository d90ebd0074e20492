/** GET /api/v1/departments/ and /api/v1/users/?department=: the departments a launch can have, and who may lead each. */
import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import type { ApiModel, Paginated } from '../../../types/api'

/** A department with its lead (null when it has none). */
export { getDepartments, useDepartments, type Department } from '../../../lib/departments'
export type Person = ApiModel<'UserSummary'>



export function getDepartmentUsers(departmentId: number, signal?: AbortSignal) {
  return api.get<Paginated<Person>>('/users/', { query: { department: departmentId, page_size: 200 }, signal })
}

/** The people of one department (its lead and members), the choices for its workstream's lead. */
export function useDepartmentUsers(departmentId: number) {
  return useQuery({
    queryKey: ['departments', departmentId, 'users'],
    queryFn: ({ signal }) => getDepartmentUsers(departmentId, signal),
    staleTime: 5 * 60_000,
  })
}

/** "Ada Lovelace", or the username when the person has no full name. */
export function personName(person: Pick<Person, 'username' | 'full_name'>): string {
  return person.full_name || person.username
}
