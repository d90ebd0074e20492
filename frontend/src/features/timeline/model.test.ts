import { describe, expect, it } from 'vitest'
import { makeTimeline } from '../../test/timelineData'
import { arrowPath, buildLayout, datePatch, dragDays, LANE_HEADER_HEIGHT, markerDay, ROW_HEIGHT, tLabel, visibleRows } from './model'

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
    big.dependencies = big.tasks.slice(1).map((t, i) => ({ id: i, predecessor: 1000 + i, successor: t.id, lag_days: 0 }))
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
