import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { launchActivityKey, launchReadinessKey } from '../../../lib/queryKeys'
import { chooseOption } from '../../../test/combobox'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { FeedbackList } from './FeedbackList'

const page = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results })
const summary = { launch: 1, counts: { new: 0, accepted: 0, rejected: 0, duplicate: 0, done: 0 }, total: 0 }
const tasks = [
  { id: 12, title: 'Collect and triage beta feedback', department_name: 'Engineering' },
  { id: 14, title: 'Write release notes', department_name: 'Engineering' },
  { id: 20, title: 'Draft the press release', department_name: 'PR' },
]
const created = {
  id: 41, launch: 1, task: 12, task_title: 'Collect and triage beta feedback', source: 'survey',
  text: 'Pairing takes too long', reported_by: 'Dana', state: 'new', duplicate_of: null, created_by: 7,
  created_at: '2027-01-05T00:00:00Z', updated_at: '2027-01-05T00:00:00Z',
}

describe('FeedbackForm', () => {
  it("shows the server's message under the field it refuses, then adds the item with its task", async () => {
    let items: unknown[] = []
    const sent: unknown[] = []
    mockFetch({
      'GET /api/v1/feedback-items/': () => ({ body: page(items) }),
      'GET /api/v1/feedback-items/summary/': { body: summary },
      'GET /api/v1/tasks/': (_init, url) => {
        expect(url.searchParams.get('launch')).toBe('1')
        return { body: page(tasks) }
      },
      'POST /api/v1/feedback-items/': (init) => {
        const body = JSON.parse(String(init?.body))
        sent.push(body)
        if (!body.text.trim()) {
          return {
            status: 400,
            body: { code: 'invalid', message: 'text: This field may not be blank.', extra: { fields: { text: ['This field may not be blank.'] } } },
          }
        }
        items = [created]
        return { status: 201, body: created }
      },
    })
    const { queryClient } = renderWithProviders(<FeedbackList launchId={1} canTriage canDelete={false} />)
    const form = await screen.findByRole('form', { name: 'Add feedback' })
    const taskSelect = within(form).getByLabelText('About task (optional)')
    // The launch's tasks, grouped by department.
    fireEvent.click(within(form).getByRole('button', { name: 'Show the tasks' }))
    expect(await screen.findByRole('option', { name: 'Write release notes' })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'PR' })).toHaveTextContent('Draft the press release')
    fireEvent.keyDown(taskSelect, { key: 'Escape' })

    fireEvent.change(within(form).getByLabelText('Source'), { target: { value: 'survey' } })
    fireEvent.change(within(form).getByLabelText('Feedback'), { target: { value: '   ' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Add feedback' }))

    const text = within(form).getByLabelText('Feedback')
    expect(await within(form).findByText('This field may not be blank.')).toBeInTheDocument()
    expect(text).toHaveAttribute('aria-invalid', 'true')
    expect(text).toHaveAccessibleDescription('This field may not be blank.')
    // The message is under the field only, not repeated as a general one.
    expect(within(form).getAllByRole('alert')).toHaveLength(1)

    queryClient.setQueryData(launchReadinessKey(1), { launch: 1 })
    // The server audits the write: the activity reloads too.
    const activityKey = [...launchActivityKey(1), { department: null }]
    queryClient.setQueryData(activityKey, { pages: [], pageParams: [] })
    fireEvent.change(text, { target: { value: 'Pairing takes too long' } })
    fireEvent.change(within(form).getByLabelText('Reported by (optional)'), { target: { value: 'Dana' } })
    await chooseOption(taskSelect, 'Collect and triage beta feedback')
    fireEvent.click(within(form).getByRole('button', { name: 'Add feedback' }))

    expect(await within(form).findByRole('status')).toHaveTextContent('Added feedback #41.')
    expect(sent[1]).toEqual({ launch: 1, source: 'survey', text: 'Pairing takes too long', reported_by: 'Dana', task: 12 })
    expect(await screen.findByText('Pairing takes too long')).toBeInTheDocument()
    expect(screen.getByText(/task: Collect and triage beta feedback/)).toBeInTheDocument()
    expect(queryClient.getQueryState(launchReadinessKey(1))?.isInvalidated).toBe(true)
    expect(queryClient.getQueryState(activityKey)?.isInvalidated).toBe(true)
    // Ready for the next item from the same channel.
    expect(text).toHaveValue('')
    expect(taskSelect).toHaveValue('')
    expect(within(form).getByLabelText('Source')).toHaveValue('survey')
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument()
  })

  it("shows a refusal that names no field (the server's 403) beside the form", async () => {
    mockFetch({
      'GET /api/v1/feedback-items/': { body: page([]) },
      'GET /api/v1/feedback-items/summary/': { body: summary },
      'GET /api/v1/tasks/': { body: page([]) },
      'POST /api/v1/feedback-items/': {
        status: 403,
        body: { code: 'permission_denied', message: 'Only the office or the engineering department (its members) may record feedback.', extra: {} },
      },
    })
    renderWithProviders(<FeedbackList launchId={1} canTriage canDelete={false} />)
    const form = await screen.findByRole('form', { name: 'Add feedback' })
    fireEvent.change(within(form).getByLabelText('Source'), { target: { value: 'other' } })
    fireEvent.change(within(form).getByLabelText('Feedback'), { target: { value: 'Too quiet' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Add feedback' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Only the office or the engineering department (its members) may record feedback.',
    )
    expect(within(form).getByLabelText('Feedback')).toHaveValue('Too quiet')
  })
})
