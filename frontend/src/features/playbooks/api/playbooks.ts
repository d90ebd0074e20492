/**
 * /api/v1/playbooks/: reusable launch plans; POST saves a launch's plan as one, POST playbooks/{id}/instantiate/
 * makes a launch from one.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { launchListKey } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema, Paginated } from '../../../types/api'

export type PlaybookSummary = ApiModel<'PlaybookSummary'>

/** `t_zero`: an ISO datetime (UTC). */
export type InstantiateInput = ApiSchema<'PlaybookInstantiateRequest'> & { playbookId: number }

/** The launch the server made. */
export type CreatedLaunch = ApiModel<'Launch'>

export function getPlaybooks(signal?: AbortSignal) {
  return api.get<Paginated<PlaybookSummary>>('/playbooks/', { query: { page_size: 100 }, signal })
}

export const playbookListKey = ['playbooks', 'list'] as const

export function usePlaybooks() {
  return useQuery({ queryKey: playbookListKey, queryFn: ({ signal }) => getPlaybooks(signal) })
}

/** `from_launch`: the launch whose plan becomes the playbook. */
export type SaveAsPlaybookInput = ApiSchema<'PlaybookRequest'>

export function saveLaunchAsPlaybook(input: SaveAsPlaybookInput) {
  return api.post<PlaybookSummary>('/playbooks/', input)
}

/** The new playbook is offered in "New launch from playbook". */
export function useSaveLaunchAsPlaybook() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: saveLaunchAsPlaybook,
    onSettled: () => queryClient.invalidateQueries({ queryKey: playbookListKey }),
  })
}

export function instantiatePlaybook({ playbookId, ...body }: InstantiateInput) {
  return api.post<CreatedLaunch>(`/playbooks/${playbookId}/instantiate/`, body)
}

/** A new launch joins the launches list. */
export function useInstantiatePlaybook() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: instantiatePlaybook,
    onSettled: () => queryClient.invalidateQueries({ queryKey: launchListKey }),
  })
}
