/** /api/v1/milestones/?launch=: named moments of a launch (at a T-offset or a fixed moment); the office writes. */
import { useMutation, useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { etagIfUnchanged } from '../../../lib/ifMatch'
import { launchKey, useInvalidateLaunch } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema, Paginated } from '../../../types/api'

export type Milestone = ApiModel<'Milestone'>
/** Every field the form sends: `offset_days` when anchored, `at` when fixed (the other null). */
export type MilestoneInput = Required<ApiSchema<'PatchedMilestoneUpdateRequest'>>

export const milestonesQueryKey = (launchId: number) => [...launchKey(launchId), 'milestones'] as const

const milestonePath = (id: number) => `/milestones/${id}/`

export function getMilestones(launchId: number, signal?: AbortSignal) {
  return api.get<Paginated<Milestone>>('/milestones/', {
    query: { launch: launchId, page_size: 100 },
    signal,
  })
}

export function useMilestones(launchId: number) {
  return useQuery({ queryKey: milestonesQueryKey(launchId), queryFn: ({ signal }) => getMilestones(launchId, signal) })
}

export function createMilestone(launchId: number, input: MilestoneInput) {
  const body: ApiSchema<'MilestoneRequest'> = { launch: launchId, ...input }
  return api.post<Milestone>('/milestones/', body)
}

export async function updateMilestone(milestone: Milestone, input: MilestoneInput) {
  const etag = await etagIfUnchanged(milestonePath(milestone.id), milestone, 'milestone')
  return api.patch<Milestone>(milestonePath(milestone.id), input, { headers: { 'If-Match': etag } })
}

export async function deleteMilestone(milestone: Milestone) {
  const etag = await etagIfUnchanged(milestonePath(milestone.id), milestone, 'milestone')
  await api.delete(milestonePath(milestone.id), { headers: { 'If-Match': etag } })
}

/** A milestone is a timeline marker (and may be linked): every write reloads the launch. */
export function useCreateMilestone(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId)
  return useMutation({ mutationFn: (input: MilestoneInput) => createMilestone(launchId, input), onSettled: invalidate })
}

export function useUpdateMilestone(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId)
  return useMutation({
    mutationFn: ({ milestone, input }: { milestone: Milestone; input: MilestoneInput }) =>
      updateMilestone(milestone, input),
    onSettled: invalidate,
  })
}

export function useDeleteMilestone(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId)
  return useMutation({ mutationFn: deleteMilestone, onSettled: invalidate })
}
