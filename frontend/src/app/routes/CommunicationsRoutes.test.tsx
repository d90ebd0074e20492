import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Me } from '../../features/session/api/me'
import { communicationPage, makeCommunication } from '../../test/communicationData'
import { mockFetch } from '../../test/fetch'
import { makeLaunch } from '../../test/launchData'
import { renderRoute } from '../../test/render'
import { makeTimeline } from '../../test/timelineData'

const office: Me = {
  id: 1, username: 'csbo', full_name: 'Casey Bo', email: 'csbo@example.com', time_zone: 'UTC', is_office: true,
  roles: ['office'], departments: [],
}
const member: Me = { ...office, id: 2, username: 'mo', full_name: 'Mo Member', is_office: false, roles: ['member'] }
const emptyBoard = { out: [], queued: [], embargoed: [], awaiting_approval: [], blocked_attempts: [] }

function open(path: string, me: Me) {
  mockFetch({
    'GET /api/v1/auth/session/': { body: { user: me } },
    'GET /api/v1/launches/': { body: communicationPage([makeLaunch({ id: 1, name: 'Aurora' })]) },
    'GET /api/v1/launches/1/': { body: makeLaunch({ id: 1, name: 'Aurora' }), headers: { ETag: '"l1"' } },
    'GET /api/v1/launches/1/timeline/': { body: makeTimeline() },
    'GET /api/v1/communications/': { body: communicationPage([makeCommunication()]) },
    'GET /api/v1/communication-board/': {
      body: { ...emptyBoard, awaiting_approval: [makeCommunication({ status: 'submitted' })] },
    },
    'GET /api/v1/hints/': { body: [] },
    'GET /api/v1/communication-policies/': { body: [{ kind: 'blog', kind_label: 'Blog', approval: 'office' }] },
  })
  return renderRoute(path)
}

describe('the routes of issue 20', () => {
  it('links everyone to the hints beside the notifications, and only the office to the approval rules', async () => {
    open('/', member)
    const account = await screen.findByRole('navigation', { name: 'Account' })
    expect(within(account).getByRole('link', { name: 'Hints' })).toHaveAttribute('href', '/hints')
    expect(within(account).queryByRole('link', { name: 'Approvals' })).not.toBeInTheDocument()
    fireEvent.click(within(account).getByRole('link', { name: 'Hints' }))
    expect(await screen.findByRole('heading', { name: 'Employee hints' })).toBeInTheDocument()
    expect(await screen.findByText('No hints to share right now.')).toBeInTheDocument()
  })

  it('opens the approval rules for the office from the header, and tells others whose they are', async () => {
    const { unmount } = open('/', office)
    const account = await screen.findByRole('navigation', { name: 'Account' })
    fireEvent.click(within(account).getByRole('link', { name: 'Approvals' }))
    expect(await screen.findByRole('combobox', { name: 'Blog' })).toHaveValue('office')
    unmount()

    open('/settings/communications', member)
    expect(
      await screen.findByText('Only the Social Business Office sets who approves communications.'),
    ).toHaveAttribute('role', 'status')
    expect(screen.queryByRole('combobox', { name: 'Blog' })).not.toBeInTheDocument()
  })

  it("gives the office the board beside the calendar, under the launch's Communications tab", async () => {
    const { router } = open('/launches/1/communications', office)
    const views = await screen.findByRole('navigation', { name: 'Communications views' })
    fireEvent.click(within(views).getByRole('link', { name: 'Board' }))
    expect(await screen.findByRole('heading', { name: 'Communications board' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/launches/1/communications/board')
    expect(screen.getByRole('region', { name: 'Awaiting approval (1)' })).toHaveTextContent('Aurora announced')
    expect(screen.getByRole('link', { name: 'Communications' })).toHaveAttribute('aria-current', 'page')
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Communications views' })).getByRole('link', { name: 'By day' }))
    expect(await screen.findByRole('article', { name: 'Aurora announced' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/launches/1/communications')
  })

  it('shows no board link to a member', async () => {
    open('/launches/1/communications', member)
    await screen.findByRole('article', { name: 'Aurora announced' })
    expect(screen.queryByRole('navigation', { name: 'Communications views' })).not.toBeInTheDocument()
  })
})
