import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { jsonResponse, mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { makeTimeline } from '../../../test/timelineData'
import { launchTimelineKey } from '../../../lib/queryKeys'
import type { Timeline } from '../api/timeline'
import { LaunchTimeline } from './LaunchTimeline'

const prLead = { id: 6, is_office: false, departments: [{ id: 2, role: 'lead' as const }] }
const taskDetail = {
  id: 200, launch: 1, workstream: 20, department: 2, department_name: 'PR', title: 'Draft the press release',
  description: '', schedule_mode: 'anchored', offset_days: -13, start_date: null, duration_days: 7,
  duration_count: 'calendar', due_date: null, due_time: null,
  planned_start: '2027-03-03', planned_due: '2027-03-09', status: 'todo', assignee: 7,
  assignee_detail: { id: 7, username: 'pr.member', full_name: 'Paul Okafor' }, needed_for_launch: false,
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2027-02-20T12:00:00'))
  window.localStorage.clear()
})
afterEach(() => {
  vi.useRealTimers()
})

/** The sample timeline with "Draft the press release" (id 200) on `start` to `due`, counted in calendar days. */
function timelineWithDraft(start = '2027-03-03', due = '2027-03-09'): Timeline {
  const timeline = makeTimeline()
  Object.assign(timeline.tasks.find((t) => t.id === 200)!, {
    duration_days: 7, duration_count: 'calendar', planned_start: start, planned_due: due, start, due,
  })
  return timeline
}

/**
 * The fake server. The PATCH is answered only when the test says (or never); the timeline's first load at once,
 * and each reload after it answers what `reloadWith` says once the test lets it go (`answerReloads`).
 */
function serve() {
  let reloadWith = timelineWithDraft()
  let loads = 0
  const waitingReloads: (() => void)[] = []
  let reloadsHeld = true
  const fallback = mockFetch({
    'GET /api/v1/tasks/200/': { body: taskDetail, headers: { ETag: '"v1"' } },
  })
  let answer: (response: Response) => void = () => {}
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.method === 'PATCH') return new Promise<Response>((resolve) => (answer = resolve))
    if (String(input).endsWith('/launches/1/timeline/')) {
      loads += 1
      const body = loads === 1 ? timelineWithDraft() : reloadWith
      const respond = () => jsonResponse({ body })
      if (loads === 1 || !reloadsHeld) return Promise.resolve(respond())
      return new Promise<Response>((resolve) => waitingReloads.push(() => resolve(respond())))
    }
    return fallback(input, init)
  })
  return {
    answerPatch: (status: number, body: unknown) => answer(jsonResponse({ status, body, headers: { ETag: '"v2"' } })),
    /** What the timeline's reloads answer from now on (the plan as the server has it). */
    reloadWith: (timeline: Timeline) => (reloadWith = timeline),
    answerReloads: () => {
      reloadsHeld = false
      waitingReloads.splice(0).forEach((go) => go())
    },
    reloads: () => loads - 1,
  }
}

const draftOn = (days: string) => new RegExp(`^Draft the press release, PR, ${days}`)

async function dragDueEndTwoDays() {
  const draft = await screen.findByRole('button', { name: draftOn('3 Mar to 9 Mar') })
  const due = draft.querySelector('[data-handle="due"]')!
  fireEvent.pointerDown(due, { button: 0, clientX: 600, pointerId: 1 })
  fireEvent.pointerMove(due, { clientX: 656, pointerId: 1 })
  fireEvent.pointerUp(due, { clientX: 656, pointerId: 1 })
}

async function dragBarTwoDaysLater() {
  const draft = await screen.findByRole('button', { name: draftOn('3 Mar to 9 Mar') })
  fireEvent.pointerDown(draft, { button: 0, clientX: 600, pointerId: 1 })
  fireEvent.pointerMove(draft, { clientX: 656, pointerId: 1 })
  fireEvent.pointerUp(draft, { clientX: 656, pointerId: 1 })
}

describe('a dropped bar shows at once', () => {
  it('is drawn on its new days, marked as saving, while the server has not answered yet', async () => {
    serve()
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)
    await dragDueEndTwoDays()
    const bar = await screen.findByRole('button', { name: draftOn('3 Mar to 11 Mar') })
    expect(bar).toHaveAttribute('data-saving', 'true')
    expect(bar).toHaveAttribute('aria-busy', 'true')
    expect(bar).toHaveClass('is-saving')
    expect(screen.getByText('Saving the new dates…')).toHaveAttribute('role', 'status')
  })

  it('a moved bar keeps its length and stays on its new days when the server agrees, before any reload', async () => {
    const server = serve()
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)
    await dragBarTwoDaysLater()
    expect(await screen.findByRole('button', { name: draftOn('5 Mar to 11 Mar') })).toHaveAttribute('data-saving', 'true')

    server.reloadWith(timelineWithDraft('2027-03-05', '2027-03-11'))
    server.answerPatch(200, { ...taskDetail, offset_days: -11, planned_start: '2027-03-05', planned_due: '2027-03-11' })
    // Settled on the server's answer while the reload is still on its way: same days, no longer marked.
    await waitFor(() => expect(screen.getByRole('button', { name: draftOn('5 Mar to 11 Mar') })).not.toHaveAttribute('data-saving'))
    expect(screen.getByRole('button', { name: draftOn('5 Mar to 11 Mar') })).not.toHaveAttribute('aria-busy')
    expect(screen.queryByText('Saving the new dates…')).not.toBeInTheDocument()

    server.answerReloads()
    await waitFor(() => expect(server.reloads()).toBeGreaterThanOrEqual(1))
    expect(screen.getByRole('button', { name: draftOn('5 Mar to 11 Mar') })).toBeInTheDocument()
  })

  it('settles on the days the server answers when they differ from where it was dropped', async () => {
    const server = serve()
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)
    await dragDueEndTwoDays()
    await screen.findByRole('button', { name: draftOn('3 Mar to 11 Mar') })
    // The server kept the due day on a working day, one later than where it was dropped.
    server.answerPatch(200, { ...taskDetail, duration_days: 10, planned_due: '2027-03-12' })
    expect(await screen.findByRole('button', { name: draftOn('3 Mar to 12 Mar') })).not.toHaveAttribute('data-saving')
  })

  it('does not jump back when a reload answers the old plan while the save is on its way', async () => {
    const server = serve()
    const { queryClient } = renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)
    await dragDueEndTwoDays()
    await screen.findByRole('button', { name: draftOn('3 Mar to 11 Mar') })

    // As when someone else's change arrives live and the timeline reloads: the plan from before the save.
    server.answerReloads()
    await queryClient.invalidateQueries({ queryKey: launchTimelineKey(1) })
    await waitFor(() => expect(server.reloads()).toBe(1))
    expect(screen.getByRole('button', { name: draftOn('3 Mar to 11 Mar') })).toHaveAttribute('data-saving', 'true')
    expect(screen.queryByRole('button', { name: draftOn('3 Mar to 9 Mar') })).not.toBeInTheDocument()
  })

  it.each([
    [412, 'precondition_failed', 'Someone else changed this since you loaded it.'],
    [409, 'launch_closed', 'This launch is closed: its plan cannot change.'],
    [400, 'validation_error', 'The task cannot end before it starts.'],
  ])('goes back where it was, with the reason, when the server refuses with %s', async (status, code, message) => {
    const server = serve()
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)
    await dragDueEndTwoDays()
    await screen.findByRole('button', { name: draftOn('3 Mar to 11 Mar') })
    server.answerPatch(status, { code, message, extra: {} })

    const back = await screen.findByRole('button', { name: draftOn('3 Mar to 9 Mar') })
    expect(back).not.toHaveAttribute('data-saving')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/^“Draft the press release” was not resized\./)
    if (status !== 412) expect(alert).toHaveTextContent(message)
  })
})

describe('a bar moved with the keyboard shows at once', () => {
  it('is drawn a day later, marked as saving, before the server answers; back with the reason if refused', async () => {
    const server = serve()
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)
    const bar = await screen.findByRole('button', { name: draftOn('3 Mar to 9 Mar') })
    bar.focus()
    fireEvent.keyDown(bar, { key: 'ArrowRight', altKey: true })

    const moved = await screen.findByRole('button', { name: draftOn('4 Mar to 10 Mar') })
    expect(moved).toHaveAttribute('data-saving', 'true')
    await waitFor(() => expect(screen.getByText('Saving the new dates…')).toBeInTheDocument())

    server.answerPatch(409, { code: 'launch_closed', message: 'This launch is closed: its plan cannot change.', extra: {} })
    expect(await screen.findByRole('button', { name: draftOn('3 Mar to 9 Mar') })).not.toHaveAttribute('data-saving')
    server.answerReloads()
    expect(await screen.findByText(/was not moved/)).toHaveTextContent(
      '“Draft the press release” was not moved. This launch is closed: its plan cannot change.',
    )
  })
})
