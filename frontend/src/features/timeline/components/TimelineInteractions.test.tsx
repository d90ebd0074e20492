import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { makeTimeline } from '../../../test/timelineData'
import type { Viewer } from '../../../lib/permissions'
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

// Today is 20 February 2027 (the timeline starts 5 days before it, on 15 February, as in model.test.ts); the
// list starts at its default width.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2027-02-20T12:00:00'))
  window.localStorage.clear()
})
afterEach(() => {
  vi.useRealTimers()
})

/** The sample timeline, with the press release as the server has it (taskDetail), so that an edit is sent. */
function sample(): Timeline {
  const timeline = makeTimeline()
  Object.assign(timeline.tasks[1]!, { duration_days: 7 })
  return timeline
}

function render(viewer: Viewer = prLead, timeline: Timeline = sample(), routes: Parameters<typeof mockFetch>[0] = {}) {
  const fetchMock = mockFetch({
    'GET /api/v1/launches/1/timeline/': { body: timeline },
    'GET /api/v1/tasks/200/': { body: taskDetail, headers: { ETag: '"v1"' } },
    'GET /api/v1/users/': { body: { count: 0, next: null, previous: null, results: [] } },
    ...routes,
  })
  renderWithProviders(<LaunchTimeline launchId={1} viewer={viewer} />)
  return fetchMock
}

const bar = (name: RegExp) => screen.findByRole('button', { name })
const bars = () => [...document.querySelectorAll<HTMLElement>('button.task-bar')].map((b) => b.dataset.taskId)
const scroller = () => document.querySelector<HTMLElement>('.timeline-scroll')!
const sent = (fetchMock: ReturnType<typeof mockFetch>, method: string, path: string) =>
  fetchMock.mock.calls.filter(([url, init]) => init?.method === method && String(url).includes(path))

/** Gives the scroller a size, as a browser would (jsdom lays nothing out). */
function sizeScroller(width: number, height: number) {
  Object.defineProperty(scroller(), 'clientWidth', { configurable: true, value: width })
  Object.defineProperty(scroller(), 'clientHeight', { configurable: true, value: height })
}

describe('finding a task', () => {
  it('matches any part of a title whatever its case, highlights it, and Enter goes to it in the middle of the view', async () => {
    render()
    const draft = await bar(/^Draft the press release,/)
    sizeScroller(600, 200)
    const input = screen.getByLabelText('Find a task')
    fireEvent.change(input, { target: { value: 'PRESS rel' } })
    expect(screen.getByText('1 match')).toHaveAttribute('role', 'status')
    expect(draft).toHaveClass('is-match')
    expect(draft.querySelector('mark')).toHaveTextContent('press rel')
    const listRow = document.querySelector('[data-list-task-id="200"]')!
    expect(listRow).toHaveClass('is-match')
    expect(listRow.querySelector('mark')).toHaveTextContent('press rel')
    expect(screen.getByRole('button', { name: /^Publish,/ })).not.toHaveClass('is-match')

    fireEvent.submit(input.closest('form')!)
    expect(await screen.findByRole('complementary', { name: 'Draft the press release' })).toBeInTheDocument()
    expect(screen.getByText('1 of 1 match')).toBeInTheDocument()
    expect(draft).toHaveClass('is-current-match')
    // Its row (y 120: two lane headers, Freeze features, Publish) in the middle of the 200 px of rows, and its
    // bar's middle (x 448 + 98) in the middle of the 170 px of chart beside the 430 px list.
    expect(scroller().scrollTop).toBe(120 + 14 - 100)
    expect(scroller().scrollLeft).toBe(448 + 98 - 85)
  })

  it('says when nothing matches, and steps round several matches both ways', async () => {
    render()
    await bar(/^Publish,/)
    const input = screen.getByLabelText('Find a task')
    fireEvent.change(input, { target: { value: 'launch party' } })
    expect(screen.getByText('No task matches “launch party”')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Next match' })).toBeDisabled()

    fireEvent.change(input, { target: { value: 's' } })
    expect(screen.getByText('3 matches')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Next match' }))
    expect(await screen.findByRole('complementary', { name: 'Freeze features' })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Next match' }))
    expect(await screen.findByRole('complementary', { name: 'Publish' })).toBeInTheDocument()
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true })
    expect(await screen.findByRole('complementary', { name: 'Freeze features' })).toBeInTheDocument()
    expect(screen.getByText('1 of 3 matches')).toBeInTheDocument()
  })
})

describe('filters', () => {
  it('shows my tasks only, hiding the rest, and says how many are left per lane', async () => {
    render(prMember)
    await bar(/^Publish,/)
    fireEvent.click(screen.getByRole('button', { name: 'My tasks' }))
    expect(screen.getByRole('button', { name: 'My tasks' })).toHaveAttribute('aria-pressed', 'true')
    expect(bars()).toEqual(['200'])
    expect(screen.getByRole('heading', { name: /PR \(1 of 2 tasks\)/ })).toBeInTheDocument()
    // A lane with none left keeps its header.
    expect(screen.getByRole('heading', { name: /Engineering \(0 of 1 task\)/ })).toBeInTheDocument()
    expect(screen.getByText('1 of 3 tasks shown')).toBeInTheDocument()
    // Links to hidden tasks are not drawn.
    expect(document.querySelectorAll('path.arrow')).toHaveLength(0)
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(bars()).toEqual(['100', '201', '200'])
  })

  it('filters by department, assignee, status, conflict and critical', async () => {
    render()
    await bar(/^Publish,/)
    fireEvent.change(screen.getByLabelText('Filter by department'), { target: { value: '1' } })
    expect(bars()).toEqual(['100'])
    fireEvent.change(screen.getByLabelText('Filter by department'), { target: { value: '' } })
    fireEvent.change(screen.getByLabelText('Filter by assignee'), { target: { value: '6' } })
    expect(bars()).toEqual(['201'])
    fireEvent.change(screen.getByLabelText('Filter by assignee'), { target: { value: 'none' } })
    expect(bars()).toEqual(['100'])
    fireEvent.change(screen.getByLabelText('Filter by assignee'), { target: { value: '' } })
    fireEvent.change(screen.getByLabelText('Filter by status'), { target: { value: 'done' } })
    expect(bars()).toEqual([])
    fireEvent.change(screen.getByLabelText('Filter by status'), { target: { value: '' } })
    fireEvent.click(screen.getByRole('button', { name: 'In conflict' }))
    expect(bars()).toEqual(['201'])
    fireEvent.click(screen.getByRole('button', { name: 'In conflict' }))
    fireEvent.click(screen.getByRole('button', { name: 'Critical' }))
    expect(bars()).toEqual(['100', '200'])
  })

  it('shows late work only: open work past its due day, forecast or short of slack', async () => {
    const timeline = makeTimeline()
    timeline.tasks[2] = { ...timeline.tasks[2]!, slack: -2 }
    timeline.tasks[0] = { ...timeline.tasks[0]!, status: 'done', forecast: true }
    render(prLead, timeline)
    await bar(/^Publish,/)
    fireEvent.click(screen.getByRole('button', { name: 'Late' }))
    expect(bars()).toEqual(['201'])
  })
})

describe('lanes and the task list', () => {
  it('folds a lane to its header with a summary bar, and unfolds it', async () => {
    render()
    await bar(/^Publish,/)
    const toggle = within(screen.getByRole('heading', { name: /PR \(2 tasks\)/ })).getByRole('button')
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    fireEvent.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(bars()).toEqual(['100'])
    expect(document.querySelector('[data-summary-of="20"]')).toHaveAttribute('title', 'PR: 2 Mar to 9 Mar')
    fireEvent.click(toggle)
    expect(bars()).toEqual(['100', '201', '200'])
  })

  it('lists each task with its dates from T-0 (or as days), status and slack, and can be hidden', async () => {
    render()
    await bar(/^Publish,/)
    const row = within(document.querySelector<HTMLElement>('[data-list-task-id="200"]')!)
    expect(row.getByRole('button', { name: 'Draft the press release' })).toBeInTheDocument()
    expect(row.getByText('T-13')).toHaveAttribute('title', 'Wed 3 Mar 2027 (T-13)')
    expect(row.getByText('T-7')).toBeInTheDocument()
    expect(row.getByText('To do')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Show dates' }))
    expect(row.getByText('3 Mar')).toBeInTheDocument()
    // Its title opens the task.
    fireEvent.click(row.getByRole('button', { name: 'Draft the press release' }))
    expect(await screen.findByRole('complementary', { name: 'Draft the press release' })).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: 'Task list' }))
    expect(screen.queryByRole('list', { name: 'Tasks' })).not.toBeInTheDocument()
    // The lanes' headings move into the chart.
    expect(screen.getByRole('heading', { name: /PR \(2 tasks\)/ })).toBeInTheDocument()
  })

  it('resizes the list with the arrow keys on its edge', async () => {
    render()
    await bar(/^Publish,/)
    const edge = screen.getByRole('separator', { name: 'Width of the task list' })
    const before = Number(edge.getAttribute('aria-valuenow'))
    fireEvent.keyDown(edge, { key: 'ArrowRight' })
    expect(Number(edge.getAttribute('aria-valuenow'))).toBe(before + 24)
  })
})

describe('zoom and the critical path', () => {
  it('zooms with the buttons, the presets, and Ctrl+wheel about the pointer', async () => {
    render()
    const draft = await bar(/^Draft the press release,/)
    expect(draft.style.width).toBe(`${7 * 28}px`)
    fireEvent.click(screen.getByRole('button', { name: 'Weeks' }))
    expect(draft.style.width).toBe(`${7 * 10}px`)
    expect(screen.getByRole('button', { name: 'Weeks' })).toHaveAttribute('aria-pressed', 'true')
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }))
    expect(draft.style.width).toBe(`${7 * 12.5}px`)
    expect(screen.getByRole('button', { name: 'Weeks' })).toHaveAttribute('aria-pressed', 'false')
    fireEvent.click(screen.getByRole('button', { name: 'Days' }))

    // The day under the pointer (70 px into the chart, right of the 430 px list) stays under it.
    scroller().scrollLeft = 200
    fireEvent.wheel(scroller(), { deltaY: -100, ctrlKey: true, clientX: 430 + 70 })
    const px = 28 * Math.exp(0.2)
    await waitFor(() => expect(parseFloat(draft.style.width)).toBeCloseTo(7 * px, 3))
    expect(scroller().scrollLeft).toBeCloseTo(((200 + 70) / 28) * px - 70, 3)
    // A plain wheel scrolls: no zoom.
    fireEvent.wheel(scroller(), { deltaY: -100, clientX: 500 })
    expect(parseFloat(draft.style.width)).toBeCloseTo(7 * px, 3)
  })

  it('fits the whole plan in the visible width', async () => {
    render()
    const draft = await bar(/^Draft the press release,/)
    sizeScroller(430 + 150 + 700, 400)
    fireEvent.click(screen.getByRole('button', { name: 'Fit' }))
    // 35 days in 700 px: 20 px a day.
    expect(draft.style.width).toBe(`${7 * 20}px`)
    expect(scroller().scrollLeft).toBe(0)
  })

  it('switches the critical path highlight off and on', async () => {
    render()
    const draft = await bar(/^Draft the press release,/)
    expect(draft).toHaveClass('is-critical')
    expect(document.querySelector('[data-dependency-id="1"] path.arrow')).toHaveClass('arrow-critical')
    fireEvent.click(screen.getByRole('button', { name: 'Critical path' }))
    expect(draft).not.toHaveClass('is-critical')
    expect(document.querySelector('[data-dependency-id="1"] path.arrow')).toHaveClass('arrow-normal')
    // What it is does not change: the bar still says so.
    expect(draft).toHaveAccessibleName(/on the critical path$/)
  })
})

describe('communications', () => {
  it('puts each communication on its day with its embargo', async () => {
    const timeline = makeTimeline()
    timeline.communications = [
      { id: 4, title: 'Aurora is here', kind: 'press_release', status: 'approved', department: 2, schedule_mode: 'anchored', offset_days: 0, moment: '2027-03-16T08:00:00Z', embargo: 't_zero', embargo_gate: null, embargo_task: null },
      { id: 5, title: 'Teaser', kind: 'social_post', status: 'draft', department: null, schedule_mode: 'anchored', offset_days: -1, moment: '2027-03-15T09:00:00Z', embargo: 'gate', embargo_gate: 9, embargo_task: null },
    ]
    render(viewerOnly, timeline)
    const strip = within(await screen.findByRole('list', { name: 'Communications' }))
    expect(strip.getByRole('img', { name: /^Press release “Aurora is here” \(approved\), planned Tue 16 Mar 2027; Embargoed until T-0$/ })).toBeInTheDocument()
    expect(strip.getByRole('img', { name: /Teaser.*Embargoed until gate “Go\/No-Go” is approved$/ })).toBeInTheDocument()
    expect(document.querySelectorAll('.timeline-communication.is-embargoed .communication-lock')).toHaveLength(2)
  })
})

describe('gestures', () => {
  function patchRoutes() {
    const bodies: { body: unknown; ifMatch: string | null }[] = []
    return {
      bodies,
      routes: {
        'PATCH /api/v1/tasks/200/': (init: RequestInit | undefined) => {
          bodies.push({ body: JSON.parse(String(init?.body)), ifMatch: new Headers(init?.headers).get('If-Match') })
          return { body: taskDetail, headers: { ETag: '"v2"' } }
        },
      },
    }
  }

  it('resizes a bar by dragging its due end, then its start end, each a PATCH with If-Match', async () => {
    const { bodies, routes } = patchRoutes()
    render(prLead, sample(), routes)
    const draft = await bar(/^Draft the press release,/)
    const due = draft.querySelector('[data-handle="due"]')!
    fireEvent.pointerDown(due, { button: 0, clientX: 600, pointerId: 1 })
    fireEvent.pointerMove(due, { clientX: 656, pointerId: 1 })
    // The preview: this bar alone, two days longer.
    expect(draft.style.width).toBe(`${9 * 28}px`)
    expect(draft).toHaveClass('is-resizing')
    fireEvent.pointerUp(due, { clientX: 656, pointerId: 1 })
    await waitFor(() => expect(bodies).toEqual([{ body: { due_date: '2027-03-11' }, ifMatch: '"v1"' }]))

    const start = draft.querySelector('[data-handle="start"]')!
    fireEvent.pointerDown(start, { button: 0, clientX: 448, pointerId: 1 })
    fireEvent.pointerMove(start, { clientX: 392, pointerId: 1 })
    fireEvent.pointerUp(start, { clientX: 392, pointerId: 1 })
    await waitFor(() => expect(bodies).toHaveLength(2))
    // Two days earlier, due day kept.
    expect(bodies[1]).toEqual({ body: { offset_days: -15, due_date: '2027-03-09' }, ifMatch: '"v1"' })
  })

  it('offers no handles, dot or Alt+Shift resize to who may not edit the dates', async () => {
    const fetchMock = render(prMember)
    const draft = await bar(/^Draft the press release,/)
    expect(draft.querySelector('[data-handle]')).toBeNull()
    fireEvent.keyDown(draft, { key: 'ArrowRight', altKey: true, shiftKey: true })
    await new Promise((r) => setTimeout(r, 20))
    expect(sent(fetchMock, 'PATCH', '/tasks/')).toEqual([])
    expect(screen.queryByRole('button', { name: 'Add a task' })).not.toBeInTheDocument()
  })

  it('makes the task end a day later with Alt+Shift+ArrowRight and says so', async () => {
    let resized = false
    const { bodies, routes } = patchRoutes()
    const fetchMock = mockFetch({
      'GET /api/v1/launches/1/timeline/': () => {
        const timeline = sample()
        if (resized) Object.assign(timeline.tasks[1]!, { due: '2027-03-10', planned_due: '2027-03-10' })
        return { body: timeline }
      },
      'GET /api/v1/tasks/200/': { body: taskDetail, headers: { ETag: '"v1"' } },
      'PATCH /api/v1/tasks/200/': (init) => {
        resized = true
        return routes['PATCH /api/v1/tasks/200/'](init)
      },
    })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)
    const draft = await bar(/^Draft the press release,/)
    expect(draft).toHaveAttribute('aria-keyshortcuts', 'Alt+ArrowRight Alt+ArrowLeft Alt+Shift+ArrowRight Alt+Shift+ArrowLeft')
    fireEvent.keyDown(draft, { key: 'ArrowRight', altKey: true, shiftKey: true })
    expect(await screen.findByText('“Draft the press release” is now due T-6, Wed 10 Mar 2027.')).toBeInTheDocument()
    expect(bodies).toEqual([{ body: { due_date: '2027-03-10' }, ifMatch: '"v1"' }])
    expect(sent(fetchMock, 'PATCH', '/tasks/')).toHaveLength(1)
  })

  it('draws a link from the dot at a bar’s end to another bar: a finish-to-start dependency', async () => {
    const posted: unknown[] = []
    render(prLead, sample(), {
      'POST /api/v1/dependencies/': (init) => {
        posted.push(JSON.parse(String(init?.body)))
        return { status: 201, body: { id: 9, predecessor: 100, successor: 201, type: 'finish_to_start', lag_days: 0 } }
      },
    })
    const freeze = await bar(/^Freeze features,/)
    const publish = screen.getByRole('button', { name: /^Publish,/ })
    fireEvent.pointerDown(freeze.querySelector('[data-handle="link"]')!, { button: 0, clientX: 460, clientY: 46, pointerId: 1 })
    const band = document.querySelector<SVGLineElement>('.timeline-rubber-band line')!
    expect(band.style.display).toBe('')
    fireEvent.pointerMove(publish, { clientX: 430, clientY: 106, pointerId: 1 })
    expect(band.getAttribute('x2')).toBe('430')
    expect(publish).toHaveClass('is-link-target')
    fireEvent.pointerUp(publish, { clientX: 430, clientY: 106, pointerId: 1 })
    expect(band.style.display).toBe('none')
    await waitFor(() => expect(posted).toEqual([{ predecessor: 100, successor: 201, type: 'finish_to_start' }]))
    expect(await screen.findByText('“Publish” now starts after “Freeze features” finishes.')).toBeInTheDocument()
  })

  it('refuses a link to a task of a department the lead does not lead, sending nothing', async () => {
    const fetchMock = render(prLead)
    const draft = await bar(/^Draft the press release,/)
    const freeze = screen.getByRole('button', { name: /^Freeze features,/ })
    fireEvent.pointerDown(draft.querySelector('[data-handle="link"]')!, { button: 0, clientX: 650, clientY: 134, pointerId: 1 })
    fireEvent.pointerUp(freeze, { clientX: 400, clientY: 46, pointerId: 1 })
    expect(await screen.findByText(/“Freeze features” was not linked/)).toBeInTheDocument()
    expect(sent(fetchMock, 'POST', '/dependencies/')).toEqual([])
  })

  it('selects a link by clicking its arrow, or with the keyboard, and opens it beside the timeline', async () => {
    render()
    await bar(/^Publish,/)
    const arrow = screen.getByRole('button', { name: 'Link from “Freeze features” to “Draft the press release”, FS' })
    expect(arrow).toHaveAttribute('tabindex', '0')
    fireEvent.click(arrow)
    expect(await screen.findByRole('complementary', { name: /Freeze features/ })).toBeInTheDocument()
    expect(arrow).toHaveAttribute('aria-pressed', 'true')
    fireEvent.keyDown(screen.getByRole('button', { name: /^Link from “Draft the press release” to “Publish”, SS/ }), { key: 'Enter' })
    expect(await screen.findByRole('complementary', { name: /Publish/ })).toBeInTheDocument()
  })

  it('adds a task where the lead clicks in their lane’s empty row: Enter creates it, Escape cancels', async () => {
    const posted: unknown[] = []
    const fetchMock = render(prLead, sample(), {
      'POST /api/v1/tasks/': (init) => {
        posted.push(JSON.parse(String(init?.body)))
        return { status: 201, body: { ...taskDetail, id: 300, title: 'Brief the care team' }, headers: { ETag: '"v1"' } }
      },
    })
    await bar(/^Publish,/)
    // PR's empty row is the last (y 148); T-0, 16 March, is 29 days after the first day shown.
    const addRow = document.querySelector<HTMLElement>('.timeline-add-row')!
    expect(addRow).toHaveStyle({ top: '148px' })
    fireEvent.pointerDown(addRow, { button: 0, clientX: 29 * 28 + 5, clientY: 160, pointerId: 1 })
    fireEvent.pointerUp(window, { clientX: 29 * 28 + 5, clientY: 160, pointerId: 1 })
    const input = await screen.findByLabelText('New task in PR, 16 Mar')
    fireEvent.keyDown(input, { key: 'Escape' })
    expect(screen.queryByLabelText('New task in PR, 16 Mar')).not.toBeInTheDocument()

    // A drag across empty space in the lane (Publish's row, left of its bar) draws the task's days.
    const body = document.querySelector<HTMLElement>('.timeline-body')!
    fireEvent.pointerDown(body, { button: 0, clientX: 14 * 28 + 2, clientY: 100, pointerId: 1 })
    fireEvent.pointerMove(window, { clientX: 16 * 28 + 2, clientY: 100, pointerId: 1 })
    fireEvent.pointerUp(window, { clientX: 16 * 28 + 2, clientY: 100, pointerId: 1 })
    const drawn = await screen.findByLabelText('New task in PR, 1 Mar to 3 Mar')
    fireEvent.change(drawn, { target: { value: 'Brief the care team' } })
    fireEvent.keyDown(drawn, { key: 'Enter' })
    // Anchored 15 days before T-0, three working days (Monday to Wednesday).
    await waitFor(() => expect(posted).toEqual([{ workstream: 20, title: 'Brief the care team', offset_days: -15, duration_days: 3 }]))
    await waitFor(() => expect(screen.queryByLabelText('New task in PR, 1 Mar to 3 Mar')).not.toBeInTheDocument())
    expect(sent(fetchMock, 'POST', '/tasks/')).toHaveLength(1)
  })

  it('offers adding only in the lanes the lead leads, and opens the full form from the toolbar', async () => {
    render()
    await bar(/^Publish,/)
    expect(document.querySelectorAll('.timeline-add-row')).toHaveLength(1)
    // Engineering's rows: no field opens.
    const body = document.querySelector<HTMLElement>('.timeline-body')!
    fireEvent.pointerDown(body, { button: 0, clientX: 100, clientY: 40, pointerId: 1 })
    fireEvent.pointerMove(window, { clientX: 200, clientY: 40, pointerId: 1 })
    fireEvent.pointerUp(window, { clientX: 200, clientY: 40, pointerId: 1 })
    expect(screen.queryByLabelText(/^New task in/)).not.toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Add a task' }))
    expect(await screen.findByRole('complementary')).toBeInTheDocument()
  })
})
