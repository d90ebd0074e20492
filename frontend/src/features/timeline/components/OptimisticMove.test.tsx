import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { jsonResponse, mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { makeTimeline } from '../../../test/timelineData'
import { LaunchTimeline } from './LaunchTimeline'

const prLead = { id: 6, is_office: false, departments: [{ id: 2, role: 'lead' as const }] }
const taskDetail = {
  id: 200, launch: 1, workstream: 20, department: 2, department_name: 'PR', title: 'Draft the press release',
  description: '', schedule_mode: 'anchored', offset_days: -13, start_date: null, duration_days: 7,
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

/** The fake server, with the PATCH answered only when the test says (or never). */
function serve() {
  const timeline = makeTimeline()
  Object.assign(timeline.tasks[1]!, { duration_days: 7 })
  const fallback = mockFetch({
    'GET /api/v1/launches/1/timeline/': { body: timeline },
    'GET /api/v1/tasks/200/': { body: taskDetail, headers: { ETag: '"v1"' } },
  })
  let answer: (response: Response) => void = () => {}
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
    init?.method === 'PATCH' ? new Promise<Response>((resolve) => (answer = resolve)) : fallback(input, init),
  )
  return { answerPatch: (status: number, body: unknown) => answer(jsonResponse({ status, body })) }
}

async function dragDueEndTwoDays() {
  const draft = await screen.findByRole('button', { name: /^Draft the press release, PR, 3 Mar to 9 Mar/ })
  const due = draft.querySelector('[data-handle="due"]')!
  fireEvent.pointerDown(due, { button: 0, clientX: 600, pointerId: 1 })
  fireEvent.pointerMove(due, { clientX: 656, pointerId: 1 })
  fireEvent.pointerUp(due, { clientX: 656, pointerId: 1 })
}

describe('a dropped bar shows at once', () => {
  it('is drawn on its new days while the server has not answered yet', async () => {
    serve()
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)
    await dragDueEndTwoDays()
    expect(await screen.findByRole('button', { name: /^Draft the press release, PR, 3 Mar to 11 Mar/ })).toBeInTheDocument()
  })

  it('goes back where it was when the server refuses', async () => {
    const server = serve()
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)
    await dragDueEndTwoDays()
    await screen.findByRole('button', { name: /^Draft the press release, PR, 3 Mar to 11 Mar/ })
    server.answerPatch(412, { code: 'precondition_failed', message: 'Changed since.', extra: {} })
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^Draft the press release, PR, 3 Mar to 9 Mar/ })).toBeInTheDocument(),
    )
  })
})
