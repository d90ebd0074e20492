import { describe, expect, it } from 'vitest'
import { dependency, makeTimeline } from '../../test/timelineData'
import type { Timeline } from './api/timeline'
import {
  activeFilterCount,
  highlightParts,
  isLate,
  matchesMessage,
  NO_FILTERS,
  passesFilters,
  searchMatches,
  stepMatch,
  titleMatches,
  type TaskFilters,
} from './filters'
import {
  BAR_INSET,
  buildLayout,
  clearLegX,
  embargoText,
  keyResizeDays,
  placeTitle,
  resizePatch,
  routeLink,
  routeMomentLink,
  tasksInRowOrder,
  TITLE_GAP,
  TITLE_MAX_BESIDE,
  TITLE_PADDING,
  titleWidth,
  workingDaysIn,
  datePatch,
  dayOffReason,
  dragDays,
  flagWidth,
  keyMoveDays,
  LANE_HEADER_HEIGHT,
  linkLabel,
  markerDay,
  markerFlagText,
  moveByDaysPatch,
  movedMessage,
  patchLayout,
  ROW_HEIGHT,
  stackFlags,
  stackMarkers,
  tLabel,
  tOffset,
  varianceText,
  visibleRows,
  type Marker,
  type TaskRow,
} from './model'
import { axisTiers, clampPxPerDay, fitPxPerDay, MAX_PX_PER_DAY, MIN_PX_PER_DAY, stepZoom, tickUnitFor, zoomScrollLeft } from './scale'

describe('buildLayout', () => {
  const layout = buildLayout(makeTimeline(), 'days', '2027-02-20')

  it('starts a few days before the earliest of tasks, markers and today, and ends after the last', () => {
    expect(layout.first).toBe('2027-02-15')
    expect(layout.last).toBe('2027-03-21')
    expect(layout.width).toBe(35 * 28)
  })

  it('puts a lane header, then its tasks by start day, lane after lane', () => {
    expect(layout.rows.map((r) => (r.kind === 'task' ? r.task.title : r.lane.department.name))).toEqual([
      'Engineering',
      'Freeze features',
      'PR',
      'Publish',
      'Draft the press release',
    ])
    expect(layout.taskRows.get(201)!.y).toBe(2 * LANE_HEADER_HEIGHT + ROW_HEIGHT)
    expect(layout.height).toBe(2 * LANE_HEADER_HEIGHT + 3 * ROW_HEIGHT)
  })

  it('draws a bar from the computed start to the end of the due day', () => {
    const bar = layout.taskRows.get(200)!
    expect(bar.x).toBe(16 * 28) // 3 Mar is 16 days after 15 Feb
    expect(bar.width).toBe(7 * 28)
  })

  it('draws dependency arrows across lanes, marking critical and conflicting ones', () => {
    const [cross, back] = layout.arrows
    expect(cross).toMatchObject({ id: 1, critical: true, conflict: false })
    expect(back).toMatchObject({ id: 2, critical: false, conflict: true })
    const from = layout.taskRows.get(100)!
    // Out of the bottom edge of the predecessor, near its finish.
    expect(cross!.path.startsWith(`M${from.x + from.width - 6},${from.y + ROW_HEIGHT - BAR_INSET}`)).toBe(true)
  })

  it('places T-0, today, milestones and gates on their days', () => {
    const byKey = Object.fromEntries(layout.markers.map((m) => [m.key, m]))
    expect(byKey['t-zero']).toMatchObject({ day: '2027-03-16', x: 29 * 28 })
    expect(byKey['today']).toMatchObject({ day: '2027-02-20', x: 5 * 28 })
    expect(byKey['gate-9']).toMatchObject({ day: '2027-03-15', status: 'pending' })
    expect(byKey['milestone-3']!.day).toBe('2027-03-14')
  })

  it('zooms out to months with fewer pixels per day, months and years named above the weeks', () => {
    const months = buildLayout(makeTimeline(), 'months', '2027-02-20')
    expect(months.pxPerDay).toBeLessThan(layout.pxPerDay)
    expect(months.axis.top.map((c) => c.title)).toEqual(['February 2027', 'March 2027'])
    expect(months.axis.unit).toBe('week')
    expect(months.ticks.map((t) => t.day)).toEqual(['2027-02-15', '2027-02-22', '2027-03-01', '2027-03-08', '2027-03-15'])
  })

  it('names the month and year above the days in days view', () => {
    expect(layout.axis.top.map((c) => c.label)).toEqual(['February 2027', 'March 2027'])
    expect(layout.axis.top[1]).toMatchObject({ day: '2027-03-01', x: 14 * 28, width: 21 * 28 })
    expect(layout.axis.bottom[0]).toMatchObject({ day: '2027-02-15', label: 'M\n15', width: 28 })
  })

  it('lays out 1,000 tasks quickly', () => {
    const big = makeTimeline()
    big.tasks = Array.from({ length: 1000 }, (_, i) => ({ ...big.tasks[i % 3]!, id: 1000 + i, title: `T${i}` }))
    big.dependencies = big.tasks.slice(1).map((t, i) => dependency({ id: i, predecessor: 1000 + i, successor: t.id }))
    const started = performance.now()
    const result = buildLayout(big, 'days', '2027-02-20')
    expect(performance.now() - started).toBeLessThan(500)
    expect(result.arrows).toHaveLength(999)
    expect(visibleRows(result.rows, 0, 600).length).toBeLessThan(30)
  })
})

describe('visibleRows', () => {
  it('answers only the rows overlapping the window', () => {
    const { rows } = buildLayout(makeTimeline(), 'days', '2027-02-20')
    const top = LANE_HEADER_HEIGHT + ROW_HEIGHT + 1
    expect(visibleRows(rows, top, top + 10).map((r) => r.key)).toEqual(['lane-20'])
  })
})

describe('helpers', () => {
  it('rounds a drag to whole days', () => {
    expect(dragDays(41, 28)).toBe(1)
    expect(dragDays(-13, 28)).toBe(0)
    expect(dragDays(-15, 28)).toBe(-1)
  })

  it('writes dates as an offset for anchored tasks and a start day for fixed ones', () => {
    expect(datePatch({ schedule_mode: 'anchored' }, '2027-03-16', '2027-03-02')).toEqual({ offset_days: -14 })
    expect(datePatch({ schedule_mode: 'fixed' }, '2027-03-16', '2027-03-02', '2027-03-05')).toEqual({
      start_date: '2027-03-02',
      due_date: '2027-03-05',
    })
  })

  it('finds a marker day from its anchor or its moment', () => {
    expect(markerDay({ schedule_mode: 'anchored', offset_days: -7, moment: 'x' }, '2027-03-16')).toBe('2027-03-09')
    expect(markerDay({ schedule_mode: 'fixed', offset_days: null, moment: '2027-04-01T10:00:00Z' }, '2027-03-16')).toBe('2027-04-01')
  })

  it('labels days from T-0', () => {
    expect(tLabel('2027-03-02', '2027-03-16')).toBe('T-14')
    expect(tLabel('2027-03-19', '2027-03-16')).toBe('T+3')
  })
})

describe('stackFlags', () => {
  it('keeps flags that do not touch in the first row', () => {
    expect(stackFlags([{ x: 0, width: 50 }, { x: 100, width: 50 }, { x: 200, width: 10 }])).toEqual([0, 0, 0])
  })

  it('puts a flag that would overlap the one before it in the next free row, and reuses rows once clear', () => {
    const flags = [
      { x: 0, width: 100 },
      { x: 28, width: 100 },
      { x: 56, width: 100 },
      { x: 110, width: 40 },
      { x: 140, width: 40 },
    ]
    expect(stackFlags(flags)).toEqual([0, 1, 2, 0, 1])
  })

  it('answers in the order given, whatever order the days come in', () => {
    expect(stackFlags([{ x: 56, width: 100 }, { x: 0, width: 100 }, { x: 28, width: 100 }])).toEqual([2, 0, 1])
  })

  it('keeps a gap between flags in one row', () => {
    expect(stackFlags([{ x: 0, width: 50 }, { x: 53, width: 10 }], 6)).toEqual([0, 1])
    expect(stackFlags([{ x: 0, width: 50 }, { x: 56, width: 10 }], 6)).toEqual([0, 0])
  })

  it('never leaves two overlapping flags in one row', () => {
    const flags = Array.from({ length: 60 }, (_, i) => ({ x: (i * 37) % 400, width: 20 + ((i * 13) % 90) }))
    const rows = stackFlags(flags)
    for (let a = 0; a < flags.length; a++) {
      for (let b = a + 1; b < flags.length; b++) {
        if (rows[a] !== rows[b]) continue
        const [left, right] = flags[a]!.x <= flags[b]!.x ? [flags[a]!, flags[b]!] : [flags[b]!, flags[a]!]
        expect(left.x + left.width).toBeLessThanOrEqual(right.x)
      }
    }
  })
})

describe('stackMarkers', () => {
  const marker = (key: string, kind: Marker['kind'], name: string, x: number): Omit<Marker, 'row'> => ({
    key,
    kind,
    id: 1,
    name,
    day: '2027-03-01',
    x,
    ...(kind === 'gate' ? { status: 'pending' as const } : {}),
  })

  it('orders markers by day and stacks a gate and a milestone a day apart', () => {
    const { markers, rows } = stackMarkers([
      marker('gate-1', 'gate', 'Go/No-Go', 28),
      marker('milestone-1', 'milestone', 'Embargo lifts', 0),
      marker('today', 'today', 'Today', 900),
    ])
    expect(markers.map((m) => [m.key, m.row])).toEqual([
      ['milestone-1', 0],
      ['gate-1', 1],
      ['today', 0],
    ])
    expect(rows).toBe(2)
  })

  it('needs one row when nothing is close', () => {
    expect(stackMarkers([marker('t-zero', 't_zero', 'T-0', 0)]).rows).toBe(1)
    expect(stackMarkers([]).rows).toBe(1)
  })

  it('estimates a label wide enough for its text', () => {
    expect(markerFlagText({ kind: 'gate', name: 'Go/No-Go', status: 'approved' })).toBe('◆ Go/No-Go (approved)')
    expect(markerFlagText({ kind: 'milestone', name: 'Embargo lifts' })).toBe('▲ Embargo lifts')
    expect(flagWidth('▲ Embargo lifts')).toBeGreaterThan('▲ Embargo lifts'.length * 6)
  })

  it('stacks the sample timeline: the embargo milestone, Go/No-Go and T-0 are a day apart', () => {
    const layout = buildLayout(makeTimeline(), 'days', '2027-02-20')
    const rowOf = Object.fromEntries(layout.markers.map((m) => [m.key, m.row]))
    expect(layout.markers.map((m) => m.key)).toEqual(['today', 'milestone-3', 'gate-9', 't-zero'])
    expect(new Set([rowOf['milestone-3'], rowOf['gate-9'], rowOf['t-zero']]).size).toBe(3)
    expect(rowOf['today']).toBe(0)
    expect(layout.flagRows).toBe(3)
  })
})

describe('keyboard moves', () => {
  const keys = { altKey: true, ctrlKey: false, metaKey: false, shiftKey: false }

  it('moves a day with Alt+ArrowRight / Alt+ArrowLeft only', () => {
    expect(keyMoveDays({ ...keys, key: 'ArrowRight' })).toBe(1)
    expect(keyMoveDays({ ...keys, key: 'ArrowLeft' })).toBe(-1)
    expect(keyMoveDays({ ...keys, altKey: false, key: 'ArrowRight' })).toBe(0)
    expect(keyMoveDays({ ...keys, shiftKey: true, key: 'ArrowRight' })).toBe(0)
    expect(keyMoveDays({ ...keys, ctrlKey: true, key: 'ArrowLeft' })).toBe(0)
    expect(keyMoveDays({ ...keys, key: 'ArrowUp' })).toBe(0)
  })

  it("shifts an anchored task's offset and a fixed task's start date", () => {
    const anchored = { schedule_mode: 'anchored' as const, offset_days: -13, start_date: null, planned_start: '2027-03-03' }
    const fixed = { schedule_mode: 'fixed' as const, offset_days: null, start_date: '2027-02-28', planned_start: '2027-02-28' }
    expect(moveByDaysPatch(anchored, '2027-03-16', 1)).toEqual({ offset_days: -12 })
    expect(moveByDaysPatch(anchored, '2027-03-16', -1)).toEqual({ offset_days: -14 })
    expect(moveByDaysPatch(fixed, '2027-03-16', 1)).toEqual({ start_date: '2027-03-01' })
    expect(moveByDaysPatch(fixed, '2027-03-16', -1)).toEqual({ start_date: '2027-02-27' })
  })

  it('announces the new start from T-0, and the later day when predecessors push it', () => {
    expect(movedMessage('Draft', '2027-03-04', '2027-03-04', '2027-03-16')).toBe('Moved “Draft” to T-12, Thu 4 Mar 2027.')
    expect(movedMessage('Draft', '2027-03-04', '2027-03-06', '2027-03-16')).toBe(
      'Moved the planned start of “Draft” to T-12, Thu 4 Mar 2027; it starts T-10, Sat 6 Mar 2027, after its predecessors.',
    )
  })
})

/** The straight pieces of an SVG path made of M, H and V commands, as segments. */
function segments(path: string): { x1: number; y1: number; x2: number; y2: number }[] {
  const out: { x1: number; y1: number; x2: number; y2: number }[] = []
  let x = 0
  let y = 0
  for (const [, cmd, args] of path.matchAll(/([MHV])([^MHV]*)/g)) {
    const nums = args!.trim().split(/[ ,]+/).map(Number)
    if (cmd === 'M') {
      x = nums[0]!
      y = nums[1]!
    } else if (cmd === 'H') {
      out.push({ x1: x, y1: y, x2: nums[0]!, y2: y })
      x = nums[0]!
    } else {
      out.push({ x1: x, y1: y, x2: x, y2: nums[0]! })
      y = nums[0]!
    }
  }
  return out
}

/** Where a title beside its bar is drawn: its text's box (0.75rem text centred in the row). */
function titleBox(row: TaskRow) {
  return { left: row.title.x, right: row.title.x + row.title.width, top: row.y + 7, bottom: row.y + ROW_HEIGHT - 7 }
}

function crosses(seg: ReturnType<typeof segments>[number], box: ReturnType<typeof titleBox>): boolean {
  const [left, right] = [Math.min(seg.x1, seg.x2), Math.max(seg.x1, seg.x2)]
  const [top, bottom] = [Math.min(seg.y1, seg.y2), Math.max(seg.y1, seg.y2)]
  return left <= box.right && right >= box.left && top <= box.bottom && bottom >= box.top
}

describe('link types', () => {
  it('leaves a bar through its edge near the end it ties and reaches a start from the left, a finish from above', () => {
    const from = { x: 100, width: 60, y: 0 }
    const below = { x: 200, width: 50, y: 56 }
    // Finish to start: out of the bottom edge near the finish, along the gap, down left of the start, in.
    expect(routeLink('finish_to_start', from, below).path).toBe('M154,23 V28 H192 V70 H200')
    // Start to start: out near the start.
    expect(routeLink('start_to_start', from, below).path).toBe('M106,23 V28 H192 V70 H200')
    // Finish to finish: into the successor's top edge near its finish.
    expect(routeLink('finish_to_finish', from, below).path).toBe('M154,23 V28 H244 V56 V61')
    // Start to finish, to a bar above: out of the top edge, up, into the bottom edge.
    expect(routeLink('start_to_finish', below, from).path).toBe('M206,61 V56 H154 V28 V23')
  })

  it('goes round a bar and the title beside it in the rows it crosses, to the left by preference', () => {
    const blockers = () => [
      { x: 180, width: 20 },
      { x: 212, width: 80 },
    ]
    // The leg would be at 192, inside the bar of a row between: it goes left of it, with clearance.
    expect(routeLink('finish_to_start', { x: 100, width: 60, y: 0 }, { x: 200, width: 50, y: 84 }, blockers).path).toBe(
      'M154,23 V28 H176 V84 H192 V98 H200',
    )
    // Nothing in the way: the straight leg.
    expect(clearLegX(50, blockers())).toBe(50)
    // Far into a wide blocker, its right edge is nearer even with the cost of a jog.
    expect(clearLegX(287, blockers())).toBe(296)
  })

  it('jogs along the gap over the successor when the leg must be right of its start', () => {
    const blockers = () => [{ x: 0, width: 196 }]
    expect(routeLink('finish_to_start', { x: 10, width: 60, y: 0 }, { x: 200, width: 50, y: 84 }, blockers).path).toBe(
      'M64,23 V28 H200 V84 H192 V98 H200',
    )
  })

  it('labels every link but finish-to-start, and any lag or lead', () => {
    expect(linkLabel('finish_to_start', 0)).toBe('')
    expect(linkLabel('finish_to_start', 2)).toBe('+2')
    expect(linkLabel('start_to_start', 0)).toBe('SS')
    expect(linkLabel('finish_to_finish', -1)).toBe('FF −1')
    expect(linkLabel('start_to_finish', 3)).toBe('SF +3')
  })

  it('routes the sample links clear of the titles in between, labelled as their type says', () => {
    const layout = buildLayout(makeTimeline(), 'days', '2027-02-20')
    const freeze = layout.taskRows.get(100)!
    const publish = layout.taskRows.get(201)!
    const draft = layout.taskRows.get(200)!
    const fs = layout.arrows.find((a) => a.id === 1)!
    // Freeze features (Engineering) to the press release (PR): straight down, under Publish's bar (the row
    // between) and left of its title.
    expect(publish.title).toMatchObject({ inside: false, x: publish.x + publish.width + TITLE_GAP })
    expect(fs.path).toBe(`M${freeze.x + freeze.width - 6},${freeze.y + 23} V${freeze.y + 28} H${draft.x - 8} V${draft.y + 14} H${draft.x}`)
    // Were Publish's title where the leg goes, the leg would go round it.
    const moved = makeTimeline()
    moved.tasks[2] = { ...moved.tasks[2]!, start: '2027-02-28', due: '2027-02-28' }
    const around = buildLayout(moved, 'days', '2027-02-20')
    const title = around.taskRows.get(201)!.title
    expect(title.x).toBeLessThan(draft.x - 8)
    expect(title.x + title.width).toBeGreaterThan(draft.x - 8)
    const leg = Number(/^M[\d.]+,[\d.]+ V[\d.]+ H([\d.]+) V/.exec(around.arrows.find((a) => a.id === 1)!.path)![1])
    expect(leg < title.x - 3 || leg > title.x + title.width + 3).toBe(true)
    expect(fs.label).toBe('')
    const ss = layout.arrows.find((a) => a.id === 2)!
    expect(ss).toMatchObject({ type: 'start_to_start', label: 'SS', from: 200, to: 201 })
    expect(ss.path).toBe(`M${draft.x + 6},${draft.y + 5} V${draft.y} H${publish.x - 8} V${publish.y + 14} H${publish.x}`)
  })

  it("ends a finish-to-finish arrow in the successor's finish", () => {
    const timeline = makeTimeline()
    timeline.dependencies = [dependency({ id: 7, predecessor: 100, successor: 200, type: 'finish_to_finish', lag_days: 1, lag_count: 'calendar' })]
    const layout = buildLayout(timeline, 'days', '2027-02-20')
    const to = layout.taskRows.get(200)!
    expect(layout.arrows[0]!.path.endsWith(`V${to.y + BAR_INSET}`)).toBe(true)
    expect(layout.arrows[0]!.path).toContain(`H${to.x + to.width - 6}`)
    expect(layout.arrows[0]!.label).toBe('FF +1')
  })

  it('never runs an arrow through a title beside its bar, in a dense plan', () => {
    const timeline = makeTimeline()
    let seed = 7
    const random = () => {
      seed = (seed * 16807) % 2147483647
      return seed / 2147483647
    }
    const base = timeline.tasks[0]!
    timeline.tasks = Array.from({ length: 80 }, (_, i) => {
      const start = `2027-03-${String(1 + Math.floor(random() * 20)).padStart(2, '0')}`
      const due = `2027-03-${String(Math.min(28, Number(start.slice(8)) + Math.floor(random() * 5))).padStart(2, '0')}`
      return { ...base, id: 500 + i, workstream: i % 2 ? 10 : 20, title: 'Task title '.repeat(1 + Math.floor(random() * 3)).trim(), start, due }
    })
    timeline.dependencies = Array.from({ length: 80 }, (_, i) => {
      const a = 500 + Math.floor(random() * 80)
      const b = 500 + Math.floor(random() * 80)
      const types = ['finish_to_start', 'start_to_start', 'finish_to_finish', 'start_to_finish'] as const
      return dependency({ id: i + 1, predecessor: a, successor: a === b ? ((b - 500 + 1) % 80) + 500 : b, type: types[i % 4] })
    })
    const crossings: string[] = []
    for (const zoom of ['days', 'weeks', 'months'] as const) {
      const layout = buildLayout(timeline, zoom, '2027-02-20')
      const beside = [...layout.taskRows.values()].filter((r) => !r.title.inside)
      expect(beside.length).toBeGreaterThan(10)
      expect(layout.arrows.length).toBe(80)
      for (const arrow of layout.arrows) {
        for (const seg of segments(arrow.path)) {
          for (const row of beside) if (crosses(seg, titleBox(row))) crossings.push(`${zoom}: link ${arrow.id} crosses #${row.task.id}`)
        }
      }
    }
    expect(crossings).toEqual([])
  })
})

describe('links to and from moments', () => {
  it("draws a gate's or milestone's link along the gap by the task's row, from or to the moment's line", () => {
    const timeline = makeTimeline()
    timeline.dependencies = [
      dependency({ id: 5, predecessor_gate: 9, successor: 201 }),
      dependency({ id: 6, predecessor: 100, successor_milestone: 3, type: 'finish_to_finish' }),
      dependency({ id: 7, predecessor_milestone: 3, successor_milestone: 3 }),
    ]
    timeline.conflicts = [
      { kind: 'dependency', task: 201, predecessor: null, predecessor_gate: 9, gate: null, days: 13, message: 'After the gate.' },
    ]
    const layout = buildLayout(timeline, 'days', '2027-02-20')
    const publish = layout.taskRows.get(201)!
    const freeze = layout.taskRows.get(100)!
    const [afterGate, toMilestone, ...rest] = layout.arrows
    // Go/No-Go is on 15 March, 28 days after the first day; the embargo milestone on 14 March.
    expect(afterGate).toMatchObject({
      id: 5,
      path: `M${28 * 28},${publish.y} H${publish.x - 8} V${publish.y + 14} H${publish.x}`,
      conflict: true,
      critical: false,
    })
    expect(toMilestone).toMatchObject({
      id: 6,
      path: `M${freeze.x + freeze.width - 6},${freeze.y + 23} V${freeze.y + 28} H${27 * 28}`,
      label: 'FF',
      conflict: false,
    })
    // Between two moments there is no task's row to draw it on.
    expect(rest).toEqual([])
    expect(routeMomentLink('finish_to_finish', { x: 10, width: 30, y: 0 }, 100, 'from_moment').path).toBe('M100,0 H34 V5')
  })
})

describe('working calendar', () => {
  const calendar = {
    working_weekdays: [1, 2, 3, 4, 5],
    offset_count: 'calendar' as const,
    closed_days: [{ date: '2027-03-12', reason: 'Company offsite' }],
  }

  it('shades weekends as runs and each holiday or closure alone, with what it is', () => {
    const timeline = makeTimeline()
    timeline.calendar = { ...calendar, holiday_regions: [] }
    const layout = buildLayout(timeline, 'days', '2027-02-20')
    expect(layout.daysOff.map((d) => [d.kind, d.first, d.last])).toEqual([
      ['weekly', '2027-02-20', '2027-02-21'],
      ['weekly', '2027-02-27', '2027-02-28'],
      ['weekly', '2027-03-06', '2027-03-07'],
      ['closed', '2027-03-12', '2027-03-12'],
      ['weekly', '2027-03-13', '2027-03-14'],
      ['weekly', '2027-03-20', '2027-03-21'],
    ])
    const weekend = layout.daysOff[0]!
    expect(weekend).toMatchObject({ x: 5 * 28, width: 2 * 28, label: '20 Feb to 21 Feb: weekly days off' })
    expect(layout.daysOff[3]!.label).toBe('Fri 12 Mar 2027: day off (Company offsite)')
  })

  it('shades nothing when every day is worked', () => {
    const timeline = makeTimeline()
    timeline.calendar = { ...timeline.calendar, working_weekdays: [1, 2, 3, 4, 5, 6, 7] }
    expect(buildLayout(timeline, 'days', '2027-02-20').daysOff).toEqual([])
  })

  it('says why a day is not worked', () => {
    expect(dayOffReason('2027-03-13', calendar)).toBe('Saturday')
    expect(dayOffReason('2027-03-12', calendar)).toBe('Company offsite')
    expect(dayOffReason('2027-03-11', calendar)).toBeNull()
  })

  it('counts offsets from T-0 in working days when the launch does', () => {
    const working = { ...calendar, offset_count: 'working' as const }
    // T-0 is Tuesday 16 March; Friday 12 March is closed, the weekend before it off.
    expect(tOffset('2027-03-15', '2027-03-16', working)).toBe(-1)
    expect(tOffset('2027-03-11', '2027-03-16', working)).toBe(-2)
    expect(tOffset('2027-03-22', '2027-03-16', working)).toBe(4)
    expect(tOffset('2027-03-11', '2027-03-16', calendar)).toBe(-5)
    expect(tLabel('2027-03-11', '2027-03-16', working)).toBe('T-2')
    expect(datePatch({ schedule_mode: 'anchored' }, '2027-03-16', '2027-03-11', undefined, working)).toEqual({ offset_days: -2 })
  })

  it("puts an anchored marker on its moment's day in the launch's zone", () => {
    // 23:30 in New York is the next day in UTC: the launch's day is what counts.
    expect(markerDay({ schedule_mode: 'anchored', offset_days: -3, moment: '2027-03-12T04:30:00Z' }, '2027-03-16', 'America/New_York')).toBe('2027-03-11')
  })
})

describe('baseline and forecast', () => {
  it('draws the baseline under a task from its baseline start to the end of its baseline due day', () => {
    const timeline = makeTimeline()
    timeline.tasks[1] = { ...timeline.tasks[1]!, baseline_start: '2027-03-01', baseline_due: '2027-03-05', variance_days: 4 }
    const layout = buildLayout(timeline, 'days', '2027-02-20')
    expect(layout.taskRows.get(200)!.baseline).toEqual({ x: 14 * 28, width: 5 * 28 })
    expect(layout.taskRows.get(100)!.baseline).toBeNull()
  })

  it('says how the due day compares with the baseline', () => {
    expect(varianceText(3)).toBe('3 days later than baseline')
    expect(varianceText(-1)).toBe('1 day earlier than baseline')
    expect(varianceText(0)).toBe('on its baseline')
  })
})

describe('titles', () => {
  it('puts a title inside its bar when it fits with its padding, else just right of it', () => {
    const inside = placeTitle('Draft the press release', 448, 196)
    expect(inside).toEqual({ inside: true, x: 448 + TITLE_PADDING, width: 196 - 2 * TITLE_PADDING })
    expect(placeTitle('Freeze features', 392, 56)).toEqual({ inside: false, x: 392 + 56 + TITLE_GAP, width: titleWidth('Freeze features') })
    // Exactly as wide as the text plus its padding: inside.
    const title = 'Ship it'
    expect(placeTitle(title, 0, titleWidth(title) + 2 * TITLE_PADDING).inside).toBe(true)
    expect(placeTitle(title, 0, titleWidth(title) + 2 * TITLE_PADDING - 1).inside).toBe(false)
    // A long title beside its bar is cut short (its whole text is the bar's tooltip).
    expect(placeTitle('x'.repeat(200), 0, 10).width).toBe(TITLE_MAX_BESIDE)
  })

  it('gives each title its own row, so none overlaps another, and widens the chart for the last ones', () => {
    const timeline = makeTimeline()
    timeline.tasks[2] = { ...timeline.tasks[2]!, start: '2027-03-21', due: '2027-03-21', title: 'A rather long title at the very end' }
    const layout = buildLayout(timeline, 'weeks', '2027-02-20')
    const rows = [...layout.taskRows.values()]
    expect(new Set(rows.map((r) => r.y)).size).toBe(rows.length)
    const last = layout.taskRows.get(201)!
    expect(last.title.inside).toBe(false)
    expect(layout.width).toBeGreaterThanOrEqual(last.title.x + last.title.width)
  })
})

describe('zoom', () => {
  it('fits the whole plan in the visible width, within the zoom limits', () => {
    const layout = buildLayout(makeTimeline(), 'days', '2027-02-20')
    const days = 35
    const px = fitPxPerDay(days, 700)
    expect(px).toBe(20)
    const fitted = buildLayout(makeTimeline(), 'days', '2027-02-20', { pxPerDay: px })
    expect(fitted.first).toBe(layout.first)
    expect(fitted.width).toBeLessThanOrEqual(700)
    expect(fitPxPerDay(10_000, 100)).toBe(MIN_PX_PER_DAY)
    expect(fitPxPerDay(1, 10_000)).toBe(MAX_PX_PER_DAY)
  })

  it('keeps the day under the pointer in place', () => {
    // Scrolled 560 px at 28 px a day, the pointer 140 px in: day 25 is under it.
    const left = zoomScrollLeft(560, 140, 28, 10)
    expect((left + 140) / 10).toBeCloseTo((560 + 140) / 28)
    expect(left).toBe(110)
    // Never before the first day.
    expect(zoomScrollLeft(0, 10, 28, 3)).toBe(0)
    expect(stepZoom(28, 1)).toBe(35)
    expect(stepZoom(MAX_PX_PER_DAY, 1)).toBe(MAX_PX_PER_DAY)
    expect(clampPxPerDay(Number.NaN)).toBe(MIN_PX_PER_DAY)
  })

  it('shows days below at a close zoom, weeks in between, months when far out (years above them)', () => {
    expect(tickUnitFor(28)).toBe('day')
    expect(tickUnitFor(10)).toBe('week')
    expect(tickUnitFor(1)).toBe('month')
    const far = axisTiers('2026-11-20', '2027-02-10', 1)
    expect(far.top.map((c) => c.label)).toEqual(['2026', '2027'])
    expect(far.bottom.map((c) => c.title)).toEqual(['November 2026', 'December 2026', 'January 2027', 'February 2027'])
    const weeks = axisTiers('2027-01-01', '2027-01-20', 10)
    expect(weeks.top[0]).toMatchObject({ label: 'January 2027', title: 'January 2027', x: 0, width: 200 })
    expect(axisTiers('2027-01-01', '2027-01-20', 3).top[0]!.label).toBe('Jan')
    // Each week from its Monday, clipped to the days shown (a narrow cell says just the day).
    expect(weeks.bottom.map((c) => [c.day, c.label])).toEqual([
      ['2027-01-01', '1'],
      ['2027-01-04', '4 Jan'],
      ['2027-01-11', '11 Jan'],
      ['2027-01-18', '18'],
    ])
  })
})

describe('filters and lanes', () => {
  const timeline = makeTimeline()
  const departmentOf = (w: number) => (w === 10 ? 1 : 2)
  const context = { viewerId: 7, departmentOf, today: '2027-03-05' }
  const shown = (filters: Partial<TaskFilters>) =>
    timeline.tasks.filter((t) => passesFilters(t, { ...NO_FILTERS, ...filters }, context)).map((t) => t.id)

  it('keeps the tasks every filter set lets through', () => {
    expect(shown({})).toEqual([100, 200, 201])
    expect(shown({ mine: true })).toEqual([200])
    expect(shown({ department: 1 })).toEqual([100])
    expect(shown({ assignee: 6 })).toEqual([201])
    expect(shown({ assignee: 'none' })).toEqual([100])
    expect(shown({ conflict: true })).toEqual([201])
    expect(shown({ critical: true })).toEqual([100, 200])
    expect(shown({ critical: true, department: 2 })).toEqual([200])
    expect(shown({ status: 'done' })).toEqual([])
    expect(activeFilterCount({ ...NO_FILTERS, late: true, department: 1 })).toBe(2)
  })

  it('calls open work late when forecast, past its due day or missing its deadline; done work never', () => {
    const t = { status: 'todo' as const, forecast: false, slack: 2, due: '2027-03-10' }
    expect(isLate(t, '2027-03-05')).toBe(false)
    expect(isLate({ ...t, forecast: true }, '2027-03-05')).toBe(true)
    expect(isLate({ ...t, slack: -1 }, '2027-03-05')).toBe(true)
    expect(isLate(t, '2027-03-11')).toBe(true)
    expect(isLate({ ...t, status: 'done', forecast: true }, '2027-03-11')).toBe(false)
    // Freeze features was due on 2 March: late on the 5th.
    expect(shown({ late: true })).toEqual([100, 201])
  })

  it('hides the tasks filtered out, leaving a lane with none as its header, and folds lanes to a summary bar', () => {
    const filtered = buildLayout(timeline, 'days', '2027-02-20', { isShown: (t) => t.id === 100 })
    expect(filtered.rows.map((r) => r.key)).toEqual(['lane-10', 'task-100', 'lane-20'])
    expect(filtered.rows[2]).toMatchObject({ kind: 'lane', taskCount: 2, shownCount: 0, summary: null })
    // The links to hidden tasks are not drawn.
    expect(filtered.arrows).toEqual([])

    const folded = buildLayout(timeline, 'days', '2027-02-20', { collapsed: new Set([20]) })
    expect(folded.rows.map((r) => r.key)).toEqual(['lane-10', 'task-100', 'lane-20'])
    expect(folded.height).toBe(2 * LANE_HEADER_HEIGHT + ROW_HEIGHT)
    // PR's tasks run from 2 March (Publish) to 9 March (the press release's due day).
    expect(folded.rows[2]).toMatchObject({ collapsed: true, summary: { start: '2027-03-02', due: '2027-03-09', x: 15 * 28, width: 8 * 28 } })
  })

  it('adds an empty row at the end of the lanes their editors may add to', () => {
    const layout = buildLayout(timeline, 'days', '2027-02-20', { addRows: new Set([20]) })
    expect(layout.rows.map((r) => r.key)).toEqual(['lane-10', 'task-100', 'lane-20', 'task-201', 'task-200', 'add-20'])
    expect(layout.height).toBe(2 * LANE_HEADER_HEIGHT + 4 * ROW_HEIGHT)
  })

  it('lists the tasks in the rows’ order', () => {
    expect(tasksInRowOrder(timeline).map((t) => t.id)).toEqual([100, 201, 200])
  })
})

describe('search', () => {
  const tasks = tasksInRowOrder(makeTimeline())

  it('finds any part of a title, whatever its case, in the rows’ order', () => {
    expect(searchMatches(tasks, 'press release')).toEqual([200])
    expect(searchMatches(tasks, '  PRESS ')).toEqual([200])
    expect(searchMatches(tasks, 'S')).toEqual([100, 201, 200])
    expect(searchMatches(tasks, '')).toEqual([])
    expect(searchMatches(tasks, 'launch party')).toEqual([])
    expect(titleMatches('Publish', 'lis')).toBe(true)
  })

  it('marks every match in a title', () => {
    expect(highlightParts('Press the press', 'press')).toEqual([
      { text: 'Press', match: true },
      { text: ' the ', match: false },
      { text: 'press', match: true },
    ])
    expect(highlightParts('Publish', '')).toEqual([{ text: 'Publish', match: false }])
  })

  it('goes round the matches and says how many there are', () => {
    expect(stepMatch(-1, 3, 1)).toBe(0)
    expect(stepMatch(2, 3, 1)).toBe(0)
    expect(stepMatch(0, 3, -1)).toBe(2)
    expect(stepMatch(-1, 3, -1)).toBe(2)
    expect(stepMatch(-1, 0, 1)).toBe(-1)
    expect(matchesMessage(1, 'x')).toBe('1 match')
    expect(matchesMessage(4, 'x')).toBe('4 matches')
    expect(matchesMessage(0, ' launch party ')).toBe('No task matches “launch party”')
  })
})

describe('resizing', () => {
  const task = { schedule_mode: 'anchored' as const, planned_start: '2027-03-03', planned_due: '2027-03-09' }

  it('moves the due day by the days dragged, never before the start', () => {
    expect(resizePatch(task, 'due', 2, '2027-03-16')).toEqual({ due_date: '2027-03-11' })
    expect(resizePatch(task, 'due', -20, '2027-03-16')).toEqual({ due_date: '2027-03-03' })
  })

  it('moves the start and keeps the due day, as the task is anchored or fixed', () => {
    expect(resizePatch(task, 'start', -2, '2027-03-16')).toEqual({ offset_days: -15, due_date: '2027-03-09' })
    expect(resizePatch({ ...task, schedule_mode: 'fixed' }, 'start', 1, '2027-03-16')).toEqual({
      start_date: '2027-03-04',
      due_date: '2027-03-09',
    })
    expect(resizePatch(task, 'start', 30, '2027-03-16')).toEqual({ offset_days: -7, due_date: '2027-03-09' })
  })

  it('resizes with Alt+Shift+Arrow only', () => {
    const key = (k: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>>) => ({
      key: k, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...mods,
    })
    expect(keyResizeDays(key('ArrowRight', { altKey: true, shiftKey: true }))).toBe(1)
    expect(keyResizeDays(key('ArrowLeft', { altKey: true, shiftKey: true }))).toBe(-1)
    expect(keyResizeDays(key('ArrowLeft', { altKey: true }))).toBe(0)
    expect(keyMoveDays(key('ArrowLeft', { altKey: true, shiftKey: true }))).toBe(0)
  })

  it('counts the working days of a span drawn for a new task', () => {
    const calendar = { working_weekdays: [1, 2, 3, 4, 5], closed_days: [{ date: '2027-03-10', reason: 'Offsite' }] }
    // Mon 8 to Sun 14 March: five weekdays, one of them closed.
    expect(workingDaysIn('2027-03-08', '2027-03-14', calendar)).toBe(4)
    expect(workingDaysIn('2027-03-13', '2027-03-13', calendar)).toBe(1)
  })
})

describe('communications', () => {
  it('draws each communication on its day, with its embargo, stacked when close', () => {
    const timeline = makeTimeline()
    timeline.communications = [
      { id: 1, title: 'Press release', kind: 'press_release', status: 'approved', department: 2, schedule_mode: 'anchored', offset_days: 0, moment: '2027-03-16T08:00:00Z', embargo: 't_zero', embargo_gate: null, embargo_task: null },
      { id: 2, title: 'Teaser', kind: 'social_post', status: 'draft', department: null, schedule_mode: 'anchored', offset_days: 0, moment: '2027-03-16T09:00:00Z', embargo: 'gate', embargo_gate: 9, embargo_task: null },
      { id: 3, title: 'Hint', kind: 'employee_hint', status: 'draft', department: 2, schedule_mode: 'fixed', offset_days: null, moment: '2027-03-01T09:00:00Z', embargo: 'none', embargo_gate: null, embargo_task: null },
    ]
    const layout = buildLayout(timeline, 'days', '2027-02-20')
    expect(layout.communications.map((c) => [c.id, c.day, c.row, c.embargoed])).toEqual([
      [3, '2027-03-01', 0, false],
      [1, '2027-03-16', 0, true],
      [2, '2027-03-16', 1, true],
    ])
    expect(layout.communications[1]).toMatchObject({ x: 29 * 28 + 14, embargo: 'Embargoed until T-0' })
    expect(layout.communications[2]!.embargo).toBe('Embargoed until gate “Go/No-Go” is approved')
    expect(layout.communicationRows).toBe(2)
    expect(embargoText({ embargo: 'gate', embargo_gate: 9 }, [{ id: 9, name: 'Go/No-Go', status: 'approved' }])).toBe(
      'Embargo lifted: gate “Go/No-Go” is approved',
    )
  })
})

describe('crowded flags', () => {
  it('keeps names in up to two rows, then draws a crowded gate or milestone as its symbol', () => {
    const flags = [0, 10, 20, 80].map((x, i) => ({
      key: `m${i}`,
      kind: 'milestone' as const,
      id: i,
      name: 'A long milestone name',
      day: '2027-03-01',
      x,
    }))
    const { markers, rows } = stackMarkers(flags)
    expect(markers.map((m) => [m.row, m.compact])).toEqual([
      [0, false],
      [1, false],
      [2, true],
      [2, true],
    ])
    expect(markerFlagText(markers[2]!)).toBe('▲')
    expect(rows).toBe(3)
  })
})

describe('patchLayout: a bar drawn on new days before the server answers', () => {
  const today = '2027-02-20'
  const moved = (timeline: Timeline, taskId: number, start: string, due: string): Timeline => ({
    ...timeline,
    tasks: timeline.tasks.map((t) => (t.id === taskId ? { ...t, start, due, planned_start: start, planned_due: due } : t)),
  })

  it('lays out the moved task and its links as a full layout would, keeping every other row as it was', () => {
    const before = makeTimeline()
    const layout = buildLayout(before, 'days', today)
    const after = moved(before, 200, '2027-03-04', '2027-03-10')
    const patched = patchLayout(layout, before, after, today)!
    const full = buildLayout(after, 'days', today)
    expect(patched).not.toBeNull()
    expect(patched.taskRows.get(200)).toEqual(full.taskRows.get(200))
    expect(patched.arrows).toEqual(full.arrows)
    expect(patched.taskRows.get(100)).toBe(layout.taskRows.get(100))
    expect(patched.markers).toBe(layout.markers)
  })

  it('answers null (lay it out in full) for another version of the plan or a move beyond its span', () => {
    const before = makeTimeline()
    const layout = buildLayout(before, 'days', today)
    const otherVersion = { ...moved(before, 200, '2027-03-04', '2027-03-10'), version: 'launch-1-plan-2' }
    expect(patchLayout(layout, before, otherVersion, today)).toBeNull()
    expect(patchLayout(layout, before, moved(before, 200, '2027-09-04', '2027-09-10'), today)).toBeNull()
  })
})

describe('embargoText of a task embargo', () => {
  it('names the task and says when it lifted', () => {
    const tasks = [{ id: 4, title: 'Ship it', status: 'in_progress' }]
    expect(embargoText({ embargo: 'task', embargo_gate: null, embargo_task: 4 }, [], tasks)).toBe('Embargoed until “Ship it” is done')
    expect(embargoText({ embargo: 'task', embargo_gate: null, embargo_task: 4 }, [], [{ ...tasks[0]!, status: 'done' }])).toBe(
      'Embargo lifted: “Ship it” is done',
    )
    expect(embargoText({ embargo: 'task', embargo_gate: null, embargo_task: 9 }, [], tasks)).toBe('Embargoed until its task is done')
  })
})
