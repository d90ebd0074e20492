import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { dependency, makeTimeline } from '../../../test/timelineData'
import { LaunchTimeline } from './LaunchTimeline'

const prLead = { id: 6, is_office: false, departments: [{ id: 2, role: 'lead' as const }] }
const office = { id: 1, is_office: true, departments: [] }

const taskDetail = {
  id: 200, launch: 1, workstream: 20, department: 2, department_name: 'PR', title: 'Draft the press release',
  description: '', schedule_mode: 'anchored', offset_days: -13, start_date: null, duration_days: 7,
  planned_start: '2027-03-03', planned_due: '2027-03-09', status: 'todo', assignee: 7,
  assignee_detail: { id: 7, username: 'pr.member', full_name: 'Paul Okafor' }, needed_for_launch: false,
}

/** The fixture with a baseline, a forecast task, a closure and items on days off. */
function timelineWithForecast() {
  const timeline = makeTimeline()
  timeline.baseline = { id: 4, name: 'Plan of record', created_at: '2027-01-10T08:00:00Z' }
  timeline.tasks[1] = {
    ...timeline.tasks[1]!,
    forecast: true,
    baseline_start: '2027-02-26',
    baseline_due: '2027-03-05',
    variance_days: 4,
    due_time: '17:00:00',
    duration_days: 5,
  }
  timeline.dependencies[0] = { ...timeline.dependencies[0]!, lag_days: 2, lag_count: 'calendar' }
  timeline.calendar = {
    working_weekdays: [1, 2, 3, 4, 5],
    holiday_regions: ['DE-BY'],
    offset_count: 'calendar',
    closed_days: [{ date: '2027-03-12', reason: 'Company offsite' }],
  }
  timeline.forecast = { status_date: '2027-03-04', forecast_tasks: 1, t_zero_slip_days: 3 }
  timeline.warnings = [
    { kind: 'non_working_day', item: 'task', id: 201, name: 'Publish', date: '2027-03-06', reason: 'Saturday', message: '“Publish” falls on 2027-03-06, a day off (Saturday).' },
    { kind: 'non_working_day', item: 'gate', id: 9, name: 'Go/No-Go', date: '2027-03-12', reason: 'Company offsite', message: '“Go/No-Go” falls on 2027-03-12, a day off (Company offsite).' },
  ]
  return timeline
}

describe('LaunchTimeline', () => {
  it('draws lanes, bars with their state, markers and the conflicts', async () => {
    mockFetch({ 'GET /api/v1/launches/1/timeline/': { body: makeTimeline() } })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)

    expect(await screen.findByRole('heading', { name: /Engineering/ })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: /PR \(2 tasks\)/ })).toBeInTheDocument()
    const draft = screen.getByRole('button', { name: /^Draft the press release, PR, 3 Mar to 9 Mar, To do, on the critical path$/ })
    expect(draft).toHaveClass('is-critical')
    expect(screen.getByRole('button', { name: /^Publish,.*in conflict$/ })).toHaveClass('is-conflict')
    const flags = within(screen.getByRole('list', { name: 'Gates and milestones' }))
    expect(flags.getByTitle(/^Gate: Go\/No-Go \(pending\), 15 Mar$/)).toBeInTheDocument()
    expect(flags.getByText('T-0')).toBeInTheDocument()
    expect(flags.getByText('Today')).toBeInTheDocument()
    expect(screen.getByText('1 conflict in the plan')).toBeInTheDocument()
    expect(document.querySelectorAll('path.arrow')).toHaveLength(2)
    // Only the office moves launch day.
    expect(screen.queryByRole('button', { name: 'Move launch day' })).not.toBeInTheDocument()
  })

  it('saves a task with If-Match, and on a 412 says so and reloads', async () => {
    let patches = 0
    const fetchMock = mockFetch({
      'GET /api/v1/launches/1/timeline/': { body: makeTimeline() },
      'GET /api/v1/tasks/200/': { body: taskDetail, headers: { ETag: '"v1"' } },
      'GET /api/v1/users/': { body: { count: 1, next: null, previous: null, results: [{ ...taskDetail.assignee_detail, departments: [] }] } },
      'PATCH /api/v1/tasks/200/': () => {
        patches += 1
        return { status: 412, body: { code: 'precondition_failed', message: 'This task changed since you loaded it.', extra: {} } }
      },
    })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)

    fireEvent.click(await screen.findByRole('button', { name: /^Draft the press release,/ }))
    const dialog = await screen.findByRole('complementary', { name: 'Draft the press release' })
    fireEvent.change(await within(dialog).findByLabelText('Status'), { target: { value: 'in_progress' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }))

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '“Draft the press release” was changed by someone else since you opened it: your change was not saved. The panel now shows the current version.',
    )
    expect(patches).toBe(1)
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH')!
    expect(new Headers(patch[1]?.headers).get('If-Match')).toBe('"v1"')
    expect(patch[1]?.body).toBe('{"status":"in_progress"}')
    const timelineLoads = fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/timeline/')).length
    expect(timelineLoads).toBeGreaterThanOrEqual(2)
  })

  it('names the task when a dragged move is refused (issue 16)', async () => {
    mockFetch({
      'GET /api/v1/launches/1/timeline/': { body: makeTimeline() },
      'GET /api/v1/tasks/200/': { body: taskDetail, headers: { ETag: '"v1"' } },
      'PATCH /api/v1/tasks/200/': {
        status: 412,
        body: { code: 'precondition_failed', message: 'This task changed since you loaded it.', extra: {} },
      },
    })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)
    const bar = await screen.findByRole('button', { name: /^Draft the press release,/ })
    fireEvent.pointerDown(bar, { button: 0, clientX: 100, pointerId: 1 })
    fireEvent.pointerMove(bar, { clientX: 220, pointerId: 1 })
    fireEvent.pointerUp(bar, { clientX: 220, pointerId: 1 })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/^“Draft the press release” was not moved\. Someone else changed this/)
  })

  it('after a save, starts the form again from the reloaded task and its new ETag', async () => {
    let current = { detail: taskDetail, etag: '"v1"' }
    const sentWith: (string | null)[] = []
    mockFetch({
      'GET /api/v1/launches/1/timeline/': { body: makeTimeline() },
      'GET /api/v1/tasks/200/': () => ({ body: current.detail, headers: { ETag: current.etag } }),
      'GET /api/v1/users/': { body: { count: 1, next: null, previous: null, results: [{ ...taskDetail.assignee_detail, departments: [] }] } },
      'PATCH /api/v1/tasks/200/': (init) => {
        sentWith.push(new Headers(init?.headers).get('If-Match'))
        current = { detail: { ...current.detail, ...JSON.parse(String(init?.body)) }, etag: `"v${sentWith.length + 1}"` }
        return { body: current.detail, headers: { ETag: current.etag } }
      },
    })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)

    fireEvent.click(await screen.findByRole('button', { name: /^Draft the press release,/ }))
    const dialog = await screen.findByRole('complementary', { name: 'Draft the press release' })
    fireEvent.change(await within(dialog).findByLabelText('Status'), { target: { value: 'in_progress' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }))
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Saved.')
    expect(within(dialog).getByLabelText('Status')).toHaveValue('in_progress')

    fireEvent.change(within(dialog).getByLabelText('Status'), { target: { value: 'done' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(sentWith).toEqual(['"v1"', '"v2"']))
  })

  it("shows another department's task read only", async () => {
    mockFetch({ 'GET /api/v1/launches/1/timeline/': { body: makeTimeline() } })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)

    fireEvent.click(await screen.findByRole('button', { name: /^Freeze features,/ }))
    const dialog = await screen.findByRole('complementary', { name: 'Freeze features' })
    expect(within(dialog).getByRole('note')).toHaveTextContent(/^Read only/)
    expect(within(dialog).queryByLabelText('Status')).not.toBeInTheDocument()
    expect(within(dialog).queryByRole('form', { name: 'Add a dependency' })).not.toBeInTheDocument()
  })

  it('says how each link ties a task to its predecessor', async () => {
    mockFetch({
      'GET /api/v1/launches/1/timeline/': { body: makeTimeline() },
      'GET /api/v1/tasks/201/': { body: { ...taskDetail, id: 201, title: 'Publish' }, headers: { ETag: '"v1"' } },
    })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)
    fireEvent.click(await screen.findByRole('button', { name: /^Publish,/ }))
    const links = within(await screen.findByRole('region', { name: 'Dependencies' }))
    // The fixture links Publish start-to-start to the press release.
    expect(links.getByText('Starts with the start of “Draft the press release”')).toBeInTheDocument()
  })

  it('names the milestone or gate at the other end of a link', async () => {
    const timeline = makeTimeline()
    timeline.dependencies = [
      dependency({ id: 5, predecessor_gate: 9, successor: 201, lag_days: 1 }),
      dependency({ id: 6, predecessor: 201, successor_milestone: 3 }),
    ]
    mockFetch({
      'GET /api/v1/launches/1/timeline/': { body: timeline },
      'GET /api/v1/tasks/201/': { body: { ...taskDetail, id: 201, title: 'Publish' }, headers: { ETag: '"v1"' } },
    })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)
    fireEvent.click(await screen.findByRole('button', { name: /^Publish,/ }))
    const links = within(await screen.findByRole('region', { name: 'Dependencies' }))
    expect(links.getAllByRole('listitem').map((li) => li.firstChild?.textContent)).toEqual([
      'Starts after gate “Go/No-Go” + 1 working day',
      'Milestone “Embargo lifts” waits for it',
    ])
    expect(document.querySelectorAll('path.arrow')).toHaveLength(2)
  })

  it('names the cycle when a dependency is refused', async () => {
    mockFetch({
      'GET /api/v1/launches/1/timeline/': { body: makeTimeline() },
      'GET /api/v1/tasks/200/': { body: taskDetail, headers: { ETag: '"v1"' } },
      'POST /api/v1/dependencies/': {
        status: 400,
        body: { code: 'dependency_cycle', message: 'Cycle.', extra: { cycle: [201, 200, 201], cycle_titles: ['Publish', 'Draft the press release', 'Publish'] } },
      },
    })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)
    fireEvent.click(await screen.findByRole('button', { name: /^Draft the press release,/ }))
    const form = await screen.findByRole('form', { name: 'Add a dependency' })
    fireEvent.change(within(form).getByLabelText('Depends on'), { target: { value: '201' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Add dependency' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'That dependency would make a loop: Publish → Draft the press release → Publish.',
    )
  })

  it('previews a launch day move before confirming it', async () => {
    let moved: unknown = null
    mockFetch({
      'GET /api/v1/launches/1/timeline/': { body: makeTimeline() },
      'POST /api/v1/launches/1/move-t-zero/': (init) => {
        const body = JSON.parse(String(init?.body)) as { preview: boolean }
        if (!body.preview) moved = body
        return {
          body: {
            launch_id: 1, preview: body.preview, t_zero_before: '2027-03-16T08:00:00Z', t_zero_after: '2027-03-23T08:00:00Z',
            shift_days: 7, moved: [{ kind: 'task', id: 200, name: 'Draft the press release', before: '2027-03-03', after: '2027-03-10' }],
            moved_count: 1, moved_task_count: 1, unchanged: [], unchanged_count: 0, resolved_conflicts: [],
            new_conflicts: [{ kind: 'after_launch', task: 5, predecessor: null, gate: null, days: 2, message: '“Ship” is needed for launch but ends 2 days too late.' }],
          },
        }
      },
    })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={office} />)
    fireEvent.click(await screen.findByRole('button', { name: 'Move launch day' }))
    const dialog = screen.getByRole('dialog', { name: 'Move launch day' })
    const confirm = within(dialog).getByRole('button', { name: 'Move launch day' })
    expect(confirm).toBeDisabled()
    fireEvent.change(within(dialog).getByLabelText('New T-0 (your time zone)'), { target: { value: '2027-03-23T08:00' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Preview' }))
    expect(await within(dialog).findByText(/Launch day moves by/)).toHaveTextContent('7 days')
    expect(within(dialog).getByText('“Ship” is needed for launch but ends 2 days too late.')).toBeInTheDocument()
    expect(moved).toBeNull()
    fireEvent.click(confirm)
    await screen.findByRole('button', { name: 'Move launch day' })
    expect(moved).toEqual({ t_zero: '2027-03-23T08:00:00.000Z', preview: false })
  })

  it('marks forecast bars, draws baselines and days off, and says what the forecast does to launch day', async () => {
    mockFetch({ 'GET /api/v1/launches/1/timeline/': { body: timelineWithForecast() } })
    const gates: number[] = []
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} onGateSelect={(id) => gates.push(id)} />)

    const draft = await screen.findByRole('button', {
      name: /^Draft the press release, PR, 3 Mar to 9 Mar, To do, on the critical path, forecast from today, 4 days later than baseline$/,
    })
    expect(draft).toHaveClass('is-forecast')
    expect(screen.getByRole('button', { name: /^Publish,/ })).not.toHaveClass('is-forecast')
    // The ghost bar of its baseline, and none for a task without one.
    expect(document.querySelector('[data-baseline-of="200"]')).toHaveAttribute('title', 'Baseline of “Draft the press release”: 26 Feb to 5 Mar')
    expect(document.querySelector('[data-baseline-of="100"]')).toBeNull()

    expect(screen.getByText('Forecast: work needed for launch finishes 3 days after T-0.')).toBeInTheDocument()
    // Days off: weekends and the closure shaded behind the lanes; the axis's shade says what it is.
    expect(document.querySelectorAll('rect.day-off-weekly').length).toBeGreaterThanOrEqual(5)
    expect(document.querySelectorAll('rect.day-off-closed')).toHaveLength(1)
    expect(document.querySelector('.timeline-day-off.day-off-closed')).toHaveAttribute('title', 'Fri 12 Mar 2027: day off (Company offsite)')
    const daysOff = screen.getByText('Days off (shaded): Saturday and Sunday each week · 1 holiday or closure')
    expect(within(daysOff.closest('details')!).getByText('Fri 12 Mar 2027: Company offsite')).toBeInTheDocument()
    expect(within(daysOff.closest('details')!).getByText('Public holidays of DE-BY are not worked.')).toBeInTheDocument()

    // The link type on its arrow; the legend says what the labels mean.
    expect(document.querySelector('[data-link-type="start_to_start"] text')).toHaveTextContent('SS')
    expect(document.querySelector('[data-link-type="finish_to_start"] text')).toHaveTextContent('+2')
    expect(within(screen.getByRole('list', { name: 'Legend' })).getByText(/unless labelled SS \(start to start\)/)).toBeInTheDocument()

    // Items on days off: the task's opens its panel, the gate's its gate.
    const warnings = screen.getByText('2 items planned on a day off').closest('details')!
    fireEvent.click(within(warnings).getByRole('button', { name: '“Go/No-Go” falls on 2027-03-12, a day off (Company offsite).' }))
    expect(gates).toEqual([9])
    fireEvent.click(within(warnings).getByRole('button', { name: '“Publish” falls on 2027-03-06, a day off (Saturday).' }))
    expect(await screen.findByRole('complementary', { name: 'Publish' })).toBeInTheDocument()
  })

  it('shows a task its forecast, baseline variance, due time and how its links count days', async () => {
    mockFetch({
      'GET /api/v1/launches/1/timeline/': { body: timelineWithForecast() },
      'GET /api/v1/tasks/200/': { body: taskDetail, headers: { ETag: '"v1"' } },
      'GET /api/v1/users/': { body: { count: 1, next: null, previous: null, results: [{ ...taskDetail.assignee_detail, departments: [] }] } },
    })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)
    fireEvent.click(await screen.findByRole('button', { name: /^Draft the press release,/ }))
    const dialog = within(await screen.findByRole('complementary', { name: 'Draft the press release' }))
    const fact = (term: string) => dialog.getByText(term, { selector: 'dt' }).nextElementSibling!
    expect(fact('Dates')).toHaveTextContent(/^Wed 3 Mar 2027 \(T-13\) to Tue 9 Mar 2027 \(T-7\), due by 17:00 \(Europe\/Berlin\)$/)
    expect(fact('Forecast')).toHaveTextContent(/^Forecast from today/)
    expect(fact('Baseline')).toHaveTextContent('Fri 26 Feb 2027 to Fri 5 Mar 2027 · 4 days later than baseline')
    expect(fact('Duration')).toHaveTextContent('5 working days')
    expect(dialog.getByText('Starts after “Freeze features” + 2 calendar days')).toBeInTheDocument()
  })

  it('says nothing about forecasts, baselines or days off when there are none', async () => {
    const timeline = makeTimeline()
    timeline.calendar = { ...timeline.calendar, working_weekdays: [1, 2, 3, 4, 5, 6, 7] }
    mockFetch({ 'GET /api/v1/launches/1/timeline/': { body: timeline } })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)
    expect(await screen.findByRole('heading', { name: /Engineering/ })).toBeInTheDocument()
    expect(document.querySelector('.forecast-notice')).toBeNull()
    expect(screen.queryByText(/planned on a day off/)).not.toBeInTheDocument()
    expect(screen.queryByText(/^Days off/)).not.toBeInTheDocument()
    expect(document.querySelector('.task-baseline, rect.day-off, .is-forecast:not(.swatch)')).toBeNull()
  })
})
