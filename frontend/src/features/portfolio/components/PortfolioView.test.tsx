import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch, type FakeRoutes } from '../../../test/fetch'
import { renderRoute } from '../../../test/render'
import type { ApiModel } from '../../../types/api'
import { makePortfolioLaunch } from '../testData'

// A viewer (an executive): the portfolio is read-only for everyone.
const viewer: ApiModel<'Me'> = {
  id: 4,
  username: 'exec',
  full_name: 'Eve Exec',
  email: 'exec@example.com',
  time_zone: 'Europe/Paris',
  is_office: false,
  roles: ['viewer'],
  departments: [],
}

const departments = {
  count: 2,
  next: null,
  previous: null,
  results: [
    { id: 3, name: 'Marketing', slug: 'marketing', description: '', lead: null, members: [], created_at: '', updated_at: '' },
    { id: 5, name: 'PR', slug: 'pr', description: '', lead: null, members: [], created_at: '', updated_at: '' },
  ],
}

const aurora = makePortfolioLaunch({
  id: 1,
  name: 'Aurora smart speaker',
  status: 'planning',
  t_zero: '2027-03-16T08:00:00Z',
  time_zone: 'Europe/Paris',
  days_to_t_zero: 12,
  readiness: { done: 31, total: 50, percent: 62, late: 3 },
  gates_due: [{ id: 7, name: 'Go/No-Go', moment: '2027-03-15T08:00:00Z', status: 'pending', days_left: 5, criteria_total: 1, criteria_done: 0 }],
  gates_at_risk: [{ id: 8, name: 'Readiness review', moment: '2027-03-09T08:00:00Z', status: 'pending', days_left: -2, criteria_total: 2, criteria_done: 1 }],
  open_conflicts: 2,
  forecast_slip_days: 4,
  gates: [
    { id: 8, name: 'Readiness review', moment: '2027-03-09T08:00:00Z', status: 'pending' },
    { id: 7, name: 'Go/No-Go', moment: '2027-03-15T08:00:00Z', status: 'pending' },
  ],
  milestones: [{ id: 21, name: 'Embargo lift', moment: '2027-03-16T07:00:00Z' }],
})

const borealis = makePortfolioLaunch({
  id: 2,
  name: 'Borealis hub',
  status: 'launched',
  t_zero: '2027-03-01T14:30:00Z',
  time_zone: 'America/New_York',
  days_to_t_zero: -3,
  readiness: { done: 20, total: 20, percent: 100, late: 0 },
  open_conflicts: 0,
  forecast_slip_days: 0,
})

function serve(portfolio: (url: URL) => unknown, extra: FakeRoutes = {}) {
  const seen: URL[] = []
  const fetchMock = mockFetch({
    'GET /api/v1/auth/session/': { body: { user: viewer } },
    'GET /api/v1/departments/': { body: departments },
    'GET /api/v1/portfolio/': (_init, url) => {
      seen.push(url)
      return { body: portfolio(url) }
    },
    ...extra,
  })
  return { seen, fetchMock }
}

async function table() {
  return screen.findByRole('table', { name: /Launches by T-0/ })
}

function rowOf(tableEl: HTMLElement, name: string) {
  const header = within(tableEl).getByRole('rowheader', { name })
  return within(header.closest('tr')!)
}

describe('PortfolioView', () => {
  it('is linked from the navigation for anyone signed in, before Hints, and is read-only', async () => {
    serve(() => [aurora])
    const { router } = renderRoute('/')
    const account = await screen.findByRole('navigation', { name: 'Account' })
    const links = within(account).getAllByRole('link').map((a) => a.textContent)
    expect(links.indexOf('Portfolio')).toBeGreaterThanOrEqual(0)
    expect(links.indexOf('Portfolio')).toBe(links.indexOf('Hints') - 1)

    fireEvent.click(within(account).getByRole('link', { name: 'Portfolio' }))
    await table()
    expect(router.state.location.pathname).toBe('/portfolio')
    expect(screen.getByRole('heading', { name: 'Portfolio' })).toBeInTheDocument()
    // Nothing to change: the only buttons are the header's (sign-out, notifications).
    expect(within(screen.getByRole('region', { name: 'Portfolio' })).queryAllByRole('button')).toEqual([])
  })

  it('shows each launch’s figures, T-0 in the launch zone, in the server order', async () => {
    serve(() => ({ count: 2, next: null, previous: null, results: [borealis, aurora] }))
    renderRoute('/portfolio')
    const tableEl = await table()

    const headers = within(tableEl).getAllByRole('rowheader').map((h) => h.textContent)
    expect(headers).toEqual(['Borealis hub', 'Aurora smart speaker'])

    const a = rowOf(tableEl, 'Aurora smart speaker')
    expect(a.getByRole('link', { name: 'Aurora smart speaker' })).toHaveAttribute('href', '/launches/1')
    const cells = a.getAllByRole('cell').map((c) => c.textContent)
    expect(cells).toEqual([
      'Planning',
      'Tue 16 Mar 2027, 09:00',
      'in 12 days',
      '62% 31/50 done, 3 late',
      'Go/No-Go Mon 15 Mar 2027, 09:00',
      'Readiness review Tue 9 Mar 2027, 09:00',
      '2',
      '+4 days',
    ])

    const b = rowOf(tableEl, 'Borealis hub')
    expect(b.getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Launched',
      'Mon 1 Mar 2027, 09:30',
      '3 days ago',
      '100% 20/20 done, 0 late',
      'none',
      'none',
      '0',
      'on time',
    ])
  })

  it('highlights a forecast slip, late work, conflicts and gates at risk, and nothing on a launch on time', async () => {
    serve(() => [aurora, borealis, makePortfolioLaunch({ id: 3, name: 'Cirrus', forecast_slip_days: 0 })])
    renderRoute('/portfolio')
    const tableEl = await table()

    const a = rowOf(tableEl, 'Aurora smart speaker')
    expect(a.getByRole('cell', { name: '+4 days' })).toHaveClass('portfolio-slip')
    expect(a.getByRole('cell', { name: '2' })).toHaveClass('portfolio-risk')
    expect(a.getByText('3 late')).toHaveClass('portfolio-risk')
    expect(a.getByText('Readiness review').closest('li')).toHaveClass('portfolio-risk')
    expect(a.getByText('Go/No-Go').closest('li')).not.toHaveClass('portfolio-risk')

    const b = rowOf(tableEl, 'Borealis hub')
    expect(b.getByRole('cell', { name: 'on time' })).not.toHaveClass('portfolio-slip')
    expect(b.getByRole('cell', { name: '0' })).not.toHaveClass('portfolio-risk')
    expect(b.getByText('0 late')).not.toHaveClass('portfolio-risk')

    const c = rowOf(tableEl, 'Cirrus')
    expect(c.getByRole('cell', { name: 'on time' })).not.toHaveClass('portfolio-slip')
  })

  it('keeps the filters in the URL and sends them to the server', async () => {
    const { seen } = serve((url) => (url.searchParams.get('department') === '3' ? [aurora] : [aurora, borealis]))
    const { router } = renderRoute('/portfolio?status=planning')
    await table()
    expect(seen.at(-1)!.searchParams.getAll('status')).toEqual(['planning'])
    expect(seen.at(-1)!.searchParams.get('department')).toBeNull()

    const filters = screen.getByRole('form', { name: 'Portfolio filters' })
    expect(within(filters).getByRole('checkbox', { name: 'Planning' })).toBeChecked()
    fireEvent.click(within(filters).getByRole('checkbox', { name: 'Ready' }))
    await waitFor(() => expect(router.state.location.search).toBe('?status=planning&status=ready'))
    await waitFor(() => expect(seen.at(-1)!.searchParams.getAll('status')).toEqual(['planning', 'ready']))

    const department = within(filters).getByRole('combobox', { name: 'Department' })
    await within(department).findByRole('option', { name: 'Marketing' })
    fireEvent.change(department, { target: { value: '3' } })
    await waitFor(() => expect(router.state.location.search).toBe('?status=planning&status=ready&department=3'))
    await waitFor(() => expect(seen.at(-1)!.searchParams.get('department')).toBe('3'))
    await waitFor(() => expect(within(screen.getByRole('table')).queryByText('Borealis hub')).not.toBeInTheDocument())

    fireEvent.click(within(filters).getByRole('checkbox', { name: 'Planning' }))
    fireEvent.click(within(filters).getByRole('checkbox', { name: 'Ready' }))
    fireEvent.change(department, { target: { value: '' } })
    await waitFor(() => expect(router.state.location.search).toBe(''))
    await waitFor(() => expect(seen.at(-1)!.search).toBe(''))
  })

  it('reads the filters from a shared URL', async () => {
    const { seen } = serve(() => [aurora])
    renderRoute('/portfolio?department=5&status=ready&status=draft')
    await table()
    expect(seen[0]!.search).toBe('?status=draft&status=ready&department=5')
    const filters = screen.getByRole('form', { name: 'Portfolio filters' })
    expect(within(filters).getByRole('checkbox', { name: 'Draft' })).toBeChecked()
    expect(within(filters).getByRole('checkbox', { name: 'Planning' })).not.toBeChecked()
    await waitFor(() => expect(within(filters).getByRole('combobox', { name: 'Department' })).toHaveValue('5'))
  })

  it('draws a timeline row per launch with T-0, gates and milestones as named markers', async () => {
    serve(() => [aurora, borealis])
    renderRoute('/portfolio')
    const timeline = await screen.findByRole('region', { name: 'Timeline of launches' })

    const auroraTrack = within(timeline).getByRole('group', { name: 'Aurora smart speaker on the timeline' })
    const names = within(auroraTrack)
      .getAllByRole('img')
      .map((m) => m.getAttribute('aria-label'))
    expect(names).toEqual([
      'Milestone Embargo lift: Tue 16 Mar 2027, 08:00',
      'Gate Readiness review (pending): Tue 9 Mar 2027, 09:00',
      'Gate Go/No-Go (pending): Mon 15 Mar 2027, 09:00',
      'T-0: Tue 16 Mar 2027, 09:00',
    ])
    const tZero = within(auroraTrack).getByRole('img', { name: /^T-0/ })
    expect(tZero).toHaveAttribute('title', 'T-0: Tue 16 Mar 2027, 09:00')

    // One axis for both: Borealis (1 Mar) sits left of every Aurora marker.
    const borealisTZero = within(
      within(timeline).getByRole('group', { name: 'Borealis hub on the timeline' }),
    ).getByRole('img', { name: 'T-0: Mon 1 Mar 2027, 09:30' })
    const place = (el: HTMLElement) => parseFloat(el.style.getPropertyValue('--at'))
    const auroraPlaces = within(auroraTrack).getAllByRole('img').map(place)
    expect(place(borealisTZero)).toBeLessThan(Math.min(...auroraPlaces))
    expect(place(tZero)).toBeGreaterThan(place(within(auroraTrack).getByRole('img', { name: /Go\/No-Go/ })))
    // Positions go through a custom property, never a style attribute in the markup the CSP would refuse.
    expect(tZero.style.getPropertyValue('left')).toBe('')
  })

  it('says so when no launch matches the filters, and when there is none at all', async () => {
    serve(() => [])
    renderRoute('/portfolio?status=closed')
    expect(await screen.findByText('No launch matches these filters.')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Timeline of launches' })).not.toBeInTheDocument()

    fireEvent.click(screen.getByRole('checkbox', { name: 'Closed' }))
    expect(await screen.findByText('No active launches.')).toBeInTheDocument()
  })

  it('shows the server’s message when the portfolio cannot be loaded', async () => {
    mockFetch({
      'GET /api/v1/auth/session/': { body: { user: viewer } },
      'GET /api/v1/departments/': { body: departments },
      'GET /api/v1/portfolio/': {
        status: 503,
        body: { code: 'unavailable', message: 'The portfolio is unavailable.', extra: {} },
      },
    })
    renderRoute('/portfolio')
    expect(await screen.findByRole('alert')).toHaveTextContent('The portfolio is unavailable.')
  })
})
