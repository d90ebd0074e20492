import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { communicationPage, makeCommunication } from '../../../test/communicationData'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { CommunicationsCalendar } from './CommunicationsCalendar'

const lead = { id: 3, is_office: false, departments: [{ id: 2, role: 'lead' as const }] }
const otherLead = { id: 4, is_office: false, departments: [{ id: 6, role: 'lead' as const }] }

describe('a communication card (issue 20)', () => {
  it('says where a published item went out, with a failure and its error, and links to the newsroom', async () => {
    const published = makeCommunication({
      status: 'published',
      published_at: '2027-03-16T09:00:00Z',
      destinations: ['newsroom', 'email'],
      newsroom_url: '/newsroom/1/#communication-5',
      publications: [
        { channel: 'newsroom', status: 'sent', sent_at: '2027-03-16T09:00:00Z', detail: '', attempts: 1, last_error: '' },
        { channel: 'email', status: 'failed', sent_at: null, detail: '3 recipients', attempts: 5, last_error: 'SMTP refused' },
      ],
    })
    mockFetch({ 'GET /api/v1/communications/': { body: communicationPage([published]) } })
    renderWithProviders(<CommunicationsCalendar launchId={1} viewer={otherLead} gates={[]} conflicts={[]} />)

    const card = await screen.findByRole('article', { name: 'Aurora announced' })
    const went = within(card).getAllByRole('listitem')
    expect(went.map((li) => li.textContent)).toEqual([
      'Newsroom: Sent Tue 16 Mar 2027, 09:00',
      'Email: Failed (after 5 attempts) · 3 recipients · Error: SMTP refused',
    ])
    expect(within(card).getByText(/Needs the office's approval/)).toHaveTextContent('Goes out to: Newsroom, Email')
    const link = within(card).getByRole('link', { name: 'Read it in the newsroom' })
    expect(link).toHaveAttribute('href', '/newsroom/1/#communication-5')
    expect(link).toHaveAttribute('target', '_blank')
  })

  it('names a task embargo by its task, and says a kind needs no approval', async () => {
    const notice = makeCommunication({
      kind: 'internal_notice',
      embargo: 'task',
      embargo_task: 12,
      embargo_until: 'task “Publish the packages”',
      approval: 'none',
      author: 3,
    })
    mockFetch({ 'GET /api/v1/communications/': { body: communicationPage([notice]) } })
    renderWithProviders(<CommunicationsCalendar launchId={1} viewer={lead} gates={[]} conflicts={[]} />)

    const card = await screen.findByRole('article', { name: 'Aurora announced' })
    expect(within(card).getByText('Embargo: Not before task “Publish the packages” is done')).toBeInTheDocument()
    expect(within(card).getByText(/^Internal notice/)).toBeInTheDocument()
    expect(within(card).getByText(/No approval needed/)).toBeInTheDocument()
    expect(within(card).getByRole('button', { name: 'Submit (no approval needed)' })).toBeInTheDocument()
  })

  it("lets the department's lead approve a kind whose policy says so, and not one the office approves", async () => {
    const byLead = makeCommunication({ id: 5, title: 'Blog post', kind: 'blog', status: 'submitted', approval: 'lead' })
    const byOffice = makeCommunication({ id: 6, title: 'Press release', status: 'submitted', approval: 'office' })
    let decided: unknown = null
    let items = [byLead, byOffice]
    mockFetch({
      'GET /api/v1/communications/': () => ({ body: communicationPage(items) }),
      'GET /api/v1/communications/5/': { body: byLead, headers: { ETag: '"v1"' } },
      'POST /api/v1/communications/5/decide/': (init) => {
        decided = JSON.parse(String(init?.body))
        items = [{ ...byLead, status: 'approved' }, byOffice]
        return { body: items[0] }
      },
    })
    renderWithProviders(<CommunicationsCalendar launchId={1} viewer={lead} gates={[]} conflicts={[]} />)

    const blog = await screen.findByRole('article', { name: 'Blog post' })
    expect(within(blog).getByText(/The department's lead approves/)).toBeInTheDocument()
    const press = screen.getByRole('article', { name: 'Press release' })
    expect(within(press).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument()
    fireEvent.click(within(blog).getByRole('button', { name: 'Approve' }))
    expect(await within(blog).findByText('Approved')).toBeInTheDocument()
    expect(decided).toEqual({ decision: 'approve', comment: '' })
  })

})
