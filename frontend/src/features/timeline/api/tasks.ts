/** /api/v1/tasks/{id}/: one task with its ETag; PATCH always sends If-Match (412 when someone changed it). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { apiRequestWithEtag, type WithEtag } from '../../../lib/api'
import { daysBetween, shiftDay } from '../../../lib/dates'
import { changedSinceLoaded } from '../../../lib/ifMatch'
import { launchKey, useInvalidateLaunch } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema } from '../../../types/api'
import type { ShownDays } from '../model'
import { timelineQueryKey, type Timeline, type TimelineTask } from './timeline'

export type { ShownDays }

export type TaskDetail = ApiModel<'Task'>

/**
 * The fields a task's panel and the timeline's moves change (due_date sets the duration; actual dates are the
 * office's corrections).
 */
export type TaskPatch = Pick<
  ApiSchema<'PatchedTaskRequest'>,
  | 'title'
  | 'description'
  | 'status'
  | 'assignee'
  | 'schedule_mode'
  | 'offset_days'
  | 'start_date'
  | 'duration_days'
  | 'duration_count'
  | 'due_date'
  | 'due_time'
  | 'needed_for_launch'
  | 'actual_start'
  | 'actual_finish'
  | 'collaborators'
  | 'effort_hours'
>

/** A new task: its workstream and title, the rest as the API defaults them (anchored at T-0, one working day). */
export type NewTask = Pick<ApiSchema<'TaskRequest'>, 'workstream' | 'title'> &
  Pick<
    ApiSchema<'TaskRequest'>,
    | 'description'
    | 'schedule_mode'
    | 'offset_days'
    | 'start_date'
    | 'duration_days'
    | 'duration_count'
    | 'due_date'
    | 'due_time'
    | 'assignee'
    | 'needed_for_launch'
  >

export const taskQueryKey = (launchId: number, taskId: number) => [...launchKey(launchId), 'task', taskId] as const

export function getTask(taskId: number, signal?: AbortSignal): Promise<WithEtag<TaskDetail>> {
  return apiRequestWithEtag<TaskDetail>(`/tasks/${taskId}/`, { signal })
}

export function patchTask(taskId: number, etag: string | null, patch: TaskPatch): Promise<WithEtag<TaskDetail>> {
  // Without an ETag the server would accept a blind overwrite; refuse to send one.
  if (!etag) return Promise.reject(changedSinceLoaded('task'))
  return apiRequestWithEtag<TaskDetail>(`/tasks/${taskId}/`, { method: 'PATCH', body: patch, headers: { 'If-Match': etag } })
}

export function createTask(task: NewTask): Promise<WithEtag<TaskDetail>> {
  return apiRequestWithEtag<TaskDetail>('/tasks/', { method: 'POST', body: task })
}

export function deleteTask(taskId: number, etag: string | null): Promise<unknown> {
  if (!etag) return Promise.reject(changedSinceLoaded('task'))
  return apiRequestWithEtag<unknown>(`/tasks/${taskId}/`, { method: 'DELETE', headers: { 'If-Match': etag } })
}

export function useTask(launchId: number, taskId: number) {
  return useQuery({
    queryKey: taskQueryKey(launchId, taskId),
    queryFn: ({ signal }) => getTask(taskId, signal),
    staleTime: 0,
  })
}

/**
 * Reloads everything of the launch and the launches list (its task counts): on success it changed, on failure
 * the user must see the current state.
 */
export function useReloadLaunch(launchId: number) {
  return useInvalidateLaunch(launchId, { launchList: true })
}

/**
 * Edits a task from its panel, with the ETag of the version the panel shows. The reload includes the task's
 * detail (under the launch's key): the panel's form starts again from it and its new ETag.
 */
export function useUpdateTask(launchId: number) {
  const reload = useReloadLaunch(launchId)
  return useMutation({
    mutationFn: ({ taskId, etag, patch }: { taskId: number; etag: string | null; patch: TaskPatch }) =>
      patchTask(taskId, etag, patch),
    onSettled: reload,
  })
}

/** True when the task on the server is no longer what the timeline showed. */
export function changedSince(detail: TaskDetail, shown: TimelineTask): boolean {
  return (
    detail.planned_start !== shown.planned_start ||
    detail.duration_days !== shown.duration_days ||
    detail.status !== shown.status ||
    detail.assignee !== shown.assignee
  )
}

/** The task's current version with its ETag, or a 412 like the server's when it is not what the timeline showed. */
export async function getTaskAsShown(task: TimelineTask): Promise<WithEtag<TaskDetail>> {
  const current = await getTask(task.id)
  if (changedSince(current.data, task)) throw changedSinceLoaded('task')
  return current
}

/** The key of every move of a launch's bars (a drag, a resize, a keyboard move), for the bars that show them. */
export const moveTaskKey = (launchId: number) => [...launchKey(launchId), 'move-task'] as const

/** A move of a bar: the task as the timeline showed it, the change (or how to make it from the task's current
 * version), and the days to draw it on until the server answers. */
export interface MoveTaskVariables {
  task: TimelineTask
  patch: TaskPatch | ((current: TaskDetail) => TaskPatch)
  shown?: ShownDays
}

/**
 * Moves (or resizes) a task by whole days, drawn on its new days at once (TanStack Query's optimistic update:
 * the timeline's cache holds the moved row until the server answers). The timeline carries no per-task ETag, so
 * this reads the task first: if it no longer matches what the timeline showed, it stops with a 412 like the
 * server would; else it sends the PATCH with that version's ETag. On success the row takes the server's days;
 * on a refusal it goes back to where it was. Either way the launch reloads afterwards (successors moved by the
 * schedule, or the current version after a 412); the mutation does not wait for that reload.
 */
export function useMoveTask(launchId: number) {
  const reload = useReloadLaunch(launchId)
  const queryClient = useQueryClient()
  const key = timelineQueryKey(launchId)
  return useMutation({
    mutationKey: moveTaskKey(launchId),
    mutationFn: async ({ task, patch }: MoveTaskVariables) => {
      const current = await getTaskAsShown(task)
      return patchTask(task.id, current.etag, typeof patch === 'function' ? patch(current.data) : patch)
    },
    onMutate: async ({ task, shown }) => {
      // A reload already on its way would answer the old days and draw the bar back.
      await queryClient.cancelQueries({ queryKey: key })
      const timeline = queryClient.getQueryData<Timeline>(key)
      const previous = timeline?.tasks.find((t) => t.id === task.id)
      if (timeline && shown) queryClient.setQueryData<Timeline>(key, withTaskShownOn(timeline, task.id, shown))
      return { previous }
    },
    onSuccess: async ({ data }, { task, shown }) => {
      // A reload sent while the PATCH was on its way may answer the plan from before it: it is dropped, and the
      // row settles on the server's planned days (its drawn days too, unless its predecessors held it later).
      await queryClient.cancelQueries({ queryKey: key })
      const timeline = queryClient.getQueryData<Timeline>(key)
      const row = timeline?.tasks.find((t) => t.id === task.id)
      if (!timeline || !row || !shown) return
      const held = task.start !== task.planned_start
      queryClient.setQueryData<Timeline>(
        key,
        withTaskRow(timeline, {
          ...row,
          ...settledFields(data),
          start: held ? row.start : data.planned_start,
          due: held ? row.due : data.planned_due,
        }),
      )
    },
    onError: (_error, _variables, context) => {
      // Only this row goes back: the rest of the timeline may have changed meanwhile (live updates).
      const timeline = queryClient.getQueryData<Timeline>(key)
      if (timeline && context?.previous) queryClient.setQueryData<Timeline>(key, withTaskRow(timeline, context.previous))
    },
    onSettled: () => {
      void reload()
    },
  })
}

/** What a task's PATCH answers of the fields its timeline row shows (the next move compares them, changedSince). */
function settledFields(detail: TaskDetail): Partial<TimelineTask> {
  const { schedule_mode, offset_days, duration_days, duration_count, due_time, planned_start, planned_due } = detail
  return { schedule_mode, offset_days, duration_days, duration_count, due_time, planned_start, planned_due }
}

/**
 * The timeline with one task's row replaced; every other row, list and field the same objects as before, so
 * that what draws them need not draw them again. The timeline itself when the row is not in it.
 */
export function withTaskRow(timeline: Timeline, row: TimelineTask): Timeline {
  const index = timeline.tasks.findIndex((t) => t.id === row.id)
  if (index < 0 || timeline.tasks[index] === row) return timeline
  const tasks = timeline.tasks.slice()
  tasks[index] = row
  return { ...timeline, tasks }
}

/** The timeline with one task drawn on other days (its planned days too, so the task list agrees). */
export function withTaskShownOn(timeline: Timeline, taskId: number, shown: ShownDays): Timeline {
  const row = timeline.tasks.find((t) => t.id === taskId)
  if (!row) return timeline
  if (row.start === shown.start && row.due === shown.due) return timeline
  const plannedShift = (day: string, from: string, to: string) => shiftDay(day, daysBetween(from, to))
  return withTaskRow(timeline, {
    ...row,
    start: shown.start,
    due: shown.due,
    planned_start: plannedShift(row.planned_start, row.start, shown.start),
    planned_due: plannedShift(row.planned_due, row.due, shown.due),
  })
}

/** Adds a task to a workstream; answers the created task (its id for the panel to open). */
export function useCreateTask(launchId: number) {
  const reload = useReloadLaunch(launchId)
  return useMutation({
    mutationFn: async (task: NewTask) => (await createTask(task)).data,
    onSettled: reload,
  })
}

/**
 * Deletes a task with its links, as the timeline shows it: it reads the task's ETag first (a 412 if it is no
 * longer what the timeline showed), then sends the DELETE with If-Match.
 */
export function useDeleteTask(launchId: number) {
  const queryClient = useQueryClient()
  const reload = useReloadLaunch(launchId)
  return useMutation({
    mutationFn: async ({ task }: { task: TimelineTask }) => {
      const current = await getTaskAsShown(task)
      await deleteTask(task.id, current.etag)
    },
    // A deleted task is not read again (its detail would answer 404 while its panel closes).
    onSuccess: (_, { task }) => queryClient.removeQueries({ queryKey: taskQueryKey(launchId, task.id) }),
    onSettled: reload,
  })
}
