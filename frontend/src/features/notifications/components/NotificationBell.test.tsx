import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { NotificationBell } from './NotificationBell'

describe('NotificationBell', () => {
  it('is hidden when the server has no notifications API', async () => {
    const fetchMock = mockFetch({})
    const { container } = renderWithProviders(<NotificationBell />)
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled())
    await new Promise((r) => setTimeout(r, 0))
    expect(container).toBeEmptyDOMElement()
  })

  it('shows the unread count and the list, and marks one read', async () => {
    let read = false
    mockFetch({
      'GET /api/v1/notifications/unread-count/': () => ({ body: { count: read ? 0 : 1 } }),
      'GET /api/v1/notifications/': {
        body: { count: 1, next: null, previous: null, results: [{ id: 4, kind: 'gate_at_risk', title: 'Gate at risk', body: 'Go/No-Go is 3 days away.', launch: 1, task: null, gate: 9, url: null, created_at: '2027-03-01T10:00:00Z', read_at: null }] },
      },
      'POST /api/v1/notifications/4/read/': () => {
        read = true
        return { status: 204 }
      },
    })
    renderWithProviders(<NotificationBell />)
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications (1 unread)' }))
    expect(await screen.findByText('Gate at risk')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Mark read' }))
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument()
  })

  it('names the panel with a heading and offers "Mark all as read" only while something is unread', async () => {
    let read = false
    const notification = { id: 4, kind: 'gate_at_risk', title: 'Gate at risk', body: 'Go/No-Go is 3 days away.', launch: 1, task: null, gate: 9, url: null, created_at: '2027-03-01T10:00:00Z' }
    mockFetch({
      'GET /api/v1/notifications/unread-count/': () => ({ body: { count: read ? 0 : 1 } }),
      'GET /api/v1/notifications/': () => ({
        body: { count: 1, next: null, previous: null, results: [{ ...notification, read_at: read ? '2027-03-02T10:00:00Z' : null }] },
      }),
      'POST /api/v1/notifications/read-all/': () => {
        read = true
        return { status: 204 }
      },
    })
    renderWithProviders(<NotificationBell />)
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications (1 unread)' }))
    const panel = await screen.findByRole('region', { name: 'Notifications' })
    expect(within(panel).getByRole('heading', { level: 2, name: 'Notifications' })).toBeInTheDocument()
    fireEvent.click(within(panel).getByRole('button', { name: 'Mark all as read' }))
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument()
    await vi.waitFor(() => expect(within(panel).queryByRole('button', { name: 'Mark read' })).not.toBeInTheDocument())
    expect(within(panel).queryByRole('button', { name: 'Mark all as read' })).not.toBeInTheDocument()
    expect(within(panel).getByText('Gate at risk')).toBeInTheDocument()
  })

  it('shows "Nothing new" without "Mark all as read" when there is nothing', async () => {
    mockFetch({
      'GET /api/v1/notifications/unread-count/': { body: { count: 0 } },
      'GET /api/v1/notifications/': { body: { count: 0, next: null, previous: null, results: [] } },
    })
    renderWithProviders(<NotificationBell />)
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications' }))
    const panel = await screen.findByRole('region', { name: 'Notifications' })
    expect(within(panel).getByRole('heading', { name: 'Notifications' })).toBeInTheDocument()
    expect(within(panel).getByText('Nothing new.')).toBeInTheDocument()
    expect(within(panel).queryByRole('button', { name: 'Mark all as read' })).not.toBeInTheDocument()
  })
})
