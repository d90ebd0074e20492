import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { makeCommunication } from '../../../test/communicationData'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { CommunicationsBoard } from './CommunicationsBoard'

const board = {
  out: [
    makeCommunication({
      id: 1, title: 'Aurora is here', status: 'published', published_at: '2027-03-16T09:00:00Z',
      publications: [
        { channel: 'newsroom', status: 'sent', sent_at: '2027-03-16T09:00:00Z', detail: '', attempts: 1, last_error: '' },
        { channel: 'webhooks', status: 'failed', sent_at: null, detail: '', attempts: 3, last_error: 'timeout' },
      ],
    }),
  ],
  queued: [makeCommunication({ id: 2, title: 'Launch-day post', kind: 'social_post', status: 'approved', moment: '2027-03-16T12:00:00Z', embargo_lifted: true })],
  embargoed: [makeCommunication({ id: 3, title: 'Press release', status: 'approved', embargo: 'gate', embargo_until: 'gate “Go/No-Go”' })],
  awaiting_approval: [],
  blocked_attempts: [
    { communication: 3, title: 'Press release', actor_name: 'Pat PR', at: '2027-03-10T15:20:00Z', embargo_until: 'gate “Go/No-Go”' },
  ],
}

describe('CommunicationsBoard', () => {
  it('shows what is out, queued, embargoed and awaiting, and the early publish attempts', async () => {
    mockFetch({
      'GET /api/v1/communication-board/': (_init, url) => {
        expect(url.searchParams.get('launch')).toBe('4')
        return { body: board }
      },
    })
    renderWithProviders(<CommunicationsBoard launchId={4} />)

    const out = await screen.findByRole('region', { name: 'Out (1)' })
    expect(within(out).getByRole('listitem')).toHaveTextContent(
      'Aurora is herePress releaseWent out Tue 16 Mar 2027, 09:00 · Newsroom (sent), Webhooks (failed)',
    )
    expect(within(out).getByRole('link', { name: 'Aurora is here' })).toHaveAttribute(
      'href',
      '/launches/4/communications?communication=1',
    )
    expect(screen.getByRole('region', { name: 'Queued (1)' })).toHaveTextContent('Goes out by itself Tue 16 Mar 2027, 12:00')
    expect(screen.getByRole('region', { name: 'Embargoed (1)' })).toHaveTextContent('Held until gate “Go/No-Go”')
    expect(screen.getByRole('region', { name: 'Awaiting approval (0)' })).toHaveTextContent('Nothing is waiting for a decision.')

    const attempts = screen.getByRole('region', { name: 'Early publish attempts' })
    expect(within(attempts).getByRole('listitem')).toHaveTextContent(
      'Pat PR tried to publish “Press release” on Wed 10 Mar 2027, 15:20, embargoed until gate “Go/No-Go”.',
    )
  })

  it('has no warning when nobody tried to publish early', async () => {
    mockFetch({ 'GET /api/v1/communication-board/': { body: { ...board, blocked_attempts: [] } } })
    renderWithProviders(<CommunicationsBoard launchId={4} />)
    await screen.findByRole('region', { name: 'Out (1)' })
    expect(screen.queryByRole('region', { name: 'Early publish attempts' })).not.toBeInTheDocument()
  })
})
