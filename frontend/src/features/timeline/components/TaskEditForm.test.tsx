import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../../lib/api'
import { mockFetch, type FakeRoutes } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { makeTimeline } from '../../../test/timelineData'
import type { TaskDetail } from '../api/tasks'
import type { WorkloadPreview } from '../api/workloadPreview'
import { formCollaborators, taskFormPatch, taskFormValues, TaskEditForm } from './TaskEditForm'

const timeline = makeTimeline()
const context = { tZeroDate: timeline.launch.t_zero_date, calendar: timeline.calendar }

const detail = {
  id: 200, launch: 1, workstream: 20, department: 2, department_name: 'PR', title: 'Draft the press release',
  description: '', schedule_mode: 'anchored', offset_days: -13, start_date: null, duration_days: 7,
  duration_count: 'calendar', due_time: null, planned_start: '2027-03-03', planned_due: '2027-03-09',
  status: 'todo', actual_start: null, actual_finish: null, assignee: 7,
  assignee_detail: { id: 7, username: 'pr.member', full_name: 'Paul Okafor' },
  collaborators: [8], collaborators_detail: [{ id: 8, username: 'eng.writer', full_name: 'Dana Scully' }],
  effort_hours: null, needed_for_launch: false,
  created_at: '2027-01-01T00:00:00Z', updated_at: '2027-01-01T00:00:00Z',
} as TaskDetail

const people = [
  { id: 6, label: 'Priya Raman' },
  { id: 7, label: 'Paul Okafor' },
]
const sharable = [...people, { id: 8, label: 'Dana Scully' }, { id: 9, label: 'Fox Mulder' }]

function preview(personId: number, over: boolean): WorkloadPreview {
  return {
    person: { id: personId, username: 'p', full_name: personId === 9 ? 'Fox Mulder' : 'Priya Raman' },
    task: { id: 200, start: '2027-03-03', due: '2027-03-09' },
    capacity_tasks_per_week: 3,
    capacity_hours_per_week: null,
    weeks: [{ week: '2027-03-01', tasks: 4, hours: 0, launches: ['Aurora', 'Borealis'], tasks_after: 5, hours_after: 0, over_after: over }],
    over_allocated_after: over,
    message: over ? `${personId === 9 ? 'Fox Mulder' : 'Priya Raman'} already has 4 tasks in the week of 1 Mar in 2 launches (capacity 3).` : null,
  }
}

function setup(routes: FakeRoutes = {}, level: 'all' | 'status' = 'all') {
  const fetchMock = mockFetch({
    'GET /api/v1/workload/preview/': (_init, url) => ({ body: preview(Number(url.searchParams.get('person')), true) }),
    ...routes,
  })
  const onSave = vi.fn()
  renderWithProviders(
    <TaskEditForm context={context} detail={detail} level={level} people={people} sharable={sharable} saving={false} onSave={onSave} />,
  )
  const previews = () =>
    fetchMock.mock.calls
      .map(([url]) => new URL(String(url), 'http://localhost'))
      .filter((url) => url.pathname === '/api/v1/workload/preview/')
      .map((url) => `${url.searchParams.get('person')}:${url.searchParams.get('task')}`)
  return { fetchMock, onSave, previews }
}

const collaboratorList = () => screen.getByRole('listbox', { name: 'Collaborators' })

describe('TaskEditForm: collaborators and effort', () => {
  it('lists everyone but the assignee as possible collaborators, the current ones selected', () => {
    setup()
    const options = within(collaboratorList()).getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(['Priya Raman', '✓ Dana Scully', 'Fox Mulder'])
    expect(within(collaboratorList()).getByRole('option', { name: '✓ Dana Scully' })).toHaveAttribute('aria-selected', 'true')
    expect(collaboratorList()).toHaveAttribute('aria-multiselectable', 'true')
  })

  it('adds and removes collaborators and saves the whole list, in id order', async () => {
    const { onSave } = setup()
    fireEvent.click(within(collaboratorList()).getByRole('option', { name: 'Fox Mulder' }))
    fireEvent.click(within(collaboratorList()).getByRole('option', { name: 'Priya Raman' }))
    fireEvent.click(within(collaboratorList()).getByRole('option', { name: '✓ Dana Scully' }))
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(onSave).toHaveBeenCalledWith({ collaborators: [6, 9] })
  })

  it('sets and clears the effort in whole hours, and refuses anything else before sending', () => {
    const { onSave } = setup()
    const effort = screen.getByLabelText('Effort (hours)')
    for (const bad of ['0', '-2', '1.5', '10001']) {
      fireEvent.change(effort, { target: { value: bad } })
      expect(screen.getByText('Effort is a whole number of hours, from 1 to 10,000.')).toBeInTheDocument()
      expect(effort).toHaveAttribute('aria-invalid', 'true')
      fireEvent.click(screen.getByRole('button', { name: 'Save changes' }))
    }
    expect(onSave).not.toHaveBeenCalled()
    fireEvent.change(effort, { target: { value: '12' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(onSave).toHaveBeenCalledWith({ effort_hours: 12 })
    const withEffort = { ...detail, effort_hours: 12 }
    const initial = taskFormValues(withEffort, context)
    expect(initial.effortHours).toBe('12')
    expect(taskFormPatch(withEffort, initial, { ...initial, effortHours: '' }, context, 'all').patch).toEqual({ effort_hours: null })
  })

  it('shows the server’s refusal under the collaborators', () => {
    mockFetch({})
    renderWithProviders(
      <TaskEditForm
        context={context}
        detail={detail}
        level="all"
        people={people}
        sharable={sharable}
        saving={false}
        onSave={vi.fn()}
        error={
          new ApiError(400, {
            code: 'invalid',
            message: 'x',
            extra: { fields: { collaborators: ['No active user with id 9 to collaborate on this task.'] } },
          })
        }
      />,
    )
    expect(screen.getByText('No active user with id 9 to collaborate on this task.')).toBeInTheDocument()
  })

  it('never sends the assignee as a collaborator', () => {
    expect(formCollaborators({ assignee: 7, collaborators: [9, 7, 9, 6] })).toEqual([6, 9])
  })

  it('offers no collaborator or effort field to the assignee, who changes the status only', () => {
    setup({}, 'status')
    expect(screen.queryByRole('listbox', { name: 'Collaborators' })).not.toBeInTheDocument()
    expect(screen.queryByLabelText('Effort (hours)')).not.toBeInTheDocument()
    expect(screen.getByText('As the assignee or a collaborator you can change the status only.')).toBeInTheDocument()
  })
})

describe('TaskEditForm: the assignment warning', () => {
  it('warns, before saving, that a new collaborator would be over their capacity; the save still works', async () => {
    const { onSave, previews } = setup()
    expect(previews()).toEqual([]) // nobody new: nothing asked
    fireEvent.click(within(collaboratorList()).getByRole('option', { name: 'Fox Mulder' }))
    expect(
      await screen.findByText('⚠ Fox Mulder already has 4 tasks in the week of 1 Mar in 2 launches (capacity 3).'),
    ).toHaveAttribute('role', 'status')
    expect(previews()).toEqual(['9:200'])
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(onSave).toHaveBeenCalledWith({ collaborators: [8, 9] })
  })

  it('warns next to the assignee when the new assignee would be over their capacity', async () => {
    const { previews } = setup()
    fireEvent.change(screen.getByLabelText('Assignee'), { target: { value: '6' } })
    const warning = await screen.findByText(/Priya Raman already has 4 tasks/)
    expect(screen.getByLabelText('Assignee').parentElement).toContainElement(warning)
    expect(previews()).toEqual(['6:200'])
  })

  it('says nothing when the person would not be over their capacity', async () => {
    const { previews } = setup({
      'GET /api/v1/workload/preview/': (_init, url) => ({ body: preview(Number(url.searchParams.get('person')), false) }),
    })
    fireEvent.click(within(collaboratorList()).getByRole('option', { name: 'Fox Mulder' }))
    await waitFor(() => expect(previews()).toEqual(['9:200']))
    expect(screen.queryByText(/already has/)).not.toBeInTheDocument()
  })

  it('shows nothing when the preview is refused (403) and the save still works', async () => {
    const { onSave, previews } = setup({
      'GET /api/v1/workload/preview/': { status: 403, body: { code: 'permission_denied', message: 'No.', extra: {} } },
    })
    fireEvent.click(within(collaboratorList()).getByRole('option', { name: 'Fox Mulder' }))
    await waitFor(() => expect(previews()).toEqual(['9:200']))
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(onSave).toHaveBeenCalledWith({ collaborators: [8, 9] })
  })
})
