/** /api/v1/workstreams/?launch=: each department's part of a launch, with its lead; the office adds and removes. */
import { useMutation, useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { etagIfUnchanged } from '../../../lib/ifMatch'
import { launchKey, useInvalidateLaunch } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema, Paginated } from '../../../types/api'

export type Workstream = ApiModel<'Workstream'>
export type WorkstreamInput = ApiSchema<'WorkstreamRequest'>

export const workstreamsQueryKey = (launchId: number) => [...launchKey(launchId), 'workstreams'] as const

const workstreamPath = (id: number) => `/workstreams/${id}/`

export function getWorkstreams(launchId: number, signal?: AbortSignal) {
  return api.get<Paginated<Workstream>>('/workstreams/', { query: { launch: launchId, page_size: 100 }, signal })
}

export function useWorkstreams(launchId: number) {
  return useQuery({
    queryKey: workstreamsQueryKey(launchId),
    queryFn: ({ signal }) => getWorkstreams(launchId, signal),
  })
}

export function createWorkstream(input: WorkstreamInput) {
  return api.post<Workstream>('/workstreams/', input)
}

export async function updateWorkstreamLead(workstream: Workstream, lead: number | null) {
  const etag = await etagIfUnchanged(workstreamPath(workstream.id), workstream, 'workstream')
  const body: ApiSchema<'PatchedWorkstreamUpdateRequest'> = { lead }
  return api.patch<Workstream>(workstreamPath(workstream.id), body, { headers: { 'If-Match': etag } })
}

export async function deleteWorkstream(workstream: Workstream) {
  const etag = await etagIfUnchanged(workstreamPath(workstream.id), workstream, 'workstream')
  await api.delete(workstreamPath(workstream.id), { headers: { 'If-Match': etag } })
}

/** A workstream is a timeline lane: every write reloads the launch. */
export function useCreateWorkstream(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId)
  return useMutation({ mutationFn: createWorkstream, onSettled: invalidate })
}

export function useUpdateWorkstreamLead(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId)
  return useMutation({
    mutationFn: ({ workstream, lead }: { workstream: Workstream; lead: number | null }) =>
      updateWorkstreamLead(workstream, lead),
    onSettled: invalidate,
  })
}

/** Removing a workstream removes its tasks: the launch list's counts change too. */
export function useDeleteWorkstream(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId, { launchList: true })
  return useMutation({ mutationFn: deleteWorkstream, onSettled: invalidate })
}
