/** Maps the timeline API's plain data to positions on screen: rows, bars, arrows, markers. Pure functions. */
import {
  axisTicks,
  daysBetween,
  formatDay,
  momentDay,
  shiftDay,
  tMinusLabel,
  type IsoDay,
  type Tick,
  type TickUnit,
} from '../../lib/dates'
import type { TaskDetail, TaskPatch } from './api/tasks'
import type { GateStatus, Timeline, TimelineLane, TimelineTask } from './api/timeline'

export type Zoom = 'days' | 'weeks' | 'months'

export const ZOOMS: { value: Zoom; label: string; pxPerDay: number; tick: TickUnit }[] = [
  { value: 'days', label: 'Days', pxPerDay: 28, tick: 'day' },
  { value: 'weeks', label: 'Weeks', pxPerDay: 10, tick: 'week' },
  { value: 'months', label: 'Months', pxPerDay: 3, tick: 'month' },
]

export const ROW_HEIGHT = 28
export const LANE_HEADER_HEIGHT = 32
/** Days of margin left and right of the plan. */
const PADDING_DAYS = 5

export interface LaneRow {
  kind: 'lane'
  key: string
  y: number
  height: number
  lane: TimelineLane
  taskCount: number
}

export interface TaskRow {
  kind: 'task'
  key: string
  y: number
  height: number
  lane: TimelineLane
  task: TimelineTask
  x: number
  width: number
}

export type Row = LaneRow | TaskRow

export interface Marker {
  key: string
  kind: 'milestone' | 't_zero' | 'gate' | 'today'
  /** The gate's or milestone's id. */
  id: number | null
  name: string
  day: IsoDay
  x: number
  status?: GateStatus
  /** The row of the axis its flag sits in (0: top), so flags of nearby days do not overlap. */
  row: number
}

export interface Arrow {
  id: number
  path: string
  critical: boolean
  conflict: boolean
  top: number
  bottom: number
}

export interface TimelineLayout {
  first: IsoDay
  last: IsoDay
  pxPerDay: number
  width: number
  height: number
  rows: Row[]
  taskRows: Map<number, TaskRow>
  /** Markers by day, each with its flag's row. */
  markers: Marker[]
  /** How many rows of flags the axis needs (at least 1). */
  flagRows: number
  arrows: Arrow[]
  ticks: (Tick & { x: number })[]
  /** What one tick marks: a day, a week or a month. */
  tickUnit: TickUnit
}

/** Height of one row of flags in the axis (px; the flags' font is 0.72rem). */
export const FLAG_ROW_HEIGHT = 19
/** Generous per-character width and padding of a flag (px), so an estimate never comes out too short. */
const FLAG_CHAR_PX = 7
const FLAG_PADDING_PX = 16
/** Space kept between two flags in one row (px). */
const FLAG_GAP_PX = 6

/** The text a marker's flag shows: a shape per kind (not colour alone) and a gate's status. */
export function markerFlagText(marker: Pick<Marker, 'kind' | 'name' | 'status'>): string {
  if (marker.kind === 'gate') return `◆ ${marker.name}${marker.status ? ` (${marker.status})` : ''}`
  if (marker.kind === 'milestone') return `▲ ${marker.name}`
  return marker.name
}

/** How wide a flag's label is drawn, estimated from its text (the layout is computed before anything is drawn). */
export function flagWidth(text: string): number {
  return text.length * FLAG_CHAR_PX + FLAG_PADDING_PX
}

/**
 * The row of each flag (same order as given), so that no two flags in a row overlap: flags hang right from
 * their day's x; taken from left to right, each goes to the first row where the last flag ends before it
 * (plus a gap). This greedy choice uses the fewest rows possible.
 */
export function stackFlags(flags: readonly { x: number; width: number }[], gap: number = FLAG_GAP_PX): number[] {
  const order = flags.map((_, i) => i).sort((a, b) => flags[a]!.x - flags[b]!.x || a - b)
  const rowEnds: number[] = []
  const rows: number[] = new Array<number>(flags.length).fill(0)
  for (const i of order) {
    const { x, width } = flags[i]!
    let row = rowEnds.findIndex((end) => end + gap <= x)
    if (row === -1) {
      row = rowEnds.length
      rowEnds.push(x)
    }
    rowEnds[row] = x + width
    rows[i] = row
  }
  return rows
}

/** Markers sorted by day (the order they are read in), each given the row its flag fits in. */
export function stackMarkers(markers: readonly Omit<Marker, 'row'>[]): { markers: Marker[]; rows: number } {
  const sorted = [...markers].sort((a, b) => a.x - b.x)
  const rows = stackFlags(sorted.map((m) => ({ x: m.x, width: flagWidth(markerFlagText(m)) })))
  return {
    markers: sorted.map((m, i) => ({ ...m, row: rows[i]! })),
    rows: Math.max(1, ...rows.map((r) => r + 1)),
  }
}

/** The day a milestone or gate falls on: anchored ones counted from T-0's day, fixed ones on their moment. */
export function markerDay(
  item: { schedule_mode: string; offset_days: number | null; moment: string },
  tZeroDate: IsoDay,
): IsoDay {
  if (item.schedule_mode === 'anchored' && item.offset_days !== null) return shiftDay(tZeroDate, item.offset_days)
  return momentDay(item.moment)
}

/** The first and last day to show: every task, marker and today, with a margin. */
export function timelineRange(timeline: Timeline, today: IsoDay): { first: IsoDay; last: IsoDay } {
  const t0 = timeline.launch.t_zero_date
  let first = today < t0 ? today : t0
  let last = today > t0 ? today : t0
  for (const task of timeline.tasks) {
    if (task.start < first) first = task.start
    if (task.due > last) last = task.due
  }
  for (const item of [...timeline.milestones, ...timeline.gates]) {
    const day = markerDay(item, t0)
    if (day < first) first = day
    if (day > last) last = day
  }
  return { first: shiftDay(first, -PADDING_DAYS), last: shiftDay(last, PADDING_DAYS) }
}

/** An elbow from the predecessor's end to the successor's start, going round when the successor starts earlier. */
export function arrowPath(x1: number, y1: number, x2: number, y2: number): string {
  const gap = 8
  if (x2 - x1 >= 2 * gap) return `M${x1},${y1} H${x1 + gap} V${y2} H${x2}`
  const midY = y2 > y1 ? y1 + ROW_HEIGHT / 2 : y1 - ROW_HEIGHT / 2
  return `M${x1},${y1} H${x1 + gap} V${midY} H${x2 - gap} V${y2} H${x2}`
}

export function buildLayout(timeline: Timeline, zoom: Zoom, today: IsoDay): TimelineLayout {
  const { pxPerDay, tick } = ZOOMS.find((z) => z.value === zoom) ?? ZOOMS[0]!
  const { first, last } = timelineRange(timeline, today)
  // Days are compared as "YYYY-MM-DD" strings and counted from `first` once per distinct day.
  const xCache = new Map<IsoDay, number>()
  const x = (day: IsoDay) => {
    let value = xCache.get(day)
    if (value === undefined) {
      value = daysBetween(first, day) * pxPerDay
      xCache.set(day, value)
    }
    return value
  }

  const byLane = new Map<number, TimelineTask[]>()
  for (const lane of timeline.lanes) byLane.set(lane.id, [])
  for (const task of timeline.tasks) byLane.get(task.workstream)?.push(task)

  const rows: Row[] = []
  const taskRows = new Map<number, TaskRow>()
  let y = 0
  for (const lane of timeline.lanes) {
    const tasks = (byLane.get(lane.id) ?? []).sort((a, b) =>
      a.start === b.start ? a.id - b.id : a.start < b.start ? -1 : 1,
    )
    rows.push({ kind: 'lane', key: `lane-${lane.id}`, y, height: LANE_HEADER_HEIGHT, lane, taskCount: tasks.length })
    y += LANE_HEADER_HEIGHT
    for (const task of tasks) {
      const left = x(task.start)
      const row: TaskRow = {
        kind: 'task',
        key: `task-${task.id}`,
        y,
        height: ROW_HEIGHT,
        lane,
        task,
        x: left,
        width: x(task.due) + pxPerDay - left,
      }
      rows.push(row)
      taskRows.set(task.id, row)
      y += ROW_HEIGHT
    }
  }

  const conflicting = new Set(
    timeline.conflicts.filter((c) => c.kind === 'dependency').map((c) => `${c.predecessor}-${c.task}`),
  )
  const arrows: Arrow[] = []
  for (const dep of timeline.dependencies) {
    const from = taskRows.get(dep.predecessor)
    const to = taskRows.get(dep.successor)
    if (!from || !to) continue
    const y1 = from.y + ROW_HEIGHT / 2
    const y2 = to.y + ROW_HEIGHT / 2
    arrows.push({
      id: dep.id,
      path: arrowPath(from.x + from.width, y1, to.x, y2),
      critical: from.task.critical && to.task.critical,
      conflict: conflicting.has(`${dep.predecessor}-${dep.successor}`),
      top: Math.min(y1, y2) - ROW_HEIGHT,
      bottom: Math.max(y1, y2) + ROW_HEIGHT,
    })
  }

  const t0 = timeline.launch.t_zero_date
  const unstacked: Omit<Marker, 'row'>[] = [
    ...timeline.milestones.map((m): Omit<Marker, 'row'> => {
      const day = markerDay(m, t0)
      return { key: m.kind === 't_zero' ? 't-zero' : `milestone-${m.id}`, kind: m.kind, id: m.id, name: m.name, day, x: x(day) }
    }),
    ...timeline.gates.map((g): Omit<Marker, 'row'> => {
      const day = markerDay(g, t0)
      return { key: `gate-${g.id}`, kind: 'gate', id: g.id, name: g.name, day, x: x(day), status: g.status }
    }),
    { key: 'today', kind: 'today', id: null, name: 'Today', day: today, x: x(today) },
  ]
  if (!unstacked.some((m) => m.kind === 't_zero')) {
    unstacked.push({ key: 't-zero', kind: 't_zero', id: null, name: 'T-0', day: t0, x: x(t0) })
  }
  const { markers, rows: flagRows } = stackMarkers(unstacked)

  return {
    first,
    last,
    pxPerDay,
    width: x(last) + pxPerDay,
    height: y,
    rows,
    taskRows,
    markers,
    flagRows,
    arrows,
    ticks: axisTicks(first, last, tick).map((t) => ({ ...t, x: x(t.day) })),
    tickUnit: tick,
  }
}

/** The rows that overlap [top, bottom] (rows are sorted by y), by binary search. */
export function visibleRows(rows: Row[], top: number, bottom: number): Row[] {
  let lo = 0
  let hi = rows.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const row = rows[mid]!
    if (row.y + row.height <= top) lo = mid + 1
    else hi = mid
  }
  const out: Row[] = []
  for (let i = lo; i < rows.length && rows[i]!.y < bottom; i++) out.push(rows[i]!)
  return out
}

export function visibleArrows(arrows: Arrow[], top: number, bottom: number): Arrow[] {
  return arrows.filter((a) => a.bottom >= top && a.top <= bottom)
}

/** A bar dragged by `dx` pixels moves by whole days. */
export function dragDays(dx: number, pxPerDay: number): number {
  const days = Math.round(dx / pxPerDay)
  return Object.is(days, -0) ? 0 : days
}

/** What a task edit sends: dates as the task's own anchor (offset from T-0, or a fixed start day). */
export function datePatch(
  task: Pick<TimelineTask, 'schedule_mode'>,
  tZeroDate: IsoDay,
  start: IsoDay,
  due?: IsoDay,
): Record<string, string | number> {
  const patch: Record<string, string | number> =
    task.schedule_mode === 'anchored' ? { offset_days: daysBetween(tZeroDate, start) } : { start_date: start }
  if (due !== undefined) patch.due_date = due
  return patch
}

/** The label planners use for a day: T-14, T-0, T+3. */
export function tLabel(day: IsoDay, tZeroDate: IsoDay): string {
  return tMinusLabel(daysBetween(tZeroDate, day))
}

/** The keys that move a focused bar, as aria-keyshortcuts names them. */
export const MOVE_SHORTCUTS = 'Alt+ArrowRight Alt+ArrowLeft'

/** Days a key press moves a task: Alt+ArrowRight one later, Alt+ArrowLeft one earlier, anything else 0. */
export function keyMoveDays(event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): number {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return 0
  if (event.key === 'ArrowRight') return 1
  if (event.key === 'ArrowLeft') return -1
  return 0
}

/**
 * The PATCH that moves a task by whole days, keeping its duration: an anchored task's offset from T-0, or a
 * fixed task's start date, shifted (from the current version on the server).
 */
export function moveByDaysPatch(
  task: Pick<TaskDetail, 'schedule_mode' | 'offset_days' | 'start_date' | 'planned_start'>,
  tZeroDate: IsoDay,
  days: number,
): TaskPatch {
  if (task.schedule_mode === 'anchored' && task.offset_days !== null) return { offset_days: task.offset_days + days }
  if (task.schedule_mode === 'fixed' && task.start_date !== null) return { start_date: shiftDay(task.start_date, days) }
  return datePatch(task, tZeroDate, shiftDay(task.planned_start, days)) as TaskPatch
}

/**
 * What a move announces: the task's new planned start, from T-0 and as a day; and, when its predecessors
 * push it later than that, the day it now starts (`start`, from the reloaded timeline).
 */
export function movedMessage(title: string, plannedStart: IsoDay, start: IsoDay | undefined, tZeroDate: IsoDay): string {
  const at = (day: IsoDay) => `${tLabel(day, tZeroDate)}, ${formatDay(day)}`
  if (start === undefined || start === plannedStart) return `Moved “${title}” to ${at(plannedStart)}.`
  return `Moved the planned start of “${title}” to ${at(plannedStart)}; it starts ${at(start)}, after its predecessors.`
}
