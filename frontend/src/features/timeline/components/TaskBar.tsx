import { memo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { formatShortDay, shiftDay } from '../../../lib/dates'
import { useIsRecentlyChanged } from '../../../lib/live'
import { TASK_STATUS_LABELS, type TimelineTask } from '../api/timeline'
import { highlightParts } from '../filters'
import {
  BAR_INSET,
  dragDays,
  keyMoveDays,
  keyResizeDays,
  MOVE_SHORTCUTS,
  ROW_HEIGHT,
  varianceText,
  type TitlePlacement,
} from '../model'

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

/** Which end of a bar a resize drags. */
export type BarEdge = 'start' | 'due'

/** Bars narrower than this have no resize handles (a drag moves them). */
const MIN_RESIZABLE_PX = 18

interface TaskBarProps {
  task: TimelineTask
  laneName: string
  x: number
  y: number
  width: number
  title: TitlePlacement
  pxPerDay: number
  /** The user may edit the task's dates: drag or resize it, or move it with Alt+Arrow keys. */
  draggable: boolean
  /** The user may draw links (a connector dot at the bar's finish). */
  linkable: boolean
  /** Drawn on days the server has not confirmed yet (a move or resize on its way). */
  saving: boolean
  /** Highlight the critical path (the toolbar's switch). */
  showCritical: boolean
  /** The search's text (its matches highlighted in the title), and whether this bar is one / the current one. */
  query: string
  match: 'none' | 'match' | 'current'
  selected: boolean
  /** The element that describes the keyboard move, for bars the user may move. */
  moveHintId?: string
  onSelect: (task: TimelineTask) => void
  onMove: (task: TimelineTask, days: number) => void
  onResize: (task: TimelineTask, edge: BarEdge, days: number) => void
  onKeyboardMove: (task: TimelineTask, days: number) => void
  onKeyboardResize: (task: TimelineTask, days: number) => void
  onLinkStart: (task: TimelineTask, event: PointerEvent<HTMLElement>) => void
}

type Gesture = { kind: 'move' | BarEdge; startX: number; dx: number; moved: boolean }

/**
 * One task as a bar on its computed dates. Where the user may edit it: dragged sideways by whole days, either
 * end dragged to resize it (handles at the ends), a link drawn from the dot at its finish, or moved a day with
 * Alt+Arrow (and its end with Alt+Shift+Arrow) while focused. A drag previews on this bar alone (a transform or
 * its width); once dropped, the bar is drawn on its new days at once, marked as saving until the server answers.
 */
export const TaskBar = memo(function TaskBar({
  task,
  laneName,
  x,
  y,
  width,
  title,
  pxPerDay,
  draggable,
  linkable,
  saving,
  showCritical,
  query,
  match,
  selected,
  moveHintId,
  onSelect,
  onMove,
  onResize,
  onKeyboardMove,
  onKeyboardResize,
  onLinkStart,
}: TaskBarProps) {
  const gesture = useRef<Gesture | null>(null)
  const swallowClick = useRef(false)
  const [drag, setDrag] = useState<{ kind: Gesture['kind']; dx: number } | null>(null)
  const days = drag ? dragDays(drag.dx, pxPerDay) : 0
  const resizable = draggable && width >= MIN_RESIZABLE_PX
  // Someone else just changed it (live updates): a moment's highlight.
  const changedByOthers = useIsRecentlyChanged('task', task.id)

  function onPointerDown(event: PointerEvent<HTMLButtonElement>) {
    if (event.button !== 0) return
    const handle = (event.target as HTMLElement).dataset?.handle
    if (handle === 'link') {
      if (!linkable) return
      event.preventDefault()
      event.stopPropagation()
      swallowClick.current = true
      onLinkStart(task, event)
      return
    }
    if (!draggable) return
    const kind: Gesture['kind'] = resizable && (handle === 'start' || handle === 'due') ? handle : 'move'
    gesture.current = { kind, startX: event.clientX, dx: 0, moved: false }
    event.currentTarget.setPointerCapture?.(event.pointerId)
  }

  function onPointerMove(event: PointerEvent<HTMLButtonElement>) {
    const g = gesture.current
    if (!g) return
    const delta = event.clientX - g.startX
    g.dx = delta
    if (Math.abs(delta) > 3) g.moved = true
    if (g.moved) setDrag({ kind: g.kind, dx: delta })
  }

  function onPointerUp() {
    const g = gesture.current
    if (!g) return
    gesture.current = null
    setDrag(null)
    if (!g.moved) return
    swallowClick.current = true
    const moveDays = dragDays(g.dx, pxPerDay)
    if (moveDays === 0) return
    if (g.kind === 'move') onMove(task, moveDays)
    else onResize(task, g.kind, clampResize(g.kind, moveDays))
  }

  /** A resize never makes the bar end before it starts (the server would refuse it). */
  function clampResize(edge: BarEdge, moveDays: number): number {
    const span = Math.max(0, Math.round(width / pxPerDay) - 1)
    return edge === 'start' ? Math.min(moveDays, span) : Math.max(moveDays, -span)
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (!draggable) return
    const resizeDays = keyResizeDays(event)
    if (resizeDays !== 0) {
      event.preventDefault()
      onKeyboardResize(task, resizeDays)
      return
    }
    const moveDays = keyMoveDays(event)
    if (moveDays === 0) return
    // Alt+Arrow would otherwise go back or forward in the browser's history.
    event.preventDefault()
    onKeyboardMove(task, moveDays)
  }

  const classes = ['task-bar', `task-${task.status}`]
  if (showCritical && task.critical) classes.push('is-critical')
  if (task.conflict) classes.push('is-conflict')
  if (task.forecast) classes.push('is-forecast')
  if (saving) classes.push('is-saving')
  if (drag) classes.push(drag.kind === 'move' ? 'is-dragging' : 'is-resizing')
  if (match !== 'none') classes.push('is-match')
  if (match === 'current') classes.push('is-current-match')
  if (selected) classes.push('is-selected')
  if (title.inside) classes.push('title-inside')

  // The preview: a move shifts the bar; a resize moves one end (whole days).
  let left = x
  let barWidth = width
  let hint = ''
  if (drag && days !== 0) {
    const shift = days * pxPerDay
    if (drag.kind === 'start') {
      const clamped = clampResize('start', days) * pxPerDay
      left = x + clamped
      barWidth = width - clamped
      hint = `starts ${formatShortDay(shiftDay(task.start, clampResize('start', days)))}`
    } else if (drag.kind === 'due') {
      barWidth = Math.max(pxPerDay, width + shift)
      hint = `due ${formatShortDay(shiftDay(task.due, clampResize('due', days)))}`
    } else {
      hint = `→ ${formatShortDay(shiftDay(task.start, days))}`
    }
  }
  const titleStyle = title.inside
    ? { left: title.x - x, width: title.width }
    : { left: barWidth + (title.x - x - width), maxWidth: title.width }

  return (
    <button
      type="button"
      className={classes.join(' ')}
      style={{
        left,
        top: y + BAR_INSET,
        width: barWidth,
        height: ROW_HEIGHT - 2 * BAR_INSET,
        transform: drag?.kind === 'move' && days ? `translateX(${days * pxPerDay}px)` : undefined,
      }}
      aria-label={taskBarLabel(task, laneName)}
      aria-keyshortcuts={draggable ? MOVE_SHORTCUTS : undefined}
      aria-describedby={draggable ? moveHintId : undefined}
      title={task.title}
      data-task-id={task.id}
      data-saving={saving || undefined}
      aria-busy={saving || undefined}
      data-live-changed={changedByOthers || undefined}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        gesture.current = null
        setDrag(null)
      }}
      onClick={() => {
        if (swallowClick.current) {
          swallowClick.current = false
          return
        }
        onSelect(task)
      }}
    >
      <span className="task-bar-label" style={titleStyle} aria-hidden="true">
        {highlightParts(task.title, query).map((part, i) =>
          part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
        )}
      </span>
      {hint && (
        <strong className="task-bar-drag-hint" aria-hidden="true">
          {hint}
        </strong>
      )}
      {resizable && (
        <>
          <span className="bar-handle bar-handle-start" data-handle="start" aria-hidden="true" />
          <span className="bar-handle bar-handle-due" data-handle="due" aria-hidden="true" />
        </>
      )}
      {linkable && <span className="bar-connector" data-handle="link" aria-hidden="true" title="Drag to another task to link them" />}
    </button>
  )
})
