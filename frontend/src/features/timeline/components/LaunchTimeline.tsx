import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { shiftDay, todayIsoDay } from '../../../lib/dates'
import { describeWriteError } from '../../../lib/errors'
import { canPlanLaunch, taskEditLevel, type Viewer } from '../../../lib/permissions'
import { useMoveTask } from '../api/tasks'
import { useTimeline, type Timeline, type TimelineTask } from '../api/timeline'
import { buildLayout, datePatch, ZOOMS, type Zoom } from '../model'
import { MoveLaunchDayDialog } from './MoveLaunchDayDialog'
import { TaskPanel } from './TaskPanel'
import { TimelineCanvas } from './TimelineCanvas'
import { TaskFinder } from './TaskFinder'
import { TimelineNotices } from './TimelineNotices'
import { KeyboardMoveHint, TimelineLegend } from './TimelineLegend'
import { useKeyboardMove } from './useKeyboardMove'

type ScrollTarget = { to: 't0' | 'today'; nonce: number } | { to: 'task'; taskId: number; nonce: number }

/** Performance marks read by `make bench` (frontend/bench/first-render.mjs). */
export const FIRST_RENDER_MEASURE = 'timeline:first-render'

function useFirstRenderMark(ready: boolean) {
  const marked = useRef(false)
  useEffect(() => {
    if (!ready || marked.current) return
    marked.current = true
    // After the browser has painted the first frame with the bars.
    requestAnimationFrame(() => {
      performance.mark('timeline:rendered')
      performance.measure(FIRST_RENDER_MEASURE, { start: 0, end: 'timeline:rendered' })
    })
  }, [ready])
}

function TimelineView({ timeline, viewer, onGateSelect }: { timeline: Timeline; viewer: Viewer; onGateSelect?: (id: number) => void }) {
  const [zoom, setZoom] = useState<Zoom>('days')
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [movingLaunchDay, setMovingLaunchDay] = useState(false)
  const today = todayIsoDay()
  const layout = useMemo(() => buildLayout(timeline, zoom, today), [timeline, zoom, today])
  const [scrollTarget, setScrollTarget] = useState<ScrollTarget>({ to: 't0', nonce: 0 })
  const move = useMoveTask(timeline.launch.id)
  const keyboardMove = useKeyboardMove(timeline.launch.id)
  const moveHintId = useId()
  const departmentOfLane = useMemo(
    () => new Map(timeline.lanes.map((lane) => [lane.id, lane.department.id])),
    [timeline.lanes],
  )
  const tZeroX = layout.markers.find((m) => m.kind === 't_zero')?.x ?? 0
  const todayX = layout.markers.find((m) => m.kind === 'today')?.x ?? 0

  // T-0 is centred on first show and after a zoom; today on demand.
  const scrollToX = useMemo(() => {
    if (scrollTarget.to === 'task') {
      const row = layout.taskRows.get(scrollTarget.taskId)
      if (row) return { x: row.x, y: row.y, nonce: scrollTarget.nonce }
    }
    return { x: scrollTarget.to === 'today' ? todayX : tZeroX, nonce: scrollTarget.nonce }
  }, [scrollTarget, todayX, tZeroX, layout])
  const scrollTo = (to: 't0' | 'today') => setScrollTarget((s) => ({ to, nonce: s.nonce + 1 }))
  const showTask = (taskId: number) => {
    setScrollTarget((s) => ({ to: 'task', taskId, nonce: s.nonce + 1 }))
    setSelectedId(taskId)
  }

  const selected = selectedId === null ? null : (timeline.tasks.find((t) => t.id === selectedId) ?? null)
  const canDrag = (task: TimelineTask) =>
    taskEditLevel(viewer, { departmentId: departmentOfLane.get(task.workstream) ?? -1, assignee: task.assignee }) ===
    'all'

  const canMoveAny = timeline.tasks.some(canDrag)

  function moveTask(task: TimelineTask, days: number) {
    const patch = datePatch(
      task,
      timeline.launch.t_zero_date,
      shiftDay(task.planned_start, days),
      undefined,
      timeline.calendar,
    )
    move.mutate({ task, patch })
  }

  function moveTaskByKeyboard(task: TimelineTask, days: number) {
    if (canDrag(task)) void keyboardMove.moveByDays(task, days)
  }

  return (
    <section className="timeline" aria-label={`Timeline of ${timeline.launch.name}`}>
      <div className="timeline-toolbar">
        <div role="group" aria-label="Zoom" className="segmented">
          {ZOOMS.map((z) => (
            <button key={z.value} type="button" aria-pressed={zoom === z.value} onClick={() => {
                setZoom(z.value)
                scrollTo('t0')
              }}>
              {z.label}
            </button>
          ))}
        </div>
        <button type="button" className="button secondary" onClick={() => scrollTo('today')}>
          Go to today
        </button>
        <button type="button" className="button secondary" onClick={() => scrollTo('t0')}>
          Go to T-0
        </button>
        {canPlanLaunch(viewer) && (
          <button type="button" className="button" onClick={() => setMovingLaunchDay(true)}>
            Move launch day
          </button>
        )}
        <TaskFinder tasks={timeline.tasks} onFind={showTask} />
        <TimelineLegend showKeyboardMove={canMoveAny} />
      </div>
      {canMoveAny && <KeyboardMoveHint id={moveHintId} />}
      <p
        className={`timeline-announcement${keyboardMove.announcement?.error ? ' error' : ''}`}
        role="status"
        aria-live="polite"
      >
        {keyboardMove.announcement?.text}
      </p>
      {move.isPending && (
        <p className="muted" role="status">
          Saving the new dates…
        </p>
      )}
      {move.isError && (
        <p className="error" role="alert">
          {/* Name the task: the bar is back where it was, and the reader may not know which one it was. */}
          {move.variables ? `“${move.variables.task.title}” was not moved. ` : ''}
          {describeWriteError(move.error)}
        </p>
      )}
      {timeline.conflicts.length > 0 && (
        <details className="conflicts">
          <summary>
            {timeline.conflicts.length} conflict{timeline.conflicts.length === 1 ? '' : 's'} in the plan
          </summary>
          <ul className="conflict-list">
            {timeline.conflicts.map(({ task, message }, i) => (
              <li key={i}>
                {task === null ? (
                  message
                ) : (
                  <button type="button" className="link-button" onClick={() => showTask(task)}>
                    {message}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      <TimelineNotices timeline={timeline} onShowTask={showTask} onGateSelect={onGateSelect} />
      <TimelineCanvas
        layout={layout}
        canDrag={canDrag}
        savingTaskId={move.isPending ? (move.variables?.task.id ?? null) : keyboardMove.movingTaskId}
        onSelectTask={(task) => setSelectedId(task.id)}
        onMoveTask={moveTask}
        onKeyboardMoveTask={moveTaskByKeyboard}
        moveHintId={canMoveAny ? moveHintId : undefined}
        focusRequest={keyboardMove.focusRequest}
        onGateSelect={onGateSelect}
        scrollToX={scrollToX}
      />
      {selected && <TaskPanel timeline={timeline} task={selected} viewer={viewer} onClose={() => setSelectedId(null)} />}
      {movingLaunchDay && (
        <MoveLaunchDayDialog
          launchId={timeline.launch.id}
          tZero={timeline.launch.t_zero}
          onClose={() => setMovingLaunchDay(false)}
        />
      )}
    </section>
  )
}

/** The launch timeline: a swimlane per department, bars, arrows, markers; editing as the role allows. */
export function LaunchTimeline({
  launchId,
  viewer,
  onGateSelect,
}: {
  launchId: number
  viewer: Viewer
  onGateSelect?: (gateId: number) => void
}) {
  const timeline = useTimeline(launchId)
  useFirstRenderMark(timeline.isSuccess)
  if (timeline.isPending) return <Loading label="Loading the timeline…" />
  if (timeline.isError) return <ErrorNotice error={timeline.error} />
  return <TimelineView timeline={timeline.data} viewer={viewer} onGateSelect={onGateSelect} />
}
