import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { makeTimeline } from '../../../test/timelineData'
import type { Timeline } from '../model'
import { PlanList } from './PlanList'

const office = { id: 1, is_office: true, departments: [] }
const prMember = { id: 7, is_office: false, departments: [{ id: 2, role: 'member' as const }] }

function cards(section: HTMLElement) {
  return within(section)
    .getAllByRole('listitem')
    .map((card) => within(card).getByRole('heading').textContent)
}

describe('PlanList', () => {
  it('groups the tasks by department, each card with dates, T-offsets, status, assignee and badges', () => {
    render(<PlanList timeline={makeTimeline() as Timeline} viewer={office} />)
    const engineering = screen.getByRole('region', { name: 'Engineering (1)' })
    const pr = screen.getByRole('region', { name: 'PR (2)' })
    expect(cards(engineering)).toEqual(['Freeze features'])
    // By start day: Publish (2 Mar) before the press release (3 Mar).
    expect(cards(pr)).toEqual(['Publish', 'Draft the press release'])

    const freeze = within(engineering).getByRole('listitem', { name: 'Freeze features' })
    expect(freeze).toHaveTextContent('1 Mar – 2 Mar')
    expect(freeze).toHaveTextContent('T-15 → T-14')
    expect(freeze).toHaveTextContent('To do')
    expect(freeze).toHaveTextContent('Unassigned')
    expect(within(freeze).getByText('Critical')).toBeInTheDocument()
    expect(within(freeze).queryByText('Late')).not.toBeInTheDocument()

    const publish = within(pr).getByRole('listitem', { name: 'Publish' })
    expect(publish).toHaveTextContent('2 Mar T-14')
    expect(publish).toHaveTextContent('Priya Raman')
    expect(within(publish).getByText('Conflict')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('3 of 3 tasks')
  })

  it('marks open work that is behind as late, as the timeline does, but not done work', () => {
    const timeline = makeTimeline() as Timeline
    timeline.forecast.status_date = '2027-03-05'
    timeline.tasks[2].status = 'done' // Publish, due 2 Mar
    render(<PlanList timeline={timeline} viewer={office} />)
    // Freeze features was due 2 Mar and is still to do.
    expect(within(screen.getByRole('listitem', { name: 'Freeze features' })).getByText('Late')).toBeInTheDocument()
    expect(within(screen.getByRole('listitem', { name: 'Publish' })).queryByText('Late')).not.toBeInTheDocument()
    expect(screen.getByRole('listitem', { name: 'Publish' })).toHaveTextContent('Done')
  })

  it('shows only the viewer’s own tasks, or only open ones, when asked', () => {
    const timeline = makeTimeline() as Timeline
    timeline.tasks[0].status = 'done'
    render(<PlanList timeline={timeline} viewer={prMember} />)
    expect(within(screen.getByRole('listitem', { name: 'Draft the press release' })).getByText('Yours')).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: 'My tasks' }))
    expect(screen.getByRole('button', { name: 'My tasks' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getAllByRole('listitem').map((li) => within(li).getByRole('heading').textContent)).toEqual([
      'Draft the press release',
    ])
    // A department with nothing left to show is left out while a filter is on.
    expect(screen.queryByRole('region', { name: /Engineering/ })).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 tasks')

    fireEvent.click(screen.getByRole('button', { name: 'My tasks' }))
    fireEvent.click(screen.getByRole('button', { name: 'Open only' }))
    expect(screen.queryByRole('listitem', { name: 'Freeze features' })).not.toBeInTheDocument()
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
  })

  it('counts T-offsets in working days when the launch counts them so', () => {
    const timeline = makeTimeline() as Timeline
    timeline.calendar.offset_count = 'working'
    // Tuesday 9 March: five working days before Tuesday 16 March (T-0); Saturday 13 March counts as Monday, T-1.
    timeline.tasks = [
      { ...timeline.tasks[0], start: '2027-03-09', due: '2027-03-09' },
      { ...timeline.tasks[1], start: '2027-03-13', due: '2027-03-18' },
    ]
    render(<PlanList timeline={timeline} viewer={office} />)
    expect(screen.getByRole('listitem', { name: 'Freeze features' })).toHaveTextContent('9 Mar T-5')
    expect(screen.getByRole('listitem', { name: 'Draft the press release' })).toHaveTextContent('13 Mar – 18 Mar T-1 → T+2')
  })

  it('says when a department has no tasks yet', () => {
    const timeline = makeTimeline() as Timeline
    timeline.tasks = timeline.tasks.filter((t) => t.workstream !== 10)
    render(<PlanList timeline={timeline} viewer={office} />)
    expect(within(screen.getByRole('region', { name: 'Engineering (0)' })).getByText('No tasks yet.')).toBeInTheDocument()
  })
})
