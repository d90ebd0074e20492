/**
 * /api/v1/launches/{id}/history/, undo/, redo/: the signed-in person's own recent changes to a launch, taken back
 * or made again by the server through the same checks as any change (docs/undo.md).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { launchKey, useInvalidateLaunch } from '../../../lib/queryKeys'
import type { ApiModel } from '../../../types/api'

/** One step: what it did in plain words ("Move “Brief” 3 days later"). */
export type UndoStep = ApiModel<'UndoStep'>
/** What Undo would take back and Redo would do again (null: nothing). */
export type HistoryState = ApiModel<'HistoryState'>
/** An undo's or redo's answer: the new state, and the step applied. */
export type HistoryApplied = ApiModel<'HistoryApplied'>

export type HistoryDirection = 'undo' | 'redo'

/** Under the launch's key, so every write that reloads the launch reloads this too. */
export const historyKey = (launchId: number) => [...launchKey(launchId), 'history'] as const

export function getHistory(launchId: number, signal?: AbortSignal) {
  return api.get<HistoryState>(`/launches/${launchId}/history/`, { signal })
}

export function useHistory(launchId: number) {
  return useQuery({ queryKey: historyKey(launchId), queryFn: ({ signal }) => getHistory(launchId, signal) })
}

export function applyStep(launchId: number, direction: HistoryDirection) {
  return api.post<HistoryApplied>(`/launches/${launchId}/${direction}/`, {})
}

/**
 * Undo or redo changes the plan wherever it is shown (timeline, readiness, activity, the launches list): on
 * settling, refused or not, the launch reloads; the new state is shown at once.
 */
function useApplyStep(launchId: number, direction: HistoryDirection) {
  const queryClient = useQueryClient()
  const invalidate = useInvalidateLaunch(launchId, { launchList: true })
  return useMutation({
    mutationFn: () => applyStep(launchId, direction),
    onSuccess: ({ undo, redo }) => queryClient.setQueryData<HistoryState>(historyKey(launchId), { undo, redo }),
    onSettled: invalidate,
  })
}

export function useUndo(launchId: number) {
  return useApplyStep(launchId, 'undo')
}

export function useRedo(launchId: number) {
  return useApplyStep(launchId, 'redo')
}
