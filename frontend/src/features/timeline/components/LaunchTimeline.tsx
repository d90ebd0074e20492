import { useMutationState } from '@tanstack/react-query'
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { daysBetween, shiftDay, todayIsoDay } from '../../../lib/dates'
import { describeWriteError } from '../../../lib/errors'
import { canAddDependency, canPlanLaunch, leadsDepartment, taskEditLevel, type Viewer } from '../../../lib/permissions'
import { useCreateDependency } from '../api/dependencies'
import { moveTaskKey, useMoveTask, withTaskShownOn, type MoveTaskVariables } from '../api/tasks'
import { useTimeline, type Timeline, type TimelineLane, type TimelineTask } from '../api/timeline'
import { activeFilterCount, NO_FILTERS, passesFilters, searchMatches, stepMatch, type TaskFilters } from '../filters'
import {
  buildLayout,
  datePatch,
  patchLayout,
  LINK_ABBREVIATIONS,
  linkLabel,
  resizePatch,
  shownAfterMove,
  tasksInRowOrder,
  timelineRange,
  ZOOMS,
  type Arrow,
  type LayoutOptions,
  type TimelineLayout,
} from '../model'
import { clampPxPerDay, fitPxPerDay, stepZoom, zoomScrollLeft } from '../scale'
import { useStableCallback } from '../useStableCallback'
import { DependencyPanel } from './DependencyPanel'
import { MoveLaunchDayDialog } from './MoveLaunchDayDialog'
import { NewTaskForm } from './NewTaskForm'
import type { BarEdge } from './TaskBar'
import { LIST_DEFAULT_WIDTH, LIST_MAX_WIDTH, LIST_MIN_WIDTH } from './TaskList'
import { MilestonePanel } from './MilestonePanel'
import { SidePanel } from './SidePanel'
import { TaskPanel } from './TaskPanel'
import { TimelineCanvas, type CanvasView, type ScrollRequest } from './TimelineCanvas'
import { TaskFinder } from './TaskFinder'
import { TimelineFilters } from './TimelineFilters'
import { TimelineNotices } from './TimelineNotices'
import { KeyboardMoveHint, TimelineLegend } from './TimelineLegend'
import { useKeyboardMove } from './useKeyboardMove'

type ScrollTarget =
  | { to: 't0' | 'today'; nonce: number }
  | { to: 'task'; taskId: number; nonce: number }
  | { to: 'left'; left: number; nonce: number }
  | { to: 'marker'; key: string; nonce: number }

type Selection =
  | { kind: 'task'; id: number }
  | { kind: 'dependency'; id: number }
  | { kind: 'gate'; id: number }
  | { kind: 'milestone'; id: number }
  | { kind: 'new' }
  | null

/**
 * A link into the plan from outside (a calendar event, a notice): `?task=`, `?gate=` or `?milestone=`. `key`
 * names the visit (the router's location key): the same link followed again, or gone back to, opens it again,
 * while a reload of the plan (a save, someone else's change) does not.
 */
export interface TimelineDeepLink {
  kind: 'task' | 'gate' | 'milestone'
  /** NaN when the URL's value is not an id: said to be missing, like an id the launch no longer has. */
  id: number
  key: string
}

const MISSING_TEXT: Record<TimelineDeepLink['kind'], string> = {
  task: 'This task is no longer in the launch.',
  gate: 'This gate is no longer in the launch.',
  milestone: 'This milestone is no longer in the launch.',
}

/** Performance marks read by `make bench` (frontend/bench/first-render.mjs). */
export const FIRST_RENDER_MEASURE = 'timeline:first-render'

/** Below this window width the task list starts hidden (a toggle shows it). */
const NARROW_PX = 700
const LIST_WIDTH_KEY = 'tminus.timeline.listWidth'

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

/** The height that makes the element end at the window's bottom (it scrolls inside itself). */
function useFillViewport(ref: RefObject<HTMLElement | null>): number | undefined {
  const [height, setHeight] = useState<number>()
  useLayoutEffect(() => {
    const update = () => {
      const el = ref.current
      if (!el) return
      const top = el.getBoundingClientRect().top + window.scrollY
      setHeight(Math.max(420, Math.floor(window.innerHeight - top - 12)))
    }
    update()
    window.addEventListener('resize', update)
    // What is above it (the launch's header) may load or wrap later.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update)
    if (ref.current?.parentElement) observer?.observe(ref.current.parentElement)
    return () => {
      window.removeEventListener('resize', update)
      observer?.disconnect()
    }
  }, [ref])
  return height
}

function useNarrowWindow(): boolean {
  const [narrow, setNarrow] = useState(() => window.innerWidth < NARROW_PX)
  useEffect(() => {
    const update = () => setNarrow(window.innerWidth < NARROW_PX)
    window.addEventListener('resize', update)
    return () => window.removeEventListener('resize', update)
  }, [])
  return narrow
}

function storedListWidth(): number {
  try {
    const value = Number(window.localStorage.getItem(LIST_WIDTH_KEY))
    if (value >= LIST_MIN_WIDTH && value <= LIST_MAX_WIDTH) return value
  } catch {
    // storage refused (private mode): the default
  }
  return LIST_DEFAULT_WIDTH
}

/**
 * The timeline's layout, laid out again in full only when more than a few tasks' days changed: a bar drawn on
 * its new days while the server has not answered (one row of thousands) redraws its lane and its links alone.
 */
function useTimelineLayout(timeline: Timeline, today: string, options: LayoutOptions): TimelineLayout {
  const last = useRef<{ timeline: Timeline; today: string; options: LayoutOptions; layout: TimelineLayout } | null>(null)
  const { pxPerDay, collapsed, isShown, addRows } = options
  return useMemo(() => {
    const previous = last.current
    const sameOptions =
      previous !== null &&
      previous.today === today &&
      previous.options.pxPerDay === pxPerDay &&
      previous.options.collapsed === collapsed &&
      previous.options.isShown === isShown &&
      previous.options.addRows === addRows
    const opts = { pxPerDay, collapsed, isShown, addRows }
    const layout =
      (sameOptions ? patchLayout(previous.layout, previous.timeline, timeline, today, opts) : null) ??
      buildLayout(timeline, 'days', today, opts)
    last.current = { timeline, today, options: opts, layout }
    return layout
  }, [timeline, today, pxPerDay, collapsed, isShown, addRows])
}

/**
 * The moves of bars the server has not answered yet, and the timeline with each drawn on its new days: the cache
 * already holds them (useMoveTask), but a reload that answers meanwhile (someone else's change, heard live)
 * holds the plan from before, and the bar must not jump back until the server has answered.
 */
function usePendingMoves(launchId: number, timeline: Timeline) {
  const pending = useMutationState({
    filters: { mutationKey: moveTaskKey(launchId), status: 'pending' },
    select: (mutation) => mutation.state.variables as MoveTaskVariables | undefined,
  })
  const shown = useMemo(
    () => pending.reduce((t, move) => (move?.shown ? withTaskShownOn(t, move.task.id, move.shown) : t), timeline),
    [pending, timeline],
  )
  const savingTaskIds = useMemo(() => new Set(pending.flatMap((move) => (move ? [move.task.id] : []))), [pending])
  return { timeline: shown, savingTaskIds }
}

interface TimelineViewProps {
  timeline: Timeline
  viewer: Viewer
  onGateSelect?: (id: number) => void
  renderGatePanel?: (gateId: number) => ReactNode
  toolbarExtras?: ReactNode
  deepLink?: TimelineDeepLink | null
}

const maxDay = (a: string, b: string) => (a > b ? a : b)
const minDay = (a: string, b: string) => (a < b ? a : b)

function TimelineView({ timeline: loaded, viewer, onGateSelect, renderGatePanel, toolbarExtras, deepLink }: TimelineViewProps) {
  const { timeline, savingTaskIds } = usePendingMoves(loaded.launch.id, loaded)
  const [pxPerDay, setPxPerDay] = useState(ZOOMS[0]!.pxPerDay)
  const [selection, setSelection] = useState<Selection>(null)
  const [movingLaunchDay, setMovingLaunchDay] = useState(false)
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(() => new Set())
  const [filters, setFilters] = useState<TaskFilters>(NO_FILTERS)
  const [query, setQuery] = useState('')
  const [currentMatch, setCurrentMatch] = useState(-1)
  const [showCritical, setShowCritical] = useState(true)
  const narrow = useNarrowWindow()
  const [listPreference, setListPreference] = useState<boolean | null>(null)
  const listShown = listPreference ?? !narrow
  const [filtersOpen, setFiltersOpen] = useState<boolean | null>(null)
  const filtersShown = filtersOpen ?? !narrow
  const [listWidth, setListWidthState] = useState(storedListWidth)
  const [dateMode, setDateMode] = useState<'offset' | 'date'>('offset')
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null)
  const section = useRef<HTMLElement>(null)
  const height = useFillViewport(section)
  const viewRef = useRef<(() => CanvasView) | null>(null)
  const today = todayIsoDay()
  const t0 = timeline.launch.t_zero_date

  const departmentOfLane = useMemo(
    () => new Map(timeline.lanes.map((lane) => [lane.id, lane.department.id])),
    [timeline.lanes],
  )
  const isShown = useMemo(() => {
    const context = { viewerId: viewer.id, departmentOf: (w: number) => departmentOfLane.get(w), today }
    return (task: TimelineTask) => passesFilters(task, filters, context)
  }, [filters, viewer.id, departmentOfLane, today])
  const canAddTo = useCallback((lane: TimelineLane) => leadsDepartment(viewer, lane.department.id), [viewer])
  const addRows = useMemo(
    () => new Set(timeline.lanes.filter(canAddTo).map((lane) => lane.id)),
    [timeline.lanes, canAddTo],
  )
  const canAddTasks = addRows.size > 0
  const layout = useTimelineLayout(timeline, today, { pxPerDay, collapsed, isShown, addRows })
  const shownCount = useMemo(() => timeline.tasks.filter(isShown).length, [timeline.tasks, isShown])

  // The search: every shown task whose title contains the text, in the rows' order (folded lanes included).
  const matches = useMemo(
    () => searchMatches(tasksInRowOrder(timeline).filter(isShown), query),
    [timeline, isShown, query],
  )
  const matchSet = useMemo(() => new Set(matches), [matches])
  const currentMatchId = currentMatch >= 0 ? matches[currentMatch] : undefined
  const matchOf = useCallback(
    (taskId: number) => (taskId === currentMatchId ? 'current' : matchSet.has(taskId) ? 'match' : 'none') as 'none' | 'match' | 'current',
    [currentMatchId, matchSet],
  )

  const [scrollTarget, setScrollTarget] = useState<ScrollTarget>({ to: 't0', nonce: 0 })
  const move = useMoveTask(timeline.launch.id)
  const lastGesture = useRef<'move' | 'resize'>('move')
  const createDependency = useCreateDependency(timeline.launch.id)
  const keyboardMove = useKeyboardMove(timeline.launch.id)
  useEffect(() => {
    if (keyboardMove.announcement) setNote(keyboardMove.announcement)
  }, [keyboardMove.announcement])
  const moveHintId = useId()
  const tZeroX = layout.markers.find((m) => m.kind === 't_zero')?.x ?? 0
  const todayX = layout.markers.find((m) => m.kind === 'today')?.x ?? 0

  // T-0 is centred on first show; today, a found task or a zoom's position on demand.
  const scrollRequest = useMemo((): ScrollRequest => {
    if (scrollTarget.to === 'left') return { left: scrollTarget.left, nonce: scrollTarget.nonce }
    if (scrollTarget.to === 'task') {
      const row = layout.taskRows.get(scrollTarget.taskId)
      if (row) return { x: row.x + Math.min(row.width, 400) / 2, y: row.y, nonce: scrollTarget.nonce }
    }
    if (scrollTarget.to === 'marker') {
      const marker = layout.markers.find((m) => m.key === scrollTarget.key)
      if (marker) return { x: marker.x, nonce: scrollTarget.nonce }
    }
    return { x: scrollTarget.to === 'today' ? todayX : tZeroX, nonce: scrollTarget.nonce }
  }, [scrollTarget, todayX, tZeroX, layout])
  const scrollTo = (to: 't0' | 'today') => setScrollTarget((s) => ({ to, nonce: s.nonce + 1 }))

  const expandLaneOf = (taskId: number) => {
    const task = timeline.tasks.find((t) => t.id === taskId)
    if (task && collapsed.has(task.workstream)) {
      setCollapsed((c) => {
        const next = new Set(c)
        next.delete(task.workstream)
        return next
      })
    }
  }
  const showTask = (taskId: number) => {
    expandLaneOf(taskId)
    setScrollTarget((s) => ({ to: 'task', taskId, nonce: s.nonce + 1 }))
    setSelection({ kind: 'task', id: taskId })
  }

  // Zoom: the presets, the buttons and Ctrl/Cmd+wheel keep the day at the middle (or under the pointer) in place.
  const zoomState = useRef({ px: pxPerDay, left: null as number | null })
  useEffect(() => {
    zoomState.current.left = null
  }, [scrollTarget])
  const zoomTo = (target: number, anchorX?: number) => {
    const view = viewRef.current?.() ?? { scrollLeft: 0, chartWidth: 1000 }
    const next = clampPxPerDay(target)
    const from = zoomState.current.px
    if (next === from) return
    const left = zoomScrollLeft(zoomState.current.left ?? view.scrollLeft, anchorX ?? view.chartWidth / 2, from, next)
    zoomState.current = { px: next, left }
    setPxPerDay(next)
    setScrollTarget((s) => ({ to: 'left', left, nonce: s.nonce + 1 }))
  }
  const zoomToFit = () => {
    const view = viewRef.current?.() ?? { scrollLeft: 0, chartWidth: 1000 }
    const { first, last } = timelineRange(timeline, today)
    // Room kept on the right for the last titles beside their bars.
    const next = fitPxPerDay(daysBetween(first, last) + 1, view.chartWidth - 150)
    zoomState.current = { px: next, left: 0 }
    setPxPerDay(next)
    setScrollTarget((s) => ({ to: 'left', left: 0, nonce: s.nonce + 1 }))
  }
  const onWheelZoom = useStableCallback((factor: number, pointerX: number) => zoomTo(zoomState.current.px * factor, pointerX))

  const canDrag = useCallback(
    (task: TimelineTask) =>
      taskEditLevel(viewer, { departmentId: departmentOfLane.get(task.workstream) ?? -1, assignee: task.assignee }) === 'all',
    [viewer, departmentOfLane],
  )
  const canMoveAny = timeline.tasks.some(canDrag)

  const onMoveTask = useStableCallback((task: TimelineTask, days: number) => {
    lastGesture.current = 'move'
    const plannedStart = shiftDay(task.planned_start, days)
    const patch = datePatch(task, t0, plannedStart, undefined, timeline.calendar)
    move.mutate({ task, patch, shown: shownAfterMove(task, plannedStart, timeline.calendar) })
  })
  const onResizeTask = useStableCallback((task: TimelineTask, edge: BarEdge, days: number) => {
    if (days === 0) return
    lastGesture.current = 'resize'
    const shown =
      edge === 'due'
        ? { start: task.start, due: maxDay(task.start, shiftDay(task.due, days)) }
        : { start: minDay(task.due, shiftDay(task.start, days)), due: task.due }
    move.mutate({ task, patch: resizePatch(task, edge, days, t0, timeline.calendar), shown })
  })
  const onKeyboardMoveTask = useStableCallback((task: TimelineTask, days: number) => {
    if (canDrag(task)) void keyboardMove.moveByDays(task, days)
  })
  const onKeyboardResizeTask = useStableCallback((task: TimelineTask, days: number) => {
    if (canDrag(task)) void keyboardMove.resizeByDays(task, days)
  })
  const onDrawLink = useStableCallback((predecessor: TimelineTask, successor: TimelineTask) => {
    if (!canAddDependency(viewer, departmentOfLane.get(successor.workstream) ?? -1)) {
      setNote({
        text: `“${successor.title}” was not linked: only its department's lead or the office adds its dependencies.`,
        error: true,
      })
      return
    }
    createDependency.mutate(
      { predecessor: predecessor.id, successor: successor.id, type: 'finish_to_start' },
      {
        onSuccess: () =>
          setNote({ text: `“${successor.title}” now starts after “${predecessor.title}” finishes.`, error: false }),
        onError: (error) =>
          setNote({ text: `The link was not added. ${describeWriteError(error)}`, error: true }),
      },
    )
  })
  const onSelectTask = useStableCallback((task: TimelineTask) => setSelection({ kind: 'task', id: task.id }))
  const onSelectDependency = useStableCallback((id: number) => setSelection({ kind: 'dependency', id }))
  // A gate opens in the side panel when the page gives one (features/gates draws it), else the page handles it.
  const onSelectGate = useStableCallback((id: number) =>
    renderGatePanel ? setSelection({ kind: 'gate', id }) : onGateSelect?.(id),
  )
  const onSelectMilestone = useStableCallback((id: number) => setSelection({ kind: 'milestone', id }))

  // A link from outside opens what it names as a click would, in view; an id the launch no longer has says so.
  const openDeepLink = useStableCallback(({ kind, id }: TimelineDeepLink) => {
    const task = kind === 'task' ? timeline.tasks.find((t) => t.id === id) : undefined
    const found =
      kind === 'task'
        ? task !== undefined
        : kind === 'gate'
          ? timeline.gates.some((g) => g.id === id)
          : timeline.milestones.some((m) => m.id === id)
    if (!found) {
      setNote({ text: MISSING_TEXT[kind], error: false })
      return
    }
    setNote(null)
    if (task) {
      // A filter that hides it would leave nothing to scroll to.
      if (!isShown(task)) setFilters(NO_FILTERS)
      showTask(task.id)
      return
    }
    setScrollTarget((s) => ({ to: 'marker', key: `${kind}-${id}`, nonce: s.nonce + 1 }))
    if (kind === 'gate') onSelectGate(id)
    else onSelectMilestone(id)
  })
  const openedLink = useRef<string | null>(null)
  useEffect(() => {
    if (!deepLink || openedLink.current === deepLink.key) return
    openedLink.current = deepLink.key
    openDeepLink(deepLink)
  }, [deepLink, openDeepLink])
  const gateSelect = renderGatePanel || onGateSelect ? onSelectGate : undefined
  const onTaskCreated = useStableCallback((taskId: number) => setSelection({ kind: 'task', id: taskId }))
  const onToggleLane = useStableCallback((laneId: number) =>
    setCollapsed((c) => {
      const next = new Set(c)
      if (next.has(laneId)) next.delete(laneId)
      else next.add(laneId)
      return next
    }),
  )
  const setListWidth = useStableCallback((width: number) => {
    setListWidthState(width)
    try {
      window.localStorage.setItem(LIST_WIDTH_KEY, String(width))
    } catch {
      // not kept: fine
    }
  })

  const titles = useMemo(() => new Map(timeline.tasks.map((t) => [t.id, t.title])), [timeline.tasks])
  const describeArrow = useCallback(
    (arrow: Arrow) => {
      const dep = timeline.dependencies.find((d) => d.id === arrow.id)
      const name = (task: number | null, milestone: number | null, gate: number | null) =>
        task !== null
          ? `“${titles.get(task) ?? `#${task}`}”`
          : milestone !== null
            ? `milestone “${timeline.milestones.find((m) => m.id === milestone)?.name ?? milestone}”`
            : `gate “${timeline.gates.find((g) => g.id === gate)?.name ?? gate}”`
      if (!dep) return `Link ${arrow.id}`
      const lag = linkLabel('finish_to_start', dep.lag_days)
      return `Link from ${name(dep.predecessor, dep.predecessor_milestone, dep.predecessor_gate)} to ${name(dep.successor, dep.successor_milestone, null)}, ${LINK_ABBREVIATIONS[dep.type]}${lag ? ` ${lag} days` : ''}${arrow.conflict ? ', in conflict' : ''}`
    },
    [timeline.dependencies, timeline.milestones, timeline.gates, titles],
  )

  const people = useMemo(() => new Map(timeline.people.map((p) => [p.id, p.full_name || p.username])), [timeline.people])
  const list = listShown
    ? { width: listWidth, context: { people, tZeroDate: t0, calendar: timeline.calendar, dateMode, query, matchOf } }
    : null

  const stepSearch = (direction: 1 | -1) => {
    const index = stepMatch(currentMatch, matches.length, direction)
    setCurrentMatch(index)
    if (index >= 0) showTask(matches[index]!)
  }

  const selectedTask = selection?.kind === 'task' ? (timeline.tasks.find((t) => t.id === selection.id) ?? null) : null
  const preset = ZOOMS.find((z) => Math.abs(z.pxPerDay - pxPerDay) < 0.01)?.value
  const closePanel = () => setSelection(null)
  const selectedGate = selection?.kind === 'gate' ? (timeline.gates.find((g) => g.id === selection.id) ?? null) : null
  const selectedMilestone =
    selection?.kind === 'milestone' ? (timeline.milestones.find((m) => m.id === selection.id) ?? null) : null
  const panel = selectedTask ? (
    <TaskPanel key={selectedTask.id} timeline={timeline} task={selectedTask} viewer={viewer} onClose={closePanel} />
  ) : selection?.kind === 'dependency' ? (
    <DependencyPanel
      key={selection.id}
      timeline={timeline}
      dependencyId={selection.id}
      viewer={viewer}
      onClose={closePanel}
    />
  ) : selectedGate && renderGatePanel ? (
    <SidePanel key={`gate-${selectedGate.id}`} title={selectedGate.name} subtitle="Gate" onClose={closePanel}>
      {renderGatePanel(selectedGate.id)}
    </SidePanel>
  ) : selectedMilestone ? (
    <MilestonePanel
      key={`milestone-${selectedMilestone.id}`}
      timeline={timeline}
      milestone={selectedMilestone}
      viewer={viewer}
      onClose={closePanel}
    />
  ) : selection?.kind === 'new' ? (
    <NewTaskForm timeline={timeline} viewer={viewer} onClose={closePanel} onCreated={(id) => showTask(id)} />
  ) : null

  return (
    <section
      className="timeline"
      ref={section}
      aria-label={`Timeline of ${timeline.launch.name}`}
      style={height ? { height } : undefined}
    >
      <div className="timeline-toolbar">
        <div role="group" aria-label="Zoom" className="segmented">
          {ZOOMS.map((z) => (
            <button key={z.value} type="button" aria-pressed={preset === z.value} onClick={() => zoomTo(z.pxPerDay)}>
              {z.label}
            </button>
          ))}
          <button type="button" aria-label="Zoom out" title="Zoom out (Ctrl+wheel)" onClick={() => zoomTo(stepZoom(pxPerDay, -1))}>
            −
          </button>
          <button type="button" aria-label="Zoom in" title="Zoom in (Ctrl+wheel)" onClick={() => zoomTo(stepZoom(pxPerDay, 1))}>
            +
          </button>
          <button type="button" title="The whole plan in view" onClick={zoomToFit}>
            Fit
          </button>
        </div>
        <div role="group" aria-label="Go to" className="segmented">
          <button type="button" aria-label="Go to today" onClick={() => scrollTo('today')}>
            Today
          </button>
          <button type="button" aria-label="Go to T-0" onClick={() => scrollTo('t0')}>
            T-0
          </button>
        </div>
        <button type="button" className="chip" aria-pressed={showCritical} onClick={() => setShowCritical((v) => !v)}>
          Critical path
        </button>
        <button type="button" className="chip" aria-pressed={listShown} onClick={() => setListPreference(!listShown)}>
          Task list
        </button>
        <span className="timeline-toolbar-end">
          {toolbarExtras}
          {canAddTasks && (
            <button type="button" className="button secondary" onClick={() => setSelection({ kind: 'new' })}>
              Add a task
            </button>
          )}
          {canPlanLaunch(viewer) && (
            <button type="button" className="button" onClick={() => setMovingLaunchDay(true)}>
              Move launch day
            </button>
          )}
          <details className="timeline-legend-box">
            <summary>Legend</summary>
            <TimelineLegend showKeyboardMove={canMoveAny} />
          </details>
        </span>
      </div>
      <div className="timeline-filters-row">
        <TaskFinder
          query={query}
          onQuery={(q) => {
            setQuery(q)
            setCurrentMatch(-1)
          }}
          count={matches.length}
          current={currentMatch}
          onStep={stepSearch}
        />
        {narrow && (
          <button
            type="button"
            className="chip"
            aria-expanded={filtersShown}
            onClick={() => setFiltersOpen(!filtersShown)}
          >
            Filters{activeFilterCount(filters) > 0 ? ` (${activeFilterCount(filters)})` : ''}
          </button>
        )}
        {filtersShown && (
          <TimelineFilters timeline={timeline} filters={filters} onChange={setFilters} shown={shownCount} />
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
        <TimelineNotices timeline={timeline} onShowTask={showTask} onGateSelect={gateSelect} />
      </div>
      {canMoveAny && <KeyboardMoveHint id={moveHintId} />}
      <div className="timeline-notices-row">
        <p className={`timeline-announcement${note?.error ? ' error' : ''}`} role="status" aria-live="polite">
          {note?.text}
        </p>
        {savingTaskIds.size > 0 && (
          <p className="muted timeline-saving-note" role="status">
            Saving the new dates…
          </p>
        )}
        {move.isError && (
          <p className="error" role="alert">
            {/* Name the task: the bar is back where it was, and the reader may not know which one it was. */}
            {move.variables
              ? `“${move.variables.task.title}” was not ${lastGesture.current === 'resize' ? 'resized' : 'moved'}. `
              : ''}
            {describeWriteError(move.error)}
          </p>
        )}
      </div>
      <div className={`timeline-main${panel ? ' has-panel' : ''}`}>
        <TimelineCanvas
          layout={layout}
          timeline={timeline}
          canDrag={canDrag}
          canLink={canAddTasks}
          canAddTo={canAddTo}
          savingTaskIds={savingTaskIds}
          selectedTaskId={selectedTask?.id ?? null}
          selectedDependencyId={selection?.kind === 'dependency' ? selection.id : null}
          showCritical={showCritical}
          list={list}
          onListWidth={setListWidth}
          onDateMode={setDateMode}
          describeArrow={describeArrow}
          onSelectTask={onSelectTask}
          onMoveTask={onMoveTask}
          onResizeTask={onResizeTask}
          onKeyboardMoveTask={onKeyboardMoveTask}
          onKeyboardResizeTask={onKeyboardResizeTask}
          onDrawLink={onDrawLink}
          onSelectDependency={onSelectDependency}
          onToggleLane={onToggleLane}
          onTaskCreated={onTaskCreated}
          onZoom={onWheelZoom}
          moveHintId={canMoveAny ? moveHintId : undefined}
          focusRequest={keyboardMove.focusRequest}
          onGateSelect={gateSelect}
          onMilestoneSelect={onSelectMilestone}
          scrollRequest={scrollRequest}
          viewRef={viewRef}
        />
        {panel && (
          <div className="timeline-side-panel">{panel}</div>
        )}
      </div>
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
  renderGatePanel,
  toolbarExtras,
  deepLink,
}: {
  launchId: number
  viewer: Viewer
  onGateSelect?: (gateId: number) => void
  /** A gate's details and decision controls, shown in the side panel when its flag is chosen. */
  renderGatePanel?: (gateId: number) => ReactNode
  /** More controls for the toolbar (an undo bar). */
  toolbarExtras?: ReactNode
  /** What the page's URL asks to open (?task=, ?gate=, ?milestone=). */
  deepLink?: TimelineDeepLink | null
}) {
  const timeline = useTimeline(launchId)
  useFirstRenderMark(timeline.isSuccess)
  if (timeline.isPending) return <Loading label="Loading the timeline…" />
  if (timeline.isError) return <ErrorNotice error={timeline.error} />
  return (
    <TimelineView
      timeline={timeline.data}
      viewer={viewer}
      onGateSelect={onGateSelect}
      renderGatePanel={renderGatePanel}
      toolbarExtras={toolbarExtras}
      deepLink={deepLink}
    />
  )
}
