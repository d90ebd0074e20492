import { useRef, useState, type PointerEvent } from 'react'
import { formatShortDay, shiftDay } from '../../../lib/dates'
import { TASK_STATUS_LABELS, type TimelineTask } from '../api/timeline'
import { dragDays, ROW_HEIGHT } from '../model'

/** A task's accessible name: what it is, when, and what is special about it. */
export function taskBarLabel(task: TimelineTask, laneName: string): string {
  const parts = [
    task.title,
    laneName,
    `${formatShortDay(task.start)} to ${formatShortDay(task.due)}`,
    TASK_STATUS_LABELS[task.status],
  ]
  if (task.critical) parts.push('on the critical path')
  if (task.conflict) parts.push('in conflict')
  return parts.join(', ')
}

interface TaskBarProps {
  task: TimelineTask
  laneName: string
  x: number
  y: number
  width: number
  pxPerDay: number
  draggable: boolean
  saving: boolean
  onSelect: (task: TimelineTask) => void
  onMove: (task: TimelineTask, days: number) => void
}

/** One task as a bar on its computed dates; dragged sideways by whole days where the user may edit it. */
export function TaskBar({ task, laneName, x, y, width, pxPerDay, draggable, saving, onSelect, onMove }: TaskBarProps) {
  const start = useRef<number | null>(null)
  const moved = useRef(false)
  const [dx, setDx] = useState(0)
  const days = dragDays(dx, pxPerDay)

  function onPointerDown(event: PointerEvent<HTMLButtonElement>) {
    if (!draggable || event.button !== 0) return
    start.current = event.clientX
    moved.current = false
    event.currentTarget.setPointerCapture?.(event.pointerId)
  }

  function onPointerMove(event: PointerEvent<HTMLButtonElement>) {
    if (start.current === null) return
    const delta = event.clientX - start.current
    if (Math.abs(delta) > 3) moved.current = true
    if (moved.current) setDx(delta)
  }

  function onPointerUp() {
    if (start.current === null) return
    start.current = null
    setDx(0)
    if (moved.current && days !== 0) onMove(task, days)
  }

  const classes = ['task-bar', `task-${task.status}`]
  if (task.critical) classes.push('is-critical')
  if (task.conflict) classes.push('is-conflict')
  if (saving) classes.push('is-saving')
  if (moved.current && dx !== 0) classes.push('is-dragging')

  return (
    <button
      type="button"
      className={classes.join(' ')}
      style={{
        left: x,
        top: y + 5,
        width: Math.max(width, 4),
        height: ROW_HEIGHT - 10,
        transform: dx ? `translateX(${days * pxPerDay}px)` : undefined,
      }}
      aria-label={taskBarLabel(task, laneName)}
      data-task-id={task.id}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        start.current = null
        setDx(0)
      }}
      onClick={() => {
        if (moved.current) {
          moved.current = false
          return
        }
        onSelect(task)
      }}
    >
      <span className="task-bar-label" aria-hidden="true">
        {task.title}
        {moved.current && dx !== 0 && (
          <strong className="task-bar-drag-hint">
            {' '}
            → {formatShortDay(shiftDay(task.start, days))}
          </strong>
        )}
      </span>
    </button>
  )
}
