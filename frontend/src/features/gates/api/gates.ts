/** /api/v1/gates/?launch=: a launch's gates with criteria and approvers; the office defines them; POST gates/{id}/decide/ and reopen/ with If-Match. */
import { useMutation, useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { etagIfUnchanged } from '../../../lib/ifMatch'
import { launchKey, useInvalidateLaunch } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema, Paginated } from '../../../types/api'

export type GateStatus = ApiSchema<'GateStatusEnum'>
export type Decision = ApiSchema<'DecisionEnum'>
/** An approver slot: the office's, a department's (its lead) or a named approver's (`user`). */
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
  /** Decide as one of the gate's named approvers, under one's own name (no department). */
  asNamed?: boolean
}

/**
 * Decides on the version of the gate the approver saw: a 412 (before sending, or from the server) when
 * someone else decided, reopened a criterion or changed the gate since.
 */
export async function decideGate({ gate, decision, comment, department, asNamed = false }: GateDecisionInput) {
  const etag = await etagIfUnchanged(`/gates/${gate.id}/`, gate, 'gate')
  // as_named only when deciding by name: otherwise the API decides for the office or the department, as before.
  const body: ApiSchema<'GateDecideRequest'> = { decision, comment, department, ...(asNamed ? { as_named: true } : {}) }
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

/** The longest reason the API takes (core/limits.py COMMENT_MAX_LENGTH, docs/api.md "Limits"). */
export const REOPEN_REASON_MAX_LENGTH = 5000

export interface GateReopenInput {
  /** The gate as the panel shows it: the reopening sends If-Match with that version's ETag. */
  gate: Gate
  reason: string
}

/**
 * The office reopens the version of an approved or rejected gate it saw, saying why: the gate answers pending,
 * in a new round. A 412 when someone decided or changed it since; a 409 when it is pending already or its
 * launch has launched.
 */
export async function reopenGate({ gate, reason }: GateReopenInput) {
  const etag = await etagIfUnchanged(`/gates/${gate.id}/`, gate, 'gate')
  const body: ApiSchema<'GateReopenRequest'> = { reason }
  return api.post<Gate>(`/gates/${gate.id}/reopen/`, body, { headers: { 'If-Match': etag } })
}

/** Like a decision, a reopening changes the gate, its marker, readiness and the activity: reload the launch. */
export function useReopenGate(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId, { launchList: true })
  return useMutation({ mutationFn: reopenGate, onSettled: invalidate })
}

/** Every field the gate form sends: `offset_days` when anchored, `at` when fixed; criteria are task ids. */
export type GateInput = Required<ApiSchema<'PatchedGateUpdateRequest'>>

const gatePath = (id: number) => `/gates/${id}/`

export function createGate(launchId: number, input: GateInput) {
  const body: ApiSchema<'GateRequest'> = { launch: launchId, ...input }
  return api.post<Gate>('/gates/', body)
}

/** Changes the gate the list showed, with If-Match (a 412 when someone decided or changed it since). */
export async function updateGate(gate: Gate, input: GateInput) {
  const etag = await etagIfUnchanged(gatePath(gate.id), gate, 'gate')
  return api.patch<Gate>(gatePath(gate.id), input, { headers: { 'If-Match': etag } })
}

export async function deleteGate(gate: Gate) {
  const etag = await etagIfUnchanged(gatePath(gate.id), gate, 'gate')
  await api.delete(gatePath(gate.id), { headers: { 'If-Match': etag } })
}

/** A gate is a timeline marker that holds work and communications back: every write reloads the launch. */
export function useCreateGate(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId, { launchList: true })
  return useMutation({ mutationFn: (input: GateInput) => createGate(launchId, input), onSettled: invalidate })
}

export function useUpdateGate(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId, { launchList: true })
  return useMutation({
    mutationFn: ({ gate, input }: { gate: Gate; input: GateInput }) => updateGate(gate, input),
    onSettled: invalidate,
  })
}

export function useDeleteGate(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId, { launchList: true })
  return useMutation({ mutationFn: deleteGate, onSettled: invalidate })
}

