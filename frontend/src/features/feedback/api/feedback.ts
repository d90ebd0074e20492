/**
 * /api/v1/feedback-items/: a launch's feedback (paged), its summary per state; add, triage and delete an item
 * (triage and delete with If-Match), and the CSV import.
 */
import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { etagIfUnchanged } from '../../../lib/ifMatch'
import { PAGE_SIZE, pageNumberPaging } from '../../../lib/pagination'
import { launchActivityKey, launchKey, launchReadinessKey, useInvalidateLaunch } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema, Paginated } from '../../../types/api'

export type FeedbackSource = ApiSchema<'SourceEnum'>
export type FeedbackState = ApiSchema<'StateEnum'>

export const SOURCE_LABELS: Record<FeedbackSource, string> = {
  beta_forum: 'Beta forum',
  support_ticket: 'Support ticket',
  survey: 'Survey',
  interview: 'Interview',
  app_review: 'App review',
  other: 'Other',
}

export const STATE_LABELS: Record<FeedbackState, string> = {
  new: 'New',
  accepted: 'Accepted',
  rejected: 'Rejected',
  duplicate: 'Duplicate',
  done: 'Done',
}

export type FeedbackItem = ApiModel<'FeedbackItem'>
export type FeedbackSummary = ApiSchema<'FeedbackSummary'>
export type FeedbackImportResult = ApiSchema<'FeedbackImportResult'>

/** One bad row of an import (extra.rows of the 400): its line in the file (header = 1). */
export interface ImportRowError {
  row: number
  field: string | null
  message: string
}

export interface FeedbackFilters {
  state: FeedbackState | ''
  source: FeedbackSource | ''
}

const feedbackKey = (launchId: number) => [...launchKey(launchId), 'feedback'] as const

export function getFeedbackItems(launchId: number, filters: FeedbackFilters, page: number, signal?: AbortSignal) {
  return api.get<Paginated<FeedbackItem>>('/feedback-items/', {
    query: {
      launch: launchId,
      state: filters.state || undefined,
      source: filters.source || undefined,
      page,
      page_size: PAGE_SIZE,
    },
    signal,
  })
}

/** Newest first, a page at a time ("Load more"). */
export function useFeedbackItems(launchId: number, filters: FeedbackFilters) {
  return useInfiniteQuery({
    queryKey: [...feedbackKey(launchId), 'list', filters],
    queryFn: ({ signal, pageParam }) => getFeedbackItems(launchId, filters, pageParam, signal),
    ...pageNumberPaging,
  })
}

export function getFeedbackSummary(launchId: number, signal?: AbortSignal) {
  return api.get<FeedbackSummary>('/feedback-items/summary/', { query: { launch: launchId }, signal })
}

export function useFeedbackSummary(launchId: number) {
  return useQuery({
    queryKey: [...feedbackKey(launchId), 'summary'],
    queryFn: ({ signal }) => getFeedbackSummary(launchId, signal),
  })
}

export interface TriageInput {
  /** The item as the list shows it: the PATCH sends If-Match with that version's ETag. */
  item: FeedbackItem
  state: FeedbackState
  duplicate_of: number | null
}

const itemPath = (id: number) => `/feedback-items/${id}/`

export async function triageFeedback({ item, state, duplicate_of }: TriageInput) {
  const path = itemPath(item.id)
  const etag = await etagIfUnchanged(path, item, 'feedback item')
  const patch: ApiSchema<'PatchedFeedbackItemUpdateRequest'> = { state, duplicate_of }
  return api.patch<FeedbackItem>(path, patch, { headers: { 'If-Match': etag } })
}

/** What a person records by hand; the item starts as new. */
export interface FeedbackInput {
  source: FeedbackSource | ''
  text: string
  reported_by: string
  /** One of the launch's tasks, or none. */
  task: number | null
}

export function createFeedback(launchId: number, input: FeedbackInput) {
  return api.post<FeedbackItem>('/feedback-items/', { launch: launchId, ...input })
}

/** Deletes the item as the list shows it, with that version's ETag (a 412 when someone changed it since). */
export async function deleteFeedback(item: FeedbackItem) {
  const path = itemPath(item.id)
  const etag = await etagIfUnchanged(path, item, 'feedback item')
  await api.delete(path, { headers: { 'If-Match': etag } })
}

export function importFeedback({ launchId, file }: { launchId: number; file: File }) {
  const form = new FormData()
  form.append('launch', String(launchId))
  form.append('file', file)
  return api.post<FeedbackImportResult>('/feedback-items/import/', form)
}

/**
 * Readiness counts the launch's feedback by state and the server audits every write: each reloads the
 * feedback, readiness and the activity.
 */
function useInvalidateFeedback(launchId: number) {
  return useInvalidateLaunch(launchId, {
    only: [feedbackKey(launchId), launchReadinessKey(launchId), launchActivityKey(launchId)],
  })
}

export function useCreateFeedback(launchId: number) {
  const invalidate = useInvalidateFeedback(launchId)
  return useMutation({ mutationFn: (input: FeedbackInput) => createFeedback(launchId, input), onSettled: invalidate })
}

export function useDeleteFeedback(launchId: number) {
  const invalidate = useInvalidateFeedback(launchId)
  return useMutation({ mutationFn: deleteFeedback, onSettled: invalidate })
}

export function useTriageFeedback(launchId: number) {
  const invalidate = useInvalidateFeedback(launchId)
  return useMutation({ mutationFn: triageFeedback, onSettled: invalidate })
}

export function useImportFeedback(launchId: number) {
  const invalidate = useInvalidateFeedback(launchId)
  return useMutation({ mutationFn: importFeedback, onSettled: invalidate })
}
