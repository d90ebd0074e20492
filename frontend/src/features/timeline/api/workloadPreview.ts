/**
 * GET /api/v1/workload/preview/?person=&task=: what giving a task to a person does to their weekly load, for the
 * warning beside the assignee and collaborator fields. The office and leads read it; members and viewers get a 403,
 * and then no warning is shown (the save still works either way).
 */
import { useQueries } from '@tanstack/react-query'
import { api, isApiError } from '../../../lib/api'

// Defined here until the generated API types (src/types/openapi.ts) carry the preview's schema.
export interface WorkloadPreviewWeek {
  /** The week's Monday. */
  week: string
  tasks: number
  hours: number
  launches: string[]
  tasks_after: number
  hours_after: number
  over_after: boolean
}

export interface WorkloadPreview {
  person: { id: number; username: string; full_name: string }
  task: { id: number; start: string; due: string }
  capacity_tasks_per_week: number | null
  capacity_hours_per_week: number | null
  weeks: WorkloadPreviewWeek[]
  over_allocated_after: boolean
  message: string | null
}

export const workloadPreviewKey = (personId: number, taskId: number) =>
  ['workload', 'preview', personId, taskId] as const

export function getWorkloadPreview(personId: number, taskId: number, signal?: AbortSignal): Promise<WorkloadPreview> {
  return api.get<WorkloadPreview>('/workload/preview/', { query: { person: personId, task: taskId }, signal })
}

/**
 * The warning for each person about to be given the task: {person id: message} for those it would over-allocate.
 * A refusal (403 for members and viewers) or any failure shows nothing: the warning is advice, never a blocker.
 */
export function useAssignmentWarnings(personIds: readonly number[], taskId: number, enabled: boolean) {
  const results = useQueries({
    queries: personIds.map((personId) => ({
      queryKey: workloadPreviewKey(personId, taskId),
      queryFn: ({ signal }: { signal: AbortSignal }) => getWorkloadPreview(personId, taskId, signal),
      enabled,
      staleTime: 60_000,
      retry: (count: number, error: unknown) => !(isApiError(error) && error.status < 500) && count < 1,
    })),
  })
  const warnings = new Map<number, string>()
  results.forEach((result, index) => {
    const preview = result.data
    if (preview?.over_allocated_after && preview.message) warnings.set(personIds[index]!, preview.message)
  })
  return warnings
}
