import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { Viewer } from '../../../lib/permissions'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { makeTimeline } from '../../../test/timelineData'
import { NewTaskForm } from './NewTaskForm'

const office: Viewer = { id: 1, is_office: true, departments: [] }
const prLead = { id: 6, is_office: false, departments: [{ id: 2, role: 'lead' as const }] }
const prMember = { id: 7, is_office: false, departments: [{ id: 2, role: 'member' as const }] }
const prPeople = { body: { count: 1, next: null, previous: null, results: [{ id: 7, username: 'pr.member', full_name: 'Paul Okafor' }] } }

function setup(viewer: Viewer, routes: Parameters<typeof mockFetch>[0] = {}) {
  const fetchMock = mockFetch({ 'GET /api/v1/users/': prPeople, ...routes })
  const onCreated = vi.fn()
  const onClose = vi.fn()
  renderWithProviders(<NewTaskForm timeline={makeTimeline()} viewer={viewer} onClose={onClose} onCreated={onCreated} />)
  const form = within(screen.getByRole('form', { name: 'New task' }))
  return { fetchMock, onCreated, onClose, form }
}

const posted = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')

describe('NewTaskForm', () => {
  it('offers a lead only their own department', () => {
    const { form } = setup(prLead)
    const options = within(form.getByLabelText('Department')).getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(['PR'])
  })

  it('offers the office every department', () => {
    const { form } = setup(office)
    expect(within(form.getByLabelText('Department')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Engineering', 'PR'])
  })

  it('tells a member they cannot add tasks', () => {
    renderWithProviders(<NewTaskForm timeline={makeTimeline()} viewer={prMember} onClose={() => {}} onCreated={() => {}} />)
    expect(screen.getByRole('note')).toHaveTextContent("Only the office or a department's lead can add tasks.")
    expect(screen.queryByRole('form')).not.toBeInTheDocument()
  })

  it('creates an anchored task from a T-offset and a due date, assigned in its department, and hands back its id', async () => {
    const { fetchMock, onCreated, form } = setup(prLead, { 'POST /api/v1/tasks/': { status: 201, body: { id: 321 }, headers: { ETag: '"n1"' } } })
    fireEvent.change(form.getByLabelText('Title'), { target: { value: 'Brief the care team' } })
    fireEvent.change(form.getByLabelText('Start'), { target: { value: 'T-10' } })
    fireEvent.change(form.getByLabelText('Due (optional)'), { target: { value: '12 Mar 2027' } })
    expect(form.getByLabelText('Duration')).toBeDisabled()
    // The department's people, once loaded.
    await form.findByRole('option', { name: 'Paul Okafor' })
    fireEvent.change(form.getByLabelText('Assignee'), { target: { value: '7' } })
    fireEvent.click(form.getByLabelText(/Needed for launch/))
    fireEvent.click(form.getByRole('button', { name: 'Add task' }))

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(321))
    expect(JSON.parse(String(posted(fetchMock)[0]![1]?.body))).toEqual({
      workstream: 20,
      title: 'Brief the care team',
      schedule_mode: 'anchored',
      offset_days: -10,
      due_date: '2027-03-12',
      duration_count: 'working',
      assignee: 7,
      needed_for_launch: true,
    })
    const usersUrl = fetchMock.mock.calls.map(([url]) => String(url)).find((url) => url.startsWith('/api/v1/users/'))
    expect(new URL(usersUrl!, 'http://x').searchParams.get('department')).toBe('2')
  })

  it('creates a fixed task from a calendar date and a duration', async () => {
    const { fetchMock, onCreated, form } = setup(prLead, { 'POST /api/v1/tasks/': { status: 201, body: { id: 9 } } })
    fireEvent.change(form.getByLabelText('Title'), { target: { value: 'Book the venue' } })
    fireEvent.change(form.getByLabelText('When launch day moves'), { target: { value: 'fixed' } })
    fireEvent.change(form.getByLabelText('Start'), { target: { value: '2027-02-01' } })
    fireEvent.change(form.getByLabelText('Duration'), { target: { value: '3' } })
    fireEvent.change(form.getByLabelText('Counted in'), { target: { value: 'calendar' } })
    fireEvent.click(form.getByRole('button', { name: 'Add task' }))
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(9))
    expect(JSON.parse(String(posted(fetchMock)[0]![1]?.body))).toMatchObject({
      schedule_mode: 'fixed',
      start_date: '2027-02-01',
      duration_days: 3,
      duration_count: 'calendar',
      assignee: null,
    })
  })

  it('sends nothing without a title or a readable start, and says why', () => {
    const { fetchMock, form } = setup(prLead)
    fireEvent.change(form.getByLabelText('Start'), { target: { value: 'soon' } })
    fireEvent.click(form.getByRole('button', { name: 'Add task' }))
    expect(form.getByText('A task needs a title.')).toBeInTheDocument()
    expect(form.getByText('Type a date like 2027-01-05 or an offset like T-14.')).toBeInTheDocument()
    expect(posted(fetchMock)).toHaveLength(0)
  })

  it("shows the server's refusal under its field", async () => {
    const { form } = setup(prLead, {
      'POST /api/v1/tasks/': { status: 400, body: { code: 'invalid', message: 'title: Too long.', extra: { fields: { title: ['Too long.'] } } } },
    })
    fireEvent.change(form.getByLabelText('Title'), { target: { value: 'X' } })
    fireEvent.change(form.getByLabelText('Start'), { target: { value: 'T' } })
    fireEvent.click(form.getByRole('button', { name: 'Add task' }))
    expect(await form.findByText('Too long.')).toBeInTheDocument()
    expect(form.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true')
  })
})
