/** /api/v1/tasks/{id}/: one task with its ETag; PATCH always sends If-Match (412 when someone changed it). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { apiRequestWithEtag, type WithEtag } from '../../../lib/api'
import { changedSinceLoaded } from '../../../lib/ifMatch'
import { launchKey, useInvalidateLaunch } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema } from '../../../types/api'
import { timelineQueryKey, type Timeline, type TimelineTask } from './timeline'

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

/**
 * Moves a dragged task by whole days. The timeline carries no per-task ETag, so this reads the task first: if
 * it no longer matches what the timeline showed, it stops with a 412 like the server would; else it sends
 * the PATCH with that version's ETag.
 */
export function useMoveTask(launchId: number) {
  const reload = useReloadLaunch(launchId)
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ task, patch }: { task: TimelineTask; patch: TaskPatch; shown?: ShownDays }) => {
      const current = await getTaskAsShown(task)
      return patchTask(task.id, current.etag, patch)
    },
    // The bar goes where it was dropped at once; the server's answer (the reload) then has the last word, and a
    // refusal puts it back.
    onMutate: async ({ task, shown }) => {
      if (!shown) return { previous: undefined }
      const key = timelineQueryKey(launchId)
      await queryClient.cancelQueries({ queryKey: key })
      const previous = queryClient.getQueryData<Timeline>(key)
      if (previous) queryClient.setQueryData<Timeline>(key, withTaskShownOn(previous, task.id, shown))
      return { previous }
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData(timelineQueryKey(launchId), context.previous)
    },
    onSettled: reload,
  })
}

/** Where a moved or resized bar is drawn until the server answers. */
export interface ShownDays {
  start: string
  due: string
}

/** The timeline with one task drawn on other days (its planned days too, so the task list agrees). */
export function withTaskShownOn(timeline: Timeline, taskId: number, shown: ShownDays): Timeline {
  return {
    ...timeline,
    tasks: timeline.tasks.map((t) =>
      t.id === taskId ? { ...t, start: shown.start, due: shown.due, planned_start: shown.start, planned_due: shown.due } : t,
    ),
  }
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
