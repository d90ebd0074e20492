import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Me } from '../../features/session/api/me'
import { mockFetch, type FakeRoutes } from '../../test/fetch'
import { makeLaunch } from '../../test/launchData'
import { renderRoute } from '../../test/render'

const office: Me = {
  id: 1,
  username: 'csbo',
  full_name: 'Casey Bo',
  email: 'csbo@example.com',
  time_zone: 'Europe/Paris',
  is_office: true,
  roles: ['office'],
  departments: [],
}
const viewer: Me = { ...office, id: 9, username: 'vic', full_name: 'Vic Viewer', is_office: false, roles: ['viewer'] }

const launch = makeLaunch({
  id: 1,
  name: 'Aurora',
  status: 'ready',
  time_zone: 'Europe/Paris',
  holiday_regions: ['FR'],
  closures: [{ name: 'Offsite', start: '2027-02-10', end: '2027-02-12' }],
  task_count: 3,
})
const page = <T,>(results: T[]) => ({ count: results.length, next: null, previous: null, results })
const workstream = {
  id: 11, launch: 1, department: 2, department_name: 'PR', lead: 5,
  lead_detail: { id: 5, username: 'pat', full_name: 'Pat Reed' }, notes: '', task_count: 2, done_task_count: 1,
  created_at: '2027-01-04T08:00:00Z', updated_at: '2027-01-04T08:00:00Z',
}
const departments = page([
  { id: 2, name: 'PR', slug: 'pr', description: '', lead: { id: 5, username: 'pat', full_name: 'Pat Reed' }, members: [], created_at: '', updated_at: '' },
  { id: 3, name: 'Legal', slug: 'legal', description: '', lead: null, members: [], created_at: '', updated_at: '' },
])
const gate = {
  id: 9, launch: 1, name: 'Go/No-Go', description: '', schedule_mode: 'anchored', offset_days: -1, at: null,
  moment: '2027-03-15T08:00:00Z', criteria: [31], criteria_detail: [{ id: 31, title: 'Release notes', status: 'todo' }],
  approver_departments: [], status: 'pending', round: 1, approved_at: null,
  approvers: [{ department: null, department_name: null, decision: null, actor: null, decided_at: null }],
  created_at: '', updated_at: '',
}

function settingsRoutes(me: Me, overrides: FakeRoutes = {}) {
  const writes: { key: string; body: unknown; ifMatch: string | null }[] = []
  const record = (key: string) => (init: RequestInit | undefined) => {
    writes.push({
      key,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
      ifMatch: new Headers(init?.headers).get('If-Match'),
    })
    return { body: launch, headers: { ETag: '"l2"' } }
  }
  const fetchMock = mockFetch({
    'GET /api/v1/auth/session/': { body: { user: me } },
    'GET /api/v1/launches/1/': { body: launch, headers: { ETag: '"l1"' } },
    'GET /api/v1/workstreams/': { body: page([workstream]) },
    'GET /api/v1/workstreams/11/': { body: workstream, headers: { ETag: '"w1"' } },
    'GET /api/v1/milestones/': { body: page([]) },
    'GET /api/v1/gates/': { body: page([gate]) },
    'GET /api/v1/departments/': { body: departments },
    'GET /api/v1/users/': (_init, url) => ({
      body: page(url.searchParams.get('department') === '2' ? [{ id: 5, username: 'pat', full_name: 'Pat Reed' }] : []),
    }),
    'GET /api/v1/tasks/': { body: page([{ id: 31, title: 'Release notes', department_name: 'PR' }, { id: 32, title: 'Press kit', department_name: 'PR' }]) },
    'PATCH /api/v1/launches/1/': record('patch launch'),
    'POST /api/v1/launches/1/transition/': record('transition'),
    'DELETE /api/v1/workstreams/11/': (init) => {
      record('delete workstream')(init)
      return { status: 204 }
    },
    'POST /api/v1/milestones/': (init) => {
      record('milestone')(init)
      return { status: 201, body: {} }
    },
    'POST /api/v1/gates/': (init) => {
      record('gate')(init)
      return { status: 201, body: gate }
    },
    ...overrides,
  })
  return { writes, fetchMock }
}

describe('Launch settings (issue 16)', () => {
  it('says plainly, naming the gate, why the launch cannot be marked launched, and changes nothing', async () => {
    const message = 'Aurora cannot launch before every gate is approved; not yet: Go/No-Go.'
    const { writes } = settingsRoutes(office, {
      'POST /api/v1/launches/1/transition/': (init) => {
        writes.push({ key: 'transition', body: JSON.parse(String(init?.body)), ifMatch: new Headers(init?.headers).get('If-Match') })
        return { status: 409, body: { code: 'gate_not_approved', message, extra: { fields: { status: [message] }, gates: ['Go/No-Go'] } } }
      },
    })
    renderRoute('/launches/1/settings')
    const lifecycle = await screen.findByRole('region', { name: 'Lifecycle' })
    const moves = within(lifecycle).getByRole('group', { name: 'Move the launch to' })
    expect(within(moves).getAllByRole('button').map((b) => b.textContent)).toEqual(['Mark launched', 'Move to planning', 'Cancel the launch'])
    fireEvent.click(within(moves).getByRole('button', { name: 'Mark launched' }))

    const alert = await within(lifecycle).findByRole('alert')
    expect(alert).toHaveTextContent(`Not moved to Launched: ${message}`)
    expect(alert).toHaveTextContent('Gate not approved yet: Go/No-Go.')
    expect(within(alert).getByRole('link', { name: 'timeline' })).toHaveAttribute('href', '/launches/1')
    expect(writes).toEqual([{ key: 'transition', body: { status: 'launched' }, ifMatch: '"l1"' }])
    expect(within(lifecycle).getByText('Ready', { selector: '.status' })).toBeInTheDocument()
  })

  it('moves the launch along its lifecycle, asking before cancelling', async () => {
    const { writes } = settingsRoutes(office)
    renderRoute('/launches/1/settings')
    const lifecycle = await screen.findByRole('region', { name: 'Lifecycle' })
    fireEvent.click(within(lifecycle).getByRole('button', { name: 'Cancel the launch' }))
    expect(writes).toEqual([])
    fireEvent.click(within(lifecycle).getByRole('button', { name: 'Yes, cancel it' }))
    await waitFor(() => expect(writes).toEqual([{ key: 'transition', body: { status: 'cancelled' }, ifMatch: '"l1"' }]))
  })

  it("shows the server's refusal of a holiday region at that field", async () => {
    const message = "'XX' is not a country the holiday calendar knows (US, FR, DE...)."
    settingsRoutes(office, {
      'PATCH /api/v1/launches/1/': { status: 400, body: { code: 'invalid', message, extra: { fields: { holiday_regions: [message] } } } },
    })
    renderRoute('/launches/1/settings')
    const calendar = await screen.findByRole('region', { name: 'Working calendar' })
    const regions = within(calendar).getByLabelText('Public holidays of (country or region codes)')
    expect(regions).toHaveValue('FR')
    fireEvent.change(regions, { target: { value: 'FR, XX' } })
    fireEvent.click(within(calendar).getByRole('button', { name: 'Save the working calendar' }))
    await waitFor(() => expect(regions).toHaveAttribute('aria-invalid', 'true'))
    expect(document.getElementById(regions.getAttribute('aria-describedby')!)).toHaveTextContent(message)
  })

  it('adds and removes days off, sending the whole list with If-Match', async () => {
    const { writes } = settingsRoutes(office)
    renderRoute('/launches/1/settings')
    const calendar = await screen.findByRole('region', { name: 'Working calendar' })
    expect(within(calendar).getByText('Offsite: Wed 10 Feb 2027 – Fri 12 Feb 2027')).toBeInTheDocument()
    const form = within(calendar).getByRole('form', { name: 'Add days off' })
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Summer break' } })
    fireEvent.change(within(form).getByLabelText('First day off'), { target: { value: '2027-08-02' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Add days off' }))
    await waitFor(() => expect(writes).toHaveLength(1))
    expect(writes[0]).toEqual({
      key: 'patch launch',
      body: {
        closures: [
          { name: 'Offsite', start: '2027-02-10', end: '2027-02-12' },
          { name: 'Summer break', start: '2027-08-02', end: '2027-08-02' },
        ],
      },
      ifMatch: '"l1"',
    })

    fireEvent.click(within(calendar).getByRole('button', { name: 'Delete Offsite 2027-02-10' }))
    // ConfirmDeleteButton asks in an alert dialog (components/ui), outside the section.
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Yes, remove it' }))
    await waitFor(() => expect(writes).toHaveLength(2))
    expect(writes[1]!.body).toEqual({ closures: [] })
  })

  it('removes a workstream only after confirming, and offers the departments without one', async () => {
    const { writes } = settingsRoutes(office)
    renderRoute('/launches/1/settings')
    const section = await screen.findByRole('region', { name: 'Departments' })
    const row = (await within(section).findByRole('rowheader', { name: 'PR' })).closest('tr')!
    expect(within(row).getByLabelText('PR lead')).toHaveValue('5')
    fireEvent.click(within(row).getByRole('button', { name: 'Delete the PR workstream' }))
    const ask = screen.getByRole('alertdialog')
    expect(ask).toHaveAccessibleDescription('Remove PR from this launch, with its 2 tasks?')
    expect(writes).toEqual([])
    fireEvent.click(within(ask).getByRole('button', { name: 'Yes, remove it' }))
    await waitFor(() => expect(writes).toEqual([{ key: 'delete workstream', body: undefined, ifMatch: '"w1"' }]))

    const add = within(section).getByLabelText('Add a department')
    expect(within(add).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a department…', 'Legal'])
  })

  it('adds a milestone at a T-offset', async () => {
    const { writes } = settingsRoutes(office)
    renderRoute('/launches/1/settings')
    const section = await screen.findByRole('region', { name: 'Milestones' })
    fireEvent.click(within(section).getByRole('button', { name: 'Add a milestone' }))
    const form = within(section).getByRole('form', { name: 'New milestone' })
    fireEvent.change(within(form).getByLabelText('Milestone name'), { target: { value: 'Embargo lifts' } })
    fireEvent.change(within(form).getByLabelText('Days from T-0 (negative: before launch day)'), { target: { value: '-2' } })
    expect(within(form).getByText('T-2')).toBeInTheDocument()
    fireEvent.click(within(form).getByRole('button', { name: 'Add milestone' }))
    await waitFor(() =>
      expect(writes).toEqual([
        {
          key: 'milestone',
          body: { launch: 1, name: 'Embargo lifts', description: '', schedule_mode: 'anchored', offset_days: -2, at: null },
          ifMatch: null,
        },
      ]),
    )
  })

  it('defines a gate with a T-offset, criteria tasks and approver departments', async () => {
    const { writes } = settingsRoutes(office)
    renderRoute('/launches/1/settings')
    const section = await screen.findByRole('region', { name: 'Gates' })
    expect(await within(section).findByText('0/1 criteria done')).toBeInTheDocument()
    fireEvent.click(within(section).getByRole('button', { name: 'Add a gate' }))
    const form = within(section).getByRole('form', { name: 'New gate' })
    fireEvent.change(within(form).getByLabelText('Gate name'), { target: { value: 'Readiness review' } })
    fireEvent.change(within(form).getByLabelText('Days from T-0 (negative: before launch day)'), { target: { value: '-7' } })
    fireEvent.click(await within(form).findByLabelText('Press kit'))
    fireEvent.click(within(form).getByLabelText('Legal lead'))
    fireEvent.click(within(form).getByRole('button', { name: 'Add gate' }))
    await waitFor(() =>
      expect(writes).toEqual([
        {
          key: 'gate',
          body: {
            launch: 1, name: 'Readiness review', description: '', schedule_mode: 'anchored', offset_days: -7, at: null,
            criteria: [32], approver_departments: [3], approver_users: [],
          },
          ifMatch: null,
        },
      ]),
    )
  })

  it('lets others read the settings without any control to change them', async () => {
    const { fetchMock } = settingsRoutes(viewer)
    renderRoute('/launches/1/settings')
    const lifecycle = await screen.findByRole('region', { name: 'Lifecycle' })
    expect(within(lifecycle).queryByRole('button')).not.toBeInTheDocument()
    expect(await screen.findByText('Pat Reed')).toBeInTheDocument()
    expect(screen.getByText('FR')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Save|Add|Remove|Delete/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Gates' })).not.toBeInTheDocument()
    expect(fetchMock.mock.calls.some(([, init]) => init?.method && init.method !== 'GET')).toBe(false)
  })
})
