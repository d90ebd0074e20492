/** GET /api/v1/me/: the signed-in user, their roles and departments. */
import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'

export type Role = 'office' | 'lead' | 'member' | 'viewer'

export interface MeDepartment {
  id: number
  name: string
  slug: string
  role: 'lead' | 'member'
}

export interface Me {
  id: number
  username: string
  full_name: string
  email: string
  time_zone?: string
  is_office: boolean
  roles: Role[]
  departments: MeDepartment[]
}

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
