import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { makeTimeline } from '../../../test/timelineData'
import type { Timeline } from '../api/timeline'
import { LaunchTimeline } from './LaunchTimeline'

const prLead = { id: 6, is_office: false, departments: [{ id: 2, role: 'lead' as const }] }
const prMember = { id: 7, is_office: false, departments: [{ id: 2, role: 'member' as const }] }
const viewerOnly = { id: 9, is_office: false, departments: [] }

const taskDetail = {
  id: 200, launch: 1, workstream: 20, department: 2, department_name: 'PR', title: 'Draft the press release',
  description: '', schedule_mode: 'anchored', offset_days: -13, start_date: null, duration_days: 7,
  planned_start: '2027-03-03', planned_due: '2027-03-09', status: 'todo', assignee: 7,
  assignee_detail: { id: 7, username: 'pr.member', full_name: 'Paul Okafor' }, needed_for_launch: false,
}

/** The sample timeline with "Draft the press release" (id 200) as the server has it, moved by `days`. */
function timeline(days = 0, mode: 'anchored' | 'fixed' = 'anchored'): Timeline {
  const data = makeTimeline()
  const draft = data.tasks.find((t) => t.id === 200)!
  const start = `2027-03-${String(3 + days).padStart(2, '0')}`
  const due = `2027-03-${String(9 + days).padStart(2, '0')}`
  Object.assign(draft, {
    duration_days: 7, schedule_mode: mode, offset_days: mode === 'anchored' ? -13 + days : null,
    planned_start: start, planned_due: due, start, due,
  })
  return data
}

function draftBar() {
  return screen.findByRole('button', { name: /^Draft the press release,/ })
}

function patches(fetchMock: ReturnType<typeof mockFetch>) {
  return fetchMock.mock.calls.filter(([, init]) => init?.method === 'PATCH')
}

describe('moving a task with the keyboard', () => {
  it('moves an anchored task a day later through PATCH with If-Match, announces it and keeps focus', async () => {
    let moved = false
    const fetchMock = mockFetch({
      'GET /api/v1/launches/1/timeline/': () => ({ body: timeline(moved ? 1 : 0) }),
      'GET /api/v1/tasks/200/': { body: taskDetail, headers: { ETag: '"v1"' } },
      'PATCH /api/v1/tasks/200/': () => {
        moved = true
        // As when the reload re-renders the bar away from under the focus: the timeline must give it back.
        ;(document.activeElement as HTMLElement | null)?.blur()
        return {
          body: { ...taskDetail, offset_days: -12, planned_start: '2027-03-04', planned_due: '2027-03-10' },
          headers: { ETag: '"v2"' },
        }
      },
    })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)

    const bar = await draftBar()
    expect(bar).toHaveAttribute('aria-keyshortcuts', 'Alt+ArrowRight Alt+ArrowLeft Alt+Shift+ArrowRight Alt+Shift+ArrowLeft')
    expect(bar).toHaveAccessibleDescription(
      'Alt+Right Arrow moves the task one day later, Alt+Left Arrow one day earlier; with Shift, its end only (a longer or shorter task).',
    )
    expect(within(screen.getByRole('list', { name: 'Legend' })).getByText(/move it a day/)).toBeInTheDocument()
    bar.focus()
    fireEvent.keyDown(bar, { key: 'ArrowRight', altKey: true })

    expect(await screen.findByText('Moved “Draft the press release” to T-12, Thu 4 Mar 2027.')).toHaveAttribute(
      'aria-live',
      'polite',
    )
    const [patch] = patches(fetchMock)
    expect(patches(fetchMock)).toHaveLength(1)
    expect(String(patch![0])).toContain('/api/v1/tasks/200/')
    expect(new Headers(patch![1]?.headers).get('If-Match')).toBe('"v1"')
    expect(patch![1]?.body).toBe('{"offset_days":-12}')
    const movedBar = await screen.findByRole('button', { name: /^Draft the press release, PR, 4 Mar to 10 Mar,/ })
    await waitFor(() => expect(document.activeElement).toBe(movedBar))
  })

  it("moves a fixed task's start date a day earlier", async () => {
    mockFetch({
      'GET /api/v1/launches/1/timeline/': { body: timeline(0, 'fixed') },
      'GET /api/v1/tasks/200/': {
        body: { ...taskDetail, schedule_mode: 'fixed', offset_days: null, start_date: '2027-03-03' },
        headers: { ETag: '"v1"' },
      },
      'PATCH /api/v1/tasks/200/': (init) => {
        expect(init?.body).toBe('{"start_date":"2027-03-02"}')
        return { body: { ...taskDetail, schedule_mode: 'fixed', start_date: '2027-03-02', planned_start: '2027-03-02' } }
      },
    })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)

    fireEvent.keyDown(await draftBar(), { key: 'ArrowLeft', altKey: true })
    expect(await screen.findByText(/^Moved the planned start of “Draft the press release” to T-14, Tue 2 Mar 2027;/)).toBeInTheDocument()
  })

  it('announces the server’s message when the move is refused', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/launches/1/timeline/': { body: timeline() },
      'GET /api/v1/tasks/200/': { body: taskDetail, headers: { ETag: '"v1"' } },
      'PATCH /api/v1/tasks/200/': {
        status: 409,
        body: { code: 'launch_closed', message: 'This launch is closed: its plan cannot change.', extra: {} },
      },
    })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)

    const bar = await draftBar()
    bar.focus()
    fireEvent.keyDown(bar, { key: 'ArrowRight', altKey: true })

    const status = await screen.findByText(/was not moved/)
    expect(status).toHaveTextContent(
      '“Draft the press release” was not moved. This launch is closed: its plan cannot change.',
    )
    expect(status).toHaveAttribute('role', 'status')
    expect(status).toHaveClass('error')
    expect(patches(fetchMock)).toHaveLength(1)
    const timelineLoads = fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/timeline/')).length
    expect(timelineLoads).toBeGreaterThanOrEqual(2)
  })

  it('stops with a 412 when the task changed since the timeline was loaded', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/launches/1/timeline/': { body: timeline() },
      'GET /api/v1/tasks/200/': { body: { ...taskDetail, planned_start: '2027-03-05' }, headers: { ETag: '"v2"' } },
    })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)

    fireEvent.keyDown(await draftBar(), { key: 'ArrowRight', altKey: true })

    expect(await screen.findByText(/was not moved/)).toHaveTextContent(/Someone else changed this since you loaded it/)
    expect(patches(fetchMock)).toHaveLength(0)
    await waitFor(() =>
      expect(fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/timeline/')).length).toBeGreaterThanOrEqual(2),
    )
  })

  it.each([
    ['a lead, on another department’s task', prLead, /^Freeze features,/],
    ['the assignee, who may change only the status', prMember, /^Draft the press release,/],
    ['a viewer', viewerOnly, /^Draft the press release,/],
  ])('refuses %s: no shortcut, no request', async (_, viewer, name) => {
    const fetchMock = mockFetch({ 'GET /api/v1/launches/1/timeline/': { body: timeline() } })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={viewer} />)

    const bar = await screen.findByRole('button', { name })
    expect(bar).not.toHaveAttribute('aria-keyshortcuts')
    expect(bar).not.toHaveAttribute('aria-describedby')
    fireEvent.keyDown(bar, { key: 'ArrowRight', altKey: true })
    fireEvent.keyDown(bar, { key: 'ArrowLeft', altKey: true })

    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.includes('/tasks/'))).toEqual([])
    expect(screen.queryByText(/Moving|Moved|not moved/)).not.toBeInTheDocument()
  })

  it('describes the shortcut in the legend only to those who may move a task', async () => {
    mockFetch({ 'GET /api/v1/launches/1/timeline/': { body: timeline() } })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={viewerOnly} />)
    const legend = await screen.findByRole('list', { name: 'Legend' })
    expect(within(legend).queryByText(/move it a day/)).not.toBeInTheDocument()
  })
})

describe('the view after a save (issue 16)', () => {
  it('keeps the scroll position where the reader left it when the plan reloads', async () => {
    let moved = false
    const fetchMock = mockFetch({
      'GET /api/v1/launches/1/timeline/': () => ({ body: timeline(moved ? 1 : 0) }),
      'GET /api/v1/tasks/200/': { body: taskDetail, headers: { ETag: '"v1"' } },
      'PATCH /api/v1/tasks/200/': () => {
        moved = true
        return {
          body: { ...taskDetail, offset_days: -12, planned_start: '2027-03-04', planned_due: '2027-03-10' },
          headers: { ETag: '"v2"' },
        }
      },
    })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)
    const bar = await draftBar()
    const scroller = document.querySelector<HTMLElement>('.timeline-scroll')!
    // The reader scrolled away from where the timeline put them.
    scroller.scrollLeft = 321
    scroller.scrollTop = 45
    bar.focus()
    fireEvent.keyDown(bar, { key: 'ArrowRight', altKey: true })
    // The move is saved and the plan reloaded (the announcement comes after the reload).
    await waitFor(() => expect(patches(fetchMock)).toHaveLength(1))
    await waitFor(() => expect(screen.getByRole('status', { name: '' }).textContent ?? '').not.toBe(''))
    expect(fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/timeline/')).length).toBeGreaterThanOrEqual(2)
    expect([scroller.scrollLeft, scroller.scrollTop]).toEqual([321, 45])
  })
})
