/** POST /api/v1/dependencies/: a finish-to-start link; a cycle answers 400 dependency_cycle with its titles. */
import { useMutation } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { useInvalidateLaunch } from '../../../lib/queryKeys'

export interface NewDependency {
  predecessor: number
  successor: number
  lag_days: number
}

export function createDependency(dependency: NewDependency) {
  return api.post<NewDependency & { id: number }>('/dependencies/', dependency)
}

export function useCreateDependency(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId)
  return useMutation({ mutationFn: createDependency, onSettled: invalidate })
}
