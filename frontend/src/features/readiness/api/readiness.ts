/** GET /api/v1/launches/{id}/readiness/: per department done / in progress / late / blocked; gates; critical path. */
import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { launchReadinessKey } from '../../../lib/queryKeys'

import type { ApiSchema } from '../../../types/api'

/** One department's tasks by status, and how many are late. */
export type DepartmentReadiness = ApiSchema<'ReadinessDepartment'>
export type GateReadiness = ApiSchema<'ReadinessGate'>
/** Customer Care's articles by status. */
export type KnowledgeBaseReadiness = ApiSchema<'ReadinessKnowledgeBase'>
/** HR's recruiting: roles not cancelled, the people to recruit over them, and the positions filled. */
export type RecruitingReadiness = ApiSchema<'ReadinessRecruiting'>
/** Communications by status. */
export type CommunicationsReadiness = ApiSchema<'ReadinessCommunications'>
/** Developer feedback (Engineering) by triage state. */
export type FeedbackReadiness = ApiSchema<'ReadinessFeedback'>
export type Readiness = ApiSchema<'Readiness'>

export function getReadiness(launchId: number, signal?: AbortSignal) {
  return api.get<Readiness>(`/launches/${launchId}/readiness/`, { signal })
}

export function useReadiness(launchId: number) {
  return useQuery({
    queryKey: launchReadinessKey(launchId),
    queryFn: ({ signal }) => getReadiness(launchId, signal),
  })
}

/** The progress bar's segments, in reading order: every task not cancelled is in exactly one (late first). */
export const PROGRESS_SEGMENTS = [
  { key: 'done', label: 'Done' },
  { key: 'in_progress', label: 'In progress' },
  { key: 'not_started', label: 'Not started' },
  { key: 'blocked', label: 'Blocked' },
  { key: 'late', label: 'Late' },
] as const

export type ProgressSegment = (typeof PROGRESS_SEGMENTS)[number]['key']
