/** /api/v1/communications/?launch=: a launch's outbound communications; draft, submit, decide, publish, withdraw. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { launchKey } from '../../../lib/queryKeys'
import type { Paginated } from '../../../types/api'

export type CommunicationKind =
  | 'employee_hint'
  | 'social_post'
  | 'blog'
  | 'community_post'
  | 'press_release'
  | 'newsletter'
export type CommunicationStatus = 'draft' | 'submitted' | 'approved' | 'rejected' | 'published' | 'withdrawn'
export type Embargo = 'none' | 't_zero' | 'gate'
export type ScheduleMode = 'anchored' | 'fixed'
export type Decision = 'approve' | 'reject'

export const KIND_LABELS: Record<CommunicationKind, string> = {
  employee_hint: 'Employee hint',
  social_post: 'Social post',
  blog: 'Blog',
  community_post: 'Community forum post',
  press_release: 'Press release',
  newsletter: 'Newsletter',
}

export const STATUS_LABELS: Record<CommunicationStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted for approval',
  approved: 'Approved',
  rejected: 'Rejected',
  published: 'Published',
  withdrawn: 'Withdrawn',
}

export const EMBARGO_LABELS: Record<Embargo, string> = {
  none: 'No embargo',
  t_zero: 'Not before T-0',
  gate: 'Not before a gate is approved',
}

export interface CommunicationDecision {
  id: number
  decision: Decision
  actor: number
  comment: string
  created_at: string
}

export interface Communication {
  id: number
  launch: number
  kind: CommunicationKind
  channel: string
  audience: string
  title: string
  body: string
  author: number
  department: number | null
  schedule_mode: ScheduleMode
  offset_days: number | null
  at: string | null
  /** The planned publish moment (UTC). */
  moment: string
  embargo: Embargo
  embargo_gate: number | null
  status: CommunicationStatus
  published_at: string | null
  decisions: CommunicationDecision[]
  created_at: string
  updated_at: string
}

export interface CommunicationDraft {
  launch: number
  kind: CommunicationKind
  channel: string
  audience: string
  title: string
  body: string
  schedule_mode: ScheduleMode
  offset_days: number | null
  at: string | null
  embargo: Embargo
  embargo_gate: number | null
}

export const communicationsQueryKey = (launchId: number) => [...launchKey(launchId), 'communications'] as const

export function getCommunications(launchId: number, signal?: AbortSignal) {
  return api.get<Paginated<Communication>>('/communications/', { query: { launch: launchId, page_size: 100 }, signal })
}

export function useCommunications(launchId: number) {
  return useQuery({
    queryKey: communicationsQueryKey(launchId),
    queryFn: ({ signal }) => getCommunications(launchId, signal),
  })
}

export function createCommunication(draft: CommunicationDraft) {
  return api.post<Communication>('/communications/', draft)
}

export type CommunicationStep =
  | { id: number; step: 'submit' | 'publish' | 'withdraw' }
  | { id: number; step: 'decide'; decision: Decision; comment: string }

export function runCommunicationStep(input: CommunicationStep) {
  if (input.step === 'decide') {
    return api.post<Communication>(`/communications/${input.id}/decide/`, {
      decision: input.decision,
      comment: input.comment,
    })
  }
  return api.post<Communication>(`/communications/${input.id}/${input.step}/`)
}

/** A communication shows on the timeline, in readiness and the activity: reload the launch. */
function useInvalidateLaunch(launchId: number) {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: launchKey(launchId) })
}

export function useCreateCommunication(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId)
  return useMutation({ mutationFn: createCommunication, onSettled: invalidate })
}

export function useCommunicationStep(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId)
  return useMutation({ mutationFn: runCommunicationStep, onSettled: invalidate })
}
