/** Maps the timeline API's plain data to positions on screen: rows, bars, arrows, markers. Pure functions. */
import {
  axisTicks,
  daysBetween,
  momentDay,
  shiftDay,
  tMinusLabel,
  type IsoDay,
  type Tick,
  type TickUnit,
} from '../../lib/dates'
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
  markers: Marker[]
  arrows: Arrow[]
  ticks: (Tick & { x: number })[]
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
  const markers: Marker[] = [
    ...timeline.milestones.map((m): Marker => {
      const day = markerDay(m, t0)
      return { key: m.kind === 't_zero' ? 't-zero' : `milestone-${m.id}`, kind: m.kind, id: m.id, name: m.name, day, x: x(day) }
    }),
    ...timeline.gates.map((g): Marker => {
      const day = markerDay(g, t0)
      return { key: `gate-${g.id}`, kind: 'gate', id: g.id, name: g.name, day, x: x(day), status: g.status }
    }),
    { key: 'today', kind: 'today', id: null, name: 'Today', day: today, x: x(today) },
  ]
  if (!markers.some((m) => m.kind === 't_zero')) {
    markers.push({ key: 't-zero', kind: 't_zero', id: null, name: 'T-0', day: t0, x: x(t0) })
  }

  return {
    first,
    last,
    pxPerDay,
    width: x(last) + pxPerDay,
    height: y,
    rows,
    taskRows,
    markers,
    arrows,
    ticks: axisTicks(first, last, tick).map((t) => ({ ...t, x: x(t.day) })),
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
