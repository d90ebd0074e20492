import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Me } from '../../features/session/api/me'
import { mockFetch } from '../../test/fetch'
import { makeLaunch } from '../../test/launchData'
import { renderRoute } from '../../test/render'
import { makeTimeline } from '../../test/timelineData'

const csbo: Me = {
  id: 1,
  username: 'csbo',
  full_name: 'Casey Bo',
  email: 'csbo@example.com',
  time_zone: 'Europe/Berlin',
  is_office: true,
  roles: ['office'],
  departments: [],
}
const list = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results })
const communication = {
  id: 5, launch: 1, kind: 'press_release', channel: 'Newswire', audience: 'Press', title: 'Aurora announced',
  body: '', author: 7, department: 2, schedule_mode: 'anchored', offset_days: 0, at: null,
  moment: '2027-03-16T09:00:00Z', embargo: 't_zero', embargo_gate: null, status: 'draft', published_at: null,
  embargo_task: null, destinations: [], email_recipients: '', share_until: null, 
  embargo_lifted: false, embargo_until: '', publications: [], approval: 'office', newsroom_url: null,
  decisions: [], created_at: '2027-01-01T00:00:00Z', updated_at: '2027-01-01T00:00:00Z',
}
const gate = {
  id: 9, launch: 1, name: 'Go/No-Go', description: 'Last look before launch', moment: '2027-03-15T08:00:00Z',
  criteria: [200], criteria_detail: [{ id: 200, title: 'Draft the press release', status: 'todo' }],
  approver_departments: [2], status: 'pending', round: 1, approved_at: null,
  approvers: [{ department: null, department_name: null, decision: null, actor: null, decided_at: null }],
}

/** The app at `path` (after `before`, so that Back has somewhere to go), signed in as the office. */
function open(path: string, before: string[] = []) {
  mockFetch({
    'GET /api/v1/auth/session/': { body: { user: csbo } },
    'GET /api/v1/launches/': { body: list([makeLaunch({ id: 1, name: 'Aurora' })]) },
    'GET /api/v1/launches/1/': { body: makeLaunch({ id: 1, name: 'Aurora' }), headers: { ETag: '"l1"' } },
    'GET /api/v1/launches/1/timeline/': { body: makeTimeline() },
    'GET /api/v1/gates/': { body: list([gate]) },
    'GET /api/v1/communications/': { body: list([communication]) },
    'GET /api/v1/users/': { body: list([]) },
  })
  const app = renderRoute(path)
  if (before.length) {
    // The memory router starts at `path`; the entries before it are pushed first, then `path` again.
    act(() => {
      for (const entry of before) void app.router.navigate(entry)
      void app.router.navigate(path)
    })
  }
  return app
}

describe('links from calendar events and notices into the launch page', () => {
  it('/launches/1?task=200 opens the task beside the timeline', async () => {
    open('/launches/1?task=200')
    const panel = await screen.findByRole('complementary', { name: 'Draft the press release' })
    expect(panel).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^Draft the press release,/ })).toHaveClass('is-selected')
  })

  it('/launches/1?gate=9 opens the gate’s panel, with its decisions', async () => {
    open('/launches/1?gate=9')
    const panel = await screen.findByRole('complementary', { name: 'Go/No-Go' })
    expect(await within(panel).findByText(/Draft the press release/)).toBeInTheDocument()
  })

  it('/launches/1?milestone=3 opens the milestone’s panel', async () => {
    open('/launches/1?milestone=3')
    const panel = await screen.findByRole('complementary', { name: 'Embargo lifts' })
    expect(within(panel).getByText('Milestone')).toBeInTheDocument()
  })

  it('/launches/1?task= of a task gone from the launch says so and opens nothing', async () => {
    open('/launches/1?task=4242')
    expect(await screen.findByText('This task is no longer in the launch.')).toHaveAttribute('role', 'status')
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()
  })

  it('Back after following a second link opens the first one again', async () => {
    const { router } = open('/launches/1?task=200')
    await screen.findByRole('complementary', { name: 'Draft the press release' })
    await act(() => router.navigate('/launches/1?milestone=3'))
    expect(await screen.findByRole('complementary', { name: 'Embargo lifts' })).toBeInTheDocument()

    await act(() => router.navigate(-1))
    expect(await screen.findByRole('complementary', { name: 'Draft the press release' })).toBeInTheDocument()
    expect(router.state.location.search).toBe('?task=200')
  })

  it('/launches/1?communication=5 opens the Communications tab on that communication, in view and focused', async () => {
    const { router } = open('/launches/1?communication=5')
    const card = await screen.findByRole('article', { name: 'Aurora announced' })
    expect(router.state.location.pathname).toBe('/launches/1/communications')
    expect(router.state.location.search).toBe('?communication=5')
    expect(card).toHaveAttribute('aria-current', 'true')
    expect(card).toHaveFocus()
    expect(screen.getByRole('link', { name: 'Communications' })).toHaveAttribute('aria-current', 'page')
  })

  it('Back from a communication’s link goes to where the user was, not round through the redirect', async () => {
    const { router } = open('/launches/1?communication=5', ['/'])
    await screen.findByRole('article', { name: 'Aurora announced' })
    await act(() => router.navigate(-1))
    expect(router.state.location.pathname).toBe('/')
  })

  it('/launches/1?communication= of one gone from the launch says so', async () => {
    open('/launches/1?communication=77')
    expect(await screen.findByText('This communication is no longer in the launch.')).toHaveAttribute('role', 'status')
    expect(screen.getByRole('article', { name: 'Aurora announced' })).not.toHaveAttribute('aria-current')
  })
})
