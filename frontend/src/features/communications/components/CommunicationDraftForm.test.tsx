import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { chooseOption } from '../../../test/combobox'
import { ApiError } from '../../../lib/api'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import type { Communication, CommunicationFields } from '../api/communications'
import { CommunicationDraftForm } from './CommunicationDraftForm'

const page = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results })
const tasks = [
  { id: 12, title: 'Publish the packages', department_name: 'Engineering' },
  { id: 20, title: 'Draft the press release', department_name: 'PR' },
]

function renderForm() {
  mockFetch({ 'GET /api/v1/tasks/': { body: page(tasks) } })
  const onSave = vi.fn<(fields: CommunicationFields) => void>()
  renderWithProviders(
    <CommunicationDraftForm launchId={3} gates={[]} label="Draft" submitLabel="Save draft" saving={false} error={null} onSave={onSave} />,
  )
  const form = screen.getByRole('form', { name: 'Draft' })
  fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Packages are public' } })
  return { form, onSave }
}

describe('CommunicationDraftForm', () => {
  it('embargoes on a task of the launch, chosen in the task picker', async () => {
    const { form, onSave } = renderForm()
    expect(within(form).queryByRole('combobox', { name: 'Task that must be done' })).not.toBeInTheDocument()
    fireEvent.change(within(form).getByLabelText('Embargo'), { target: { value: 'task' } })
    await chooseOption(within(form).getByRole('combobox', { name: 'Task that must be done' }), 'Publish the packages')
    fireEvent.click(within(form).getByRole('button', { name: 'Save draft' }))
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ embargo: 'task', embargo_task: 12, embargo_gate: null, destinations: [], share_until: null }),
    )
  })

  it('sends the destinations ticked, and the email recipients only while Email is ticked', () => {
    const { form, onSave } = renderForm()
    const destinations = within(form).getByRole('group', { name: /Goes out to/ })
    expect(within(destinations).getAllByRole('checkbox').map((c) => c.closest('label')?.textContent?.trim())).toEqual([
      'Newsroom',
      'Email',
      'Webhooks',
    ])
    expect(within(form).queryByLabelText(/Email recipients/)).not.toBeInTheDocument()
    fireEvent.click(within(destinations).getByRole('checkbox', { name: 'Webhooks' }))
    fireEvent.click(within(destinations).getByRole('checkbox', { name: 'Email' }))
    fireEvent.click(within(destinations).getByRole('checkbox', { name: 'Newsroom' }))
    fireEvent.change(within(form).getByLabelText(/Email recipients/), { target: { value: 'press@example.com' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save draft' }))
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({ destinations: ['newsroom', 'email', 'webhooks'], email_recipients: 'press@example.com' }),
    )

    fireEvent.click(within(destinations).getByRole('checkbox', { name: 'Email' }))
    expect(within(form).queryByLabelText(/Email recipients/)).not.toBeInTheDocument()
    fireEvent.click(within(form).getByRole('button', { name: 'Save draft' }))
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({ destinations: ['newsroom', 'webhooks'], email_recipients: '' }),
    )
  })

  it("offers internal notices, and a hint's sharing window only for employee hints", () => {
    const { form, onSave } = renderForm()
    const kind = within(form).getByLabelText('Kind')
    expect(within(kind).getByRole('option', { name: 'Internal notice' })).toHaveValue('internal_notice')
    expect(within(form).queryByLabelText(/Shareable until/)).not.toBeInTheDocument()
    fireEvent.change(kind, { target: { value: 'employee_hint' } })
    fireEvent.change(within(form).getByLabelText('Shareable until (your time zone)'), {
      target: { value: '2027-03-20T18:00' },
    })
    fireEvent.click(within(form).getByRole('button', { name: 'Save draft' }))
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: 'employee_hint', share_until: new Date('2027-03-20T18:00').toISOString() }),
    )
    // Another kind has no window: none is sent, whatever was typed.
    fireEvent.change(kind, { target: { value: 'internal_notice' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save draft' }))
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'internal_notice', share_until: null }))
  })

  it("shows the server's message under the task picker and names the field in the summary", async () => {
    mockFetch({ 'GET /api/v1/tasks/': { body: page(tasks) } })
    const error = new ApiError(400, {
      code: 'invalid',
      message: 'Choose the task.',
      extra: { fields: { embargo_task: ['A task embargo names its task.'] } },
    })
    const initial = {
      id: 5, launch: 3, kind: 'social_post', channel: '', audience: '', title: 'Packages', body: '', author: 7,
      department: 2, schedule_mode: 'anchored', offset_days: 0, at: null, moment: '2027-03-16T09:00:00Z',
      embargo: 'task', embargo_gate: null, embargo_task: null, destinations: ['email'], email_recipients: 'a@example.com',
      share_until: null, status: 'draft', published_at: null, decisions: [], created_at: '', updated_at: '',
      embargo_lifted: false, embargo_until: '', publications: [], approval: 'office',
      newsroom_url: null, approvers: [], approvers_detail: [], approvals: [],
    } satisfies Communication
    renderWithProviders(
      <CommunicationDraftForm
        launchId={3}
        gates={[]}
        initial={initial}
        label="Edit"
        submitLabel="Save changes"
        saving={false}
        error={error}
        onSave={() => {}}
      />,
    )
    const picker = screen.getByRole('combobox', { name: 'Task that must be done' })
    expect(picker).toHaveAccessibleDescription('A task embargo names its task.')
    expect(screen.getByLabelText(/Email recipients/)).toHaveValue('a@example.com')
    expect(screen.getByRole('checkbox', { name: 'Email' })).toBeChecked()
    expect(screen.getByText('Not saved: check Task.')).toBeInTheDocument()
  })
})
