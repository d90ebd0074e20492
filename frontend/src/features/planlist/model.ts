/** What the plan list reads off the timeline's data: the tasks by department, T-offsets and lateness. */
import { daysBetween, isoWeekday, shiftDay, tMinusLabel, type IsoDay } from '../../lib/dates'
import type { ApiSchema } from '../../types/api'

export type Timeline = ApiSchema<'Timeline'>
export type PlanTask = ApiSchema<'TimelineTask'>
type TaskStatus = ApiSchema<'TaskStatusEnum'>

export const STATUS_LABELS: Record<TaskStatus, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  cancelled: 'Cancelled',
}

const CLOSED: ReadonlySet<TaskStatus> = new Set(['done', 'cancelled'])

/** Open work that is behind, as the timeline's "Late" filter says: forecast from today, due before today, or
 * missing its own deadline (negative slack). */
export function isLate(task: Pick<PlanTask, 'status' | 'forecast' | 'slack' | 'due'>, today: IsoDay): boolean {
  if (CLOSED.has(task.status)) return false
  return task.forecast || task.slack < 0 || task.due < today
}

export function isOpen(task: Pick<PlanTask, 'status'>): boolean {
  return !CLOSED.has(task.status)
}

/**
 * A day's label from T-0 as the launch counts offsets (as the timeline shows it): calendar days, or working days
 * when the launch counts them so (a day off counts as the working day next to it on T-0's side).
 */
export function tLabel(day: IsoDay, calendar: Timeline['calendar'], tZeroDate: IsoDay): string {
  const days = daysBetween(tZeroDate, day)
  if (calendar.offset_count !== 'working' || days === 0) return tMinusLabel(days)
  const closed = new Set(calendar.closed_days.map((c) => c.date))
  const works = (d: IsoDay) => !closed.has(d) && calendar.working_weekdays.includes(isoWeekday(d))
  let count = 0
  if (days < 0) {
    for (let i = 0; i < -days; i++) if (works(shiftDay(day, i))) count -= 1
  } else {
    for (let i = 1; i <= days; i++) if (works(shiftDay(tZeroDate, i))) count += 1
  }
  return tMinusLabel(count)
}

export interface DepartmentGroup {
  lane: Timeline['lanes'][number]
  tasks: PlanTask[]
}

/** The lanes in the timeline's order, each with its tasks by start day (then due day, then title). */
export function groupByDepartment(timeline: Timeline, keep: (task: PlanTask) => boolean): DepartmentGroup[] {
  const byLane = new Map<number, PlanTask[]>(timeline.lanes.map((lane) => [lane.id, []]))
  for (const task of timeline.tasks) if (keep(task)) byLane.get(task.workstream)?.push(task)
  return timeline.lanes.map((lane) => ({
    lane,
    tasks: (byLane.get(lane.id) ?? []).sort(
      (a, b) => a.start.localeCompare(b.start) || a.due.localeCompare(b.due) || a.title.localeCompare(b.title),
    ),
  }))
}
