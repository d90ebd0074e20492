import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Me } from '../../features/session/api/me'
import { mockFetch } from '../../test/fetch'
import { renderRoute } from '../../test/render'

const office: Me = {
  id: 1,
  username: 'csbo',
  full_name: 'Casey Bo',
  email: 'csbo@example.com',
  time_zone: 'UTC',
  is_office: true,
  roles: ['office'],
  departments: [],
}
const member: Me = { ...office, id: 2, username: 'mo', full_name: 'Mo Member', is_office: false, roles: ['member'] }

const person = (overrides: Record<string, unknown> = {}) => ({
  id: 7,
  username: 'mia',
  first_name: 'Mia',
  last_name: 'Meyer',
  full_name: 'Mia Meyer',
  email: 'mia@example.com',
  time_zone: 'UTC',
  is_office: false,
  is_active: true,
  departments: [{ id: 30, department: 4, department_name: 'Marketing', department_slug: 'marketing', role: 'lead' }],
  invitation_pending: false,
  date_joined: '2027-01-01T00:00:00Z',
  last_login: null,
  ...overrides,
})
const page = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results })
const department = (id: number, name: string, slug: string, lead: unknown = null) => ({
  id, name, slug, description: '', lead, members: [], created_at: '2027-01-01T00:00:00Z', updated_at: '2027-01-01T00:00:00Z',
})
const departments = page([
  department(4, 'Marketing', 'marketing', { id: 7, username: 'mia', full_name: 'Mia Meyer' }),
  department(5, 'PR', 'pr'),
])

function officeRoutes(extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    'GET /api/v1/auth/session/': { body: { user: office } },
    'GET /api/v1/users/': { body: page([person(), person({ id: 1, username: 'csbo', first_name: 'Casey', last_name: 'Bo', full_name: 'Casey Bo', is_office: true, departments: [] })]) },
    'GET /api/v1/departments/': { body: departments },
    'GET /api/v1/notifications/unread-count/': { body: { count: 0 } },
    ...extra,
  })
}

describe('PeoplePage', () => {
  it('lists people with departments and roles, and links People in the nav for the office', async () => {
    const fetchMock = officeRoutes()
    renderRoute('/people')
    const row = await screen.findByRole('row', { name: 'Mia Meyer' })
    expect(row).toHaveTextContent('mia')
    expect(row).toHaveTextContent('Marketing (lead)')
    expect(row).toHaveTextContent('Active')
    expect(screen.getByRole('link', { name: 'People' })).toHaveAttribute('href', '/people')
    // The office sees deactivated people too.
    const list = fetchMock.mock.calls.map(([url]) => String(url)).find((url) => url.startsWith('/api/v1/users/'))
    expect(list).toContain('include_inactive=true')
    // Nobody deactivates themselves: no button on the office's own row.
    const own = screen.getByRole('row', { name: 'Casey Bo' })
    expect(within(own).queryByRole('button', { name: /Deactivate/ })).not.toBeInTheDocument()
  })

  it('adds a person in a department with a role, invited by email, and shows their link', async () => {
    let sent: Record<string, unknown> | null = null
    officeRoutes({
      'POST /api/v1/users/': (init) => {
        sent = JSON.parse(String(init?.body)) as Record<string, unknown>
        return { status: 201, body: { ...person({ id: 9, username: 'nia', full_name: 'Nia Neu', invitation_pending: true }), set_password_path: '/set-password?uid=OQ&token=abc' } }
      },
    })
    renderRoute('/people')
    const form = await screen.findByRole('form', { name: 'Add a person' })
    fireEvent.change(within(form).getByLabelText('Username'), { target: { value: 'nia' } })
    fireEvent.change(within(form).getByLabelText('First name'), { target: { value: 'Nia' } })
    fireEvent.change(within(form).getByLabelText('Email'), { target: { value: 'nia@example.com' } })
    fireEvent.change(within(form).getByLabelText('PR'), { target: { value: 'member' } })
    // Marketing has a lead already: only "member" is offered as a choice.
    const lead = within(within(form).getByLabelText('Marketing')).getByRole('option', { name: /Lead/ })
    expect(lead).toBeDisabled()
    fireEvent.click(within(form).getByRole('button', { name: 'Add person' }))

    expect(await within(form).findByRole('status')).toHaveTextContent('Added Nia Neu. The invitation is on its way by email.')
    expect(within(form).getByRole('status')).toHaveTextContent('/set-password?uid=OQ&token=abc')
    expect(sent).toMatchObject({
      username: 'nia',
      first_name: 'Nia',
      email: 'nia@example.com',
      time_zone: 'UTC',
      is_office: false,
      send_invitation: true,
      departments: [{ department: 5, role: 'member' }],
    })
  })

  it('shows the server’s message under the field it names', async () => {
    officeRoutes({
      'POST /api/v1/users/': {
        status: 400,
        body: { code: 'username_taken', message: "The username 'mia' is taken.", extra: { fields: { username: ["The username 'mia' is taken."] } } },
      },
    })
    renderRoute('/people')
    const form = await screen.findByRole('form', { name: 'Add a person' })
    fireEvent.change(within(form).getByLabelText('Username'), { target: { value: 'mia' } })
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Invite by email' }))
    fireEvent.click(within(form).getByRole('button', { name: 'Add person' }))
    await waitFor(() => expect(within(form).getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true'))
    expect(within(form).getAllByText("The username 'mia' is taken.").length).toBeGreaterThan(0)
  })

  it('imports a CSV file and lists each bad row when the server refuses it', async () => {
    let uploaded: FormData | null = null
    officeRoutes({
      'POST /api/v1/users/import/': (init) => {
        uploaded = init?.body as FormData
        return {
          status: 400,
          body: {
            code: 'people_rows_invalid',
            message: '2 problem(s) in the file, nobody was added; first, row 2: The username is taken.',
            extra: {
              rows: [
                { row: 2, field: 'username', message: "The username 'mia' is taken." },
                { row: 4, field: 'department', message: 'No department has the slug “legal”.' },
              ],
              error_count: 2,
              fields: { file: ['Invalid values in column(s): department, username.'] },
            },
          },
        }
      },
    })
    renderRoute('/people')
    const form = await screen.findByRole('form', { name: 'Import from CSV' })
    const file = new File(['username,department\nmia,pr\n'], 'people.csv', { type: 'text/csv' })
    fireEvent.change(within(form).getByLabelText(/CSV file/), { target: { files: [file] } })
    fireEvent.click(within(form).getByRole('button', { name: 'Import' }))

    const table = await within(form).findByRole('table', { name: 'Problems in the file' })
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(3)
    expect(rows[1]).toHaveTextContent("2usernameThe username 'mia' is taken.")
    expect(rows[2]).toHaveTextContent('4departmentNo department has the slug “legal”.')
    expect(within(form).getByRole('alert')).toHaveTextContent('Nobody was added')
    expect(uploaded!.get('file')).toBeInstanceOf(File)
    expect(uploaded!.get('dry_run')).toBe('false')
  })

  it('shows how many people an import added', async () => {
    officeRoutes({
      'POST /api/v1/users/import/': {
        status: 201,
        body: {
          dry_run: false,
          created: 2,
          people: [
            { row: 2, username: 'ana', full_name: 'Ana Alves', email: '', is_office: false, departments: [{ department: 'pr', role: 'member' }] },
            { row: 3, username: 'ben', full_name: 'ben', email: '', is_office: false, departments: [] },
          ],
        },
      },
    })
    renderRoute('/people')
    const form = await screen.findByRole('form', { name: 'Import from CSV' })
    fireEvent.change(within(form).getByLabelText(/CSV file/), { target: { files: [new File(['username\nana\n'], 'p.csv')] } })
    fireEvent.click(within(form).getByRole('button', { name: 'Import' }))
    const status = await within(form).findByRole('status')
    expect(status).toHaveTextContent('Added 2 people.')
    expect(status).toHaveTextContent('Ana Alves (ana): pr (member)')
  })

  it('deactivates a person after confirming, with If-Match', async () => {
    let patch: { body: unknown; ifMatch: string | undefined } | null = null
    officeRoutes({
      'GET /api/v1/users/7/': { body: person(), headers: { ETag: '"v1"' } },
      'PATCH /api/v1/users/7/': (init) => {
        patch = { body: JSON.parse(String(init?.body)), ifMatch: (init?.headers as Record<string, string>)['If-Match'] }
        return { body: person({ is_active: false }) }
      },
    })
    renderRoute('/people')
    const row = await screen.findByRole('row', { name: 'Mia Meyer' })
    fireEvent.click(within(row).getByRole('button', { name: 'Deactivate Mia Meyer' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Deactivate Mia Meyer?' })
    expect(patch).toBeNull()
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, deactivate' }))
    await waitFor(() => expect(patch).toEqual({ body: { is_active: false }, ifMatch: '"v1"' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
  })

  it('keeps the person active when the confirmation is cancelled', async () => {
    const fetchMock = officeRoutes()
    renderRoute('/people')
    const row = await screen.findByRole('row', { name: 'Mia Meyer' })
    fireEvent.click(within(row).getByRole('button', { name: 'Deactivate Mia Meyer' }))
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PATCH')).toBe(false)
  })

  it('changes a person’s role in a department through the memberships', async () => {
    let sent: unknown = null
    officeRoutes({
      'PATCH /api/v1/department-memberships/30/': (init) => {
        sent = JSON.parse(String(init?.body))
        return { body: { id: 30, role: 'member' } }
      },
    })
    renderRoute('/people')
    const row = await screen.findByRole('row', { name: 'Mia Meyer' })
    fireEvent.click(within(row).getByRole('button', { name: 'Edit Mia Meyer' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit Mia Meyer' })
    fireEvent.change(within(dialog).getByLabelText('Marketing'), { target: { value: 'member' } })
    await waitFor(() => expect(sent).toEqual({ role: 'member' }))
  })

  it('tells others that the office manages people, and hides the link', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/auth/session/': { body: { user: member } },
      'GET /api/v1/notifications/unread-count/': { body: { count: 0 } },
    })
    renderRoute('/people')
    expect(await screen.findByText('Only the Social Business Office manages people.')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'People' })).not.toBeInTheDocument()
    expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith('/api/v1/users/'))).toBe(false)
  })
})

describe('SetPasswordPage', () => {
  it('sets the password with the link’s uid and token, without signing in', async () => {
    let sent: unknown = null
    const fetchMock = mockFetch({
      'POST /api/v1/auth/password/': (init) => {
        sent = JSON.parse(String(init?.body))
        return { status: 204 }
      },
    })
    renderRoute('/set-password?uid=Nw&token=abc-123')
    // The page loads on first visit (its own chunk).
    fireEvent.change(await screen.findByLabelText('New password'), { target: { value: 'a-Long-new-pass-42' } })
    fireEvent.change(screen.getByLabelText('Repeat the password'), { target: { value: 'a-Long-new-pass-42' } })
    fireEvent.click(screen.getByRole('button', { name: 'Set password' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Your password is set.')
    expect(sent).toEqual({ uid: 'Nw', token: 'abc-123', new_password: 'a-Long-new-pass-42' })
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/auth/session/'))).toBe(false)
  })

  it('shows the validators’ message, and a spent link', async () => {
    let answer: { status: number; body: { code: string; message: string; extra: { fields: Record<string, string[]> } } } = {
      status: 400,
      body: { code: 'invalid', message: 'This password is too common.', extra: { fields: { new_password: ['This password is too common.'] } } },
    }
    mockFetch({ 'POST /api/v1/auth/password/': () => answer })
    renderRoute('/set-password?uid=Nw&token=abc-123')
    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'password' } })
    fireEvent.change(screen.getByLabelText('Repeat the password'), { target: { value: 'password' } })
    fireEvent.click(screen.getByRole('button', { name: 'Set password' }))
    expect(await screen.findByText('This password is too common.')).toBeInTheDocument()
    expect(screen.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true')

    answer = {
      status: 400,
      body: { code: 'password_link_invalid', message: 'This link is not valid any more.', extra: { fields: { token: ['This link is not valid any more.'] } } },
    }
    fireEvent.click(screen.getByRole('button', { name: 'Set password' }))
    expect(await screen.findByText('This link is not valid any more.')).toHaveAttribute('role', 'alert')
    expect(screen.queryByText('This password is too common.')).not.toBeInTheDocument()
  })

  it('says so when the link is incomplete', () => {
    mockFetch({})
    renderRoute('/set-password?uid=Nw')
    expect(screen.getByRole('alert')).toHaveTextContent('This link is incomplete')
  })
})
