/** POST /api/v1/auth/password/: the invited set their password with their one-time link's uid and token. */
import { useMutation } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import type { ApiSchema } from '../../../types/api'

export type PasswordSet = ApiSchema<'PasswordSetRequest'>

export function setPassword(input: PasswordSet) {
  return api.post<void>('/auth/password/', input)
}

export function useSetPassword() {
  return useMutation({ mutationFn: setPassword })
}
