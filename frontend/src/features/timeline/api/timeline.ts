/** GET /api/v1/launches/{id}/timeline/: lanes, tasks with computed dates, dependencies, markers, conflicts. */
import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import type { IsoDay } from '../../../lib/dates'
import { launchKey } from '../../../lib/queryKeys'

export type TaskStatus = 'todo' | 'in_progress' | 'blocked' | 'done' | 'cancelled'
export type ScheduleMode = 'anchored' | 'fixed'

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  cancelled: 'Cancelled',
}

export interface TimelineLane {
  /** The workstream. */
  id: number
  department: { id: number; name: string; slug: string }
  lead: number | null
  notes: string
}

export interface TimelinePerson {
  id: number
  username: string
  full_name: string
}

export interface TimelineTask {
  id: number
  /** The lane (workstream). */
  workstream: number
  title: string
  status: TaskStatus
  schedule_mode: ScheduleMode
  offset_days: number | null
  duration_days: number
  /** From the anchor or fixed date alone. */
  planned_start: IsoDay
  planned_due: IsoDay
  /** Computed: no earlier than every predecessor's end plus lag. */
  start: IsoDay
  due: IsoDay
  slack: number
  critical: boolean
  conflict: boolean
  needed_for_launch: boolean
  assignee: number | null
}

export interface TimelineDependency {
  id: number
  predecessor: number
  successor: number
  lag_days: number
}

export interface TimelineMilestone {
  id: number | null
  name: string
  kind: 'milestone' | 't_zero'
  schedule_mode: ScheduleMode
  offset_days: number | null
  moment: string
}

export type GateStatus = 'pending' | 'approved' | 'rejected'

export interface TimelineGate {
  id: number
  name: string
  kind: 'gate'
  status: GateStatus
  schedule_mode: ScheduleMode
  offset_days: number | null
  moment: string
  criteria: number[]
  approver_departments: number[]
}

export interface Conflict {
  kind: 'dependency' | 'after_launch' | 'criterion_late' | 'embargo'
  /** Null for an embargo conflict, which is about a communication. */
  task: number | null
  predecessor: number | null
  gate: number | null
  communication?: number | null
  days: number
  message: string
}

/** A communication as the timeline lists it (its planned publish moment and embargo). */
export interface TimelineCommunication {
  id: number
  title: string
  kind: string
  status: string
  /** The author's department; null: the office. */
  department: number | null
  schedule_mode: ScheduleMode
  offset_days: number | null
  moment: string
  embargo: 'none' | 't_zero' | 'gate'
  embargo_gate: number | null
}

export interface Timeline {
  launch: {
    id: number
    name: string
    status: string
    t_zero: string
    t_zero_date: IsoDay
    time_zone: string
  }
  lanes: TimelineLane[]
  people: TimelinePerson[]
  tasks: TimelineTask[]
  dependencies: TimelineDependency[]
  milestones: TimelineMilestone[]
  gates: TimelineGate[]
  conflicts: Conflict[]
  critical_path: number[]
  end: IsoDay | null
  /** Absent from servers older than communications. */
  communications?: TimelineCommunication[]
}

export const timelineQueryKey = (launchId: number) => [...launchKey(launchId), 'timeline'] as const

export function getTimeline(launchId: number, signal?: AbortSignal): Promise<Timeline> {
  return api.get<Timeline>(`/launches/${launchId}/timeline/`, { signal })
}

export function useTimeline(launchId: number) {
  return useQuery({
    queryKey: timelineQueryKey(launchId),
    queryFn: ({ signal }) => getTimeline(launchId, signal),
  })
}
