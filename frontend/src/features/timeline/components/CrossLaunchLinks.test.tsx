import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Viewer } from '../../../lib/permissions'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { makeTimeline } from '../../../test/timelineData'
import type { TimelineCrossLink } from '../api/crossLaunch'
import { CrossLaunchLinks, crossLinkText } from './CrossLaunchLinks'

const office: Viewer = { id: 1, is_office: true, departments: [] }
const prLead: Viewer = { id: 6, is_office: false, departments: [{ id: 2, role: 'lead' }] }

function link(more: Partial<TimelineCrossLink> = {}): TimelineCrossLink {
  return {
    id: 40,
    direction: 'incoming',
    task: 200,
    other: {
      id: 900,
      title: 'Partner API',
      launch: 7,
      launch_name: 'Partner',
      department_name: 'Engineering',
      start: '2027-12-10',
      due: '2027-12-12',
      status: 'todo',
    },
    type: 'finish_to_start',
    lag_days: 0,
    violated: false,
    days_late: 0,
    ...more,
  }
}

function setup(viewer: Viewer, links: TimelineCrossLink[], routes: Parameters<typeof mockFetch>[0] = {}) {
  const fetchMock = mockFetch(routes)
  const timeline = { ...makeTimeline(), cross_launch: links }
  renderWithProviders(<CrossLaunchLinks timeline={timeline} task={timeline.tasks[1]!} viewer={viewer} />)
  return fetchMock
}

const sent = (fetchMock: ReturnType<typeof mockFetch>, method: string) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === method)

describe('crossLinkText', () => {
  it('says what the task waits on, in which launch and when, both ways', () => {
    expect(crossLinkText(link())).toBe('Waits on “Partner API” in Partner (due 12 Dec)')
    expect(crossLinkText(link({ type: 'start_to_start', lag_days: 2 }))).toBe(
      'Waits on “Partner API” in Partner + 2 calendar days (starts 10 Dec)',
    )
    expect(crossLinkText(link({ direction: 'outgoing' }))).toBe('“Partner API” in Partner waits on it (starts 10 Dec)')
  })
})

describe('CrossLaunchLinks', () => {
  it('lists the task’s links with deep links to the other launch, a late one marked late', () => {
    setup(prLead, [link({ violated: true, days_late: 3 }), link({ id: 41, task: 201 })])
    const section = within(screen.getByRole('region', { name: 'Other launches' }))
    const item = section.getByRole('link', { name: 'Waits on “Partner API” in Partner (due 12 Dec)' })
    expect(item).toHaveAttribute('href', '/launches/7?task=900')
    expect(section.getByText(/late by 3 days/)).toBeInTheDocument()
    expect(item.closest('li')).toHaveClass('is-late')
    // Another task's link is not this task's; a lead neither removes nor adds.
    expect(section.getAllByRole('listitem')).toHaveLength(1)
    expect(section.queryByRole('button', { name: /Remove the link/ })).not.toBeInTheDocument()
    expect(section.queryByRole('button', { name: 'Link to a task of another launch' })).not.toBeInTheDocument()
  })

  it('is not shown to others when the task has no link', () => {
    setup(prLead, [])
    expect(screen.queryByRole('region', { name: 'Other launches' })).not.toBeInTheDocument()
  })

  it('lets the office link the task to a task of another launch it picks', async () => {
    const fetchMock = setup(office, [], {
      'GET /api/v1/launches/': {
        body: {
          count: 3,
          next: null,
          previous: null,
          results: [
            { id: 1, name: 'Aurora', status: 'planning' },
            { id: 7, name: 'Partner', status: 'ready' },
            { id: 8, name: 'Old', status: 'closed' },
          ],
        },
      },
      'GET /api/v1/tasks/': {
        body: { count: 1, next: null, previous: null, results: [{ id: 900, title: 'Partner API', department_name: 'Engineering' }] },
      },
      'POST /api/v1/cross-launch-dependencies/': { status: 201, body: { id: 40 } },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Link to a task of another launch' }))
    const launch = await screen.findByLabelText('Launch')
    await waitFor(() => expect(within(launch).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a launch', 'Partner']))
    fireEvent.change(launch, { target: { value: '7' } })
    const task = await screen.findByRole('combobox', { name: 'Task' })
    fireEvent.click(within(task.parentElement!).getByRole('button'))
    fireEvent.click(await screen.findByRole('option', { name: 'Partner API' }))
    fireEvent.change(screen.getByLabelText('Lag (calendar days)'), { target: { value: '2' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add the link' }))
    await waitFor(() => expect(sent(fetchMock, 'POST')).toHaveLength(1))
    expect(JSON.parse(String(sent(fetchMock, 'POST')[0]![1]?.body))).toEqual({
      successor: 200,
      predecessor: 900,
      type: 'finish_to_start',
      lag_days: 2,
    })
    expect(await screen.findByRole('status')).toHaveTextContent('Linked.')
  })

  it('lets the office remove a link, after asking', async () => {
    const fetchMock = setup(office, [link()], { 'DELETE /api/v1/cross-launch-dependencies/40/': { status: 204 } })
    fireEvent.click(screen.getByRole('button', { name: /Remove the link/ }))
    fireEvent.click(await screen.findByRole('button', { name: 'Remove' }))
    await waitFor(() => expect(sent(fetchMock, 'DELETE')).toHaveLength(1))
    expect(String(sent(fetchMock, 'DELETE')[0]![0])).toBe('/api/v1/cross-launch-dependencies/40/')
  })
})
