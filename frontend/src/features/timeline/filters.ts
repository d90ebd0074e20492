/** Which tasks the timeline shows (its filters) and which it finds (its search). Pure functions. */
import type { IsoDay } from '../../lib/dates'
import type { TaskStatus, TimelineTask } from './api/timeline'

export interface TaskFilters {
  /** Only the viewer's own tasks: assigned to them, or shared with them as a collaborator. */
  mine: boolean
  /** A department's id, or null: every department. */
  department: number | null
  /** A person's id, 'none' for unassigned tasks, or null: anyone. */
  assignee: number | 'none' | null
  status: TaskStatus | null
  late: boolean
  conflict: boolean
  critical: boolean
}

export const NO_FILTERS: TaskFilters = {
  mine: false,
  department: null,
  assignee: null,
  status: null,
  late: false,
  conflict: false,
  critical: false,
}

/** How many filters narrow the plan (for "Clear filters" and the count shown). */
export function activeFilterCount(filters: TaskFilters): number {
  return (
    Number(filters.mine) +
    Number(filters.department !== null) +
    Number(filters.assignee !== null) +
    Number(filters.status !== null) +
    Number(filters.late) +
    Number(filters.conflict) +
    Number(filters.critical)
  )
}

const CLOSED: ReadonlySet<TaskStatus> = new Set(['done', 'cancelled'])

/**
 * Open work that is behind: forecast from today (it should have started or finished by now), due before
 * today, or with negative slack (it misses its own deadline: T-0, its gate, or the plan's end).
 */
export function isLate(task: Pick<TimelineTask, 'status' | 'forecast' | 'slack' | 'due'>, today: IsoDay): boolean {
  if (CLOSED.has(task.status)) return false
  return task.forecast || task.slack < 0 || task.due < today
}

/** The viewer's task: its assignee, or one of its collaborators. */
export function isMine(task: Pick<TimelineTask, 'assignee' | 'collaborators'>, viewerId: number): boolean {
  return task.assignee === viewerId || task.collaborators.includes(viewerId)
}

export interface FilterContext {
  viewerId: number
  /** The department of a task's lane (its workstream). */
  departmentOf: (workstream: number) => number | undefined
  today: IsoDay
}

/** Whether a task passes every filter that is set. */
export function passesFilters(task: TimelineTask, filters: TaskFilters, context: FilterContext): boolean {
  if (filters.mine && !isMine(task, context.viewerId)) return false
  if (filters.department !== null && context.departmentOf(task.workstream) !== filters.department) return false
  if (filters.assignee === 'none' && task.assignee !== null) return false
  if (typeof filters.assignee === 'number' && task.assignee !== filters.assignee) return false
  if (filters.status !== null && task.status !== filters.status) return false
  if (filters.late && !isLate(task, context.today)) return false
  if (filters.conflict && !task.conflict) return false
  if (filters.critical && !task.critical) return false
  return true
}

/** The search as it is compared: trimmed, case-insensitive; empty finds nothing. */
export function normaliseQuery(query: string): string {
  return query.trim().toLocaleLowerCase()
}

/** Whether a title contains the query anywhere (case-insensitive). */
export function titleMatches(title: string, query: string): boolean {
  const q = normaliseQuery(query)
  return q !== '' && title.toLocaleLowerCase().includes(q)
}

/** The ids of the tasks whose title contains the query, in the order given (the timeline's row order). */
export function searchMatches(tasks: readonly Pick<TimelineTask, 'id' | 'title'>[], query: string): number[] {
  const q = normaliseQuery(query)
  if (!q) return []
  return tasks.filter((t) => t.title.toLocaleLowerCase().includes(q)).map((t) => t.id)
}

/** The title in pieces, the parts that match the query marked, for highlighting. */
export function highlightParts(title: string, query: string): { text: string; match: boolean }[] {
  const q = normaliseQuery(query)
  if (!q) return [{ text: title, match: false }]
  const lower = title.toLocaleLowerCase()
  const parts: { text: string; match: boolean }[] = []
  let from = 0
  for (let at = lower.indexOf(q); at !== -1; at = lower.indexOf(q, at + q.length)) {
    if (at > from) parts.push({ text: title.slice(from, at), match: false })
    parts.push({ text: title.slice(at, at + q.length), match: true })
    from = at + q.length
  }
  if (from < title.length) parts.push({ text: title.slice(from), match: false })
  return parts
}

/** The index of the next (or previous) match, going round; -1 when there is none. */
export function stepMatch(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1
  if (current < 0) return direction === 1 ? 0 : count - 1
  return (current + direction + count) % count
}

/** "3 matches", "1 match", "No task matches “x”". */
export function matchesMessage(count: number, query: string): string {
  if (count === 0) return `No task matches “${query.trim()}”`
  return `${count} match${count === 1 ? '' : 'es'}`
}
