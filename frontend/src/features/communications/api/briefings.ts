/**
 * /api/v1/briefings/: embargoed press briefings, one personal, revocable link per journalist. The link itself
 * is in the answer of the POST only (the server keeps its hash): it is shown once.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { launchKey } from '../../../lib/queryKeys'
import type { Paginated } from '../../../types/api'
import { listOf } from './lists'

export interface Briefing {
  id: number
  communication: number
  name: string
  email: string
  outlet: string
  time_zone: string
  created_at: string
  created_by_name: string
  revoked_at: string | null
  last_opened_at: string | null
  opens_count: number
  /** The secret link: in the POST's answer only, null elsewhere. */
  url: string | null
}

export interface BriefingOpen {
  opened_at: string
  ip_address: string | null
  user_agent: string
  /** Whether the reader saw the embargoed version. */
  embargoed: boolean
}

export interface BriefingRequest {
  communication: number
  name: string
  email?: string
  outlet?: string
  time_zone?: string
}

export const briefingsQueryKey = (launchId: number, communicationId: number) =>
  [...launchKey(launchId), 'briefings', communicationId] as const

export const briefingOpensQueryKey = (launchId: number, briefingId: number) =>
  [...launchKey(launchId), 'briefing-opens', briefingId] as const

export async function getBriefings(communicationId: number, signal?: AbortSignal): Promise<Briefing[]> {
  return listOf(
    await api.get<Briefing[] | Paginated<Briefing>>('/briefings/', { query: { communication: communicationId }, signal }),
  )
}

/** The briefings of one item; `enabled` false for viewers who may not brief (nothing is asked then). */
export function useBriefings(launchId: number, communicationId: number, enabled: boolean) {
  return useQuery({
    queryKey: briefingsQueryKey(launchId, communicationId),
    queryFn: ({ signal }) => getBriefings(communicationId, signal),
    enabled,
    // A 403 says this viewer may not brief for this item: asking again would not change it.
    retry: false,
  })
}

export async function getBriefingOpens(briefingId: number, signal?: AbortSignal): Promise<BriefingOpen[]> {
  return listOf(await api.get<BriefingOpen[] | Paginated<BriefingOpen>>(`/briefings/${briefingId}/opens/`, { signal }))
}

export function useBriefingOpens(launchId: number, briefingId: number) {
  return useQuery({
    queryKey: briefingOpensQueryKey(launchId, briefingId),
    queryFn: ({ signal }) => getBriefingOpens(briefingId, signal),
  })
}

function useInvalidateBriefings(launchId: number, communicationId: number) {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: briefingsQueryKey(launchId, communicationId) })
}

export function useCreateBriefing(launchId: number, communicationId: number) {
  const invalidate = useInvalidateBriefings(launchId, communicationId)
  return useMutation({
    mutationFn: (request: BriefingRequest) => api.post<Briefing>('/briefings/', request),
    onSettled: invalidate,
  })
}

export function useRevokeBriefing(launchId: number, communicationId: number) {
  const invalidate = useInvalidateBriefings(launchId, communicationId)
  return useMutation({
    mutationFn: (briefingId: number) => api.post<Briefing>(`/briefings/${briefingId}/revoke/`),
    onSettled: invalidate,
  })
}
