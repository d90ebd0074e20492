/** /api/v1/auth/session/: GET sets the CSRF cookie, POST signs in, DELETE signs out. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import type { ApiSchema } from '../../../types/api'
import { meQueryKey, type Me } from './me'

export type Credentials = ApiSchema<'LoginRequest'>

/** Signs in: first asks for the CSRF cookie (Django checks it on sign-in too), then posts the credentials. */
export async function signIn(credentials: Credentials): Promise<Me> {
  await api.get<void>('/auth/session/')
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
    // Everything cached was the signed-out user's: reset it all; /me/ refetches and answers 401.
    onSuccess: () => queryClient.resetQueries(),
  })
}
