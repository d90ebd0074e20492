import { Fragment, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { TimelineTask } from '../api/timeline'
import { visibleArrows, visibleRows, type TimelineLayout } from '../model'
import { DependencyArrows } from './DependencyArrows'
import { TaskBar } from './TaskBar'
import { TaskBaselineBar } from './TaskBaselineBar'
import { TimelineAxis } from './TimelineAxis'
import { TimelineLaneHeader } from './TimelineLaneHeader'

/** Rows drawn beyond the viewport on each side, so a quick scroll does not show blanks. */
const OVERSCAN_PX = 400
/** When the box has no size yet (first render, tests), assume a screenful. */
const FALLBACK_HEIGHT = 900

interface TimelineCanvasProps {
  layout: TimelineLayout
  canDrag: (task: TimelineTask) => boolean
  savingTaskId: number | null
  onSelectTask: (task: TimelineTask) => void
  onMoveTask: (task: TimelineTask, days: number) => void
  onKeyboardMoveTask: (task: TimelineTask, days: number) => void
  /** Describes the keyboard move to screen readers, on the bars the user may move. */
  moveHintId?: string
  /** Put focus back on this task's bar if a reload took it away (after a keyboard move). */
  focusRequest: { taskId: number; nonce: number } | null
  onGateSelect?: (gateId: number) => void
  /** Scroll so this x is in the middle (T-0 on first show, today on demand), and this y in view. */
  scrollToX: { x: number; y?: number; nonce: number }
}

/** The drawing: lanes, bars, arrows, markers; only the rows in view (and a margin) are in the DOM. */
export function TimelineCanvas({
  layout,
  canDrag,
  savingTaskId,
  onSelectTask,
  onMoveTask,
  onKeyboardMoveTask,
  moveHintId,
  focusRequest,
  onGateSelect,
  scrollToX,
}: TimelineCanvasProps) {
  const scroller = useRef<HTMLDivElement>(null)
  const [view, setView] = useState({ top: 0, height: FALLBACK_HEIGHT })
  const frame = useRef<number | null>(null)

  const measure = useCallback(() => {
    const el = scroller.current
    if (!el) return
    setView({ top: el.scrollTop, height: el.clientHeight || FALLBACK_HEIGHT })
  }, [])

  const onScroll = useCallback(() => {
    if (frame.current !== null) return
    frame.current = requestAnimationFrame(() => {
      frame.current = null
      measure()
    })
  }, [measure])

  useEffect(() => {
    measure()
    window.addEventListener('resize', measure)
    return () => {
      window.removeEventListener('resize', measure)
      if (frame.current !== null) cancelAnimationFrame(frame.current)
    }
  }, [measure])

  // Scroll only when asked (a new nonce: first show, a zoom, Go to today, Find a task), never because the plan
  // was reloaded after a save (issue 16: a save jumped the view back to the last found bar).
  const scrolledFor = useRef<number | null>(null)
  useLayoutEffect(() => {
    const el = scroller.current
    if (!el || scrolledFor.current === scrollToX.nonce) return
    scrolledFor.current = scrollToX.nonce
    el.scrollLeft = Math.max(0, scrollToX.x - el.clientWidth / 2)
    if (scrollToX.y !== undefined) el.scrollTop = Math.max(0, scrollToX.y - el.clientHeight / 3)
    measure()
  }, [scrollToX, measure])

  useEffect(() => {
    if (!focusRequest) return
    const active = document.activeElement
    // Only when focus was lost (to the page's body): never take it from where the user has since gone.
    if (active && active !== document.body) return
    scroller.current?.querySelector<HTMLElement>(`[data-task-id="${focusRequest.taskId}"]`)?.focus()
  }, [focusRequest])

  const top = view.top - OVERSCAN_PX
  const bottom = view.top + view.height + OVERSCAN_PX
  const rows = visibleRows(layout.rows, top, bottom)
  const arrows = visibleArrows(layout.arrows, top, bottom)
  const lines = layout.markers

  return (
    <div
      className="timeline-scroll"
      ref={scroller}
      onScroll={onScroll}
      role="region"
      aria-label="Timeline: a lane per department, tasks as bars on their computed dates"
      tabIndex={0}
    >
      <TimelineAxis layout={layout} onGateSelect={onGateSelect} />
      <div className="timeline-body" style={{ width: layout.width, height: layout.height }}>
        <svg className="timeline-lines" width={layout.width} height={layout.height} aria-hidden="true">
          {layout.daysOff.map((off) => (
            <rect
              key={off.key}
              className={`day-off day-off-${off.kind}`}
              x={off.x}
              y={0}
              width={off.width}
              height={layout.height}
            />
          ))}
          {layout.ticks.map((tick) => (
            <line key={tick.day} className="tick-line" x1={tick.x} x2={tick.x} y1={0} y2={layout.height} />
          ))}
          {lines.map((marker) => (
            <line
              key={marker.key}
              className={`marker-line marker-${marker.kind}`}
              x1={marker.x}
              x2={marker.x}
              y1={0}
              y2={layout.height}
            />
          ))}
        </svg>
        {rows.map((row) =>
          row.kind === 'lane' ? (
            <TimelineLaneHeader key={row.key} row={row} />
          ) : (
            <Fragment key={row.key}>
              {row.baseline && (
                <TaskBaselineBar task={row.task} x={row.baseline.x} y={row.y} width={row.baseline.width} />
              )}
              <TaskBar
                task={row.task}
                laneName={row.lane.department.name}
                x={row.x}
                y={row.y}
                width={row.width}
                pxPerDay={layout.pxPerDay}
                draggable={canDrag(row.task)}
                saving={savingTaskId === row.task.id}
                moveHintId={moveHintId}
                onSelect={onSelectTask}
                onMove={onMoveTask}
                onKeyboardMove={onKeyboardMoveTask}
              />
            </Fragment>
          ),
        )}
        <DependencyArrows arrows={arrows} width={layout.width} height={layout.height} />
      </div>
    </div>
  )
}
