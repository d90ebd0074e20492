import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { FeedbackList } from './FeedbackList'

const feedback = (state: string) => ({
  id: 3, launch: 1, task: null, task_title: null, source: 'survey', text: 'Pairing takes too long',
  reported_by: 'Dana', state, duplicate_of: null, created_by: 1, created_at: '2027-01-01T00:00:00Z',
  updated_at: '2027-01-01T00:00:00Z',
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
})
