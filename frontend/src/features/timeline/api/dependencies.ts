/** POST /api/v1/dependencies/: a finish-to-start link; a cycle answers 400 dependency_cycle with its titles. */
import { useMutation } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { useInvalidateLaunch } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema } from '../../../types/api'

export type NewDependency = ApiSchema<'DependencyRequest'>
export type Dependency = ApiModel<'Dependency'>

export function createDependency(dependency: NewDependency) {
  return api.post<Dependency>('/dependencies/', dependency)
}

export function useCreateDependency(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId)
  return useMutation({ mutationFn: createDependency, onSettled: invalidate })
}
