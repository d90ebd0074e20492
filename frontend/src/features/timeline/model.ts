/** Maps the timeline API's plain data to positions on screen: rows, bars, arrows, markers. Pure functions. */
import {
  axisTicks,
  dayInZone,
  daysBetween,
  eachDay,
  formatDay,
  formatShortDay,
  formatWeekday,
  isoWeekday,
  momentDay,
  shiftDay,
  tMinusLabel,
  type IsoDay,
  type Tick,
  type TickUnit,
} from '../../lib/dates'
import type { TaskDetail, TaskPatch } from './api/tasks'
import type {
  DayCount,
  GateStatus,
  LinkType,
  Timeline,
  TimelineCalendar,
  TimelineLane,
  TimelineTask,
} from './api/timeline'

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
  /** Where the task was in the current baseline (a thin ghost bar under it); null without a baseline. */
  baseline: { x: number; width: number } | null
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
  type: LinkType
  path: string
  critical: boolean
  conflict: boolean
  /** What the arrow says besides its ends: SS, FF or SF (finish-to-start says nothing), and a lag or lead. */
  label: string
  labelX: number
  labelY: number
  top: number
  bottom: number
}

/** Days the launch does not work: a run of weekly days off (a weekend), or one holiday or closure. */
export interface DayOff {
  key: string
  kind: 'weekly' | 'closed'
  first: IsoDay
  last: IsoDay
  x: number
  width: number
  /** What it is, for a tooltip: "Sat 13 Mar to Sun 14 Mar: weekly days off", "Mon 5 Apr: Easter Monday". */
  label: string
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
  /** The days off in view, shaded on the axis and behind the lanes. */
  daysOff: DayOff[]
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

/**
 * The day a milestone or gate falls on: an anchored one on its moment's day in the launch's zone (the server
 * counts its offset from T-0 in calendar or working days, as the launch says), or from T-0's day when the zone
 * or moment is not known; a fixed one on its moment.
 */
export function markerDay(
  item: { schedule_mode: string; offset_days: number | null; moment: string },
  tZeroDate: IsoDay,
  timeZone?: string,
): IsoDay {
  if (item.schedule_mode === 'anchored' && item.offset_days !== null) {
    const day = timeZone ? dayInZone(item.moment, timeZone) : ''
    return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : shiftDay(tZeroDate, item.offset_days)
  }
  return momentDay(item.moment)
}

/** The part of the launch's calendar the client counts with. */
export type WorkingCalendar = Pick<TimelineCalendar, 'working_weekdays' | 'closed_days'> &
  Partial<Pick<TimelineCalendar, 'offset_count'>>

/** Why a day is not worked (a holiday's or closure's reason, or its weekday), or null on a working day. */
export function dayOffReason(
  day: IsoDay,
  calendar: WorkingCalendar,
  closed: ReadonlyMap<IsoDay, string> = closedDays(calendar),
): string | null {
  const reason = closed.get(day)
  if (reason !== undefined) return reason
  return calendar.working_weekdays.includes(isoWeekday(day)) ? null : formatWeekday(day)
}

/** The holidays and closures by day. */
export function closedDays(calendar: Pick<TimelineCalendar, 'closed_days'>): Map<IsoDay, string> {
  return new Map(calendar.closed_days.map((c) => [c.date, c.reason]))
}

/**
 * A day's offset from T-0 as the launch counts offsets: calendar days, or working days (T-14 is the 14th
 * working day before launch day, as the server's Launch.offset_day). A day off counts as the working day
 * next to it on T-0's side.
 */
export function tOffset(day: IsoDay, tZeroDate: IsoDay, calendar?: WorkingCalendar): number {
  const days = daysBetween(tZeroDate, day)
  if (!calendar || calendar.offset_count !== 'working' || days === 0) return days
  const closed = closedDays(calendar)
  const works = (d: IsoDay) => dayOffReason(d, calendar, closed) === null
  let count = 0
  if (days < 0) {
    // The working days from the day up to T-0, T-0 not counted.
    for (let i = 0; i < -days; i++) if (works(shiftDay(day, i))) count -= 1
  } else {
    // The working days after T-0, up to the day.
    for (let i = 1; i <= days; i++) if (works(shiftDay(tZeroDate, i))) count += 1
  }
  return count
}

/** The days off between two days, shaded: weekly days off in runs (a weekend is one), each holiday or closure alone. */
export function daysOffBetween(
  first: IsoDay,
  last: IsoDay,
  calendar: WorkingCalendar,
  x: (day: IsoDay) => number,
  pxPerDay: number,
): DayOff[] {
  const closed = closedDays(calendar)
  if (closed.size === 0 && [1, 2, 3, 4, 5, 6, 7].every((d) => calendar.working_weekdays.includes(d))) return []
  const out: DayOff[] = []
  let run: { first: IsoDay; last: IsoDay; count: number } | null = null
  const endRun = () => {
    if (!run) return
    const { first: from, last: to, count } = run
    const span = count === 1 ? `${formatWeekday(from)} ${formatShortDay(from)}` : `${formatShortDay(from)} to ${formatShortDay(to)}`
    out.push({
      key: `weekly-${from}`,
      kind: 'weekly',
      first: from,
      last: to,
      x: x(from),
      width: count * pxPerDay,
      label: `${span}: weekly day${count === 1 ? '' : 's'} off`,
    })
    run = null
  }
  for (const day of eachDay(first, last)) {
    const reason = closed.get(day)
    if (reason !== undefined) {
      endRun()
      out.push({
        key: `closed-${day}`,
        kind: 'closed',
        first: day,
        last: day,
        x: x(day),
        width: pxPerDay,
        label: `${formatDay(day)}: day off (${reason})`,
      })
    } else if (!calendar.working_weekdays.includes(isoWeekday(day))) {
      if (run) {
        run.last = day
        run.count += 1
      } else run = { first: day, last: day, count: 1 }
    } else endRun()
  }
  endRun()
  return out
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
    const day = markerDay(item, t0, timeline.launch.time_zone)
    if (day < first) first = day
    if (day > last) last = day
  }
  return { first: shiftDay(first, -PADDING_DAYS), last: shiftDay(last, PADDING_DAYS) }
}

/** Which end of each bar a link joins: the predecessor's side, then the successor's. */
export const LINK_ENDS: Record<LinkType, readonly ['start' | 'finish', 'start' | 'finish']> = {
  finish_to_start: ['finish', 'start'],
  start_to_start: ['start', 'start'],
  finish_to_finish: ['finish', 'finish'],
  start_to_finish: ['start', 'finish'],
}

/** The short names planners use; finish-to-start, the usual link, goes without a label on its arrow. */
export const LINK_ABBREVIATIONS: Record<LinkType, string> = {
  finish_to_start: 'FS',
  start_to_start: 'SS',
  finish_to_finish: 'FF',
  start_to_finish: 'SF',
}

/** An arrow's label: the link type unless finish-to-start, then a lag ("+2") or lead ("−1") in days. */
export function linkLabel(type: LinkType, lagDays: number): string {
  const lag = lagDays > 0 ? `+${lagDays}` : lagDays < 0 ? `−${-lagDays}` : ''
  return type === 'finish_to_start' ? lag : `${LINK_ABBREVIATIONS[type]}${lag ? ` ${lag}` : ''}`
}

/**
 * An elbow from the predecessor's side the link starts from (its start or its finish) to the successor's side
 * it reaches: it leaves a start going left and a finish going right, and reaches a start from the left and a
 * finish from the right, going round between the rows when the two sides face away. The label sits on its
 * vertical leg.
 */
export function linkPath(
  type: LinkType,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
): { path: string; labelX: number; labelY: number } {
  const gap = 8
  const [from, to] = LINK_ENDS[type]
  const out = from === 'finish' ? 1 : -1
  const into = to === 'start' ? -1 : 1
  const midY = y2 > y1 ? y1 + ROW_HEIGHT / 2 : y1 - ROW_HEIGHT / 2
  if (out === into) {
    // Both on the same side (start to start, finish to finish): one leg beyond both.
    const legX = out === 1 ? Math.max(x1, x2) + gap : Math.min(x1, x2) - gap
    return { path: `M${x1},${y1} H${legX} V${y2} H${x2}`, labelX: legX, labelY: (y1 + y2) / 2 }
  }
  const legX = x1 + out * gap
  if ((x2 + into * gap - legX) * out >= 0) {
    return { path: `M${x1},${y1} H${legX} V${y2} H${x2}`, labelX: legX, labelY: (y1 + y2) / 2 }
  }
  const backX = x2 + into * gap
  return {
    path: `M${x1},${y1} H${legX} V${midY} H${backX} V${y2} H${x2}`,
    labelX: backX,
    labelY: (midY + y2) / 2,
  }
}

/** A finish-to-start elbow from the predecessor's end to the successor's start, going round when it starts earlier. */
export function arrowPath(x1: number, y1: number, x2: number, y2: number): string {
  return linkPath('finish_to_start', x1, y1, x2, y2).path
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
        baseline: null,
      }
      if (task.baseline_start && task.baseline_due) {
        const baselineX = x(task.baseline_start)
        row.baseline = { x: baselineX, width: x(task.baseline_due) + pxPerDay - baselineX }
      }
      rows.push(row)
      taskRows.set(task.id, row)
      y += ROW_HEIGHT
    }
  }

  const t0 = timeline.launch.t_zero_date
  const zone = timeline.launch.time_zone
  // A link's ends by what they are: a task's id, or a milestone's ("m3") or gate's ("g9").
  const conflicting = new Set(
    timeline.conflicts
      .filter((c) => c.kind === 'dependency')
      .flatMap((c) => {
        const before =
          c.predecessor ?? (c.predecessor_milestone !== undefined ? `m${c.predecessor_milestone}` : `g${c.predecessor_gate}`)
        const keys = [`${before}-${c.task}`]
        if (c.milestone !== undefined) keys.push(`${c.task}-m${c.milestone}`, `${c.predecessor}-m${c.milestone}`)
        return keys
      }),
  )
  // A moment (a milestone or gate a link names) has no length: its line, at the day's start.
  const momentX = new Map<string, number>([
    ...timeline.milestones.filter((m) => m.id !== null).map((m) => [`m${m.id}`, x(markerDay(m, t0, zone))] as const),
    ...timeline.gates.map((g) => [`g${g.id}`, x(markerDay(g, t0, zone))] as const),
  ])
  const arrows: Arrow[] = []
  for (const dep of timeline.dependencies) {
    const fromKey =
      dep.predecessor ?? (dep.predecessor_milestone !== null ? `m${dep.predecessor_milestone}` : `g${dep.predecessor_gate}`)
    const toKey = dep.successor ?? `m${dep.successor_milestone}`
    const from = typeof fromKey === 'number' ? taskRows.get(fromKey) : undefined
    const to = typeof toKey === 'number' ? taskRows.get(toKey) : undefined
    const fromMoment = typeof fromKey === 'string' ? momentX.get(fromKey) : undefined
    const toMoment = typeof toKey === 'string' ? momentX.get(toKey) : undefined
    // A task at one end at least; each end drawn (a task in view of the plan, a moment on the timeline).
    if ((!from && !to) || (!from && fromMoment === undefined) || (!to && toMoment === undefined)) continue
    const [fromEnd, toEnd] = LINK_ENDS[dep.type]
    const y1 = (from ?? to)!.y + ROW_HEIGHT / 2
    const y2 = (to ?? from)!.y + ROW_HEIGHT / 2
    const x1 = from ? (fromEnd === 'finish' ? from.x + from.width : from.x) : fromMoment!
    const x2 = to ? (toEnd === 'finish' ? to.x + to.width : to.x) : toMoment!
    // To or from a moment: straight along the task's row, from or to the moment's line.
    const drawn =
      from && to
        ? linkPath(dep.type, x1, y1, x2, y2)
        : { path: `M${x1},${y1} H${x2}`, labelX: (x1 + x2) / 2 - 6, labelY: y1 - 8 }
    arrows.push({
      id: dep.id,
      type: dep.type,
      path: drawn.path,
      label: linkLabel(dep.type, dep.lag_days),
      labelX: drawn.labelX,
      labelY: drawn.labelY,
      critical: Boolean(from?.task.critical && to?.task.critical),
      conflict: conflicting.has(`${fromKey}-${toKey}`),
      top: Math.min(y1, y2) - ROW_HEIGHT,
      bottom: Math.max(y1, y2) + ROW_HEIGHT,
    })
  }

  const unstacked: Omit<Marker, 'row'>[] = [
    ...timeline.milestones.map((m): Omit<Marker, 'row'> => {
      const day = markerDay(m, t0, zone)
      return { key: m.kind === 't_zero' ? 't-zero' : `milestone-${m.id}`, kind: m.kind, id: m.id, name: m.name, day, x: x(day) }
    }),
    ...timeline.gates.map((g): Omit<Marker, 'row'> => {
      const day = markerDay(g, t0, zone)
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
    daysOff: timeline.calendar ? daysOffBetween(first, last, timeline.calendar, x, pxPerDay) : [],
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

/**
 * What a task edit sends: dates as the task's own anchor (offset from T-0, counted as the launch counts
 * offsets, or a fixed start day).
 */
export function datePatch(
  task: Pick<TimelineTask, 'schedule_mode'>,
  tZeroDate: IsoDay,
  start: IsoDay,
  due?: IsoDay,
  calendar?: WorkingCalendar,
): Record<string, string | number> {
  const patch: Record<string, string | number> =
    task.schedule_mode === 'anchored' ? { offset_days: tOffset(start, tZeroDate, calendar) } : { start_date: start }
  if (due !== undefined) patch.due_date = due
  return patch
}

/** The label planners use for a day: T-14, T-0, T+3 (in working days when the launch counts offsets so). */
export function tLabel(day: IsoDay, tZeroDate: IsoDay, calendar?: WorkingCalendar): string {
  return tMinusLabel(tOffset(day, tZeroDate, calendar))
}

/** How a task's due day compares with the current baseline's: "3 days later than baseline". */
export function varianceText(varianceDays: number): string {
  if (varianceDays === 0) return 'on its baseline'
  const n = Math.abs(varianceDays)
  return `${n} day${n === 1 ? '' : 's'} ${varianceDays > 0 ? 'later' : 'earlier'} than baseline`
}

/** "5 working days", "1 calendar day". */
export function dayCountText(days: number, count: DayCount): string {
  return `${days} ${count} day${Math.abs(days) === 1 ? '' : 's'}`
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
export function movedMessage(
  title: string,
  plannedStart: IsoDay,
  start: IsoDay | undefined,
  tZeroDate: IsoDay,
  calendar?: WorkingCalendar,
): string {
  const at = (day: IsoDay) => `${tLabel(day, tZeroDate, calendar)}, ${formatDay(day)}`
  if (start === undefined || start === plannedStart) return `Moved “${title}” to ${at(plannedStart)}.`
  return `Moved the planned start of “${title}” to ${at(plannedStart)}; it starts ${at(start)}, after its predecessors.`
}
