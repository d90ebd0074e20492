/** /api/v1/communications/?launch=: a launch's outbound communications; draft, submit, decide, publish, withdraw. */
import { useMutation, useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { etagIfUnchanged } from '../../../lib/ifMatch'
import { fetchAllPages, MAX_PAGE_SIZE } from '../../../lib/pagination'
import { launchKey, useInvalidateLaunch } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema, Paginated } from '../../../types/api'

// Issue 20 (backend/communications/models.py) adds a kind, an embargo and fields that the
// generated schema (types/openapi.ts) does not have yet. Each addition is a union with, or an extension of, the
// generated type: once `make api-types` regenerates it, the additions are redundant and can be dropped here.
export type CommunicationKind = ApiSchema<'CommunicationKindEnum'>
export type CommunicationStatus = ApiSchema<'CommunicationStatusEnum'>
export type Embargo = ApiSchema<'EmbargoEnum'>
/** Where an approved item goes out by itself (communications.channels.CHANNELS). */
export type Destination = 'newsroom' | 'email' | 'webhooks'
/** Who approves a kind (CommunicationPolicy.approval). */
export type Approval = 'office' | 'lead' | 'none'
export type PublicationStatus = 'pending' | 'sent' | 'failed'
export type ScheduleMode = ApiSchema<'ScheduleModeEnum'>
export type Decision = ApiSchema<'DecisionEnum'>

export const KIND_LABELS: Record<CommunicationKind, string> = {
  employee_hint: 'Employee hint',
  social_post: 'Social post',
  blog: 'Blog',
  community_post: 'Community forum post',
  press_release: 'Press release',
  newsletter: 'Newsletter',
  internal_notice: 'Internal notice',
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
  task: 'Not before a task is done',
}

export const DESTINATION_LABELS: Record<Destination, string> = {
  newsroom: 'Newsroom',
  email: 'Email',
  webhooks: 'Webhooks',
}

/** A kind's approval rule as a card says it. */
export const APPROVAL_LABELS: Record<Approval, string> = {
  office: "Needs the office's approval",
  lead: "The department's lead approves",
  none: 'No approval needed',
}

export const PUBLICATION_STATUS_LABELS: Record<PublicationStatus, string> = {
  pending: 'Going out',
  sent: 'Sent',
  failed: 'Failed',
}

/** A channel's name in words; a channel this client does not know by its key. */
export function channelLabel(channel: string): string {
  return (DESTINATION_LABELS as Record<string, string>)[channel] ?? channel
}

export type CommunicationDecision = ApiModel<'CommunicationDecision'>

/** One channel a published item went out on (Publication). */
export interface Publication {
  channel: string
  status: PublicationStatus
  sent_at: string | null
  /** What went out where, in words. */
  detail: string
  attempts: number
  last_error: string
}

/** `moment`: the planned publish moment (UTC); `department` null: the office's; `embargo_until` names what it waits
 * for ('' when nothing). */
export type Communication = ApiModel<'Communication'>

/** What its author writes and plans, all sent by the editor; launch and department are set when it is drafted. */
export type CommunicationFields = Required<ApiSchema<'PatchedCommunicationUpdateRequest'>>

export type CommunicationDraft = CommunicationFields & Pick<ApiSchema<'CommunicationRequest'>, 'launch'>

export const communicationsQueryKey = (launchId: number) => [...launchKey(launchId), 'communications'] as const

/** Requests for one calendar at most: 20 pages of 500, far beyond any launch's communications. */
export const MAX_CALENDAR_PAGES = 20

export function getCommunicationsPage(launchId: number, page: number, signal?: AbortSignal) {
  return api.get<Paginated<Communication>>('/communications/', {
    query: { launch: launchId, page, page_size: MAX_PAGE_SIZE },
    signal,
  })
}

/**
 * Every communication of the launch, all pages in one answer. Not "Load more": the calendar groups by the
 * planned day, a moment derived from T-0 or fixed that the server cannot order by, so any later page could
 * add an entry to any day already shown; only the whole list groups correctly. It is bounded: a launch plans
 * tens of communications (one request of 500), and at most MAX_CALENDAR_PAGES are read (then `next` is set
 * and the calendar says how many it shows of how many).
 */
export function getCommunications(launchId: number, signal?: AbortSignal) {
  return fetchAllPages((page) => getCommunicationsPage(launchId, page, signal), MAX_CALENDAR_PAGES)
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

/** A step on an item as the calendar shows it (`item`): the write sends If-Match with that version's ETag. */
export type CommunicationStep =
  | { item: Communication; step: 'submit' | 'publish' | 'withdraw' }
  | { item: Communication; step: 'decide'; decision: Decision; comment: string; asNamed?: boolean }

export async function runCommunicationStep(input: CommunicationStep) {
  const path = `/communications/${input.item.id}/`
  const headers = { 'If-Match': await etagIfUnchanged(path, input.item, 'communication') }
  if (input.step === 'decide') {
    return api.post<Communication>(
      `${path}decide/`,
      // as_named only when deciding by name: otherwise the API decides as the kind's approver, as before.
      {
        decision: input.decision,
        comment: input.comment,
        ...(input.asNamed ? { as_named: true } : {}),
      } satisfies ApiSchema<'CommunicationDecideRequest'>,
      { headers },
    )
  }
  return api.post<Communication>(`${path}${input.step}/`, undefined, { headers })
}

/** A communication shows on the timeline, in readiness and the activity: its writes reload the launch. */
export function useCreateCommunication(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId)
  return useMutation({ mutationFn: createCommunication, onSettled: invalidate })
}

export function useCommunicationStep(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId)
  return useMutation({ mutationFn: runCommunicationStep, onSettled: invalidate })
}
