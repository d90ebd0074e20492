/** Moving a task a day with the keyboard (Alt+Arrow on its bar): through the panel's update, announced. */
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { describeWriteError } from '../../../lib/errors'
import { getTaskAsShown, useReloadLaunch, useUpdateTask } from '../api/tasks'
import { timelineQueryKey, type Timeline, type TimelineTask } from '../api/timeline'
import { formatDay } from '../../../lib/dates'
import { moveByDaysPatch, movedMessage, resizePatch, tLabel } from '../model'

export interface MoveAnnouncement {
  text: string
  error: boolean
}

/**
 * Reads the task's current version (a 412 when it is not what the timeline shows, as a drag does), then
 * sends the edit form's update with its ETag as If-Match. Once the timeline has reloaded, it says where the
 * task is now (or why it did not move) and asks for the bar to get focus back, in case the reload took it.
 */
export function useKeyboardMove(launchId: number) {
  const queryClient = useQueryClient()
  const update = useUpdateTask(launchId)
  const reload = useReloadLaunch(launchId)
  const [announcement, setAnnouncement] = useState<MoveAnnouncement | null>(null)
  const [movingTaskId, setMovingTaskId] = useState<number | null>(null)
  const [focusRequest, setFocusRequest] = useState<{ taskId: number; nonce: number } | null>(null)
  const busy = useRef(false)

  /** Alt+Arrow: the whole task a day later or earlier. */
  function moveByDays(task: TimelineTask, days: number) {
    return change(task, 'move', days)
  }

  /** Alt+Shift+Arrow: its due day a day later or earlier (its start stays). */
  function resizeByDays(task: TimelineTask, days: number) {
    return change(task, 'resize', days)
  }

  async function change(task: TimelineTask, kind: 'move' | 'resize', days: number) {
    // One move at a time: the next one starts from the dates the first one leaves.
    if (busy.current) {
      setAnnouncement({ text: 'Still saving the last move…', error: false })
      return
    }
    busy.current = true
    setMovingTaskId(task.id)
    setAnnouncement({ text: `Moving “${task.title}”…`, error: false })
    try {
      const current = await getTaskAsShown(task).catch(async (error: unknown) => {
        await reload()
        throw error
      })
      const shownBefore = queryClient.getQueryData<Timeline>(timelineQueryKey(launchId))
      const tZeroDate = shownBefore?.launch.t_zero_date ?? current.data.planned_start
      // Resolves after onSettled has reloaded the launch, so the timeline already shows the move.
      const result = await update.mutateAsync({
        taskId: task.id,
        etag: current.etag,
        patch:
          kind === 'move'
            ? moveByDaysPatch(current.data, tZeroDate, days)
            : resizePatch(current.data, 'due', days, tZeroDate, shownBefore?.calendar),
      })
      const shown = queryClient.getQueryData<Timeline>(timelineQueryKey(launchId))
      const start = shown?.tasks.find((t) => t.id === task.id)?.start
      if (kind === 'resize') {
        const due = shown?.tasks.find((t) => t.id === task.id)?.due ?? result.data.planned_due
        const t0 = shown?.launch.t_zero_date ?? tZeroDate
        setAnnouncement({
          text: `“${task.title}” is now due ${tLabel(due, t0, shown?.calendar)}, ${formatDay(due)}.`,
          error: false,
        })
        return
      }
      setAnnouncement({
        text: movedMessage(
          task.title,
          result.data.planned_start,
          start,
          shown?.launch.t_zero_date ?? tZeroDate,
          shown?.calendar ?? shownBefore?.calendar,
        ),
        error: false,
      })
    } catch (error) {
      setAnnouncement({
        text: `“${task.title}” was not ${kind === 'move' ? 'moved' : 'resized'}. ${describeWriteError(error)}`,
        error: true,
      })
    } finally {
      busy.current = false
      setMovingTaskId(null)
      setFocusRequest((request) => ({ taskId: task.id, nonce: (request?.nonce ?? 0) + 1 }))
    }
  }

  return { moveByDays, resizeByDays, announcement, movingTaskId, focusRequest }
}
