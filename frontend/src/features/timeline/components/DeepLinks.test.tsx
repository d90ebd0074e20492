import { act, fireEvent, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { makeTimeline } from '../../../test/timelineData'
import type { Timeline } from '../api/timeline'
import { LaunchTimeline, type TimelineDeepLink } from './LaunchTimeline'

const office = { id: 1, is_office: true, departments: [] }

const taskDetail = {
  id: 200, launch: 1, workstream: 20, department: 2, department_name: 'PR', title: 'Draft the press release',
  description: '', schedule_mode: 'anchored', offset_days: -13, start_date: null, duration_days: 7,
  planned_start: '2027-03-03', planned_due: '2027-03-09', status: 'todo', assignee: 7,
  assignee_detail: { id: 7, username: 'pr.member', full_name: 'Paul Okafor' }, needed_for_launch: false,
}

// Today is 20 February 2027: the timeline starts on 15 February (as in TimelineInteractions.test.tsx), and every
// box is 600 by 200 px (jsdom lays nothing out; the link is followed as soon as the timeline is drawn).
const sizes = ['clientWidth', 'clientHeight'] as const
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2027-02-20T12:00:00'))
  window.localStorage.clear()
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 600 })
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 200 })
})
afterEach(() => {
  vi.useRealTimers()
  for (const size of sizes) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[size]
})

const scroller = () => document.querySelector<HTMLElement>('.timeline-scroll')!
const announcement = () => document.querySelector('.timeline-announcement')!

/** The timeline as the launch page shows it, with a link that a test may follow again (a new visit). */
let follow: (link: TimelineDeepLink) => void = () => {}
function Page({ initial }: { initial: TimelineDeepLink }) {
  const [deepLink, setDeepLink] = useState(initial)
  follow = setDeepLink
  return (
    <LaunchTimeline
      launchId={1}
      viewer={office}
      deepLink={deepLink}
      renderGatePanel={(id) => <p>Decisions of gate {id}</p>}
    />
  )
}

function render(deepLink: TimelineDeepLink, timeline: Timeline = makeTimeline()) {
  mockFetch({
    'GET /api/v1/launches/1/timeline/': { body: timeline },
    'GET /api/v1/tasks/200/': { body: taskDetail, headers: { ETag: '"v1"' } },
    'GET /api/v1/users/': { body: { count: 0, next: null, previous: null, results: [] } },
  })
  renderWithProviders(<Page initial={deepLink} />)
  return { rerender: (next: TimelineDeepLink) => act(() => follow(next)) }
}

describe('links into the plan (?task=, ?gate=, ?milestone=)', () => {
  it('?task= selects the task, opens its panel and scrolls its bar into the middle of the view', async () => {
    render({ kind: 'task', id: 200, key: 'visit-1' })

    const panel = await screen.findByRole('complementary', { name: 'Draft the press release' })
    expect(within(panel).getByText(/PR/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^Draft the press release,/ })).toHaveClass('is-selected')
    // As the finder does (TimelineInteractions.test.tsx): its row (y 148: two lane headers, Freeze features,
    // Engineering's row for adding a task, Publish) in the middle of the 200 px of rows, and its bar's middle
    // (x 448 + 98) in the middle of the 170 px of chart beside the 430 px list.
    expect(scroller().scrollTop).toBe(148 + 14 - 100)
    expect(scroller().scrollLeft).toBe(448 + 98 - 85)
    expect(announcement()).toHaveTextContent('')
  })

  it('?task= of a task a filter hides shows it all the same: the link clears the filters', async () => {
    const { rerender } = render({ kind: 'task', id: 100, key: 'visit-1' })
    await screen.findByRole('complementary', { name: 'Freeze features' })
    const department = screen.getByLabelText('Filter by department')
    // Only PR's work: Engineering's "Freeze features" is filtered out.
    fireEvent.change(department, { target: { value: '2' } })
    expect(screen.queryByRole('button', { name: /^Freeze features,/ })).not.toBeInTheDocument()

    rerender({ kind: 'task', id: 100, key: 'visit-2' })
    expect(await screen.findByRole('button', { name: /^Freeze features,/ })).toHaveClass('is-selected')
  })

  it('?gate= opens the gate in the side panel, its flag in view', async () => {
    render({ kind: 'gate', id: 9, key: 'visit-1' })

    const panel = await screen.findByRole('complementary', { name: 'Go/No-Go' })
    expect(within(panel).getByText('Decisions of gate 9')).toBeInTheDocument()
    // The gate's day (15 Mar, 28 days after the first, 28 px a day) in the middle of the chart.
    expect(scroller().scrollLeft).toBe(28 * 28 - 85)
  })

  it('?milestone= opens the milestone’s panel, its flag in view', async () => {
    render({ kind: 'milestone', id: 3, key: 'visit-1' })

    const panel = await screen.findByRole('complementary', { name: 'Embargo lifts' })
    expect(within(panel).getByText('Milestone')).toBeInTheDocument()
    expect(scroller().scrollLeft).toBe(27 * 28 - 85)
  })

  it.each([
    ['task', 999, 'This task is no longer in the launch.'],
    ['gate', 999, 'This gate is no longer in the launch.'],
    ['milestone', 999, 'This milestone is no longer in the launch.'],
    ['task', Number.NaN, 'This task is no longer in the launch.'],
  ] as const)('an unknown ?%s=%s says so quietly and opens nothing', async (kind, id, text) => {
    render({ kind, id, key: 'visit-1' })

    await screen.findByRole('button', { name: /^Draft the press release,/ })
    expect(announcement()).toHaveTextContent(text)
    expect(announcement()).toHaveAttribute('role', 'status')
    expect(announcement()).not.toHaveClass('error')
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('opens the link once a visit: closing the panel keeps it closed until the link is followed again', async () => {
    const { rerender } = render({ kind: 'task', id: 200, key: 'visit-1' })
    const panel = await screen.findByRole('complementary', { name: 'Draft the press release' })
    fireEvent.click(within(panel).getByRole('button', { name: /^Close/ }))

    rerender({ kind: 'task', id: 200, key: 'visit-1' })
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()

    rerender({ kind: 'task', id: 200, key: 'visit-2' })
    expect(await screen.findByRole('complementary', { name: 'Draft the press release' })).toBeInTheDocument()
  })
})
