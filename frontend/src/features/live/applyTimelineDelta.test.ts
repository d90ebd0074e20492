import { describe, expect, it } from 'vitest'
import { makeTimeline } from '../../test/timelineData'
import { applyTimelineDelta, timelineVersion, type Timeline } from './applyTimelineDelta'
import type { TimelineDelta } from './messages'

function timelineAt(version: string): Timeline {
  return { ...makeTimeline(), version } as Timeline
}

function delta(partial: Partial<TimelineDelta>): TimelineDelta {
  return { base: 'v1', version: 'v2', refetch: false, ...partial }
}

describe('applyTimelineDelta', () => {
  it('replaces a changed row in its place when the ids stay the same', () => {
    const timeline = timelineAt('v1')
    const moved = { ...timeline.tasks[1]!, start: '2027-03-06', due: '2027-03-12' }
    const next = applyTimelineDelta(timeline, delta({ lists: { tasks: { upsert: [moved], order: null } } }))

    expect(next?.tasks.map((t) => t.id)).toEqual([100, 200, 201])
    expect(next?.tasks[1]).toEqual(moved)
    expect(next?.tasks[0]).toBe(timeline.tasks[0])
    expect(timelineVersion(next!)).toBe('v2')
  })

  it('takes the changed fields of a row over what it had, and keeps the other rows as they were', () => {
    const timeline = timelineAt('v1')
    const patch = [
      { id: 200, start: '2027-03-06', due: '2027-03-12' },
      { id: 201, slack: 0, critical: true },
    ]
    const next = applyTimelineDelta(timeline, delta({ lists: { tasks: { upsert: [], patch, order: null } } }))

    expect(next?.tasks.map((t) => t.id)).toEqual([100, 200, 201])
    expect(next?.tasks[1]).toEqual({ ...timeline.tasks[1]!, start: '2027-03-06', due: '2027-03-12' })
    expect(next?.tasks[2]).toEqual({ ...timeline.tasks[2]!, slack: 0, critical: true })
    expect(next?.tasks[0]).toBe(timeline.tasks[0])
  })

  it('patches rows that a new order moves', () => {
    const timeline = timelineAt('v1')
    const next = applyTimelineDelta(
      timeline,
      delta({ lists: { tasks: { upsert: [], patch: [{ id: 100, title: 'Last' }], order: [200, 201, 100] } } }),
    )

    expect(next?.tasks.map((t) => [t.id, t.title])).toEqual([
      [200, timeline.tasks[1]!.title],
      [201, timeline.tasks[2]!.title],
      [100, 'Last'],
    ])
  })

  it('answers null for a patch of a row the view does not have', () => {
    const timeline = timelineAt('v1')
    const patch = [{ id: 999, slack: 3 }]
    expect(applyTimelineDelta(timeline, delta({ lists: { tasks: { upsert: [], patch, order: null } } }))).toBeNull()
  })

  it('adds a new row where the order puts it', () => {
    const timeline = timelineAt('v1')
    const added = { ...timeline.tasks[0]!, id: 150, title: 'Brief staff' }
    const next = applyTimelineDelta(
      timeline,
      delta({ lists: { tasks: { upsert: [added], order: [100, 150, 200, 201] } } }),
    )

    expect(next?.tasks.map((t) => t.id)).toEqual([100, 150, 200, 201])
    expect(next?.tasks[1]?.title).toBe('Brief staff')
  })

  it('drops a removed row and reorders by the order alone', () => {
    const timeline = timelineAt('v1')
    const next = applyTimelineDelta(
      timeline,
      delta({ lists: { tasks: { upsert: [], order: [201, 100] }, dependencies: { upsert: [], order: [] } } }),
    )

    expect(next?.tasks.map((t) => t.id)).toEqual([201, 100])
    expect(next?.dependencies).toEqual([])
  })

  it('takes each top-level key of set whole and keeps the others', () => {
    const timeline = timelineAt('v1')
    const launch = { ...timeline.launch, name: 'Aurora 2' }
    const next = applyTimelineDelta(timeline, delta({ set: { launch, critical_path: [100], end: '2027-03-02' } }))

    expect(next?.launch.name).toBe('Aurora 2')
    expect(next?.critical_path).toEqual([100])
    expect(next?.end).toBe('2027-03-02')
    expect(next?.gates).toBe(timeline.gates)
  })

  it('answers null for a difference made for another version', () => {
    expect(applyTimelineDelta(timelineAt('v0'), delta({ set: { end: null } }))).toBeNull()
  })

  it('answers null for a timeline without a version (before the schema has one)', () => {
    expect(applyTimelineDelta(makeTimeline(), delta({ set: { end: null } }))).toBeNull()
  })

  it('answers null when the server asks for a reload', () => {
    expect(applyTimelineDelta(timelineAt('v1'), delta({ refetch: true }))).toBeNull()
  })

  it('answers null when a row cannot be placed: new without an order, or an order naming an unknown id', () => {
    const timeline = timelineAt('v1')
    const stranger = { ...timeline.tasks[0]!, id: 999 }
    expect(applyTimelineDelta(timeline, delta({ lists: { tasks: { upsert: [stranger], order: null } } }))).toBeNull()
    expect(applyTimelineDelta(timeline, delta({ lists: { tasks: { upsert: [], order: [100, 998] } } }))).toBeNull()
  })

  it('leaves the timeline it was given as it was', () => {
    const timeline = timelineAt('v1')
    const before = structuredClone(timeline)
    const moved = { ...timeline.tasks[1]!, start: '2027-03-06' }
    applyTimelineDelta(
      timeline,
      delta({
        set: { end: '2027-04-01' },
        lists: { tasks: { upsert: [moved], order: [200, 100, 201] }, gates: { upsert: [], order: [] } },
      }),
    )

    expect(timeline).toEqual(before)
  })
})
