/**
 * /api/v1/dependencies/: links between a predecessor (task, milestone or gate) and a successor (task or
 * milestone), of any of the four types, with a lag. A cycle answers 400 dependency_cycle with its titles;
 * PATCH and DELETE send If-Match (412 when someone changed the link since it was read).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, apiRequestWithEtag, type WithEtag } from '../../../lib/api'
import { changedSinceLoaded } from '../../../lib/ifMatch'
import { launchKey, useInvalidateLaunch } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema } from '../../../types/api'
import type { DayCount, LinkType, TimelineDependency } from './timeline'

export type NewDependency = ApiSchema<'DependencyRequest'>
export type Dependency = ApiModel<'Dependency'>
/** What a link's owner may change after creation: its type and lag (its ends are fixed). */
export type DependencyPatch = { type?: LinkType; lag_days?: number; lag_count?: DayCount }

export const dependencyQueryKey = (launchId: number, dependencyId: number) =>
  [...launchKey(launchId), 'dependency', dependencyId] as const

export function createDependency(dependency: NewDependency) {
  return api.post<Dependency>('/dependencies/', dependency)
}

export function getDependency(dependencyId: number, signal?: AbortSignal): Promise<WithEtag<Dependency>> {
  return apiRequestWithEtag<Dependency>(`/dependencies/${dependencyId}/`, { signal })
}

export function patchDependency(
  dependencyId: number,
  etag: string | null,
  patch: DependencyPatch,
): Promise<WithEtag<Dependency>> {
  // Without an ETag the server would accept a blind overwrite; refuse to send one.
  if (!etag) return Promise.reject(changedSinceLoaded('dependency'))
  return apiRequestWithEtag<Dependency>(`/dependencies/${dependencyId}/`, {
    method: 'PATCH',
    body: patch,
    headers: { 'If-Match': etag },
  })
}

export function deleteDependency(dependencyId: number, etag: string | null): Promise<unknown> {
  if (!etag) return Promise.reject(changedSinceLoaded('dependency'))
  return apiRequestWithEtag<unknown>(`/dependencies/${dependencyId}/`, {
    method: 'DELETE',
    headers: { 'If-Match': etag },
  })
}

/** One link with its ETag, for its panel's edits (not read while `enabled` is false: a read-only viewer). */
export function useDependency(launchId: number, dependencyId: number, enabled = true) {
  return useQuery({
    queryKey: dependencyQueryKey(launchId, dependencyId),
    queryFn: ({ signal }) => getDependency(dependencyId, signal),
    staleTime: 0,
    enabled,
  })
}

// Each write reloads the launch when it settles, failed or not: after a 412 the current version is shown.

export function useCreateDependency(launchId: number) {
  const reload = useInvalidateLaunch(launchId)
  return useMutation({ mutationFn: createDependency, onSettled: reload })
}

export function useUpdateDependency(launchId: number) {
  const reload = useInvalidateLaunch(launchId)
  return useMutation({
    mutationFn: ({ dependencyId, etag, patch }: { dependencyId: number; etag: string | null; patch: DependencyPatch }) =>
      patchDependency(dependencyId, etag, patch),
    onSettled: reload,
  })
}

/**
 * The link's current version with its ETag, or a 412 like the server's when its type or lag is no longer
 * what the timeline showed (a list answer carries no ETag per link).
 */
export async function getDependencyAsShown(shown: TimelineDependency): Promise<WithEtag<Dependency>> {
  const current = await getDependency(shown.id)
  const { type, lag_days, lag_count } = current.data
  if (type !== shown.type || lag_days !== shown.lag_days || lag_count !== shown.lag_count) {
    throw changedSinceLoaded('dependency')
  }
  return current
}

/** Which link to delete: with the ETag of the version shown, or as the timeline shows it (read first). */
export type DependencyToDelete = { dependencyId: number; etag: string | null } | { shown: TimelineDependency }

export function useDeleteDependency(launchId: number) {
  const queryClient = useQueryClient()
  const reload = useInvalidateLaunch(launchId)
  const idOf = (target: DependencyToDelete) => ('shown' in target ? target.shown.id : target.dependencyId)
  return useMutation({
    mutationFn: async (target: DependencyToDelete) => {
      const etag = 'shown' in target ? (await getDependencyAsShown(target.shown)).etag : target.etag
      await deleteDependency(idOf(target), etag)
    },
    // A deleted link is not read again (its detail would answer 404 while the panel closes).
    onSuccess: (_, target) => queryClient.removeQueries({ queryKey: dependencyQueryKey(launchId, idOf(target)) }),
    onSettled: reload,
  })
}
