/** POST /api/v1/launches/{id}/move-t-zero/: preview (writes nothing) or move launch day. */
import { useMutation } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { useInvalidateLaunch } from '../../../lib/queryKeys'
import type { Conflict } from './timeline'

export interface MovedItem {
  kind: 'task' | 'milestone' | 'gate' | 'communication'
  id: number
  name: string
  /** A task's planned start day ("YYYY-MM-DD"); a moment (datetime) for the others. */
  before: string
  after: string
}

export interface TZeroMoveReport {
  launch_id: number
  preview: boolean
  t_zero_before: string
  t_zero_after: string
  shift_days: number
  moved: MovedItem[]
  unchanged: MovedItem[]
  new_conflicts: Conflict[]
  resolved_conflicts: Conflict[]
}

export function moveTZero(launchId: number, tZero: string, preview: boolean) {
  return api.post<TZeroMoveReport>(`/launches/${launchId}/move-t-zero/`, { t_zero: tZero, preview })
}

export function usePreviewTZeroMove(launchId: number) {
  return useMutation({ mutationFn: (tZero: string) => moveTZero(launchId, tZero, true) })
}

export function useMoveTZero(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId, { launchList: true })
  return useMutation({ mutationFn: (tZero: string) => moveTZero(launchId, tZero, false), onSettled: invalidate })
}
