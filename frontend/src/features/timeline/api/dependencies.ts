/** POST /api/v1/dependencies/: a finish-to-start link; a cycle answers 400 dependency_cycle with its titles. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { launchKey } from '../../../lib/queryKeys'

export interface NewDependency {
  predecessor: number
  successor: number
  lag_days: number
}

export function createDependency(dependency: NewDependency) {
  return api.post<NewDependency & { id: number }>('/dependencies/', dependency)
}

export function useCreateDependency(launchId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createDependency,
    onSettled: () => queryClient.invalidateQueries({ queryKey: launchKey(launchId) }),
  })
}
