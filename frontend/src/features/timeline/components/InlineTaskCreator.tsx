import { useEffect, useRef, useState } from 'react'
import { formatShortDay } from '../../../lib/dates'
import { describeWriteError } from '../../../lib/errors'
import { useCreateTask } from '../api/tasks'
import type { Timeline, TimelineLane } from '../api/timeline'
import { datePatch, ROW_HEIGHT, workingDaysIn } from '../model'

export interface NewTaskDraft {
  lane: TimelineLane
  start: string
  due: string
  x: number
  y: number
  width: number
}

/** The least width of the input, to type in (px). */
const MIN_INPUT_WIDTH = 180

/**
 * A bar-shaped text field where a lane's editor clicked or dragged: Enter adds the task (anchored to T-0 on
 * the first day, lasting the working days drawn), Escape (or leaving it empty) cancels.
 */
export function InlineTaskCreator({
  timeline,
  draft,
  onDone,
  onCreated,
}: {
  timeline: Timeline
  draft: NewTaskDraft
  onDone: () => void
  onCreated: (taskId: number) => void
}) {
  const [title, setTitle] = useState('')
  const create = useCreateTask(timeline.launch.id)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.focus(), [])
  const span = draft.start === draft.due ? formatShortDay(draft.start) : `${formatShortDay(draft.start)} to ${formatShortDay(draft.due)}`

  function submit() {
    const name = title.trim()
    if (!name || create.isPending) return
    // A new task is anchored to T-0 (it moves with launch day), as the API's default.
    const dates = datePatch({ schedule_mode: 'anchored' }, timeline.launch.t_zero_date, draft.start, undefined, timeline.calendar)
    create.mutate(
      {
        workstream: draft.lane.id,
        title: name,
        offset_days: Number(dates.offset_days),
        duration_days: workingDaysIn(draft.start, draft.due, timeline.calendar),
      },
      {
        onSuccess: (task) => {
          onCreated(task.id)
          onDone()
        },
      },
    )
  }

  return (
    <div
      className="inline-task-creator"
      style={{ left: draft.x, top: draft.y + 3, width: Math.max(draft.width, MIN_INPUT_WIDTH), minHeight: ROW_HEIGHT - 6 }}
      onPointerDown={(e) => e.stopPropagation()}
    >
      <input
        ref={input}
        value={title}
        aria-label={`New task in ${draft.lane.department.name}, ${span}`}
        placeholder={`New task, ${span}: type a title, Enter`}
        disabled={create.isPending}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            submit()
          } else if (e.key === 'Escape') {
            e.preventDefault()
            e.stopPropagation()
            onDone()
          }
        }}
        onBlur={() => {
          if (!title.trim() && !create.isPending) onDone()
        }}
      />
      {create.isError && (
        <p className="error inline-task-error" role="alert">
          {describeWriteError(create.error)}
        </p>
      )}
    </div>
  )
}
