/** /api/v1/playbooks/: reusable launch plans; POST playbooks/{id}/instantiate/ makes a launch from one. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { launchListKey } from '../../../lib/queryKeys'
import type { Paginated } from '../../../types/api'

export interface PlaybookSummary {
  id: number
  name: string
  description: string
  departments: number[]
  task_count: number
  gate_count: number
}

export interface InstantiateInput {
  playbookId: number
  name: string
  /** ISO datetime (UTC). */
  t_zero: string
  time_zone: string
}

/** The launch the server made (the fields the UI needs). */
export interface CreatedLaunch {
  id: number
  name: string
}

export function getPlaybooks(signal?: AbortSignal) {
  return api.get<Paginated<PlaybookSummary>>('/playbooks/', { query: { page_size: 100 }, signal })
}

export function usePlaybooks() {
  return useQuery({ queryKey: ['playbooks', 'list'], queryFn: ({ signal }) => getPlaybooks(signal) })
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
