import { describe, expect, it } from 'vitest'
import { makeTimeline } from '../../test/timelineData'
import { isMine, NO_FILTERS, passesFilters } from './filters'

describe('the "mine" filter', () => {
  const context = { viewerId: 8, departmentOf: () => 2, today: '2027-02-20' }
  const [, assigned] = makeTimeline().tasks

  it('keeps the tasks the viewer is assigned to or collaborates on', () => {
    const shared = { ...assigned!, assignee: 7, collaborators: [3, 8] }
    const own = { ...assigned!, assignee: 8, collaborators: [] }
    const others = { ...assigned!, assignee: 7, collaborators: [3] }
    expect([shared, own, others].map((task) => isMine(task, 8))).toEqual([true, true, false])
    const mine = { ...NO_FILTERS, mine: true }
    expect([shared, own, others].map((task) => passesFilters(task, mine, context))).toEqual([true, true, false])
  })
})
