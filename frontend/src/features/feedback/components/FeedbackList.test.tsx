import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { FeedbackList } from './FeedbackList'

const feedback = (state: string, overrides: Record<string, unknown> = {}) => ({
  id: 3, launch: 1, task: null, task_title: null, source: 'survey', text: 'Pairing takes too long',
  reported_by: 'Dana', state, duplicate_of: null, created_by: 1, created_at: '2027-01-01T00:00:00Z',
  updated_at: '2027-01-01T00:00:00Z', ...overrides,
})
const page = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results })
const summary = { launch: 1, counts: { new: 1, accepted: 0, rejected: 0, duplicate: 0, done: 0 }, total: 1 }

describe('FeedbackList', () => {
  it('shows the counts and lists each bad row of a refused CSV import', async () => {
    let uploaded: FormData | null = null
    mockFetch({
      'GET /api/v1/feedback-items/': { body: page([feedback('new')]) },
      'GET /api/v1/feedback-items/summary/': { body: summary },
      'POST /api/v1/feedback-items/import/': (init) => {
        uploaded = init?.body as FormData
        return {
          status: 400,
          body: {
            code: 'validation_error',
            message: '2 problem(s) in the file, nothing was imported; first, row 2: The text is empty.',
            extra: {
              rows: [
                { row: 2, field: 'text', message: 'The text is empty.' },
                { row: 4, field: 'source', message: 'Unknown source “tweet”.' },
              ],
              fields: { file: ['Invalid values in column(s): source, text.'] },
            },
          },
        }
      },
    })
    renderWithProviders(<FeedbackList launchId={1} canTriage />)

    expect(await screen.findByText('Pairing takes too long')).toBeInTheDocument()
    const counts = await screen.findByLabelText('Feedback by state')
    expect(within(counts).getByText('Total').nextSibling).toHaveTextContent('1')

    const file = new File(['source,text\nsurvey,\n'], 'feedback.csv', { type: 'text/csv' })
    fireEvent.change(screen.getByLabelText(/CSV file/), { target: { files: [file] } })
    fireEvent.click(screen.getByRole('button', { name: 'Import' }))

    const table = await screen.findByRole('table', { name: 'Problems in the file' })
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(3)
    expect(rows[1]).toHaveTextContent('2textThe text is empty.')
    expect(rows[2]).toHaveTextContent('4sourceUnknown source “tweet”.')
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was imported')
    expect(uploaded).toBeInstanceOf(FormData)
    expect(uploaded!.get('launch')).toBe('1')
  })

  it('asks for the original before saving a duplicate, and offers no triage to others', async () => {
    mockFetch({
      'GET /api/v1/feedback-items/': { body: page([feedback('new')]) },
      'GET /api/v1/feedback-items/summary/': { body: summary },
    })
    const { unmount } = renderWithProviders(<FeedbackList launchId={1} canTriage />)
    const triage = await screen.findByRole('form', { name: 'Triage feedback 3' })
    fireEvent.change(within(triage).getByLabelText('State'), { target: { value: 'duplicate' } })
    expect(within(triage).getByRole('button', { name: 'Save' })).toBeDisabled()
    fireEvent.change(within(triage).getByLabelText('Duplicate of item #'), { target: { value: '2' } })
    expect(within(triage).getByRole('button', { name: 'Save' })).toBeEnabled()
    unmount()

    renderWithProviders(<FeedbackList launchId={1} canTriage={false} />)
    expect(await screen.findByText('Pairing takes too long')).toBeInTheDocument()
    expect(screen.queryByRole('form', { name: 'Triage feedback 3' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument()
  })

  it('triages with If-Match and shows the new state', async () => {
    let items = [feedback('new')]
    let sent: { body: unknown; ifMatch: string | null } | null = null
    mockFetch({
      'GET /api/v1/feedback-items/': () => ({ body: page(items) }),
      'GET /api/v1/feedback-items/summary/': { body: summary },
      'GET /api/v1/feedback-items/3/': () => ({ body: items[0], headers: { ETag: '"f1"' } }),
      'PATCH /api/v1/feedback-items/3/': (init) => {
        sent = { body: JSON.parse(String(init?.body)), ifMatch: new Headers(init?.headers).get('If-Match') }
        items = [feedback('accepted', { updated_at: '2027-01-02T00:00:00Z' })]
        return { body: items[0], headers: { ETag: '"f2"' } }
      },
    })
    renderWithProviders(<FeedbackList launchId={1} canTriage />)
    const triage = await screen.findByRole('form', { name: 'Triage feedback 3' })
    fireEvent.change(within(triage).getByLabelText('State'), { target: { value: 'accepted' } })
    fireEvent.click(within(triage).getByRole('button', { name: 'Save' }))
    expect(await screen.findByText(/· Accepted$/)).toBeInTheDocument()
    expect(sent).toEqual({ body: { state: 'accepted', duplicate_of: null }, ifMatch: '"f1"' })
  })

  it('on a 412 says someone else triaged it, and shows their state in the list and the form', async () => {
    let items = [feedback('new')]
    mockFetch({
      'GET /api/v1/feedback-items/': () => ({ body: page(items) }),
      'GET /api/v1/feedback-items/summary/': { body: summary },
      'GET /api/v1/feedback-items/3/': () => ({ body: items[0], headers: { ETag: '"f1"' } }),
      'PATCH /api/v1/feedback-items/3/': () => {
        items = [feedback('rejected', { updated_at: '2027-01-02T00:00:00Z' })]
        return { status: 412, body: { code: 'precondition_failed', message: 'This feedback item changed since you loaded it.', extra: {} } }
      },
    })
    renderWithProviders(<FeedbackList launchId={1} canTriage />)
    const triage = await screen.findByRole('form', { name: 'Triage feedback 3' })
    fireEvent.change(within(triage).getByLabelText('State'), { target: { value: 'accepted' } })
    fireEvent.click(within(triage).getByRole('button', { name: 'Save' }))

    expect(await screen.findByText(/· Rejected$/)).toBeInTheDocument()
    const reloaded = screen.getByRole('form', { name: 'Triage feedback 3' })
    expect(within(reloaded).getByRole('alert')).toHaveTextContent(/^Someone else changed this since you loaded it/)
    expect(within(reloaded).getByLabelText('State')).toHaveValue('rejected')
  })

  it('loads the next page on "Load more", and starts again from page 1 when a filter changes', async () => {
    const pages: Record<string, unknown> = {
      '1': { count: 3, next: '/api/v1/feedback-items/?page=2', previous: null, results: [feedback('new', { id: 3 }), feedback('new', { id: 2, text: 'Setup is confusing' })] },
      '2': { count: 3, next: null, previous: '/api/v1/feedback-items/', results: [feedback('done', { id: 1, text: 'Loud at night' })] },
    }
    const requested: string[] = []
    mockFetch({
      'GET /api/v1/feedback-items/': (_init, url) => {
        requested.push(url.search)
        return { body: pages[url.searchParams.get('page') ?? ''] }
      },
      'GET /api/v1/feedback-items/summary/': { body: summary },
    })
    renderWithProviders(<FeedbackList launchId={1} canTriage={false} />)

    expect(await screen.findByText('Showing 2 of 3 feedback items.')).toBeInTheDocument()
    expect(screen.queryByText('Loud at night')).not.toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }))
    expect(await screen.findByText('Loud at night')).toBeInTheDocument()
    expect(screen.getByText('Showing 3 of 3 feedback items.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()
    expect(screen.getAllByRole('listitem')).toHaveLength(3)
    expect(requested).toEqual(['?launch=1&page=1&page_size=100', '?launch=1&page=2&page_size=100'])

    fireEvent.change(screen.getByRole('group', { name: 'Filter feedback' }).querySelector('select')!, { target: { value: 'done' } })
    await waitFor(() => expect(requested).toHaveLength(3))
    expect(requested[2]).toBe('?launch=1&state=done&page=1&page_size=100')
  })
})
