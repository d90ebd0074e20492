/** Maps the timeline API's plain data to positions on screen: rows, bars, arrows, markers. Pure functions. */
import {
  dayInZone,
  daysBetween,
  eachDay,
  formatDay,
  formatShortDay,
  formatWeekday,
  isoWeekday,
  momentDay,
  parseDay,
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
  TimelineCommunication,
  TimelineDependency,
  TimelineGate,
  TimelineLane,
  TimelineTask,
} from './api/timeline'
import { axisTiers, tickUnitFor, type AxisTiers } from './scale'

export type Zoom = 'days' | 'weeks' | 'months'

export const ZOOMS: { value: Zoom; label: string; pxPerDay: number; tick: TickUnit }[] = [
  { value: 'days', label: 'Days', pxPerDay: 28, tick: 'day' },
  { value: 'weeks', label: 'Weeks', pxPerDay: 10, tick: 'week' },
  { value: 'months', label: 'Months', pxPerDay: 3, tick: 'week' },
]

export const ROW_HEIGHT = 28
export const LANE_HEADER_HEIGHT = 32
/** A bar's inset from its row's top and bottom (px). */
export const BAR_INSET = 5
/** Days of margin left and right of the plan. */
const PADDING_DAYS = 5

export interface LaneRow {
  kind: 'lane'
  key: string
  y: number
  height: number
  lane: TimelineLane
  /** The lane's tasks, all of them. */
  taskCount: number
  /** Those the filters leave (as many as taskCount when nothing is filtered). */
  shownCount: number
  collapsed: boolean
  /** The span of the tasks shown (or, collapsed, that would be): a summary bar in the lane's header row. */
  summary: { x: number; width: number; start: IsoDay; due: IsoDay } | null
}

/** Where a bar's title goes: inside the bar when it fits, else beside it on the right (space kept for it). */
export interface TitlePlacement {
  inside: boolean
  x: number
  /** The room it has (px): it is cut short with an ellipsis beyond. */
  width: number
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
  title: TitlePlacement
  /** Where the task was in the current baseline (a thin ghost bar under it); null without a baseline. */
  baseline: { x: number; width: number } | null
}

/** The empty row at the end of a lane where its editors click or drag to add a task. */
export interface AddRow {
  kind: 'add'
  key: string
  y: number
  height: number
  lane: TimelineLane
}

export type Row = LaneRow | TaskRow | AddRow

/** A communication on its planned day, in the axis's strip of communications. */
export interface CommunicationMarker {
  key: string
  id: number
  title: string
  kind: TimelineCommunication['kind']
  status: TimelineCommunication['status']
  day: IsoDay
  x: number
  /** Its row in the strip, so that markers of nearby days do not overlap. */
  row: number
  embargoed: boolean
  /** "Embargoed until T-0", "Embargoed until gate “Go/No-Go” is approved", or "No embargo". */
  embargo: string
}

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
  /** Zoomed far out, a gate's or milestone's flag is its symbol alone (its name in the tooltip). */
  compact?: boolean
}

export interface Arrow {
  id: number
  type: LinkType
  /** The tasks at its ends (null: a milestone or gate). */
  from: number | null
  to: number | null
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
  /** The lower tier's cells, as grid lines. */
  ticks: (Tick & { x: number })[]
  /** What one tick marks: a day, a week or a month. */
  tickUnit: TickUnit
  /** The date axis: months (or years) above, days, weeks or months below. */
  axis: AxisTiers
  communications: CommunicationMarker[]
  /** How many rows the strip of communications needs (0: none). */
  communicationRows: number
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
export function markerFlagText(marker: Pick<Marker, 'kind' | 'name' | 'status' | 'compact'>): string {
  if (marker.compact && marker.kind === 'gate') return '◆'
  if (marker.compact && marker.kind === 'milestone') return '▲'
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

/** The most rows of flags with their names; beyond, gates and milestones show their symbol alone. */
export const MAX_FLAG_ROWS = 2

/**
 * Markers sorted by day (the order they are read in), each given the row its flag fits in: taken from left to
 * right, each goes to the first of MAX_FLAG_ROWS rows where its named flag fits; where none has room, a gate or
 * milestone is drawn compact (its symbol; its name in the tooltip) in the first row that has room for that,
 * and only then in a new row.
 */
export function stackMarkers(markers: readonly Omit<Marker, 'row'>[]): { markers: Marker[]; rows: number } {
  const sorted = [...markers].sort((a, b) => a.x - b.x)
  const rowEnds: number[] = []
  const fits = (x: number, limit: number) => rowEnds.findIndex((end, i) => i < limit && end + FLAG_GAP_PX <= x)
  const out = sorted.map((m): Marker => {
    const compactable = m.kind === 'gate' || m.kind === 'milestone'
    const full = flagWidth(markerFlagText(m))
    let row = fits(m.x, MAX_FLAG_ROWS)
    if (row === -1 && rowEnds.length < MAX_FLAG_ROWS) row = rowEnds.push(m.x) - 1
    if (row !== -1) {
      rowEnds[row] = m.x + full
      return { ...m, row, compact: false }
    }
    const compact = compactable ? flagWidth(markerFlagText({ ...m, compact: true })) : full
    row = fits(m.x, Infinity)
    if (row === -1) row = rowEnds.push(m.x) - 1
    rowEnds[row] = m.x + compact
    return { ...m, row, compact: compactable }
  })
  return { markers: out, rows: Math.max(1, rowEnds.length) }
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
  const weekdays = new Set(calendar.working_weekdays)
  // Day by day from the earlier of the two (a Date stepped in place: the task list asks this for every row).
  const from = parseDay(days < 0 ? day : tZeroDate)
  const cursor = new Date(from.getFullYear(), from.getMonth(), from.getDate() + (days < 0 ? 0 : 1))
  let count = 0
  for (let i = 0; i < Math.abs(days); i++) {
    const iso = `${cursor.getFullYear()}-${String(cursor.getMonth() + 1).padStart(2, '0')}-${String(cursor.getDate()).padStart(2, '0')}`
    // ISO weekday: Monday 1 ... Sunday 7.
    if (!closed.has(iso) && weekdays.has(cursor.getDay() || 7)) count += 1
    cursor.setDate(cursor.getDate() + 1)
  }
  // Before T-0: the working days from the day up to T-0, T-0 not counted; after: those after T-0, up to the day.
  return days < 0 ? -count : count
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
 * Room kept around a title (px): inside, between the text and the bar's ends; beside, between bar and text (where
 * the link dot sits).
 */
export const TITLE_PADDING = 5
export const TITLE_GAP = 12
/** The widest a title beside its bar gets (px) before it is cut short (the whole title is in its tooltip). */
export const TITLE_MAX_BESIDE = 220
/** A generous width per character of a bar's title (0.75rem system-ui), so that "inside" never overflows. */
const TITLE_CHAR_PX = 7.4

/** How wide a title is drawn, estimated from its length (the layout is computed before anything is drawn). */
export function titleWidth(title: string): number {
  return Math.ceil(title.length * TITLE_CHAR_PX)
}

/**
 * Where a bar's title goes: inside when the whole title fits with its padding, else just right of the bar,
 * at most TITLE_MAX_BESIDE wide. One task per row, so titles of different bars never meet; arrows keep off the
 * space a title beside its bar takes (routeLink).
 */
export function placeTitle(title: string, barX: number, barWidth: number): TitlePlacement {
  const text = titleWidth(title)
  if (text + 2 * TITLE_PADDING <= barWidth) {
    return { inside: true, x: barX + TITLE_PADDING, width: barWidth - 2 * TITLE_PADDING }
  }
  return { inside: false, x: barX + barWidth + TITLE_GAP, width: Math.min(text, TITLE_MAX_BESIDE) }
}

/** Something an arrow's long vertical leg should not cross: a title beside its bar. */
export interface Blocker {
  x: number
  width: number
}

/** A bar as a link sees it: its row's top, and its left and width. */
export interface LinkBar {
  x: number
  width: number
  y: number
}

/** How far from a bar's end an arrow leaves or enters it through its top or bottom edge (px). */
function edgeInset(width: number): number {
  return Math.round(Math.min(6, Math.max(1, width / 3)))
}

const LINK_GAP = 8
/** Clearance kept between a leg and what it avoids (px). */
const LEG_CLEARANCE = 3

/** What a leg going right of where it wants to be costs, against going left (px): a left leg needs no jog. */
const RIGHT_PENALTY = 20


/**
 * What stands in a leg's way: a list, or (for a large plan) a quick test of one x and the list only when that
 * x is blocked.
 */
export type Obstacles = readonly Blocker[] | { blocks: (x: number) => boolean; all: () => readonly Blocker[] }

/**
 * The x nearest `desired` where a vertical leg crosses no blocker (with some clearance): `desired` itself when
 * it is clear, else the nearer edge of the blockers around it (a leg to the left preferred: it needs no jog).
 * There is always one: left of every blocker at the latest.
 */
export function clearLegX(desired: number, obstacles: Obstacles): number {
  const blockers = 'blocks' in obstacles ? (obstacles.blocks(desired) ? obstacles.all() : []) : obstacles
  if (blockers.length === 0) return desired
  const spans = blockers.map((b) => [b.x - LEG_CLEARANCE, b.x + b.width + LEG_CLEARANCE] as [number, number])
  spans.sort((p, q) => p[0] - q[0])
  // Merge the spans that touch, so that an edge of a merged span is always clear.
  let from = Number.NaN
  let to = Number.NaN
  for (const [start, end] of spans) {
    if (start <= to + 1) {
      to = Math.max(to, end)
      continue
    }
    // A span closed: the one around `desired`?
    if (desired >= from && desired <= to) break
    from = start
    to = end
  }
  if (!(desired >= from && desired <= to)) return desired
  const left = from - 1
  const right = to + 1
  return desired - left <= right - desired + RIGHT_PENALTY ? left : right
}

/**
 * A link between two bars, routed so that it never runs through a title: it leaves the predecessor through its
 * bottom (or top) edge near the end the link ties (its finish or start), runs along the gap between rows,
 * goes down (or up) a leg clear of the titles beside bars in the rows it crosses (clearLegX; it may pass under a
 * bar, drawn over the arrows), and reaches a start
 * from the left (a short jog along the gap above the successor's row when the leg is right of it) or a finish
 * through the bar's top (or bottom) edge near its end. A title beside its bar is on its right at mid-height, so
 * none of these segments meets one.
 */
export function routeLink(
  type: LinkType,
  from: LinkBar,
  to: LinkBar,
  obstaclesBetween: (top: number, bottom: number) => Obstacles = () => [],
): { path: string; labelX: number; labelY: number } {
  const [fromEnd, toEnd] = LINK_ENDS[type]
  const down = to.y > from.y
  const exitX = fromEnd === 'finish' ? from.x + from.width - edgeInset(from.width) : from.x + edgeInset(from.width)
  const exitY = down ? from.y + ROW_HEIGHT - BAR_INSET : from.y + BAR_INSET
  const channel1 = down ? from.y + ROW_HEIGHT : from.y
  const channel2 = down ? to.y : to.y + ROW_HEIGHT
  const blockers = obstaclesBetween(Math.min(channel1, channel2), Math.max(channel1, channel2))
  const start = `M${exitX},${exitY} V${channel1}`
  if (toEnd === 'start') {
    const approachX = to.x - LINK_GAP
    const legX = clearLegX(approachX, blockers)
    const mid = to.y + ROW_HEIGHT / 2
    const jog = legX === approachX ? '' : ` V${channel2} H${approachX}`
    return {
      path: `${start} H${legX}${jog} V${mid} H${to.x}`,
      labelX: legX,
      labelY: (channel1 + (jog ? channel2 : mid)) / 2,
    }
  }
  const entryX = to.x + to.width - edgeInset(to.width)
  const entryY = down ? to.y + BAR_INSET : to.y + ROW_HEIGHT - BAR_INSET
  const legX = clearLegX(entryX, blockers)
  const jog = legX === entryX ? '' : ` H${entryX}`
  return {
    path: `${start} H${legX} V${channel2}${jog} V${entryY}`,
    labelX: legX,
    labelY: (channel1 + channel2) / 2,
  }
}

/**
 * A link between a bar and a moment (a milestone's or gate's line): along the gap under (or over) the bar's
 * row, never across its title. To a moment: out of the bar's edge, to the line. From a moment: from the line
 * to the task's start (from the left) or finish (through its top edge).
 */
export function routeMomentLink(
  type: LinkType,
  bar: LinkBar,
  momentX: number,
  direction: 'to_moment' | 'from_moment',
): { path: string; labelX: number; labelY: number } {
  const [fromEnd, toEnd] = LINK_ENDS[type]
  if (direction === 'to_moment') {
    const exitX = fromEnd === 'finish' ? bar.x + bar.width - edgeInset(bar.width) : bar.x + edgeInset(bar.width)
    const channel = bar.y + ROW_HEIGHT
    return {
      path: `M${exitX},${bar.y + ROW_HEIGHT - BAR_INSET} V${channel} H${momentX}`,
      labelX: (exitX + momentX) / 2 - 6,
      labelY: channel - 3,
    }
  }
  const channel = bar.y
  if (toEnd === 'start') {
    const legX = bar.x - LINK_GAP
    return {
      path: `M${momentX},${channel} H${legX} V${bar.y + ROW_HEIGHT / 2} H${bar.x}`,
      labelX: (momentX + legX) / 2 - 6,
      labelY: channel - 3,
    }
  }
  const entryX = bar.x + bar.width - edgeInset(bar.width)
  return {
    path: `M${momentX},${channel} H${entryX} V${bar.y + BAR_INSET}`,
    labelX: (momentX + entryX) / 2 - 6,
    labelY: channel - 3,
  }
}

/** What a communication's embargo says on the timeline. */
export function embargoText(
  communication: Pick<TimelineCommunication, 'embargo' | 'embargo_gate'> & Partial<Pick<TimelineCommunication, 'embargo_task'>>,
  gates: readonly Pick<TimelineGate, 'id' | 'name' | 'status'>[],
  tasks: readonly { id: number; title: string; status: string }[] = [],
): string {
  if (communication.embargo === 't_zero') return 'Embargoed until T-0'
  if (communication.embargo === 'task') {
    const task = tasks.find((t) => t.id === communication.embargo_task)
    if (!task) return 'Embargoed until its task is done'
    return task.status === 'done' ? `Embargo lifted: “${task.title}” is done` : `Embargoed until “${task.title}” is done`
  }
  if (communication.embargo === 'gate') {
    const gate = gates.find((g) => g.id === communication.embargo_gate)
    if (!gate) return 'Embargoed until its gate is approved'
    return gate.status === 'approved'
      ? `Embargo lifted: gate “${gate.name}” is approved`
      : `Embargoed until gate “${gate.name}” is approved`
  }
  return 'No embargo'
}

/** The width a communication's marker takes in its strip (px). */
export const COMMUNICATION_MARKER_WIDTH = 18
export const COMMUNICATION_ROW_HEIGHT = 18

/** The lanes' tasks, each lane's sorted by start day (then id): the order of the rows. */
export function tasksByLane(timeline: Timeline): Map<number, TimelineTask[]> {
  const byLane = new Map<number, TimelineTask[]>()
  for (const lane of timeline.lanes) byLane.set(lane.id, [])
  for (const task of timeline.tasks) byLane.get(task.workstream)?.push(task)
  for (const tasks of byLane.values()) tasks.sort(byStartThenId)
  return byLane
}

/** The order of a lane's rows: by start day, then id. */
function byStartThenId(a: TimelineTask, b: TimelineTask): number {
  return a.start === b.start ? a.id - b.id : a.start < b.start ? -1 : 1
}

/** The tasks in the order the timeline lists them: lane after lane, by start day. */
export function tasksInRowOrder(timeline: Timeline): TimelineTask[] {
  const byLane = tasksByLane(timeline)
  return timeline.lanes.flatMap((lane) => byLane.get(lane.id) ?? [])
}

export interface LayoutOptions {
  /** A zoom between (or beyond) the presets; the preset's when not given. */
  pxPerDay?: number
  /** Lanes (workstream ids) shown as their header and a summary bar only. */
  collapsed?: ReadonlySet<number>
  /** Whether the filters leave a task; every task when not given. */
  isShown?: (task: TimelineTask) => boolean
  /** Lanes with an empty row at their end for adding a task (their editors'). */
  addRows?: ReadonlySet<number>
}

/** Where days fall across the chart: from the plan's first day, `pxPerDay` a day (each distinct day counted once). */
function dayScale(first: IsoDay, pxPerDay: number): (day: IsoDay) => number {
  const xCache = new Map<IsoDay, number>()
  return (day: IsoDay) => {
    let value = xCache.get(day)
    if (value === undefined) {
      value = daysBetween(first, day) * pxPerDay
      xCache.set(day, value)
    }
    return value
  }
}

/**
 * One lane's rows from `y` down: its header, its shown tasks' rows (none when folded) and its empty row for
 * adding a task. A task row of `reuse` (the last layout's) is kept as it was when the task and its place are
 * the same, so that what draws it need not draw it again.
 */
function laneRows(
  lane: TimelineLane,
  all: TimelineTask[],
  y: number,
  x: (day: IsoDay) => number,
  pxPerDay: number,
  { collapsed, isShown, addRows }: LayoutOptions,
  reuse?: ReadonlyMap<number, TaskRow>,
): { rows: Row[]; y: number; rightmost: number } {
  const tasks = isShown ? all.filter(isShown) : all
  const isCollapsed = collapsed?.has(lane.id) ?? false
  let summary: LaneRow['summary'] = null
  if (tasks.length > 0) {
    let start = tasks[0]!.start
    let due = tasks[0]!.due
    for (const t of tasks) {
      if (t.start < start) start = t.start
      if (t.due > due) due = t.due
    }
    summary = { start, due, x: x(start), width: x(due) + pxPerDay - x(start) }
  }
  const rows: Row[] = [
    {
      kind: 'lane',
      key: `lane-${lane.id}`,
      y,
      height: LANE_HEADER_HEIGHT,
      lane,
      taskCount: all.length,
      shownCount: tasks.length,
      collapsed: isCollapsed,
      summary,
    },
  ]
  y += LANE_HEADER_HEIGHT
  let rightmost = 0
  if (isCollapsed) return { rows, y, rightmost }
  for (const task of tasks) {
    const previous = reuse?.get(task.id)
    if (previous && previous.task === task && previous.y === y && previous.lane === lane) {
      rows.push(previous)
      rightmost = Math.max(rightmost, previous.title.inside ? previous.x + previous.width : previous.title.x + previous.title.width)
      y += ROW_HEIGHT
      continue
    }
    const left = x(task.start)
    const width = Math.max(x(task.due) + pxPerDay - left, 4)
    const title = placeTitle(task.title, left, width)
    const row: TaskRow = {
      kind: 'task',
      key: `task-${task.id}`,
      y,
      height: ROW_HEIGHT,
      lane,
      task,
      x: left,
      width,
      title,
      baseline: null,
    }
    rightmost = Math.max(rightmost, title.inside ? left + width : title.x + title.width)
    if (task.baseline_start && task.baseline_due) {
      const baselineX = x(task.baseline_start)
      row.baseline = { x: baselineX, width: x(task.baseline_due) + pxPerDay - baselineX }
    }
    rows.push(row)
    y += ROW_HEIGHT
  }
  if (addRows?.has(lane.id)) {
    rows.push({ kind: 'add', key: `add-${lane.id}`, y, height: ROW_HEIGHT, lane })
    y += ROW_HEIGHT
  }
  return { rows, y, rightmost }
}

/**
 * What a leg crossing the rows between two y's must avoid: the titles beside their bars (a leg may pass under
 * a bar, drawn over the arrows, title inside and all). Found by scanning those rows, without building lists:
 * a plan of 1,000 tasks has as many links.
 */
function titlesBetween(rows: Row[]): (top: number, bottom: number) => Obstacles {
  const rowIndex = (y: number) => {
    let lo = 0
    let hi = rows.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (rows[mid]!.y + rows[mid]!.height <= y) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return (top: number, bottom: number): Obstacles => {
    const from = rowIndex(top + 1)
    const each = (visit: (title: TitlePlacement) => boolean) => {
      for (let i = from; i < rows.length && rows[i]!.y < bottom - 1; i++) {
        const row = rows[i]!
        if (row.kind === 'task' && !row.title.inside && visit(row.title)) return true
      }
      return false
    }
    return {
      blocks: (legX) => each((t) => legX >= t.x - LEG_CLEARANCE && legX <= t.x + t.width + LEG_CLEARANCE),
      all: () => {
        const out: Blocker[] = []
        each((t) => {
          out.push(t)
          return false
        })
        return out
      },
    }
  }
}

/** Draws the timeline's links between the rows laid out: one arrow per link with a task at one end at least. */
function linkDrawer(timeline: Timeline, rows: Row[], taskRows: ReadonlyMap<number, TaskRow>, x: (day: IsoDay) => number) {
  const blockersBetween = titlesBetween(rows)
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
  return (dep: TimelineDependency): Arrow | null => {
    const fromKey =
      dep.predecessor ?? (dep.predecessor_milestone !== null ? `m${dep.predecessor_milestone}` : `g${dep.predecessor_gate}`)
    const toKey = dep.successor ?? `m${dep.successor_milestone}`
    const from = typeof fromKey === 'number' ? taskRows.get(fromKey) : undefined
    const to = typeof toKey === 'number' ? taskRows.get(toKey) : undefined
    const fromMoment = typeof fromKey === 'string' ? momentX.get(fromKey) : undefined
    const toMoment = typeof toKey === 'string' ? momentX.get(toKey) : undefined
    // A task at one end at least; each end drawn (a task in view of the plan, a moment on the timeline).
    if ((!from && !to) || (!from && fromMoment === undefined) || (!to && toMoment === undefined)) return null
    const drawn =
      from && to
        ? routeLink(dep.type, from, to, blockersBetween)
        : from
          ? routeMomentLink(dep.type, from, toMoment!, 'to_moment')
          : routeMomentLink(dep.type, to!, fromMoment!, 'from_moment')
    const ys = [from?.y, to?.y].filter((v): v is number => v !== undefined)
    return {
      id: dep.id,
      type: dep.type,
      from: dep.predecessor,
      to: dep.successor,
      path: drawn.path,
      label: linkLabel(dep.type, dep.lag_days),
      labelX: drawn.labelX,
      labelY: drawn.labelY,
      critical: Boolean(from?.task.critical && to?.task.critical),
      conflict: conflicting.has(`${fromKey}-${toKey}`),
      top: Math.min(...ys) - ROW_HEIGHT,
      bottom: Math.max(...ys) + 2 * ROW_HEIGHT,
    }
  }
}

export function buildLayout(
  timeline: Timeline,
  zoom: Zoom,
  today: IsoDay,
  options: LayoutOptions = {},
): TimelineLayout {
  const preset = ZOOMS.find((z) => z.value === zoom) ?? ZOOMS[0]!
  const pxPerDay = options.pxPerDay ?? preset.pxPerDay
  const tick = tickUnitFor(pxPerDay)
  const { first, last } = timelineRange(timeline, today)
  const x = dayScale(first, pxPerDay)

  const byLane = tasksByLane(timeline)
  const rows: Row[] = []
  const taskRows = new Map<number, TaskRow>()
  let y = 0
  let rightmost = 0
  for (const lane of timeline.lanes) {
    const laid = laneRows(lane, byLane.get(lane.id) ?? [], y, x, pxPerDay, options)
    for (const row of laid.rows) {
      rows.push(row)
      if (row.kind === 'task') taskRows.set(row.task.id, row)
    }
    y = laid.y
    rightmost = Math.max(rightmost, laid.rightmost)
  }

  const drawLink = linkDrawer(timeline, rows, taskRows, x)
  const arrows: Arrow[] = []
  for (const dep of timeline.dependencies) {
    const arrow = drawLink(dep)
    if (arrow) arrows.push(arrow)
  }

  const t0 = timeline.launch.t_zero_date
  const zone = timeline.launch.time_zone
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

  const comms = [...(timeline.communications ?? [])]
    .map((c) => ({ c, day: markerDay(c, t0, zone) }))
    .filter(({ day }) => day >= first && day <= last)
    .sort((a, b) => (a.day === b.day ? a.c.id - b.c.id : a.day < b.day ? -1 : 1))
  const commRows = stackFlags(
    comms.map(({ day }) => ({ x: x(day) + pxPerDay / 2 - COMMUNICATION_MARKER_WIDTH / 2, width: COMMUNICATION_MARKER_WIDTH })),
    2,
  )
  const communications: CommunicationMarker[] = comms.map(({ c, day }, i) => ({
    key: `communication-${c.id}`,
    id: c.id,
    title: c.title,
    kind: c.kind,
    status: c.status,
    day,
    x: x(day) + pxPerDay / 2,
    row: commRows[i]!,
    embargoed: c.embargo !== 'none',
    embargo: embargoText(c, timeline.gates, timeline.tasks),
  }))

  const axis = axisTiers(first, last, pxPerDay)
  return {
    first,
    last,
    pxPerDay,
    width: Math.max(x(last) + pxPerDay, Math.ceil(rightmost) + 12),
    height: y,
    rows,
    taskRows,
    markers,
    flagRows,
    arrows,
    ticks: axis.bottom.map((c) => ({ day: c.day, label: c.label, x: c.x })),
    tickUnit: tick,
    axis,
    communications,
    communicationRows: communications.length === 0 ? 0 : Math.max(...commRows) + 1,
    // Zoomed far out, weekends would be a haze of stripes: only holidays and closures are shaded.
    daysOff: timeline.calendar
      ? daysOffBetween(first, last, timeline.calendar, x, pxPerDay).filter((d) => pxPerDay >= 6 || d.kind === 'closed')
      : [],
  }
}

/** Most tasks a layout is redrawn for in place (more, and it is laid out again). */
const MAX_PATCHED_TASKS = 8

/**
 * The layout of `timeline` made from `layout`, the one of `before`, when the two differ only in a few tasks'
 * days (a bar drawn on its new days while the server has not answered): only those tasks' lanes are laid out
 * again, and only the links at rows that changed are drawn again (the others keep their routes around the
 * titles as they were: the server's answer, a new version of the plan, is laid out in full). Null when that
 * does not hold (another version, another list, a lane that changes length, days beyond the plan's span): the
 * caller then lays it out in full.
 */
export function patchLayout(
  layout: TimelineLayout,
  before: Timeline,
  timeline: Timeline,
  today: IsoDay,
  options: LayoutOptions = {},
): TimelineLayout | null {
  if (timeline.version !== before.version || timeline.tasks.length !== before.tasks.length) return null
  for (const key of Object.keys(timeline) as (keyof Timeline)[]) {
    if (key !== 'tasks' && timeline[key] !== before[key]) return null
  }
  const changedLanes = new Set<number>()
  let changed = 0
  for (let i = 0; i < timeline.tasks.length; i++) {
    const task = timeline.tasks[i]!
    const was = before.tasks[i]!
    if (task === was) continue
    if (task.id !== was.id || task.workstream !== was.workstream || ++changed > MAX_PATCHED_TASKS) return null
    // A task the filters now leave out (or let in) changes which links are drawn at all.
    if (options.isShown && options.isShown(task) !== options.isShown(was)) return null
    changedLanes.add(task.workstream)
  }
  if (changed === 0) return layout
  const { first, last } = timelineRange(timeline, today)
  if (first !== layout.first || last !== layout.last) return null

  const x = dayScale(first, layout.pxPerDay)
  const rows = layout.rows.slice()
  const taskRows = new Map(layout.taskRows)
  const redrawn = new Set<number>()
  let rightmost = 0
  for (const laneId of changedLanes) {
    const start = rows.findIndex((row) => row.kind === 'lane' && row.lane.id === laneId)
    if (start < 0) return null
    let end = start + 1
    while (end < rows.length && rows[end]!.kind !== 'lane') end++
    const lane = rows[start]!.lane
    const tasks = timeline.tasks.filter((t) => t.workstream === laneId).sort(byStartThenId)
    const laid = laneRows(lane, tasks, rows[start]!.y, x, layout.pxPerDay, options, layout.taskRows)
    if (laid.rows.length !== end - start) return null
    laid.rows.forEach((row, i) => {
      rows[start + i] = row
      if (row.kind === 'task' && layout.taskRows.get(row.task.id) !== row) {
        taskRows.set(row.task.id, row)
        redrawn.add(row.task.id)
      }
    })
    rightmost = Math.max(rightmost, laid.rightmost)
  }

  let arrows = layout.arrows
  if (redrawn.size > 0) {
    const drawLink = linkDrawer(timeline, rows, taskRows, x)
    const dependencies = new Map(timeline.dependencies.map((d) => [d.id, d]))
    const touches = (arrow: Arrow) =>
      (arrow.from !== null && redrawn.has(arrow.from)) || (arrow.to !== null && redrawn.has(arrow.to))
    arrows = layout.arrows.flatMap((arrow) => {
      if (!touches(arrow)) return [arrow]
      const dep = dependencies.get(arrow.id)
      const drawn = dep ? drawLink(dep) : null
      return drawn ? [drawn] : []
    })
  }
  return { ...layout, rows, taskRows, arrows, width: Math.max(layout.width, Math.ceil(rightmost) + 12) }
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

/** The keys that move a focused bar (and resize its end), as aria-keyshortcuts names them. */
export const MOVE_SHORTCUTS = 'Alt+ArrowRight Alt+ArrowLeft Alt+Shift+ArrowRight Alt+Shift+ArrowLeft'

/** Days a key press moves a task's due day: Alt+Shift+ArrowRight one later, Alt+Shift+ArrowLeft one earlier. */
export function keyResizeDays(event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): number {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return 0
  if (event.key === 'ArrowRight') return 1
  if (event.key === 'ArrowLeft') return -1
  return 0
}

/**
 * The PATCH that resizes a task by dragging one end by whole days (from the version on the server): its start
 * end moves its planned start and keeps its due day; its due end sets a new due day (the duration follows).
 */
export function resizePatch(
  task: Pick<TaskDetail, 'schedule_mode' | 'planned_start' | 'planned_due'>,
  edge: 'start' | 'due',
  days: number,
  tZeroDate: IsoDay,
  calendar?: WorkingCalendar,
): TaskPatch {
  if (edge === 'due') {
    const due = shiftDay(task.planned_due, days)
    return { due_date: due < task.planned_start ? task.planned_start : due }
  }
  const start = shiftDay(task.planned_start, days)
  const bounded = start > task.planned_due ? task.planned_due : start
  return datePatch(task, tZeroDate, bounded, task.planned_due, calendar) as TaskPatch
}

/** The working days from one day through another (at least 1): a new task's duration from the span drawn. */
export function workingDaysIn(first: IsoDay, last: IsoDay, calendar?: WorkingCalendar): number {
  if (!calendar) return Math.max(1, daysBetween(first, last) + 1)
  const closed = closedDays(calendar)
  return Math.max(1, eachDay(first, last).filter((d) => dayOffReason(d, calendar, closed) === null).length)
}

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

/** The day `steps` working days after `day` (before it, when negative); calendar days without a calendar. */
export function stepWorkingDays(day: IsoDay, steps: number, calendar?: WorkingCalendar): IsoDay {
  if (!calendar || calendar.working_weekdays.length === 0) return shiftDay(day, steps)
  const closed = closedDays(calendar)
  const direction = Math.sign(steps)
  let left = Math.abs(steps)
  let current = day
  // Bounded: a calendar that closes every day of ten years is not worth waiting for.
  for (let i = 0; left > 0 && i < 3660; i++) {
    current = shiftDay(current, direction)
    if (dayOffReason(current, calendar, closed) === null) left -= 1
  }
  return current
}

/** Where a moved or resized bar is drawn until the server answers (the task's computed days). */
export interface ShownDays {
  start: IsoDay
  due: IsoDay
}

/**
 * Where a task whose planned start moves to `plannedStart` is drawn until the server answers: there, unless its
 * predecessors already held it later (it then starts where it did at the earliest); as long as it was, in the
 * days its duration counts.
 */
export function shownAfterMove(
  task: Pick<TimelineTask, 'start' | 'due' | 'planned_start' | 'duration_count'>,
  plannedStart: IsoDay,
  calendar?: WorkingCalendar,
): ShownDays {
  const held = task.start !== task.planned_start
  const start = held && task.start > plannedStart ? task.start : plannedStart
  if (task.duration_count !== 'working' || !calendar) return { start, due: shiftDay(start, daysBetween(task.start, task.due)) }
  const length = workingDaysIn(task.start, task.due, calendar)
  const startsOnWorkingDay = dayOffReason(start, calendar) === null
  return { start, due: stepWorkingDays(start, startsOnWorkingDay ? length - 1 : length, calendar) }
}

/** The planned start a move by `days` gives a task: whole days as the launch counts its offsets from T-0. */
export function movedPlannedStart(
  task: Pick<TimelineTask, 'planned_start' | 'schedule_mode'>,
  days: number,
  calendar?: WorkingCalendar,
): IsoDay {
  const working = task.schedule_mode === 'anchored' && calendar?.offset_count === 'working'
  return working ? stepWorkingDays(task.planned_start, days, calendar) : shiftDay(task.planned_start, days)
}
