import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { mockFetch, type FakeRoutes } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { CalendarFeedsDialog } from './CalendarFeedsDialog'

const feed = (overrides: Record<string, unknown> = {}) => ({
  id: 4, kind: 'launch', name: 'Aurora', launch: 1, department: null,
  url: 'https://tminus.example.com/ical/s3cret.ics', webcal_url: 'webcal://tminus.example.com/ical/s3cret.ics',
  created_at: '2027-01-01T00:00:00Z', last_fetched_at: null,
  items_shown: null, items_left_out: null, left_out_note: '', reminder_minutes: null,
  ...overrides,
})
const list = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results })

function render(routes: FakeRoutes) {
  const fetchMock = mockFetch(routes)
  renderWithProviders(<CalendarFeedsDialog launchId={1} onClose={() => {}} />)
  return fetchMock
}

/** The feed's entry in the dialog, once the list has loaded. */
async function feedItem() {
  const input = await screen.findByLabelText('Feed URL of Aurora')
  return within(input.closest('li')!)
}

describe('CalendarFeedsDialog', () => {
  it('offers to open a feed in a calendar app when the server has a webcal:// URL for it', async () => {
    render({ 'GET /api/v1/calendar-feeds/': { body: list([feed()]) } })
    const item = await feedItem()
    expect(item.getByRole('link', { name: 'Open in calendar app' })).toHaveAttribute(
      'href',
      'webcal://tminus.example.com/ical/s3cret.ics',
    )
    expect(item.queryByText(/needs HTTPS/)).not.toBeInTheDocument()
  })

  it('over plain http hides “Open in calendar app” and says to copy the URL instead', async () => {
    render({
      'GET /api/v1/calendar-feeds/': {
        body: list([feed({ url: 'http://tminus.local/ical/s3cret.ics', webcal_url: null })]),
      },
    })
    const item = await feedItem()
    expect(item.queryByRole('link', { name: 'Open in calendar app' })).not.toBeInTheDocument()
    expect(item.getByText('Open in calendar app needs HTTPS; copy the URL instead.')).toHaveClass('muted')
    expect(item.getByRole('button', { name: 'Copy URL' })).toBeInTheDocument()
  })

  it('before any calendar has fetched the feed, says nothing of its size', async () => {
    render({ 'GET /api/v1/calendar-feeds/': { body: list([feed()]) } })
    const item = await feedItem()
    expect(item.queryByText(/in this feed/)).not.toBeInTheDocument()
    expect(item.queryByRole('status')).not.toBeInTheDocument()
  })

  it('says how many items the feed holds, and nothing more when nothing is left out', async () => {
    render({
      'GET /api/v1/calendar-feeds/': { body: list([feed({ items_shown: 212, items_left_out: 0 })]) },
    })
    const item = await feedItem()
    expect(item.getByText('212 items in this feed')).toHaveClass('muted')
    expect(item.queryByRole('status')).not.toBeInTheDocument()
  })

  it('warns, under the feed, that the calendar does not hold everything when items are left out', async () => {
    const note = '408 items are left out: finished work first, then open work after 4 Mar 2027.'
    render({
      'GET /api/v1/calendar-feeds/': {
        body: list([feed({ items_shown: 1000, items_left_out: 408, left_out_note: note })]),
      },
    })
    const item = await feedItem()
    const warning = item.getByRole('status')
    expect(warning).toHaveTextContent(note)
    expect(warning).toHaveClass('feed-left-out')
    expect(item.getByText('1000 items in this feed')).toBeInTheDocument()
  })

  it('sets a feed’s reminders: PATCHes the choice, shows it saving, then what the server has', async () => {
    let reminder: number | null = null
    const sent: unknown[] = []
    const fetchMock = render({
      'GET /api/v1/calendar-feeds/': () => ({ body: list([feed({ reminder_minutes: reminder })]) }),
      'PATCH /api/v1/calendar-feeds/4/': (init) => {
        const body = JSON.parse(String(init?.body)) as { reminder_minutes: number | null }
        sent.push(body)
        reminder = body.reminder_minutes
        return { body: feed({ reminder_minutes: reminder }) }
      },
    })
    // The first PATCH is answered only when the test says, to see the dialog while it saves.
    let answer = () => {}
    const answered = new Promise<void>((resolve) => (answer = resolve))
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'PATCH' && sent.length === 0) await answered
      return fetchMock(input, init)
    })
    const item = await feedItem()
    const select = item.getByLabelText('Reminders')
    expect(select).toHaveValue('none')
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'None',
      'At the start',
      '15 minutes before',
      '1 hour before',
      '1 day before',
    ])

    fireEvent.change(select, { target: { value: '1440' } })
    expect(await item.findByRole('status')).toHaveTextContent('Saving…')
    expect(select).toBeDisabled()
    expect(select).toHaveValue('1440')
    answer()
    await waitFor(() => expect(select).toBeEnabled())
    expect(sent).toEqual([{ reminder_minutes: 1440 }])
    expect(select).toHaveValue('1440')
    expect(item.queryByText('Saving…')).not.toBeInTheDocument()

    fireEvent.change(select, { target: { value: '0' } })
    await waitFor(() => expect(select).toBeEnabled())
    fireEvent.change(select, { target: { value: 'none' } })
    await waitFor(() => expect(select).toBeEnabled())
    expect(sent).toEqual([{ reminder_minutes: 1440 }, { reminder_minutes: 0 }, { reminder_minutes: null }])
    expect(select).toHaveValue('none')
  })

  it('says plainly when the reminders were not saved, and shows the feed’s setting as it still is', async () => {
    render({
      'GET /api/v1/calendar-feeds/': { body: list([feed({ reminder_minutes: 15 })]) },
      'PATCH /api/v1/calendar-feeds/4/': {
        status: 400,
        body: { code: 'invalid', message: 'Choose one of the offered reminders.', extra: {} },
      },
    })
    const item = await feedItem()
    const select = item.getByLabelText('Reminders')
    expect(select).toHaveValue('15')

    fireEvent.change(select, { target: { value: '60' } })
    const error = await item.findByRole('alert')
    expect(error).toHaveTextContent(/^The reminders were not changed\./)
    expect(error).toHaveTextContent('Choose one of the offered reminders.')
    expect(select).toHaveValue('15')
    expect(select).toBeEnabled()
  })
})
