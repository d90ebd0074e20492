import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { launchReadinessKey } from '../../../lib/queryKeys'
import { mockFetch } from '../../../test/fetch'
import { renderRoute, renderWithProviders } from '../../../test/render'
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
      'GET /api/v1/tasks/': { body: page([]) },
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
    const { queryClient } = renderWithProviders(<FeedbackList launchId={1} canTriage canDelete={false} />)
    queryClient.setQueryData(launchReadinessKey(1), { launch: 1 })

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
    // Even a refused import reloads readiness (as every feedback write does).
    expect(queryClient.getQueryState(launchReadinessKey(1))?.isInvalidated).toBe(true)
  })

  it('asks for the original before saving a duplicate, and offers no triage to others', async () => {
    mockFetch({
      'GET /api/v1/feedback-items/': { body: page([feedback('new')]) },
      'GET /api/v1/feedback-items/summary/': { body: summary },
      'GET /api/v1/tasks/': { body: page([]) },
    })
    const { unmount } = renderWithProviders(<FeedbackList launchId={1} canTriage canDelete={false} />)
    const triage = await screen.findByRole('form', { name: 'Triage feedback 3' })
    fireEvent.change(within(triage).getByLabelText('State'), { target: { value: 'duplicate' } })
    expect(within(triage).getByRole('button', { name: 'Save' })).toBeDisabled()
    fireEvent.change(within(triage).getByLabelText('Duplicate of item #'), { target: { value: '2' } })
    expect(within(triage).getByRole('button', { name: 'Save' })).toBeEnabled()
    unmount()

    renderWithProviders(<FeedbackList launchId={1} canTriage={false} canDelete={false} />)
    expect(await screen.findByText('Pairing takes too long')).toBeInTheDocument()
    expect(screen.queryByRole('form', { name: 'Triage feedback 3' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument()
  })

  it('triages with If-Match, shows the new state and reloads readiness', async () => {
    let items = [feedback('new')]
    let sent: { body: unknown; ifMatch: string | null } | null = null
    mockFetch({
      'GET /api/v1/feedback-items/': () => ({ body: page(items) }),
      'GET /api/v1/feedback-items/summary/': { body: summary },
      'GET /api/v1/tasks/': { body: page([]) },
      'GET /api/v1/feedback-items/3/': () => ({ body: items[0], headers: { ETag: '"f1"' } }),
      'PATCH /api/v1/feedback-items/3/': (init) => {
        sent = { body: JSON.parse(String(init?.body)), ifMatch: new Headers(init?.headers).get('If-Match') }
        items = [feedback('accepted', { updated_at: '2027-01-02T00:00:00Z' })]
        return { body: items[0], headers: { ETag: '"f2"' } }
      },
    })
    const { queryClient } = renderWithProviders(<FeedbackList launchId={1} canTriage canDelete={false} />)
    queryClient.setQueryData(launchReadinessKey(1), { launch: 1 })
    const triage = await screen.findByRole('form', { name: 'Triage feedback 3' })
    fireEvent.change(within(triage).getByLabelText('State'), { target: { value: 'accepted' } })
    fireEvent.click(within(triage).getByRole('button', { name: 'Save' }))
    expect(await screen.findByText(/· Accepted$/)).toBeInTheDocument()
    expect(sent).toEqual({ body: { state: 'accepted', duplicate_of: null }, ifMatch: '"f1"' })
    expect(queryClient.getQueryState(launchReadinessKey(1))?.isInvalidated).toBe(true)
  })

  it('on a 412 says someone else triaged it, and shows their state in the list and the form', async () => {
    let items = [feedback('new')]
    mockFetch({
      'GET /api/v1/feedback-items/': () => ({ body: page(items) }),
      'GET /api/v1/feedback-items/summary/': { body: summary },
      'GET /api/v1/tasks/': { body: page([]) },
      'GET /api/v1/feedback-items/3/': () => ({ body: items[0], headers: { ETag: '"f1"' } }),
      'PATCH /api/v1/feedback-items/3/': () => {
        items = [feedback('rejected', { updated_at: '2027-01-02T00:00:00Z' })]
        return { status: 412, body: { code: 'precondition_failed', message: 'This feedback item changed since you loaded it.', extra: {} } }
      },
    })
    renderWithProviders(<FeedbackList launchId={1} canTriage canDelete={false} />)
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
      'GET /api/v1/tasks/': { body: page([]) },
    })
    renderWithProviders(<FeedbackList launchId={1} canTriage={false} canDelete={false} />)

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

const me = (departments: { id: number; name: string; slug: string; role: 'lead' | 'member' }[], is_office = false) => ({
  id: 7, username: 'someone', full_name: 'Some One', email: 'someone@example.com', time_zone: 'Europe/Paris',
  is_office, roles: [], departments,
})
const engineering = (role: 'lead' | 'member') => [{ id: 5, name: 'Engineering', slug: 'engineering', role }]
const launch = { id: 1, name: 'Aurora', status: 'planning', t_zero: '2027-03-16T08:00:00Z', time_zone: 'Europe/Berlin', owner: 1 }

describe('FeedbackList: deleting', () => {
  it('deletes only after asking, with If-Match, and reloads the list and readiness', async () => {
    let items = [feedback('new')]
    let deletedWith: string | null | undefined
    mockFetch({
      'GET /api/v1/feedback-items/': () => ({ body: page(items) }),
      'GET /api/v1/feedback-items/summary/': { body: summary },
      'GET /api/v1/feedback-items/3/': () => ({ body: items[0], headers: { ETag: '"f1"' } }),
      'DELETE /api/v1/feedback-items/3/': (init) => {
        deletedWith = new Headers(init?.headers).get('If-Match')
        items = []
        return { status: 204 }
      },
    })
    const { queryClient } = renderWithProviders(<FeedbackList launchId={1} canTriage={false} canDelete />)
    queryClient.setQueryData(launchReadinessKey(1), { launch: 1 })

    fireEvent.click(await screen.findByRole('button', { name: 'Delete feedback #3' }))
    const ask = screen.getByRole('alertdialog', { name: 'Delete feedback #3?' })
    fireEvent.click(within(ask).getByRole('button', { name: 'Keep it' }))
    expect(screen.queryByRole('alertdialog', { name: 'Delete feedback #3?' })).not.toBeInTheDocument()
    expect(deletedWith).toBeUndefined()

    fireEvent.click(screen.getByRole('button', { name: 'Delete feedback #3' }))
    fireEvent.click(within(screen.getByRole('alertdialog', { name: 'Delete feedback #3?' })).getByRole('button', { name: 'Yes, delete it' }))
    expect(await screen.findByText('No feedback matches.')).toBeInTheDocument()
    expect(deletedWith).toBe('"f1"')
    expect(queryClient.getQueryState(launchReadinessKey(1))?.isInvalidated).toBe(true)
  })

  it('on a 412 says someone else changed the item, deletes nothing and shows the current version', async () => {
    let items = [feedback('new')]
    mockFetch({
      'GET /api/v1/feedback-items/': () => ({ body: page(items) }),
      'GET /api/v1/feedback-items/summary/': { body: summary },
      'GET /api/v1/feedback-items/3/': () => ({ body: items[0], headers: { ETag: '"f1"' } }),
      'DELETE /api/v1/feedback-items/3/': () => {
        items = [feedback('accepted', { updated_at: '2027-01-02T00:00:00Z' })]
        return { status: 412, body: { code: 'precondition_failed', message: 'This feedback item changed since you loaded it; reload it and apply your change again.', extra: {} } }
      },
    })
    renderWithProviders(<FeedbackList launchId={1} canTriage={false} canDelete />)
    fireEvent.click(await screen.findByRole('button', { name: 'Delete feedback #3' }))
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Not deleted: someone else changed feedback #3 since you loaded it\. The current version is now shown/,
    )
    expect(await screen.findByText(/· Accepted$/)).toBeInTheDocument()
    expect(screen.getByText('Pairing takes too long')).toBeInTheDocument()
  })

  it('stops before the DELETE when the item is no longer what the list shows', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/feedback-items/': { body: page([feedback('new')]) },
      'GET /api/v1/feedback-items/summary/': { body: summary },
      'GET /api/v1/feedback-items/3/': { body: feedback('done', { updated_at: '2027-01-03T00:00:00Z' }), headers: { ETag: '"f9"' } },
    })
    renderWithProviders(<FeedbackList launchId={1} canTriage={false} canDelete />)
    fireEvent.click(await screen.findByRole('button', { name: 'Delete feedback #3' }))
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Not deleted: someone else changed feedback #3/)
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false)
  })
})

describe('Feedback page: who sees which controls', () => {
  function renderFeedbackPageAs(viewer: ReturnType<typeof me>) {
    const fetchMock = mockFetch({
      'GET /api/v1/auth/session/': { body: { user: viewer } },
      'GET /api/v1/launches/1/': { body: launch },
      'GET /api/v1/feedback-items/': { body: page([feedback('new')]) },
      'GET /api/v1/feedback-items/summary/': { body: summary },
      'GET /api/v1/tasks/': { body: page([]) },
    })
    renderRoute('/launches/1/feedback')
    return fetchMock
  }

  it("offers Engineering's member adding and triage but not deleting", async () => {
    renderFeedbackPageAs(me(engineering('member')))
    expect(await screen.findByRole('form', { name: 'Triage feedback 3' })).toBeInTheDocument()
    expect(screen.getByRole('form', { name: 'Add feedback' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Delete feedback #3' })).not.toBeInTheDocument()
  })

  it("offers Engineering's lead and the office deleting too", async () => {
    renderFeedbackPageAs(me(engineering('lead')))
    expect(await screen.findByRole('button', { name: 'Delete feedback #3' })).toBeInTheDocument()
    expect(screen.getByRole('form', { name: 'Add feedback' })).toBeInTheDocument()
    cleanup()

    renderFeedbackPageAs(me([], true))
    expect(await screen.findByRole('button', { name: 'Delete feedback #3' })).toBeInTheDocument()
    expect(screen.getByRole('form', { name: 'Add feedback' })).toBeInTheDocument()
  })

  it('offers another department’s lead only reading, and loads no task choices for it', async () => {
    const fetchMock = renderFeedbackPageAs(me([{ id: 2, name: 'PR', slug: 'pr', role: 'lead' }]))
    expect(await screen.findByText('Pairing takes too long')).toBeInTheDocument()
    expect(screen.queryByRole('form', { name: 'Add feedback' })).not.toBeInTheDocument()
    expect(screen.queryByRole('form', { name: 'Triage feedback 3' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Delete feedback #3' })).not.toBeInTheDocument()
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/tasks/'))).toBe(false)
  })
})
