/**
 * GET /api/v1/tasks/?launch=: the launch's tasks as the choices of "which task" (a feedback item's, a
 * knowledge base article's), grouped by department for a select (components/ui/TaskSelect.tsx).
 */
import { useQuery } from '@tanstack/react-query'
import type { ApiModel, Paginated } from '../types/api'
import { api } from './api'
import { fetchAllPages, MAX_PAGE_SIZE } from './pagination'
import { launchKey } from './queryKeys'

/** The parts of a task the choice needs. */
export type TaskOption = Pick<ApiModel<'Task'>, 'id' | 'title' | 'department_name'>

/** Enough pages for the largest launches (10,000 tasks); past that the first ones are offered. */
const MAX_PAGES = 20

export function getLaunchTasks(launchId: number, signal?: AbortSignal) {
  return fetchAllPages(
    (page) =>
      api.get<Paginated<TaskOption>>('/tasks/', {
        query: { launch: launchId, page, page_size: MAX_PAGE_SIZE },
        signal,
      }),
    MAX_PAGES,
  )
}

/** The launch's tasks grouped by department (departments by name, tasks in plan order), for a select. */
export function groupByDepartment(tasks: TaskOption[]): { department: string; tasks: TaskOption[] }[] {
  const groups = new Map<string, TaskOption[]>()
  for (const task of tasks) {
    const group = groups.get(task.department_name)
    if (group) group.push(task)
    else groups.set(task.department_name, [task])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([department, tasks]) => ({ department, tasks }))
}

/** Under the launch's key, so that plan changes (a task added or renamed) reload it; not under a feature's. */
export function useLaunchTaskOptions(launchId: number, enabled: boolean) {
  return useQuery({
    queryKey: [...launchKey(launchId), 'task-options'],
    queryFn: ({ signal }) => getLaunchTasks(launchId, signal),
    enabled,
    staleTime: 60_000,
  })
}
