import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { Viewer } from '../../../lib/permissions'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { makeTimeline } from '../../../test/timelineData'
import { TaskPanel } from './TaskPanel'

const prLead = { id: 6, is_office: false, departments: [{ id: 2, role: 'lead' as const }] }
const prMember = { id: 7, is_office: false, departments: [{ id: 2, role: 'member' as const }] }
const engLead = { id: 5, is_office: false, departments: [{ id: 1, role: 'lead' as const }] }

// Task 200 of the fixture: anchored at T-13 (Wed 3 Mar 2027), due T-7 (Tue 9 Mar); T-0 is Tue 16 Mar.
const detail = {
  id: 200, launch: 1, workstream: 20, department: 2, department_name: 'PR', title: 'Draft the press release',
  description: '', schedule_mode: 'anchored', offset_days: -13, start_date: null, duration_days: 7,
  duration_count: 'calendar', due_time: null, planned_start: '2027-03-03', planned_due: '2027-03-09',
  status: 'todo', actual_start: null, actual_finish: null, assignee: 7,
  assignee_detail: { id: 7, username: 'pr.member', full_name: 'Paul Okafor' }, needed_for_launch: false,
  created_at: '2027-01-01T00:00:00Z', updated_at: '2027-01-01T00:00:00Z',
}
const pr = [{ department: 2, department_name: 'PR', role: 'member' }]
const users = {
  body: {
    count: 2,
    next: null,
    previous: null,
    results: [
      { ...detail.assignee_detail, departments: pr },
      { id: 6, username: 'pr.lead', full_name: 'Priya Raman', departments: pr },
    ],
  },
}
const changed = { status: 412, body: { code: 'precondition_failed', message: 'This task changed since you loaded it.', extra: {} } }

function setup(viewer: Viewer = prLead, routes: Parameters<typeof mockFetch>[0] = {}) {
  const fetchMock = mockFetch({
    'GET /api/v1/tasks/200/': { body: detail, headers: { ETag: '"v1"' } },
    'GET /api/v1/users/': users,
    ...routes,
  })
  const onClose = vi.fn()
  const timeline = makeTimeline()
  // The timeline shows the task as its detail answers it.
  timeline.tasks[1] = { ...timeline.tasks[1]!, duration_days: 7, duration_count: 'calendar' }
  renderWithProviders(<TaskPanel timeline={timeline} task={timeline.tasks[1]!} viewer={viewer} onClose={onClose} />)
  const panel = screen.getByRole('complementary', { name: 'Draft the press release' })
  return { fetchMock, onClose, panel: within(panel) }
}

const sent = (fetchMock: ReturnType<typeof mockFetch>, method: string) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === method)

describe('TaskPanel', () => {
  it('is a side panel, not a modal: named by the task, focused, closed by Escape', async () => {
    const { onClose, panel } = setup()
    const aside = screen.getByRole('complementary', { name: 'Draft the press release' })
    expect(aside.tagName).toBe('ASIDE')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(panel.getByRole('heading', { name: 'Draft the press release' })).toHaveFocus()
    expect(panel.getByText(/^PR · To do/)).toBeInTheDocument()
    fireEvent.keyDown(await panel.findByLabelText('Title'), { key: 'Escape' })
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('renames the task and moves its start by a T-offset, keeping its due day, with If-Match', async () => {
    const { fetchMock, panel } = setup(prLead, { 'PATCH /api/v1/tasks/200/': { body: detail, headers: { ETag: '"v2"' } } })
    expect(await panel.findByLabelText('Start')).toHaveValue('T-13')
    expect(panel.getByLabelText('Due')).toHaveValue('T-7')
    fireEvent.change(panel.getByLabelText('Title'), { target: { value: 'Draft the release' } })
    fireEvent.change(panel.getByLabelText('Start'), { target: { value: 't-10' } })
    expect(panel.getByText('Sat 6 Mar 2027 · T-10 · a day off (Saturday)')).toBeInTheDocument()
    fireEvent.click(panel.getByRole('button', { name: 'Save changes' }))

    await waitFor(() => expect(sent(fetchMock, 'PATCH')).toHaveLength(1))
    const [url, init] = sent(fetchMock, 'PATCH')[0]!
    expect(String(url)).toBe('/api/v1/tasks/200/')
    expect(new Headers(init?.headers).get('If-Match')).toBe('"v1"')
    expect(JSON.parse(String(init?.body))).toEqual({ title: 'Draft the release', offset_days: -10, due_date: '2027-03-09' })
    expect(await panel.findByRole('status')).toHaveTextContent('Saved.')
  })

  it('sets the due day from a calendar date, or the duration, and the due time and launch need', async () => {
    const { fetchMock, panel } = setup(prLead, { 'PATCH /api/v1/tasks/200/': { body: detail, headers: { ETag: '"v2"' } } })
    fireEvent.change(await panel.findByLabelText('Due'), { target: { value: '12 Mar 2027' } })
    expect(panel.getByText('Fri 12 Mar 2027 · T-4')).toBeInTheDocument()
    fireEvent.change(panel.getByLabelText('Due by (time)'), { target: { value: '17:00' } })
    fireEvent.click(panel.getByLabelText(/Needed for launch/))
    fireEvent.click(panel.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(sent(fetchMock, 'PATCH')).toHaveLength(1))
    expect(JSON.parse(String(sent(fetchMock, 'PATCH')[0]![1]?.body))).toEqual({
      due_date: '2027-03-12',
      due_time: '17:00',
      needed_for_launch: true,
    })
  })

  it('sizes the task by its duration when that was edited last', async () => {
    const { fetchMock, panel } = setup(prLead, { 'PATCH /api/v1/tasks/200/': { body: detail, headers: { ETag: '"v2"' } } })
    fireEvent.change(await panel.findByLabelText('Duration'), { target: { value: '3' } })
    fireEvent.change(panel.getByLabelText('Counted in'), { target: { value: 'working' } })
    fireEvent.click(panel.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(sent(fetchMock, 'PATCH')).toHaveLength(1))
    expect(JSON.parse(String(sent(fetchMock, 'PATCH')[0]![1]?.body))).toEqual({ duration_days: 3, duration_count: 'working' })
  })

  it('fixes the task on its calendar date when its dates stop moving with launch day', async () => {
    const { fetchMock, panel } = setup(prLead, { 'PATCH /api/v1/tasks/200/': { body: detail, headers: { ETag: '"v2"' } } })
    fireEvent.change(await panel.findByLabelText('When launch day moves'), { target: { value: 'fixed' } })
    fireEvent.click(panel.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(sent(fetchMock, 'PATCH')).toHaveLength(1))
    expect(JSON.parse(String(sent(fetchMock, 'PATCH')[0]![1]?.body))).toEqual({
      schedule_mode: 'fixed',
      start_date: '2027-03-03',
      due_date: '2027-03-09',
    })
  })

  it('says what it cannot read, and sends nothing', async () => {
    const { fetchMock, panel } = setup()
    const start = await panel.findByLabelText('Start')
    fireEvent.change(start, { target: { value: 'next week' } })
    fireEvent.blur(start)
    expect(panel.getByRole('alert')).toHaveTextContent('Type a date like 2027-01-05 or an offset like T-14.')
    expect(start).toHaveAttribute('aria-invalid', 'true')
    fireEvent.change(panel.getByLabelText('Start'), { target: { value: 'T-5' } })
    fireEvent.change(panel.getByLabelText('Due'), { target: { value: 'T-9' } })
    fireEvent.click(panel.getByRole('button', { name: 'Save changes' }))
    expect(panel.getByText('The due day is before the start.')).toBeInTheDocument()
    expect(sent(fetchMock, 'PATCH')).toHaveLength(0)
  })

  it('on a 412 names the task, says nothing was saved and shows the current version', async () => {
    let version = 1
    const { fetchMock, panel } = setup(prLead, {
      'GET /api/v1/tasks/200/': () => ({
        body: version === 1 ? detail : { ...detail, title: 'Draft the press release', status: 'blocked' },
        headers: { ETag: `"v${version}"` },
      }),
      'PATCH /api/v1/tasks/200/': () => {
        version = 2
        return changed
      },
    })
    fireEvent.change(await panel.findByLabelText('Status'), { target: { value: 'done' } })
    fireEvent.click(panel.getByRole('button', { name: 'Save changes' }))
    expect(await panel.findByRole('alert')).toHaveTextContent(
      '“Draft the press release” was changed by someone else since you opened it: your change was not saved. The panel now shows the current version.',
    )
    await waitFor(() => expect(panel.getByLabelText('Status')).toHaveValue('blocked'))
    expect(sent(fetchMock, 'PATCH')).toHaveLength(1)
  })

  it('deletes the task only after the confirmation, with the If-Match of the version shown', async () => {
    const { fetchMock, onClose, panel } = setup(prLead, { 'DELETE /api/v1/tasks/200/': { status: 204 } })
    fireEvent.click(await panel.findByRole('button', { name: 'Delete task “Draft the press release”' }))
    const question = await screen.findByRole('alertdialog', { name: 'Delete “Draft the press release”?' })
    expect(question).toHaveAccessibleDescription('Its links go too.')
    expect(sent(fetchMock, 'DELETE')).toHaveLength(0)
    fireEvent.click(within(question).getByRole('button', { name: 'Yes, delete it' }))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    const [url, init] = sent(fetchMock, 'DELETE')[0]!
    expect(String(url)).toBe('/api/v1/tasks/200/')
    expect(new Headers(init?.headers).get('If-Match')).toBe('"v1"')
  })

  it('keeps the task, and names it, when it changed since the timeline showed it', async () => {
    const { fetchMock, onClose, panel } = setup(prLead, {
      'GET /api/v1/tasks/200/': { body: { ...detail, status: 'done' }, headers: { ETag: '"v9"' } },
      'DELETE /api/v1/tasks/200/': { status: 204 },
    })
    fireEvent.click(await panel.findByRole('button', { name: 'Delete task “Draft the press release”' }))
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Yes, delete it' }))
    expect(await panel.findByRole('alert')).toHaveTextContent(/^“Draft the press release” was changed by someone else/)
    expect(sent(fetchMock, 'DELETE')).toHaveLength(0)
    expect(onClose).not.toHaveBeenCalled()
  })

  it('lets the assignee change the status only: no title, dates, links or delete', async () => {
    const { panel } = setup(prMember)
    expect(await panel.findByLabelText('Status')).toBeInTheDocument()
    expect(panel.queryByLabelText('Title')).not.toBeInTheDocument()
    expect(panel.queryByLabelText('Start')).not.toBeInTheDocument()
    expect(panel.queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument()
    expect(panel.queryByRole('button', { name: /^Edit the link/ })).not.toBeInTheDocument()
    expect(panel.queryByRole('form', { name: 'Add a dependency' })).not.toBeInTheDocument()
  })

  it("shows another department's lead the task read only, with no link edits", () => {
    const { fetchMock, panel } = setup(engLead)
    expect(panel.getByRole('note')).toHaveTextContent(/^Read only/)
    expect(panel.queryByRole('button', { name: /^(Edit|Delete)/ })).not.toBeInTheDocument()
    expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith('/api/v1/users/'))).toBe(false)
  })

  it('changes a link inline: its type and lag, with If-Match', async () => {
    const link = { id: 1, launch: 1, predecessor: 100, predecessor_milestone: null, predecessor_gate: null, successor: 200, successor_milestone: null, type: 'finish_to_start', lag_days: 0, lag_count: 'working' }
    const { fetchMock, panel } = setup(prLead, {
      'GET /api/v1/dependencies/1/': { body: link, headers: { ETag: '"d1"' } },
      'PATCH /api/v1/dependencies/1/': { body: { ...link, type: 'start_to_start', lag_days: 2 }, headers: { ETag: '"d2"' } },
    })
    const links = within(panel.getByRole('region', { name: 'Dependencies' }))
    fireEvent.click(links.getByRole('button', { name: 'Edit the link “Freeze features” → “Draft the press release”' }))
    const form = await links.findByRole('form', { name: 'Edit link' })
    fireEvent.change(within(form).getByLabelText('How'), { target: { value: 'start_to_start' } })
    fireEvent.change(within(form).getByLabelText(/^Lag \(days/), { target: { value: '2' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save link' }))
    await waitFor(() => expect(sent(fetchMock, 'PATCH')).toHaveLength(1))
    const [url, init] = sent(fetchMock, 'PATCH')[0]!
    expect(String(url)).toBe('/api/v1/dependencies/1/')
    expect(new Headers(init?.headers).get('If-Match')).toBe('"d1"')
    expect(JSON.parse(String(init?.body))).toEqual({ type: 'start_to_start', lag_days: 2 })
  })

  it('removes a link after a confirmation, reading its ETag first', async () => {
    const link = { id: 1, launch: 1, predecessor: 100, predecessor_milestone: null, predecessor_gate: null, successor: 200, successor_milestone: null, type: 'finish_to_start', lag_days: 0, lag_count: 'working' }
    const { fetchMock, panel } = setup(prLead, {
      'GET /api/v1/dependencies/1/': { body: link, headers: { ETag: '"d1"' } },
      'DELETE /api/v1/dependencies/1/': { status: 204 },
    })
    const links = within(panel.getByRole('region', { name: 'Dependencies' }))
    fireEvent.click(links.getByRole('button', { name: 'Delete the link “Freeze features” → “Draft the press release”' }))
    expect(sent(fetchMock, 'DELETE')).toHaveLength(0)
    const question = await screen.findByRole('alertdialog', { name: 'Remove the link “Freeze features” → “Draft the press release”?' })
    fireEvent.click(within(question).getByRole('button', { name: 'Yes, remove it' }))
    await waitFor(() => expect(sent(fetchMock, 'DELETE')).toHaveLength(1))
    const [url, init] = sent(fetchMock, 'DELETE')[0]!
    expect(String(url)).toBe('/api/v1/dependencies/1/')
    expect(new Headers(init?.headers).get('If-Match')).toBe('"d1"')
  })

  it('adds a dependency on a gate, of another type, with a lag in calendar days', async () => {
    const { fetchMock, panel } = setup(prLead, { 'POST /api/v1/dependencies/': { status: 201, body: { id: 7 } } })
    const form = within(panel.getByRole('form', { name: 'Add a dependency' }))
    fireEvent.change(form.getByLabelText('Depends on'), { target: { value: 'gate:9' } })
    fireEvent.change(form.getByLabelText('How'), { target: { value: 'finish_to_finish' } })
    fireEvent.change(form.getByLabelText(/^Lag \(days/), { target: { value: '-2' } })
    fireEvent.change(form.getByLabelText('Lag counts'), { target: { value: 'calendar' } })
    fireEvent.click(form.getByRole('button', { name: 'Add dependency' }))
    await waitFor(() => expect(sent(fetchMock, 'POST')).toHaveLength(1))
    expect(JSON.parse(String(sent(fetchMock, 'POST')[0]![1]?.body))).toEqual({
      predecessor_gate: 9,
      successor: 200,
      type: 'finish_to_finish',
      lag_days: -2,
      lag_count: 'calendar',
    })
    // Its existing predecessor is not offered again.
    expect(within(form.getByLabelText('Depends on')).queryByRole('option', { name: 'Freeze features' })).toBeNull()
  })

  it('names the collaborators and the effort, and lets a collaborating member change the status only', async () => {
    const collaborator = { id: 8, is_office: false, departments: [{ id: 1, role: 'member' as const }] }
    mockFetch({
      'GET /api/v1/tasks/200/': {
        body: { ...detail, collaborators: [8], collaborators_detail: [{ id: 8, username: 'eng.writer', full_name: 'Dana Scully' }], effort_hours: 6 },
        headers: { ETag: '"v1"' },
      },
    })
    const timeline = makeTimeline()
    timeline.people.push({ id: 8, username: 'eng.writer', full_name: 'Dana Scully' })
    timeline.tasks[1] = { ...timeline.tasks[1]!, collaborators: [8], effort_hours: 6 }
    renderWithProviders(<TaskPanel timeline={timeline} task={timeline.tasks[1]!} viewer={collaborator} onClose={vi.fn()} />)
    const panel = within(screen.getByRole('complementary', { name: 'Draft the press release' }))
    expect(panel.getByText('Collaborators').nextElementSibling).toHaveTextContent('Dana Scully')
    expect(panel.getByText('Effort').nextElementSibling).toHaveTextContent('6 hours')
    expect(await panel.findByLabelText('Status')).toBeInTheDocument()
    expect(panel.queryByLabelText('Title')).not.toBeInTheDocument()
    expect(panel.queryByRole('note')).not.toBeInTheDocument()
  })

  it('offers the lead everyone of a department as collaborators (not viewers) and saves the list', async () => {
    const engineering = [{ department: 5, department_name: 'Engineering', role: 'member' }]
    const { fetchMock, panel } = setup(prLead, {
      'GET /api/v1/users/': {
        body: {
          count: 4,
          next: null,
          previous: null,
          results: [
            ...users.body.results,
            { id: 9, username: 'eng.writer', full_name: 'Fox Mulder', departments: engineering },
            { id: 10, username: 'viewer', full_name: 'Vera Holm', departments: [] },
          ],
        },
      },
      'PATCH /api/v1/tasks/200/': { body: detail, headers: { ETag: '"v2"' } },
      'GET /api/v1/workload/preview/': { status: 403, body: { code: 'permission_denied', message: 'No.', extra: {} } },
    })
    const list = await panel.findByRole('listbox', { name: 'Collaborators' })
    fireEvent.click(await within(list).findByRole('option', { name: 'Fox Mulder' }))
    expect(within(list).queryByRole('option', { name: 'Vera Holm' })).not.toBeInTheDocument()
    fireEvent.click(panel.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(sent(fetchMock, 'PATCH')).toHaveLength(1))
    expect(JSON.parse(String(sent(fetchMock, 'PATCH')[0]![1]?.body))).toEqual({ collaborators: [9] })
    expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith('/api/v1/users/?page_size=500'))).toBe(true)
  })
})
