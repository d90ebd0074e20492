import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
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
    mockFetch({ 'GET /api/v1/me/': { body: me }, 'GET /api/v1/launches/': { body: launchPage } })

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

  it.each([401, 403])('offers the sign-in form when /me/ answers %d, and signs in', async (status) => {
    document.cookie = 'csrftoken=tok'
    let signedIn = false
    const fetchMock = mockFetch({
      'GET /api/v1/me/': () =>
        signedIn
          ? { body: me }
          : { status, body: { code: 'not_authenticated', message: 'Authentication credentials were not provided.', extra: {} } },
      'GET /api/v1/auth/session/': { status: 204 },
      'POST /api/v1/auth/session/': () => {
        signedIn = true
        return { body: me }
      },
      'GET /api/v1/launches/': { body: launchPage },
    })

    renderRoute('/')

    fireEvent.change(await screen.findByLabelText('Username'), { target: { value: 'csbo' } })
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'tminus-demo' } })
    // Nobody is signed in, so the launches were not asked for.
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual(['/api/v1/me/'])
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))

    expect(await screen.findByText('Signed in as Casey Bo')).toBeInTheDocument()
    expect(await screen.findByText('Aurora smart speaker')).toBeInTheDocument()
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!
    expect(post[1]?.body).toBe('{"username":"csbo","password":"tminus-demo"}')
    expect(new Headers(post[1]?.headers).get('X-CSRFToken')).toBe('tok')
  })

  it('says so when the password is wrong', async () => {
    mockFetch({
      'GET /api/v1/me/': { status: 403, body: { code: 'not_authenticated', message: 'No.', extra: {} } },
      'GET /api/v1/auth/session/': { status: 204 },
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
      'GET /api/v1/me/': () =>
        signedIn ? { body: me } : { status: 403, body: { code: 'not_authenticated', message: 'No.', extra: {} } },
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

  it('shows the server message when /me/ fails otherwise', async () => {
    mockFetch({
      'GET /api/v1/me/': { status: 500, body: { code: 'server_error', message: 'Something broke.', extra: {} } },
    })

    renderRoute('/')

    expect(await screen.findByRole('alert')).toHaveTextContent('Something broke.')
  })

  it('falls back to a not-found page for unknown paths', async () => {
    mockFetch({ 'GET /api/v1/me/': { body: me } })
    renderRoute('/no/such/page')
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
  })
})
