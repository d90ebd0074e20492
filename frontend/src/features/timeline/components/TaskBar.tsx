import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { formatShortDay, shiftDay } from '../../../lib/dates'
import { TASK_STATUS_LABELS, type TimelineTask } from '../api/timeline'
import { dragDays, keyMoveDays, MOVE_SHORTCUTS, ROW_HEIGHT, varianceText } from '../model'

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
  if (task.forecast) parts.push('forecast from today')
  if (task.variance_days !== null && task.variance_days !== 0) parts.push(varianceText(task.variance_days))
  return parts.join(', ')
}

interface TaskBarProps {
  task: TimelineTask
  laneName: string
  x: number
  y: number
  width: number
  pxPerDay: number
  /** The user may edit the task's dates: drag it, or move it with Alt+Arrow keys. */
  draggable: boolean
  saving: boolean
  /** The element that describes the keyboard move, for bars the user may move. */
  moveHintId?: string
  onSelect: (task: TimelineTask) => void
  onMove: (task: TimelineTask, days: number) => void
  onKeyboardMove: (task: TimelineTask, days: number) => void
}

/**
 * One task as a bar on its computed dates; where the user may edit it, dragged sideways by whole days or
 * moved a day with Alt+ArrowRight / Alt+ArrowLeft while focused.
 */
export function TaskBar({
  task,
  laneName,
  x,
  y,
  width,
  pxPerDay,
  draggable,
  saving,
  moveHintId,
  onSelect,
  onMove,
  onKeyboardMove,
}: TaskBarProps) {
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

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const moveDays = draggable ? keyMoveDays(event) : 0
    if (moveDays === 0) return
    // Alt+Arrow would otherwise go back or forward in the browser's history.
    event.preventDefault()
    onKeyboardMove(task, moveDays)
  }

  const classes = ['task-bar', `task-${task.status}`]
  if (task.critical) classes.push('is-critical')
  if (task.conflict) classes.push('is-conflict')
  if (task.forecast) classes.push('is-forecast')
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
      aria-keyshortcuts={draggable ? MOVE_SHORTCUTS : undefined}
      aria-describedby={draggable ? moveHintId : undefined}
      data-task-id={task.id}
      onKeyDown={onKeyDown}
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
