/** /api/v1/tasks/{id}/: one task with its ETag; PATCH always sends If-Match (412 when someone changed it). */
import { useMutation, useQuery } from '@tanstack/react-query'
import { apiRequestWithEtag, type WithEtag } from '../../../lib/api'
import { changedSinceLoaded } from '../../../lib/ifMatch'
import { launchKey, useInvalidateLaunch } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema } from '../../../types/api'
import type { TimelineTask } from './timeline'

export type TaskDetail = ApiModel<'Task'>

/** The fields a task's panel and the timeline's moves change (due_date sets the duration). */
export type TaskPatch = Pick<
  ApiSchema<'PatchedTaskRequest'>,
  'status' | 'assignee' | 'offset_days' | 'start_date' | 'due_date'
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
  return useMutation({
    mutationFn: async ({ task, patch }: { task: TimelineTask; patch: TaskPatch }) => {
      const current = await getTaskAsShown(task)
      return patchTask(task.id, current.etag, patch)
    },
    onSettled: reload,
  })
}
