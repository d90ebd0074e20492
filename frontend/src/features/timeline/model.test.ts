import { describe, expect, it } from 'vitest'
import { dependency, makeTimeline } from '../../test/timelineData'
import {
  arrowPath,
  buildLayout,
  datePatch,
  dayOffReason,
  dragDays,
  flagWidth,
  keyMoveDays,
  LANE_HEADER_HEIGHT,
  linkLabel,
  linkPath,
  markerDay,
  markerFlagText,
  moveByDaysPatch,
  movedMessage,
  ROW_HEIGHT,
  stackFlags,
  stackMarkers,
  tLabel,
  tOffset,
  varianceText,
  visibleRows,
  type Marker,
} from './model'

describe('buildLayout', () => {
  const layout = buildLayout(makeTimeline(), 'days', '2027-02-20')

  it('starts a few days before the earliest of tasks, markers and today, and ends after the last', () => {
    expect(layout.first).toBe('2027-02-15')
    expect(layout.last).toBe('2027-03-21')
    expect(layout.width).toBe(35 * 28)
  })

  it('puts a lane header, then its tasks by start day, lane after lane', () => {
    expect(layout.rows.map((r) => (r.kind === 'lane' ? r.lane.department.name : r.task.title))).toEqual([
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
    expect(cross!.path.startsWith(`M${from.x + from.width},${from.y + ROW_HEIGHT / 2}`)).toBe(true)
  })

  it('places T-0, today, milestones and gates on their days', () => {
    const byKey = Object.fromEntries(layout.markers.map((m) => [m.key, m]))
    expect(byKey['t-zero']).toMatchObject({ day: '2027-03-16', x: 29 * 28 })
    expect(byKey['today']).toMatchObject({ day: '2027-02-20', x: 5 * 28 })
    expect(byKey['gate-9']).toMatchObject({ day: '2027-03-15', status: 'pending' })
    expect(byKey['milestone-3']!.day).toBe('2027-03-14')
  })

  it('zooms out to months with fewer pixels per day', () => {
    const months = buildLayout(makeTimeline(), 'months', '2027-02-20')
    expect(months.pxPerDay).toBeLessThan(layout.pxPerDay)
    expect(months.ticks.map((t) => t.label)).toEqual(['Mar 2027'])
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

  it('routes an arrow around when the successor starts before the predecessor ends', () => {
    expect(arrowPath(0, 10, 100, 40)).toBe('M0,10 H8 V40 H100')
    expect(arrowPath(100, 10, 50, 40)).toBe('M100,10 H108 V24 H42 V40 H50')
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

describe('link types', () => {
  it('leaves a start going left and a finish going right, and reaches a start from the left, a finish from the right', () => {
    // Start to start: one leg left of both starts.
    expect(linkPath('start_to_start', 100, 10, 60, 40).path).toBe('M100,10 H52 V40 H60')
    // Finish to finish: one leg right of both finishes, reaching the successor's finish going left.
    expect(linkPath('finish_to_finish', 100, 10, 150, 40).path).toBe('M100,10 H158 V40 H150')
    // Start to finish: straight when the successor's finish is well before the predecessor's start ...
    expect(linkPath('start_to_finish', 100, 10, 50, 40).path).toBe('M100,10 H92 V40 H50')
    // ... and round between the rows when it is not.
    expect(linkPath('start_to_finish', 100, 10, 120, 40).path).toBe('M100,10 H92 V24 H128 V40 H120')
    // Finish to start is the elbow it always was.
    expect(linkPath('finish_to_start', 0, 10, 100, 40)).toEqual({ path: 'M0,10 H8 V40 H100', labelX: 8, labelY: 25 })
  })

  it('labels every link but finish-to-start, and any lag or lead', () => {
    expect(linkLabel('finish_to_start', 0)).toBe('')
    expect(linkLabel('finish_to_start', 2)).toBe('+2')
    expect(linkLabel('start_to_start', 0)).toBe('SS')
    expect(linkLabel('finish_to_finish', -1)).toBe('FF −1')
    expect(linkLabel('start_to_finish', 3)).toBe('SF +3')
  })

  it("draws a start-to-start arrow from the predecessor's start to the successor's start, labelled SS", () => {
    const layout = buildLayout(makeTimeline(), 'days', '2027-02-20')
    const ss = layout.arrows.find((a) => a.id === 2)!
    const from = layout.taskRows.get(200)!
    const to = layout.taskRows.get(201)!
    expect(ss).toMatchObject({ type: 'start_to_start', label: 'SS' })
    expect(ss.path.startsWith(`M${from.x},${from.y + ROW_HEIGHT / 2} H${Math.min(from.x, to.x) - 8}`)).toBe(true)
    expect(ss.path.endsWith(`H${to.x}`)).toBe(true)
    expect(layout.arrows.find((a) => a.id === 1)!.label).toBe('')
  })

  it("ends a finish-to-finish arrow on the successor's finish", () => {
    const timeline = makeTimeline()
    timeline.dependencies = [dependency({ id: 7, predecessor: 100, successor: 200, type: 'finish_to_finish', lag_days: 1, lag_count: 'calendar' })]
    const layout = buildLayout(timeline, 'days', '2027-02-20')
    const to = layout.taskRows.get(200)!
    expect(layout.arrows[0]!.path.endsWith(`V${to.y + ROW_HEIGHT / 2} H${to.x + to.width}`)).toBe(true)
    expect(layout.arrows[0]!.label).toBe('FF +1')
  })
})

describe('links to and from moments', () => {
  it("draws a gate's or milestone's link straight along the task's row, from or to the moment's line", () => {
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
    const rowY = (row: typeof publish) => row.y + ROW_HEIGHT / 2
    const [afterGate, toMilestone, ...rest] = layout.arrows
    // Go/No-Go is on 15 March, 28 days after the first day; the embargo milestone on 14 March.
    expect(afterGate).toMatchObject({ id: 5, path: `M${28 * 28},${rowY(publish)} H${publish.x}`, conflict: true, critical: false })
    expect(toMilestone).toMatchObject({ id: 6, path: `M${freeze.x + freeze.width},${rowY(freeze)} H${27 * 28}`, label: 'FF', conflict: false })
    // Between two moments there is no task's row to draw it on.
    expect(rest).toEqual([])
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
