import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Me } from '../../features/session/api/me'
import { FakeWebSocket } from '../../test/fakeWebSocket'
import { mockFetch } from '../../test/fetch'
import { makeLaunch } from '../../test/launchData'
import { renderRoute } from '../../test/render'
import { makeTimeline } from '../../test/timelineData'

const prLead: Me = {
  id: 6,
  username: 'pr.lead',
  full_name: 'Priya Raman',
  email: 'priya@example.com',
  time_zone: 'Europe/Berlin',
  is_office: false,
  roles: ['lead'],
  departments: [{ id: 2, name: 'PR', slug: 'pr', role: 'lead' }],
}
const pat = { id: 8, name: 'Pat Lee' }
const timelinePath = 'GET /api/v1/launches/1/timeline/'

/** The launch page, signed in, with its live socket open. */
async function openLaunchPage() {
  const fetchMock = mockFetch({
    'GET /api/v1/auth/session/': { body: { user: prLead } },
    'GET /api/v1/launches/1/': { body: makeLaunch({ id: 1, name: 'Aurora' }), headers: { ETag: '"l1"' } },
    [timelinePath]: { body: { ...makeTimeline(), version: 'v1' } },
  })
  renderRoute('/launches/1')
  await screen.findByRole('button', { name: /^Draft the press release, PR, 3 Mar to 9 Mar/ })
  const ws = FakeWebSocket.latest()
  act(() => {
    ws.open()
    ws.receive({ type: 'hello', user: { id: 6, name: 'Priya Raman' }, connection: 'c-me' })
  })
  const timelineRequests = () => fetchMock.mock.calls.filter(([url]) => String(url).includes('/timeline/')).length
  return { ws, timelineRequests, send: (message: unknown) => act(() => [message].flat().forEach((m) => ws.receive(m))) }
}

function moveDraft(actor: { id: number; name: string }) {
  const moved = { ...makeTimeline().tasks[1]!, start: '2027-03-06', due: '2027-03-12' }
  const change = {
    type: 'change',
    launch: 1,
    actor,
    summary: `${actor.name} moved “Draft the press release” 3 days later`,
    items: [{ entity: 'task', action: 'updated', id: 200, label: 'Draft the press release' }],
    plan: true,
  }
  const schedule = {
    type: 'schedule',
    launch: 1,
    actor,
    timeline: { base: 'v1', version: 'v2', refetch: false, lists: { tasks: { upsert: [moved], order: null } } },
  }
  // The note at commit, then what the schedule made of it (docs/live.md).
  return [change, schedule]
}

describe('The launch page, live (issue 17)', () => {
  it('draws another user’s move at once, without reloading the timeline, highlights the bar and says who did it', async () => {
    const { ws, send, timelineRequests } = await openLaunchPage()
    expect(ws.sent).toContainEqual({ type: 'watch', launch: 1 })
    const requestsBefore = timelineRequests()

    send(moveDraft(pat))

    const bar = await screen.findByRole('button', { name: /^Draft the press release, PR, 6 Mar to 12 Mar/ })
    expect(bar).toHaveAttribute('data-live-changed', 'true')
    expect(screen.getByRole('button', { name: /^Freeze features, Engineering, 1 Mar/ })).not.toHaveAttribute('data-live-changed')
    expect(screen.getByRole('status', { name: 'Changes by others' })).toHaveTextContent(
      'Pat Lee moved “Draft the press release” 3 days later',
    )
    expect(timelineRequests()).toBe(requestsBefore)
  })

  it('draws the user’s own change from another tab too, without a note or a highlight', async () => {
    const { send } = await openLaunchPage()
    send(moveDraft({ id: 6, name: 'Priya Raman' }))

    const bar = await screen.findByRole('button', { name: /^Draft the press release, PR, 6 Mar to 12 Mar/ })
    expect(bar).not.toHaveAttribute('data-live-changed')
    expect(screen.getByRole('status', { name: 'Changes by others' })).toHaveTextContent('')
  })

  it('shows who else has the launch open beside its name', async () => {
    const { send } = await openLaunchPage()
    send({ type: 'presence', launch: 1, connection: 'c-pat', user: pat, state: 'here', editing: null })
    const header = screen.getByRole('heading', { name: 'Aurora' }).parentElement!
    expect(header).toHaveTextContent('Also here: Pat Lee')
  })

  it('shows that it is offline when the socket drops', async () => {
    const { ws } = await openLaunchPage()
    act(() => ws.serverClose())
    expect(screen.getByText(/Changes made meanwhile will appear when the connection is back/)).toBeInTheDocument()
  })
})
