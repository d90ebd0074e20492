/** GET /api/v1/launches/{id}/readiness/: per department done / in progress / late / blocked; gates; critical path. */
import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import type { IsoDay } from '../../../lib/dates'
import { launchReadinessKey } from '../../../lib/queryKeys'

export interface DepartmentReadiness {
  department: { id: number; name: string; slug: string }
  workstream: number
  total: number
  done: number
  in_progress: number
  todo: number
  blocked: number
  cancelled: number
  late: number
}

export interface GateReadiness {
  id: number
  name: string
  status: 'pending' | 'approved' | 'rejected'
  date: IsoDay
  days_left: number
  criteria_total: number
  criteria_done: number
  at_risk: boolean
}

export interface KnowledgeBaseReadiness {
  to_write: number
  in_review: number
  published: number
  total: number
}

export interface RecruitingReadiness {
  /** Roles not cancelled. */
  roles: number
  /** People to recruit over those roles. */
  positions: number
  /** Positions of filled roles. */
  filled: number
}

export type CommunicationsReadiness = Record<
  'draft' | 'submitted' | 'approved' | 'rejected' | 'published' | 'withdrawn' | 'total',
  number
>

/** Developer feedback (Engineering) by triage state. */
export type FeedbackReadiness = Record<'new' | 'accepted' | 'rejected' | 'duplicate' | 'done' | 'total', number>

export interface Readiness {
  launch: number
  today: IsoDay
  departments: DepartmentReadiness[]
  gates: GateReadiness[]
  critical_path: number[]
  critical_path_titles: string[]
  /** Customer Care's articles by status (absent from older servers). */
  knowledge_base?: KnowledgeBaseReadiness
  /** HR's recruiting. */
  recruiting?: RecruitingReadiness
  /** Communications by status. */
  communications?: CommunicationsReadiness
  /** Developer feedback by triage state. */
  feedback?: FeedbackReadiness
}

export function getReadiness(launchId: number, signal?: AbortSignal) {
  return api.get<Readiness>(`/launches/${launchId}/readiness/`, { signal })
}

export function useReadiness(launchId: number) {
  return useQuery({
    queryKey: launchReadinessKey(launchId),
    queryFn: ({ signal }) => getReadiness(launchId, signal),
  })
}

/** The chart's segments, in reading order; cancelled tasks are left out of the bar. */
export const READINESS_SEGMENTS = [
  { key: 'done', label: 'Done' },
  { key: 'in_progress', label: 'In progress' },
  { key: 'todo', label: 'To do' },
  { key: 'blocked', label: 'Blocked' },
] as const

export function readinessSegments(d: DepartmentReadiness) {
  return READINESS_SEGMENTS.map((s) => ({ ...s, value: d[s.key] }))
}
