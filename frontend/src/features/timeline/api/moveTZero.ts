/** POST /api/v1/launches/{id}/move-t-zero/: preview (writes nothing) or move launch day. */
import { useMutation } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { useInvalidateLaunch } from '../../../lib/queryKeys'
import type { ApiSchema } from '../../../types/api'

/** `before`/`after`: a task's planned start day ("YYYY-MM-DD"); a moment (datetime) for the others. */
export type MovedItem = ApiSchema<'MovedItem'>
export type TZeroMoveReport = ApiSchema<'TZeroMove'>
export type TZeroMoveInput = ApiSchema<'TZeroMoveRequestRequest'>

export function moveTZero(launchId: number, tZero: string, preview: boolean) {
  const body: TZeroMoveInput = { t_zero: tZero, preview }
  return api.post<TZeroMoveReport>(`/launches/${launchId}/move-t-zero/`, body)
}

export function usePreviewTZeroMove(launchId: number) {
  return useMutation({ mutationFn: (tZero: string) => moveTZero(launchId, tZero, true) })
}

export function useMoveTZero(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId, { launchList: true })
  return useMutation({ mutationFn: (tZero: string) => moveTZero(launchId, tZero, false), onSettled: invalidate })
}
