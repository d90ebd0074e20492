/** /api/v1/auth/session/: GET tells who is signed in and sets the CSRF cookie (api/me.ts), POST signs in, DELETE signs out. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, readCookie } from '../../../lib/api'
import type { ApiSchema } from '../../../types/api'
import { meQueryKey, type Me } from './me'

export type Credentials = ApiSchema<'LoginRequest'>

/**
 * Signs in: Django checks the CSRF cookie on sign-in too; the session check (useMe) has set it, and if it is
 * gone the session is asked again for it first.
 */
export async function signIn(credentials: Credentials): Promise<Me> {
  if (!readCookie('csrftoken')) await api.get<unknown>('/auth/session/')
  return api.post<Me>('/auth/session/', credentials)
}

export function signOut(): Promise<void> {
  return api.delete('/auth/session/')
}

/** On success any other cached answer was for nobody: drop it, and show the new /me/ at once. */
export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signIn,
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] })
      queryClient.setQueryData(meQueryKey, me)
    },
  })
}

export function useSignOut() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signOut,
    // Everything cached was the signed-out user's: reset it all; the session refetches and answers nobody.
    onSuccess: () => queryClient.resetQueries(),
  })
}
