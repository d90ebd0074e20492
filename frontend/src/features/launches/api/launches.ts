/** /api/v1/launches/: the launches the user may see, one page at a time; the office creates, edits and moves them along their lifecycle. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { etagIfUnchanged } from '../../../lib/ifMatch'
import { launchKey, launchListKey, useInvalidateLaunch } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema, Paginated } from '../../../types/api'

export type LaunchStatus = ApiSchema<'LaunchStatusEnum'>
/** t_zero: the launch moment (UTC); t_zero_date: the launch day in its own IANA time_zone. */
export type Launch = ApiModel<'Launch'>

export const LAUNCH_STATUS_LABELS: Record<LaunchStatus, string> = {
  draft: 'Draft',
  planning: 'Planning',
  ready: 'Ready',
  launched: 'Launched',
  closed: 'Closed',
  cancelled: 'Cancelled',
}

export const launchesQueryKey = (page: number) => [...launchListKey, { page }] as const

export function getLaunches(page = 1, signal?: AbortSignal): Promise<Paginated<Launch>> {
  return api.get<Paginated<Launch>>('/launches/', { query: { page: page > 1 ? page : undefined }, signal })
}

export function useLaunches(page = 1) {
  return useQuery({
    queryKey: launchesQueryKey(page),
    queryFn: ({ signal }) => getLaunches(page, signal),
  })
}

export const launchDetailQueryKey = (launchId: number) => [...launchKey(launchId), 'detail'] as const

export function getLaunch(launchId: number, signal?: AbortSignal): Promise<Launch> {
  return api.get<Launch>(`/launches/${launchId}/`, { signal })
}

export function useLaunch(launchId: number) {
  return useQuery({
    queryKey: launchDetailQueryKey(launchId),
    queryFn: ({ signal }) => getLaunch(launchId, signal),
    // A non-numeric id in the URL is no launch: nothing to ask the server.
    enabled: Number.isInteger(launchId),
  })
}

/** What the new launch form sends (`departments: []`: the form then adds each workstream with its lead). */
export type LaunchInput = ApiSchema<'LaunchRequest'>
export type LaunchPatch = Omit<ApiSchema<'PatchedLaunchRequest'>, 'departments' | 'status' | 'owner'>
export type Closure = ApiSchema<'Closure'>
export type DayCount = ApiSchema<'DayCountEnum'>

const launchPath = (launchId: number) => `/launches/${launchId}/`

export function createLaunch(input: LaunchInput) {
  return api.post<Launch>('/launches/', input)
}

/** A new launch joins the launches list. */
export function useCreateLaunch() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createLaunch,
    onSettled: () => queryClient.invalidateQueries({ queryKey: launchListKey }),
  })
}

/** Changes the launch as the page showed it, with If-Match (a 412 when someone changed it since). */
export async function updateLaunch(launch: Launch, patch: LaunchPatch) {
  const etag = await etagIfUnchanged(launchPath(launch.id), launch, 'launch')
  return api.patch<Launch>(launchPath(launch.id), patch, { headers: { 'If-Match': etag } })
}

/** The calendar changes every working-day count: reload all of the launch, and the list. */
export function useUpdateLaunch(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId, { launchList: true })
  return useMutation({
    mutationFn: ({ launch, patch }: { launch: Launch; patch: LaunchPatch }) => updateLaunch(launch, patch),
    onSettled: invalidate,
  })
}

/** POST launches/{id}/transition/: one step of the lifecycle, on the version shown (If-Match). */
export async function transitionLaunch(launch: Launch, status: LaunchStatus) {
  const etag = await etagIfUnchanged(launchPath(launch.id), launch, 'launch')
  const body: ApiSchema<'LaunchTransitionRequest'> = { status }
  return api.post<Launch>(`${launchPath(launch.id)}transition/`, body, { headers: { 'If-Match': etag } })
}

export function useTransitionLaunch(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId, { launchList: true })
  return useMutation({
    mutationFn: ({ launch, status }: { launch: Launch; status: LaunchStatus }) => transitionLaunch(launch, status),
    onSettled: invalidate,
  })
}
