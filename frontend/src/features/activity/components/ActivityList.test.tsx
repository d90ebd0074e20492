import { fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { ActivityList } from './ActivityList'

const event = (id: number, label: string) => ({
  id, created_at: '2027-01-01T10:00:00Z', actor: { id: 1, username: 'csbo', full_name: 'Cora Sandoval' },
  action: 'update', entity: 'task', entity_id: id, entity_label: label, launch: 1, department: 2,
  department_name: 'PR', changes: { status: { from: 'todo', to: 'done' } }, message: '',
})

describe('ActivityList', () => {
  it('pages through the whole history with "Load more", showing how many of how many', async () => {
    const requested: string[] = []
    mockFetch({
      'GET /api/v1/departments/': { body: { count: 1, next: null, previous: null, results: [{ id: 2, name: 'PR', slug: 'pr' }] } },
      'GET /api/v1/launches/1/activity/': (_init, url) => {
        requested.push(url.search)
        const page = url.searchParams.get('page')
        if (page === '1') {
          return { body: { count: 3, next: '/api/v1/launches/1/activity/?page=2', previous: null, results: [event(9, 'Brief staff'), event(8, 'Open requisitions')] } }
        }
        return { body: { count: 3, next: null, previous: '/api/v1/launches/1/activity/', results: [event(7, 'Define skills')] } }
      },
    })
    renderWithProviders(<ActivityList launchId={1} />)

    expect(await screen.findByText('Showing 2 of 3 events.')).toBeInTheDocument()
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }))
    expect(await screen.findByText(/“Define skills”/)).toBeInTheDocument()
    expect(screen.getByText('Showing 3 of 3 events.')).toBeInTheDocument()
    expect(screen.getAllByRole('listitem')).toHaveLength(3)
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()
    expect(requested).toEqual(['?page=1&page_size=100', '?page=2&page_size=100'])
  })

  it('keeps what it loaded when the next page fails, and says so', async () => {
    mockFetch({
      'GET /api/v1/departments/': { body: { count: 0, next: null, previous: null, results: [] } },
      'GET /api/v1/launches/1/activity/': (_init, url) =>
        url.searchParams.get('page') === '1'
          ? { body: { count: 2, next: '/api/v1/launches/1/activity/?page=2', previous: null, results: [event(9, 'Brief staff')] } }
          : { status: 503, body: { code: 'unavailable', message: 'Try again in a minute.', extra: {} } },
    })
    renderWithProviders(<ActivityList launchId={1} />)
    fireEvent.click(await screen.findByRole('button', { name: 'Load more' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Try again in a minute.')
    expect(screen.getByText(/“Brief staff”/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Load more' })).toBeEnabled()
  })

  it('shows changed moments and days as the UI formats them, in the launch\'s zone, with fields in plain words', async () => {
    const moved = {
      ...event(3, 'Aurora'), entity: 'launch', action: 'move_t_zero', department: null, department_name: '',
      changes: {
        t_zero: { from: '2027-01-05T08:00:00+00:00', to: '2027-01-12T08:00:00+00:00' },
        t_zero_date: { from: '2027-01-05', to: '2027-01-12' },
        due_time: { from: null, to: '17:00:00' },
      },
    }
    mockFetch({
      'GET /api/v1/departments/': { body: { count: 0, next: null, previous: null, results: [] } },
      'GET /api/v1/launches/1/activity/': { body: { count: 1, next: null, previous: null, results: [moved] } },
    })
    renderWithProviders(<ActivityList launchId={1} timeZone="Europe/Paris" />)
    const change = await screen.findByText(/^T-0:/)
    expect(change).toHaveTextContent(
      'T-0: Tue 5 Jan 2027, 09:00 → Tue 12 Jan 2027, 09:00; T-0 day: Tue 5 Jan 2027 → Tue 12 Jan 2027; due time: — → 17:00',
    )
    expect(change.textContent).not.toMatch(/2027-01|t zero|\+00:00/)
  })

  it('shows changed moments in the browser\'s zone when the launch\'s is not known', async () => {
    const moved = { ...event(3, 'Aurora'), changes: { t_zero: { from: '2027-01-05T08:00:00+00:00', to: null } } }
    mockFetch({
      'GET /api/v1/departments/': { body: { count: 0, next: null, previous: null, results: [] } },
      'GET /api/v1/launches/1/activity/': { body: { count: 1, next: null, previous: null, results: [moved] } },
    })
    renderWithProviders(<ActivityList launchId={1} />)
    expect(await screen.findByText(/^T-0:/)).toHaveTextContent('T-0: Tue 5 Jan 2027, 08:00 → —')
  })
})
