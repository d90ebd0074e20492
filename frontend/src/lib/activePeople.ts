/** GET /api/v1/users/: everyone active, any role, for pickers of several features (named approvers). */
import { useQuery } from '@tanstack/react-query'
import type { ApiModel, Paginated } from '../types/api'
import { api } from './api'

export type Person = ApiModel<'UserSummary'>

/** An organisation's active staff fits in one page of the API's largest size. */
const PEOPLE_PAGE_SIZE = 500

export function getActivePeople(signal?: AbortSignal) {
  return api.get<Paginated<Person>>('/users/', { query: { page_size: PEOPLE_PAGE_SIZE, ordering: 'username' }, signal })
}

/** Reloaded with every ['people'] key (the People page's writes). */
export function useActivePeople() {
  return useQuery({
    queryKey: ['people', 'active'],
    queryFn: ({ signal }) => getActivePeople(signal),
    staleTime: 5 * 60_000,
  })
}

/** "Ada Lovelace", or the username when the person has no full name. */
export function personName(person: Pick<Person, 'username' | 'full_name'>): string {
  return person.full_name || person.username
}
