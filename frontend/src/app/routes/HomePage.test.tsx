import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { Launch } from '../../features/launches/api/launches'
import type { Me } from '../../features/session/api/me'
import { mockFetch } from '../../test/fetch'
import { makeLaunch } from '../../test/launchData'
import { renderRoute } from '../../test/render'
import type { Paginated } from '../../types/api'

const me: Me = {
  id: 1,
  username: 'csbo',
  full_name: 'Casey Bo',
  email: 'csbo@example.com',
  time_zone: 'Europe/Paris',
  is_office: true,
  roles: ['office'],
  departments: [],
}

const launchPage = {
  count: 2,
  next: null,
  previous: null,
  results: [
    makeLaunch({
      id: 1,
      name: 'Aurora smart speaker',
      status: 'planning',
      t_zero: '2027-03-16T09:00:00Z',
      time_zone: 'Europe/Paris',
    }),
    makeLaunch({
      id: 2,
      name: 'Borealis hub',
      status: 'draft',
      t_zero: '2027-06-01T14:30:00Z',
      t_zero_date: '2027-06-01',
      time_zone: 'America/New_York',
    }),
  ],
} satisfies Paginated<Launch>

describe('HomePage', () => {
  it('shows who is signed in and their launches with status and T-0', async () => {
    mockFetch({ 'GET /api/v1/auth/session/': { body: { user: me } }, 'GET /api/v1/launches/': { body: launchPage } })

    renderRoute('/')

    expect(screen.getByRole('heading', { name: 'T-Minus' })).toBeInTheDocument()
    expect(await screen.findByText('Signed in as Casey Bo')).toBeInTheDocument()

    const items = await screen.findAllByRole('listitem')
    expect(items).toHaveLength(2)
    const aurora = within(items[0]!)
    expect(aurora.getByText('Aurora smart speaker')).toBeInTheDocument()
    expect(aurora.getByText('Planning')).toBeInTheDocument()
    expect(aurora.getByText('T-0 Tue 16 Mar 2027, 09:00')).toBeInTheDocument()
    const borealis = within(items[1]!)
    expect(borealis.getByText('Borealis hub')).toBeInTheDocument()
    expect(borealis.getByText('Draft')).toBeInTheDocument()
    expect(borealis.getByText('T-0 Tue 1 Jun 2027, 14:30')).toBeInTheDocument()

    expect(screen.getByRole('link', { name: 'API docs' })).toHaveAttribute('href', '/api/docs/')
    expect(screen.getByRole('link', { name: 'Admin' })).toHaveAttribute('href', '/admin/')
    expect(screen.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument()
  })

  it('offers the sign-in form to nobody without a request answering 401 or a console error, and signs in', async () => {
    // The session check sets the CSRF cookie (here, as the server would).
    document.cookie = 'csrftoken=tok'
    const consoleError = vi.spyOn(console, 'error')
    const fetchMock = mockFetch({
      'GET /api/v1/auth/session/': { body: { user: null } },
      // For API clients /me/ stays 401 for nobody: the app must not ask it.
      'GET /api/v1/me/': { status: 401, body: { code: 'not_authenticated', message: 'No.', extra: {} } },
      'POST /api/v1/auth/session/': { body: me },
      'GET /api/v1/launches/': { body: launchPage },
    })

    renderRoute('/')

    fireEvent.change(await screen.findByLabelText('Username'), { target: { value: 'csbo' } })
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'tminus-demo' } })
    // Nobody is signed in, so the launches were not asked for.
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual(['/api/v1/auth/session/'])
    const answers = await Promise.all(fetchMock.mock.results.map((result) => result.value as Promise<Response>))
    expect(answers.map((answer) => answer.status)).toEqual([200])
    expect(consoleError).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))

    expect(await screen.findByText('Signed in as Casey Bo')).toBeInTheDocument()
    expect(await screen.findByText('Aurora smart speaker')).toBeInTheDocument()
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!
    expect(post[1]?.body).toBe('{"username":"csbo","password":"tminus-demo"}')
    expect(new Headers(post[1]?.headers).get('X-CSRFToken')).toBe('tok')
    // The cookie was there: no second session GET before the POST.
    const sessionGets = fetchMock.mock.calls.filter(
      ([url, init]) => String(url) === '/api/v1/auth/session/' && (init?.method ?? 'GET') === 'GET',
    )
    expect(sessionGets).toHaveLength(1)
    expect(consoleError).not.toHaveBeenCalled()
  })

  it('asks the session for the CSRF cookie again before signing in when it is gone', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/auth/session/': () => {
        document.cookie = 'csrftoken=fresh'
        return { body: { user: null } }
      },
      'POST /api/v1/auth/session/': { body: me },
      'GET /api/v1/launches/': { body: launchPage },
    })
    renderRoute('/')
    fireEvent.change(await screen.findByLabelText('Username'), { target: { value: 'csbo' } })
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'tminus-demo' } })
    document.cookie = 'csrftoken=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByText('Signed in as Casey Bo')).toBeInTheDocument()
    const methods = fetchMock.mock.calls.map(([url, init]) => `${init?.method ?? 'GET'} ${String(url)}`)
    expect(methods.slice(0, 3)).toEqual(['GET /api/v1/auth/session/', 'GET /api/v1/auth/session/', 'POST /api/v1/auth/session/'])
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!
    expect(new Headers(post[1]?.headers).get('X-CSRFToken')).toBe('fresh')
  })

  it('says so when the password is wrong', async () => {
    document.cookie = 'csrftoken=tok'
    mockFetch({
      'GET /api/v1/auth/session/': { body: { user: null } },
      'POST /api/v1/auth/session/': {
        status: 400,
        body: { code: 'invalid', message: 'Unknown username or wrong password.', extra: { fields: { password: ['Unknown username or wrong password.'] } } },
      },
    })
    renderRoute('/')
    fireEvent.change(await screen.findByLabelText('Username'), { target: { value: 'csbo' } })
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'nope' } })
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Unknown username or wrong password.')
  })

  it('signs out and shows the sign-in form again', async () => {
    let signedIn = true
    mockFetch({
      'GET /api/v1/auth/session/': () => ({ body: { user: signedIn ? me : null } }),
      'GET /api/v1/launches/': { body: launchPage },
      'DELETE /api/v1/auth/session/': () => {
        signedIn = false
        return { status: 204 }
      },
    })
    renderRoute('/')
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }))
    expect(await screen.findByLabelText('Username')).toBeInTheDocument()
    expect(screen.queryByText(/Signed in as/)).not.toBeInTheDocument()
  })

  it('shows the server message when the session check fails', async () => {
    mockFetch({
      'GET /api/v1/auth/session/': { status: 500, body: { code: 'server_error', message: 'Something broke.', extra: {} } },
    })

    renderRoute('/')

    expect(await screen.findByRole('alert')).toHaveTextContent('Something broke.')
  })

  it('falls back to a not-found page for unknown paths', async () => {
    mockFetch({ 'GET /api/v1/auth/session/': { body: { user: me } } })
    renderRoute('/no/such/page')
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to all launches' })).toHaveAttribute('href', '/')
  })

  describe('New launch (issue 16)', () => {
    const departments = {
      count: 2,
      next: null,
      previous: null,
      results: [
        { id: 2, name: 'PR', slug: 'pr', description: '', lead: { id: 5, username: 'pat', full_name: 'Pat Reed' }, members: [], created_at: '', updated_at: '' },
        { id: 1, name: 'HR', slug: 'hr', description: '', lead: null, members: [], created_at: '', updated_at: '' },
      ],
    }
    const people: Record<string, { id: number; username: string; full_name: string }[]> = {
      '2': [{ id: 5, username: 'pat', full_name: 'Pat Reed' }, { id: 6, username: 'quinn', full_name: 'Quinn Park' }],
      '1': [{ id: 7, username: 'hana', full_name: 'Hana Ito' }],
    }
    const created = makeLaunch({ id: 42, name: 'Comet', status: 'draft', time_zone: 'Europe/Paris' })

    function routes(overrides: Parameters<typeof mockFetch>[0] = {}) {
      const writes: { path: string; body: unknown }[] = []
      const record = (path: string, init: RequestInit | undefined) => writes.push({ path, body: JSON.parse(String(init?.body)) })
      const fetchMock = mockFetch({
        'GET /api/v1/auth/session/': { body: { user: me } },
        'GET /api/v1/launches/': { body: launchPage },
        'GET /api/v1/departments/': { body: departments },
        'GET /api/v1/users/': (_init, url) => ({
          body: { count: 1, next: null, previous: null, results: people[url.searchParams.get('department') ?? ''] ?? [] },
        }),
        'POST /api/v1/launches/': (init) => {
          record('launches', init)
          return { status: 201, body: created }
        },
        'POST /api/v1/workstreams/': (init) => {
          record('workstreams', init)
          return { status: 201, body: {} }
        },
        'GET /api/v1/launches/42/': { body: created },
        ...overrides,
      })
      return { writes, fetchMock }
    }

    async function fillForm() {
      fireEvent.click(await screen.findByRole('button', { name: 'New launch' }))
      const dialog = await screen.findByRole('dialog', { name: 'New launch' })
      fireEvent.change(within(dialog).getByLabelText('Launch name'), { target: { value: 'Comet' } })
      fireEvent.change(within(dialog).getByLabelText('Description'), { target: { value: 'A small comet.' } })
      fireEvent.change(within(dialog).getByLabelText('Launch time zone'), { target: { value: 'Europe/Paris' } })
      fireEvent.change(within(dialog).getByLabelText('T-0 (date and time in the launch time zone)'), {
        target: { value: '2027-03-16T09:00' },
      })
      fireEvent.click(within(dialog).getByLabelText('Saturday'))
      fireEvent.change(within(dialog).getByLabelText('Public holidays of (country or region codes)'), {
        target: { value: 'fr, de-by' },
      })
      fireEvent.click(within(dialog).getByLabelText(/Working days \(T-14 is 14 working days before\)/))
      // Every department is chosen, with its own lead; HR gets Hana.
      const hrLead = await within(dialog).findByLabelText('HR lead')
      await within(hrLead).findByText('Hana Ito')
      fireEvent.change(hrLead, { target: { value: '7' } })
      const prLead = within(dialog).getByLabelText('PR lead')
      await within(prLead).findByText('Quinn Park')
      expect(prLead).toHaveValue('5')
      return dialog
    }

    it('is offered to the office beside "From a playbook", which stays one click', async () => {
      routes({ 'GET /api/v1/playbooks/': { body: { count: 0, next: null, previous: null, results: [] } } })
      renderRoute('/')
      expect(await screen.findByRole('button', { name: 'New launch' })).toBeInTheDocument()
      fireEvent.click(screen.getByRole('button', { name: 'New launch from playbook' }))
      expect(await screen.findByRole('dialog', { name: 'New launch from playbook' })).toBeInTheDocument()
    })

    it('creates the launch, then each workstream with its lead in order, and opens the launch', async () => {
      const { writes } = routes()
      const { router } = renderRoute('/')
      const dialog = await fillForm()
      fireEvent.click(within(dialog).getByRole('button', { name: 'Create launch' }))

      await waitFor(() => expect(router.state.location.pathname).toBe('/launches/42'))
      expect(writes).toEqual([
        {
          path: 'launches',
          body: {
            name: 'Comet',
            description: 'A small comet.',
            t_zero: '2027-03-16T08:00:00.000Z',
            time_zone: 'Europe/Paris',
            working_weekdays: [1, 2, 3, 4, 5, 6],
            holiday_regions: ['FR', 'DE-BY'],
            offset_count: 'working',
            departments: [],
          },
        },
        { path: 'workstreams', body: { launch: 42, department: 2, lead: 5 } },
        { path: 'workstreams', body: { launch: 42, department: 1, lead: 7 } },
      ])
    }, 20_000)

    it("shows the server's 400 at its field and creates nothing more", async () => {
      const message = "'XX' is not a country the holiday calendar knows (US, FR, DE...)."
      const { writes } = routes({
        'POST /api/v1/launches/': {
          status: 400,
          body: { code: 'invalid', message, extra: { fields: { holiday_regions: [message] } } },
        },
      })
      const { router } = renderRoute('/')
      const dialog = await fillForm()
      fireEvent.click(within(dialog).getByRole('button', { name: 'Create launch' }))

      const regions = within(dialog).getByLabelText('Public holidays of (country or region codes)')
      await waitFor(() => expect(regions).toHaveAttribute('aria-invalid', 'true'))
      const error = document.getElementById(regions.getAttribute('aria-describedby')!)
      expect(error).toHaveTextContent(message)
      expect(error).toHaveAttribute('role', 'alert')
      // Said once, at the field.
      expect(within(dialog).getAllByText(message)).toHaveLength(1)
      expect(writes).toEqual([])
      expect(router.state.location.pathname).toBe('/')
    }, 20_000)

    it('names a workstream the server refused and retries it', async () => {
      let failPr = true
      const { writes } = routes({
        'POST /api/v1/workstreams/': (init) => {
          const body = JSON.parse(String(init?.body))
          writes.push({ path: 'workstreams', body })
          if (body.department === 2 && failPr) {
            failPr = false
            return { status: 409, body: { code: 'conflict', message: 'The server was busy.', extra: {} } }
          }
          return { status: 201, body: {} }
        },
      })
      const { router } = renderRoute('/')
      const dialog = await fillForm()
      fireEvent.click(within(dialog).getByRole('button', { name: 'Create launch' }))

      const alert = await within(dialog).findByRole('alert')
      expect(alert).toHaveTextContent('The launch “Comet” was created, but this workstream was not:')
      expect(alert).toHaveTextContent('PR: The server was busy.')
      expect(router.state.location.pathname).toBe('/')
      fireEvent.click(within(dialog).getByRole('button', { name: 'Retry it' }))

      await waitFor(() => expect(router.state.location.pathname).toBe('/launches/42'))
      expect(writes.filter((w) => w.path === 'workstreams').map((w) => (w.body as { department: number }).department)).toEqual([2, 1, 2])
    }, 20_000)

    it('is not offered to someone outside the office', async () => {
      routes({ 'GET /api/v1/auth/session/': { body: { user: { ...me, is_office: false, roles: ['member'] } } } })
      renderRoute('/')
      expect(await screen.findByText('Aurora smart speaker')).toBeInTheDocument()
      expect(screen.queryByRole('button', { name: 'New launch' })).not.toBeInTheDocument()
    })
  })

  it('says an unknown launch does not exist, with a link back to all launches', async () => {
    mockFetch({
      'GET /api/v1/auth/session/': { body: { user: me } },
      'GET /api/v1/launches/': { body: launchPage },
      'GET /api/v1/launches/999/': { status: 404, body: { code: 'not_found', message: 'Not found.', extra: {} } },
    })
    const { router } = renderRoute('/launches/999')
    expect(await screen.findByRole('heading', { name: 'This launch does not exist or was deleted' })).toBeInTheDocument()
    expect(screen.queryByText('Not found.')).not.toBeInTheDocument()
    fireEvent.click(screen.getByRole('link', { name: 'Back to all launches' }))
    expect(await screen.findByText('Aurora smart speaker')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/')
  })

  it('says a non-numeric launch id does not exist without asking the server', async () => {
    const fetchMock = mockFetch({ 'GET /api/v1/auth/session/': { body: { user: me } } })
    renderRoute('/launches/abc/settings')
    expect(await screen.findByRole('heading', { name: 'This launch does not exist or was deleted' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to all launches' })).toHaveAttribute('href', '/')
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/launches/'))).toBe(false)
  })
})
