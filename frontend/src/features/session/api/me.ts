/** GET /api/v1/me/: the signed-in user, their roles and departments. */
import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import type { ApiModel, ApiSchema } from '../../../types/api'

/** A department the user belongs to, with their role in it. */
export type MeDepartment = ApiSchema<'MeDepartment'>
export type Me = ApiModel<'Me'>

export const meQueryKey = ['me'] as const

export function getMe(signal?: AbortSignal): Promise<Me> {
  return api.get<Me>('/me/', { signal })
}

/** Who is signed in; fails with an ApiError of status 401 or 403 when nobody is. */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  })
}
