/**
 * GET /api/v1/hints/: the employee hints the signed-in user may share now (approved, embargo lifted, inside
 * the hint's window); POST /hints/{id}/share/ records one share (who, where, when) for the office.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import type { Paginated } from '../../../types/api'

/** Where a hint is shared (communications.models.ShareNetwork). */
export type ShareNetwork = 'linkedin' | 'x' | 'mastodon' | 'email' | 'copy'

export interface Hint {
  id: number
  title: string
  body: string
  launch: number
  launch_name: string
  /** The end of the hint's sharing window. */
  share_until: string | null
  /** The words to post. */
  share_text: string
  /** The newsroom page of the hint's launch (absolute). */
  share_url: string
  /** The networks this user already shared it on. */
  shared_by_me: ShareNetwork[]
}

export interface HintShare {
  network: ShareNetwork
  shared_at: string
}

export const hintsQueryKey = ['hints'] as const

export async function getHints(signal?: AbortSignal): Promise<Hint[]> {
  const answer = await api.get<Hint[] | Paginated<Hint>>('/hints/', { signal })
  return Array.isArray(answer) ? answer : answer.results
}

export function useHints() {
  return useQuery({ queryKey: hintsQueryKey, queryFn: ({ signal }) => getHints(signal) })
}

export function shareHint(hintId: number, network: ShareNetwork) {
  return api.post<HintShare>(`/hints/${hintId}/share/`, { network })
}

/** Records a share; the list reloads to show it under "Shared on …" (from shared_by_me). */
export function useShareHint() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ hintId, network }: { hintId: number; network: ShareNetwork }) => shareHint(hintId, network),
    onSettled: () => queryClient.invalidateQueries({ queryKey: hintsQueryKey }),
  })
}
