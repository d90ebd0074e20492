import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { makeLaunch } from '../../../test/launchData'
import { renderWithProviders } from '../../../test/render'
import { LaunchList } from './LaunchList'

const launch = (id: number) =>
  makeLaunch({ id, name: `Launch ${id}`, status: 'ready', task_count: 4, done_task_count: 1 })

describe('LaunchList', () => {
  it('says how many launches the first page leaves out', async () => {
    mockFetch({
      'GET /api/v1/launches/': { body: { count: 51, next: '/api/v1/launches/?page=2', previous: null, results: [launch(1), launch(2)] } },
    })

    renderWithProviders(<LaunchList />)

    expect(await screen.findByText('Launch 1')).toBeInTheDocument()
    expect(screen.getByText('Showing 2 of 51 launches.')).toBeInTheDocument()
  })

  it('says when there are no launches', async () => {
    mockFetch({ 'GET /api/v1/launches/': { body: { count: 0, next: null, previous: null, results: [] } } })

    renderWithProviders(<LaunchList />)

    expect(await screen.findByText('No launches yet.')).toBeInTheDocument()
  })

  it('shows the server message when the list fails', async () => {
    mockFetch({
      'GET /api/v1/launches/': { status: 403, body: { code: 'permission_denied', message: 'Not allowed.', extra: {} } },
    })

    renderWithProviders(<LaunchList />)

    expect(await screen.findByRole('alert')).toHaveTextContent('Not allowed.')
  })
})
