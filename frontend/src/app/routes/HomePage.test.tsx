import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../test/fetch'
import { renderRoute } from '../../test/render'

const me = {
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
    {
      id: 1,
      name: 'Aurora smart speaker',
      status: 'planning',
      t_zero: '2027-03-16T09:00:00Z',
      time_zone: 'Europe/Paris',
      owner: 1,
    },
    {
      id: 2,
      name: 'Borealis hub',
      status: 'draft',
      t_zero: '2027-06-01T14:30:00Z',
      time_zone: 'America/New_York',
      owner: null,
    },
  ],
}

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

  it.each([401, 403])('offers to sign in when /me/ answers %d', async (status) => {
    const fetchMock = mockFetch({
      'GET /api/v1/me/': {
        status,
        body: { code: 'not_authenticated', message: 'Authentication credentials were not provided.', extra: {} },
      },
    })

    renderRoute('/')

    const link = await screen.findByRole('link', { name: 'Sign in' })
    expect(link).toHaveAttribute('href', '/api-auth/login/?next=/')
    expect(screen.queryByText(/Signed in as/)).not.toBeInTheDocument()
    // Nobody is signed in, so the launches are not asked for.
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual(['/api/v1/me/'])
  })

  it('shows the server message when /me/ fails otherwise', async () => {
    mockFetch({
      'GET /api/v1/me/': { status: 500, body: { code: 'server_error', message: 'Something broke.', extra: {} } },
    })

    renderRoute('/')

    expect(await screen.findByRole('alert')).toHaveTextContent('Something broke.')
  })

  it('falls back to a not-found page for unknown paths', () => {
    mockFetch({})
    renderRoute('/no/such/page')
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
  })
})
