/** Moving a task a day with the keyboard (Alt+Arrow on its bar): drawn there at once, saved, announced. */
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { describeWriteError } from '../../../lib/errors'
import { useMoveTask } from '../api/tasks'
import { getTimeline, timelineQueryKey, type Timeline, type TimelineTask } from '../api/timeline'
import { formatDay, shiftDay } from '../../../lib/dates'
import { movedPlannedStart, moveByDaysPatch, movedMessage, resizePatch, shownAfterMove, tLabel } from '../model'

const maxDay = (a: string, b: string) => (a > b ? a : b)

export interface MoveAnnouncement {
  text: string
  error: boolean
}

/**
 * Moves the bar at once (useMoveTask: drawn on its new days, marked as saving) and sends the change: it reads
 * the task's current version (a 412 when it is not what the timeline shows, as a drag does), then PATCHes the
 * change made from it with its ETag as If-Match. Once the server has answered and the timeline reloaded, it
 * says where the task is now (or why it went back) and asks for the bar to get focus back, in case the reload
 * took it.
 */
export function useKeyboardMove(launchId: number) {
  const queryClient = useQueryClient()
  const move = useMoveTask(launchId)
  const [announcement, setAnnouncement] = useState<MoveAnnouncement | null>(null)
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

  /** The timeline once the reload the move started has answered (the one in the cache if it fails). */
  async function reloaded(): Promise<Timeline | undefined> {
    const key = timelineQueryKey(launchId)
    try {
      return await queryClient.fetchQuery({ queryKey: key, queryFn: ({ signal }) => getTimeline(launchId, signal), staleTime: 0 })
    } catch {
      return queryClient.getQueryData<Timeline>(key)
    }
  }

  async function change(task: TimelineTask, kind: 'move' | 'resize', days: number) {
    // One move at a time: the next one starts from the dates the first one leaves.
    if (busy.current) {
      setAnnouncement({ text: 'Still saving the last move…', error: false })
      return
    }
    busy.current = true
    setAnnouncement({ text: `Moving “${task.title}”…`, error: false })
    const shownBefore = queryClient.getQueryData<Timeline>(timelineQueryKey(launchId))
    const calendar = shownBefore?.calendar
    const shown =
      kind === 'move'
        ? shownAfterMove(task, movedPlannedStart(task, days, calendar), calendar)
        : { start: task.start, due: maxDay(task.start, shiftDay(task.due, days)) }
    try {
      const result = await move.mutateAsync({
        task,
        shown,
        patch: (current) => {
          const tZeroDate = shownBefore?.launch.t_zero_date ?? current.planned_start
          return kind === 'move'
            ? moveByDaysPatch(current, tZeroDate, days)
            : resizePatch(current, 'due', days, tZeroDate, calendar)
        },
      })
      // The bar is where the server put it; the reload says where its predecessors let it start.
      const now = await reloaded()
      const row = now?.tasks.find((t) => t.id === task.id)
      const t0 = now?.launch.t_zero_date ?? shownBefore?.launch.t_zero_date ?? result.data.planned_start
      if (kind === 'resize') {
        const due = row?.due ?? result.data.planned_due
        setAnnouncement({
          text: `“${task.title}” is now due ${tLabel(due, t0, now?.calendar ?? calendar)}, ${formatDay(due)}.`,
          error: false,
        })
        return
      }
      setAnnouncement({
        text: movedMessage(task.title, result.data.planned_start, row?.start, t0, now?.calendar ?? calendar),
        error: false,
      })
    } catch (error) {
      setAnnouncement({
        text: `“${task.title}” was not ${kind === 'move' ? 'moved' : 'resized'}. ${describeWriteError(error)}`,
        error: true,
      })
    } finally {
      busy.current = false
      setFocusRequest((request) => ({ taskId: task.id, nonce: (request?.nonce ?? 0) + 1 }))
    }
  }

  return { moveByDays, resizeByDays, announcement, focusRequest }
}
