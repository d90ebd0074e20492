import {
  Fragment,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
} from 'react'
import { shiftDay } from '../../../lib/dates'
import type { Timeline, TimelineLane, TimelineTask } from '../api/timeline'
import { ROW_HEIGHT, visibleArrows, visibleRows, type Arrow, type Row, type TimelineLayout } from '../model'
import { wheelZoomFactor } from '../scale'
import { useStableCallback } from '../useStableCallback'
import { CrossLaunchStubs } from './CrossLaunchStubs'
import { DependencyArrows } from './DependencyArrows'
import { InlineTaskCreator, type NewTaskDraft } from './InlineTaskCreator'
import { TaskBar, type BarEdge } from './TaskBar'
import { TaskBaselineBar } from './TaskBaselineBar'
import { TaskList, TaskListHeader, LIST_MAX_WIDTH, LIST_MIN_WIDTH, type TaskListContext } from './TaskList'
import { TimelineAxis } from './TimelineAxis'
import { TimelineLaneHeader } from './TimelineLaneHeader'

/** Rows drawn beyond the viewport on each side, so a quick scroll does not show blanks. */
const OVERSCAN_PX = 400
/** When the box has no size yet (first render, tests), assume a screenful. */
const FALLBACK_HEIGHT = 900
const FALLBACK_WIDTH = 1000

/**
 * Where to scroll, once per nonce: `left` as is (a zoom about the pointer), or `x` (and `y`) in the middle of
 * the visible chart (T-0 on first show, today, a found task).
 */
export interface ScrollRequest {
  nonce: number
  left?: number
  x?: number
  y?: number
}

/** What the timeline needs to know of the view for a zoom: the scroll position and the chart's visible width. */
export interface CanvasView {
  scrollLeft: number
  chartWidth: number
}

interface TimelineCanvasProps {
  layout: TimelineLayout
  timeline: Timeline
  canDrag: (task: TimelineTask) => boolean
  /** The user may draw links at all (they lead a department or are the office). */
  canLink: boolean
  /** The user may add tasks to this lane (click or drag in it). */
  canAddTo: (lane: TimelineLane) => boolean
  /** The tasks whose new days the server has not answered yet (drawn there, marked as saving). */
  savingTaskIds: ReadonlySet<number>
  selectedTaskId: number | null
  selectedDependencyId: number | null
  showCritical: boolean
  list: { width: number; context: Omit<TaskListContext, 'selectedId' | 'showCritical'> } | null
  onListWidth: (width: number) => void
  onDateMode: (mode: 'offset' | 'date') => void
  describeArrow: (arrow: Arrow) => string
  onSelectTask: (task: TimelineTask) => void
  onMoveTask: (task: TimelineTask, days: number) => void
  onResizeTask: (task: TimelineTask, edge: BarEdge, days: number) => void
  onKeyboardMoveTask: (task: TimelineTask, days: number) => void
  onKeyboardResizeTask: (task: TimelineTask, days: number) => void
  onDrawLink: (predecessor: TimelineTask, successor: TimelineTask) => void
  onSelectDependency: (dependencyId: number) => void
  onToggleLane: (laneId: number) => void
  onTaskCreated: (taskId: number) => void
  /** Ctrl/Cmd+wheel: zoom by `factor` about the point `pointerX` px from the visible chart's left edge. */
  onZoom: (factor: number, pointerX: number) => void
  /** Describes the keyboard move to screen readers, on the bars the user may move. */
  moveHintId?: string
  /** Put focus back on this task's bar if a reload took it away (after a keyboard move). */
  focusRequest: { taskId: number; nonce: number } | null
  onGateSelect?: (gateId: number) => void
  onMilestoneSelect?: (milestoneId: number) => void
  scrollRequest: ScrollRequest
  viewRef: RefObject<(() => CanvasView) | null>
}

type LinkDrag = { source: TimelineTask; x1: number; y1: number; target: HTMLElement | null }

/**
 * The drawing, beside the task list: lanes, bars, arrows, markers, one scroller for both (the same rows, only
 * those in view and a margin in the DOM). The axis and the list's headings stay on top, the list on the left.
 * Gestures: a bar's drag, resize and link dot (TaskBar), a click or drag on a lane's empty space to add a task,
 * Ctrl/Cmd+wheel to zoom.
 */
export function TimelineCanvas({
  layout,
  timeline,
  canDrag,
  canLink,
  canAddTo,
  savingTaskIds,
  selectedTaskId,
  selectedDependencyId,
  showCritical,
  list,
  onListWidth,
  onDateMode,
  describeArrow,
  onSelectTask,
  onMoveTask,
  onResizeTask,
  onKeyboardMoveTask,
  onKeyboardResizeTask,
  onDrawLink,
  onSelectDependency,
  onToggleLane,
  onTaskCreated,
  onZoom,
  moveHintId,
  focusRequest,
  onGateSelect,
  onMilestoneSelect,
  scrollRequest,
  viewRef,
}: TimelineCanvasProps) {
  const scroller = useRef<HTMLDivElement>(null)
  const header = useRef<HTMLDivElement>(null)
  const body = useRef<HTMLDivElement>(null)
  const rubberBand = useRef<SVGLineElement>(null)
  const newSpan = useRef<HTMLDivElement>(null)
  const [view, setView] = useState({ top: 0, height: FALLBACK_HEIGHT })
  const [draft, setDraft] = useState<NewTaskDraft | null>(null)
  const frame = useRef<number | null>(null)
  const listWidth = list?.width ?? 0

  const measure = useCallback(() => {
    const el = scroller.current
    if (!el) return
    // Never more than a window's height: before the timeline has its own height the box may be as tall as
    // its content, and drawing every row of a large plan once would cost more than the whole first view.
    setView({ top: el.scrollTop, height: Math.min(el.clientHeight || FALLBACK_HEIGHT, window.innerHeight || FALLBACK_HEIGHT) })
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

  const chartWidth = useCallback(() => {
    const el = scroller.current
    return Math.max(100, (el?.clientWidth || FALLBACK_WIDTH) - listWidth)
  }, [listWidth])

  useLayoutEffect(() => {
    viewRef.current = () => ({ scrollLeft: scroller.current?.scrollLeft ?? 0, chartWidth: chartWidth() })
  }, [viewRef, chartWidth])

  // Scroll only when asked (a new nonce: first show, a zoom, Go to today, a found task), never because the plan
  // was reloaded after a save (issue 16: a save jumped the view back to the last found bar).
  const scrolledFor = useRef<number | null>(null)
  useLayoutEffect(() => {
    const el = scroller.current
    if (!el || scrolledFor.current === scrollRequest.nonce) return
    scrolledFor.current = scrollRequest.nonce
    if (scrollRequest.left !== undefined) el.scrollLeft = scrollRequest.left
    else if (scrollRequest.x !== undefined) el.scrollLeft = Math.max(0, scrollRequest.x - chartWidth() / 2)
    if (scrollRequest.y !== undefined) {
      // In the middle of the rows' visible height (below the sticky axis), not under the fold.
      const rowsHeight = (el.clientHeight || FALLBACK_HEIGHT) - (header.current?.offsetHeight ?? 0)
      el.scrollTop = Math.max(0, scrollRequest.y + ROW_HEIGHT / 2 - rowsHeight / 2)
      // And the timeline itself in the window, when the page was scrolled away from it.
      const box = el.getBoundingClientRect()
      if (box.top < 0 || box.bottom > window.innerHeight) el.scrollIntoView?.({ block: 'nearest' })
    }
    measure()
  }, [scrollRequest, measure, chartWidth])

  useEffect(() => {
    if (!focusRequest) return
    const active = document.activeElement
    // Only when focus was lost (to the page's body): never take it from where the user has since gone.
    if (active && active !== document.body) return
    scroller.current?.querySelector<HTMLElement>(`[data-task-id="${focusRequest.taskId}"]`)?.focus()
  }, [focusRequest])

  // Ctrl/Cmd+wheel zooms about the pointer (the browser would zoom the page); a plain wheel scrolls.
  const zoom = useStableCallback(onZoom)
  useEffect(() => {
    const el = scroller.current
    if (!el) return
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return
      event.preventDefault()
      const pointerX = event.clientX - el.getBoundingClientRect().left - listWidth
      zoom(wheelZoomFactor(event.deltaY), Math.max(0, pointerX))
    }
    el.addEventListener('wheel', onWheel, { passive: false })
    return () => el.removeEventListener('wheel', onWheel)
  }, [zoom, listWidth])

  /** A point of the page in the chart's coordinates. */
  const toChart = (clientX: number, clientY: number) => {
    const box = body.current!.getBoundingClientRect()
    return { x: clientX - box.left, y: clientY - box.top }
  }
  const dayAt = (x: number) => shiftDay(layout.first, Math.max(0, Math.floor(x / layout.pxPerDay)))

  // Drawing a link: a rubber band from the dot at the bar's finish to the pointer; dropped on another bar, it
  // links them (finish to start). Moved through the DOM, not React state: nothing re-renders while dragging.
  const linkDrag = useRef<LinkDrag | null>(null)
  const drawLink = useStableCallback(onDrawLink)
  const onLinkStart = useStableCallback((task: TimelineTask) => {
    const row = layout.taskRows.get(task.id)
    if (!row || !body.current) return
    const drag: LinkDrag = { source: task, x1: row.x + row.width, y1: row.y + ROW_HEIGHT / 2, target: null }
    linkDrag.current = drag
    const line = rubberBand.current
    if (line) {
      line.setAttribute('x1', String(drag.x1))
      line.setAttribute('y1', String(drag.y1))
      line.setAttribute('x2', String(drag.x1))
      line.setAttribute('y2', String(drag.y1))
      line.style.display = ''
    }
    const barUnder = (event: PointerEvent): HTMLElement | null => {
      const hit = document.elementFromPoint?.(event.clientX, event.clientY) ?? (event.target as Element | null)
      const bar = (hit instanceof Element ? hit : null)?.closest<HTMLElement>('[data-task-id]') ?? null
      return bar && bar.dataset.taskId !== String(task.id) ? bar : null
    }
    const setTarget = (bar: HTMLElement | null) => {
      if (drag.target === bar) return
      drag.target?.classList.remove('is-link-target')
      bar?.classList.add('is-link-target')
      drag.target = bar
    }
    const move = (event: PointerEvent) => {
      const point = toChart(event.clientX, event.clientY)
      line?.setAttribute('x2', String(point.x))
      line?.setAttribute('y2', String(point.y))
      setTarget(barUnder(event))
    }
    const end = (event: PointerEvent | null) => {
      window.removeEventListener('pointermove', move)
      window.removeEventListener('pointerup', up)
      window.removeEventListener('keydown', key)
      if (line) line.style.display = 'none'
      const target = event ? barUnder(event) : null
      setTarget(null)
      linkDrag.current = null
      const successor = target ? timeline.tasks.find((t) => String(t.id) === target.dataset.taskId) : undefined
      if (successor) drawLink(task, successor)
    }
    const up = (event: PointerEvent) => end(event)
    const key = (event: KeyboardEvent) => {
      if (event.key === 'Escape') end(null)
    }
    window.addEventListener('pointermove', move)
    window.addEventListener('pointerup', up)
    window.addEventListener('keydown', key)
  })

  // Adding a task: a click on a lane's empty row, or a drag across empty space in a lane, opens a bar-shaped
  // field in the lane's last (empty) row over the days chosen.
  function onBodyPointerDown(event: ReactPointerEvent<HTMLDivElement>) {
    if (event.button !== 0 || !body.current) return
    const target = event.target as HTMLElement
    if (target.closest('button, input, a, [role="button"], .inline-task-creator')) return
    const start = toChart(event.clientX, event.clientY)
    const row = visibleRows(layout.rows, start.y, start.y + 0.5)[0]
    if (!row || !canAddTo(row.lane)) return
    const addRow = layout.rows.find((r): r is Row & { kind: 'add' } => r.kind === 'add' && r.lane.id === row.lane.id)
    if (!addRow) return
    const firstDay = Math.floor(start.x / layout.pxPerDay)
    let lastDay = firstDay
    let dragged = false
    const span = newSpan.current
    const show = () => {
      if (!span) return
      const from = Math.min(firstDay, lastDay)
      const to = Math.max(firstDay, lastDay)
      span.style.display = ''
      span.style.left = `${from * layout.pxPerDay}px`
      span.style.width = `${(to - from + 1) * layout.pxPerDay}px`
      span.style.top = `${addRow.y + 3}px`
    }
    const move = (e: PointerEvent) => {
      const point = toChart(e.clientX, e.clientY)
      if (Math.abs(point.x - start.x) > 4) dragged = true
      lastDay = Math.floor(point.x / layout.pxPerDay)
      if (dragged) show()
    }
    const up = () => {
      window.removeEventListener('pointermove', move)
      window.removeEventListener('pointerup', up)
      if (span) span.style.display = 'none'
      // A plain click opens the field only on the lane's empty row (elsewhere a click is just a click).
      if (!dragged && row.kind !== 'add') return
      const from = Math.max(0, Math.min(firstDay, lastDay))
      const to = Math.max(0, Math.max(firstDay, lastDay))
      setDraft({
        lane: row.lane,
        start: dayAt(from * layout.pxPerDay),
        due: dayAt(to * layout.pxPerDay),
        x: from * layout.pxPerDay,
        y: addRow.y,
        width: (to - from + 1) * layout.pxPerDay,
      })
    }
    window.addEventListener('pointermove', move)
    window.addEventListener('pointerup', up)
  }

  // The list's width: drag its edge, or the arrow keys on it.
  function onResizerPointerDown(event: ReactPointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return
    event.preventDefault()
    const startX = event.clientX
    const startWidth = listWidth
    const move = (e: PointerEvent) => onListWidth(clampList(startWidth + e.clientX - startX))
    const up = () => {
      window.removeEventListener('pointermove', move)
      window.removeEventListener('pointerup', up)
    }
    window.addEventListener('pointermove', move)
    window.addEventListener('pointerup', up)
  }

  const top = view.top - OVERSCAN_PX
  const bottom = view.top + view.height + OVERSCAN_PX
  const rows = visibleRows(layout.rows, top, bottom)
  const arrows = visibleArrows(layout.arrows, top, bottom)
  const listContext = list ? { ...list.context, selectedId: selectedTaskId, showCritical } : null

  return (
    <div
      className="timeline-scroll"
      ref={scroller}
      onScroll={onScroll}
      role="region"
      aria-label="Timeline: a lane per department, tasks as bars on their computed dates"
      tabIndex={0}
      style={{ ['--list-width' as string]: `${listWidth}px` }}
    >
      <div className="timeline-grid" style={{ width: listWidth + layout.width }}>
        <div className="timeline-header" ref={header}>
          {list && (
            <div className="task-list-corner">
              <TaskListHeader width={list.width} dateMode={list.context.dateMode} onDateMode={onDateMode} />
              <ListResizer width={list.width} onPointerDown={onResizerPointerDown} onWidth={onListWidth} />
            </div>
          )}
          <TimelineAxis layout={layout} onGateSelect={onGateSelect} onMilestoneSelect={onMilestoneSelect} />
        </div>
        <div className="timeline-rows">
          {list && listContext && (
            <div className="task-list-pane" style={{ width: list.width }}>
              <TaskList
                rows={rows}
                width={list.width}
                height={layout.height}
                context={listContext}
                onSelectTask={onSelectTask}
                onToggleLane={onToggleLane}
              />
            </div>
          )}
          <div
            className="timeline-body"
            ref={body}
            style={{ width: layout.width, height: layout.height }}
            onPointerDown={onBodyPointerDown}
          >
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
              {layout.axis.top.map((cell) => (
                <line key={cell.key} className="tick-line tick-line-major" x1={cell.x} x2={cell.x} y1={0} y2={layout.height} />
              ))}
              {layout.markers.map((marker) => (
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
                <TimelineLaneHeader key={row.key} row={row} showHeading={!list} onToggle={onToggleLane} />
              ) : row.kind === 'add' ? (
                <div key={row.key} className="timeline-add-row" style={{ top: row.y, height: row.height }}>
                  <span className="timeline-add-hint">Click or drag here to add a task to {row.lane.department.name}</span>
                </div>
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
                    title={row.title}
                    pxPerDay={layout.pxPerDay}
                    draggable={canDrag(row.task)}
                    linkable={canLink}
                    saving={savingTaskIds.has(row.task.id)}
                    showCritical={showCritical}
                    query={list?.context.query ?? ''}
                    match={list?.context.matchOf(row.task.id) ?? 'none'}
                    selected={selectedTaskId === row.task.id}
                    moveHintId={moveHintId}
                    onSelect={onSelectTask}
                    onMove={onMoveTask}
                    onResize={onResizeTask}
                    onKeyboardMove={onKeyboardMoveTask}
                    onKeyboardResize={onKeyboardResizeTask}
                    onLinkStart={onLinkStart}
                  />
                </Fragment>
              ),
            )}
            <DependencyArrows
              arrows={arrows}
              width={layout.width}
              height={layout.height}
              showCritical={showCritical}
              selectedId={selectedDependencyId}
              describe={describeArrow}
              onSelect={onSelectDependency}
            />
            <CrossLaunchStubs links={timeline.cross_launch} taskRows={layout.taskRows} />
            {/* One pixel, drawing outside itself: a page-sized layer for a line that is rarely there would cost. */}
            <svg className="timeline-rubber-band" width={1} height={1} aria-hidden="true">
              <line ref={rubberBand} style={{ display: 'none' }} />
            </svg>
            <div className="new-task-span" ref={newSpan} style={{ display: 'none', height: ROW_HEIGHT - 6 }} aria-hidden="true" />
            {draft && (
              <InlineTaskCreator
                key={`${draft.lane.id}-${draft.start}-${draft.due}`}
                timeline={timeline}
                draft={draft}
                onDone={() => setDraft(null)}
                onCreated={onTaskCreated}
              />
            )}
          </div>
        </div>
      </div>
    </div>
  )
}

function clampList(width: number): number {
  return Math.round(Math.min(LIST_MAX_WIDTH, Math.max(LIST_MIN_WIDTH, width)))
}

/** The task list's edge: drag it, or use the arrow keys on it, to make the list wider or narrower. */
function ListResizer({
  width,
  onPointerDown,
  onWidth,
}: {
  width: number
  onPointerDown: (event: ReactPointerEvent<HTMLDivElement>) => void
  onWidth: (width: number) => void
}) {
  return (
    <div
      className="task-list-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label="Width of the task list"
      aria-valuemin={LIST_MIN_WIDTH}
      aria-valuemax={LIST_MAX_WIDTH}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
          e.preventDefault()
          onWidth(clampList(width + (e.key === 'ArrowRight' ? 24 : -24)))
        }
      }}
    />
  )
}
