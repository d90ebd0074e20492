/** /api/v1/communication-policies/: who approves each kind of communication, set by the office. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import type { Paginated } from '../../../types/api'
import type { Approval, CommunicationKind } from './communications'
import { listOf } from './lists'

export interface CommunicationPolicy {
  kind: CommunicationKind
  kind_label: string
  approval: Approval
}

export const communicationPoliciesQueryKey = ['communication-policies'] as const

export async function getCommunicationPolicies(signal?: AbortSignal): Promise<CommunicationPolicy[]> {
  return listOf(
    await api.get<CommunicationPolicy[] | Paginated<CommunicationPolicy>>('/communication-policies/', { signal }),
  )
}

export function useCommunicationPolicies() {
  return useQuery({ queryKey: communicationPoliciesQueryKey, queryFn: ({ signal }) => getCommunicationPolicies(signal) })
}

export function patchCommunicationPolicy({ kind, approval }: { kind: CommunicationKind; approval: Approval }) {
  return api.patch<CommunicationPolicy>(`/communication-policies/${kind}/`, { approval })
}

/** A policy shows on every communication of its kind (`approval`, who may decide): launches reload too. */
export function useUpdateCommunicationPolicy() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: patchCommunicationPolicy,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: communicationPoliciesQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['launches'] }),
      ]),
  })
}
