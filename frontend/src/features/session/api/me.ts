/**
 * Who is signed in: GET /api/v1/auth/session/ answers `{"user": <Me> | null}`, so a visitor who is not signed
 * in gets an answer (null), not a 401 and a console error on every page load. GET /api/v1/me/ (401 for
 * nobody) stays for API clients.
 */
import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import type { ApiModel, ApiSchema } from '../../../types/api'

/** A department the user belongs to, with their role in it. */
export type MeDepartment = ApiSchema<'MeDepartment'>
export type Me = ApiModel<'Me'>
export type SessionState = ApiSchema<'SessionState'>

export const meQueryKey = ['me'] as const

/** The signed-in user, or null for nobody; the same request sets the CSRF cookie that signing in needs. */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  const session = await api.get<SessionState>('/auth/session/', { signal })
  return (session.user as Me | null) ?? null
}

/** Who is signed in: `data` is the user, or null when nobody is (the layout then offers the sign-in form). */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  })
}
