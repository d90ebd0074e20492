/** /api/v1/gates/?launch=: a launch's gates with criteria and approvers; POST gates/{id}/decide/ with If-Match. */
import { useMutation, useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { etagIfUnchanged } from '../../../lib/ifMatch'
import { launchKey, useInvalidateLaunch } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema, Paginated } from '../../../types/api'

export type GateStatus = ApiSchema<'GateStatusEnum'>
export type Decision = ApiSchema<'DecisionEnum'>
/** An approver slot; its department is null for the office. */
export type GateApprover = ApiSchema<'GateApprover'>
export type Gate = ApiModel<'Gate'>

export const gatesQueryKey = (launchId: number) => [...launchKey(launchId), 'gates'] as const

export function getGates(launchId: number, signal?: AbortSignal) {
  return api.get<Paginated<Gate>>('/gates/', { query: { launch: launchId, page_size: 100 }, signal })
}

export function useGates(launchId: number) {
  return useQuery({ queryKey: gatesQueryKey(launchId), queryFn: ({ signal }) => getGates(launchId, signal) })
}

export interface GateDecisionInput {
  /** The gate as the panel shows it (from the list): the decision sends If-Match with that version's ETag. */
  gate: Gate
  decision: Decision
  comment: string
  department: number | null
}

/**
 * Decides on the version of the gate the approver saw: a 412 (before sending, or from the server) when
 * someone else decided, reopened a criterion or changed the gate since.
 */
export async function decideGate({ gate, decision, comment, department }: GateDecisionInput) {
  const etag = await etagIfUnchanged(`/gates/${gate.id}/`, gate, 'gate')
  const body: ApiSchema<'GateDecideRequest'> = { decision, comment, department }
  return api.post<Gate>(`/gates/${gate.id}/decide/`, body, { headers: { 'If-Match': etag } })
}

/**
 * A decision changes the gate, the timeline's marker, readiness and the activity: reload the launch, after a
 * refused decision too (a 412 then shows the gate as it is now).
 */
export function useDecideGate(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId, { launchList: true })
  return useMutation({ mutationFn: decideGate, onSettled: invalidate })
}
