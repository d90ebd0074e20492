/**
 * /api/v1/cross-launch-dependencies/: a task waiting on a task of another launch (docs/cross-launch.md), the
 * office's to add and remove; everyone reads. The timeline lists the launch's own (`cross_launch`), both ways.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { MAX_PAGE_SIZE } from '../../../lib/pagination'
import { launchKey } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema, Paginated } from '../../../types/api'

/** A link as the timeline shows it: `incoming` (this launch's `task` waits on `other`) or `outgoing`. */
export type TimelineCrossLink = ApiSchema<'TimelineCrossLink'>
export type CrossLaunchDependency = ApiModel<'CrossLaunchDependency'>
export type NewCrossLaunchDependency = ApiSchema<'CrossLaunchDependencyCreateRequest'>
/** A launch to pick the other task from. */
export type LaunchOption = Pick<ApiModel<'Launch'>, 'id' | 'name' | 'status'>

/** Launches that still take links: not closed or cancelled (the server refuses those with launch_closed). */
const OPEN = new Set<LaunchOption['status']>(['draft', 'planning', 'ready', 'launched'])

export async function getOpenLaunches(signal?: AbortSignal): Promise<LaunchOption[]> {
  const page = await api.get<Paginated<LaunchOption>>('/launches/', { query: { page_size: MAX_PAGE_SIZE }, signal })
  return page.results.filter((launch) => OPEN.has(launch.status))
}

/** The launches a link may point to (loaded only when the office opens the form). */
export function useOpenLaunches(enabled: boolean) {
  return useQuery({ queryKey: ['launches', 'open-options'], queryFn: ({ signal }) => getOpenLaunches(signal), enabled, staleTime: 60_000 })
}

export function createCrossLaunchDependency(link: NewCrossLaunchDependency) {
  return api.post<CrossLaunchDependency>('/cross-launch-dependencies/', link)
}

export function deleteCrossLaunchDependency(linkId: number) {
  return api.delete<unknown>(`/cross-launch-dependencies/${linkId}/`)
}

/** Both launches show the link: each write reloads this launch and the other one, failed or not. */
function useReloadBoth(launchId: number) {
  const queryClient = useQueryClient()
  return (otherLaunchId: number) =>
    Promise.all(
      [launchKey(launchId), launchKey(otherLaunchId)].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    )
}

export function useCreateCrossLaunchDependency(launchId: number) {
  const reload = useReloadBoth(launchId)
  return useMutation({
    mutationFn: ({ link }: { link: NewCrossLaunchDependency; otherLaunchId: number }) => createCrossLaunchDependency(link),
    onSettled: (_data, _error, { otherLaunchId }) => reload(otherLaunchId),
  })
}

export function useDeleteCrossLaunchDependency(launchId: number, otherLaunchId: number) {
  const reload = useReloadBoth(launchId)
  return useMutation({ mutationFn: deleteCrossLaunchDependency, onSettled: () => reload(otherLaunchId) })
}
