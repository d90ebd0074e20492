import axe from 'axe-core'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderRoute } from '../../../test/render'
import type { ApiModel } from '../../../types/api'
import type { WorkloadList, WorkloadPerson } from '../api/workload'

const lead: ApiModel<'Me'> = {
  id: 2,
  username: 'marketing.lead',
  full_name: 'Mo Lead',
  email: 'lead@example.com',
  time_zone: 'Europe/Paris',
  is_office: false,
  roles: ['lead'],
  departments: [{ id: 3, name: 'Marketing', slug: 'marketing', role: 'lead' }],
}

const departments = {
  count: 1,
  next: null,
  previous: null,
  results: [{ id: 3, name: 'Marketing', slug: 'marketing', description: '', lead: null, members: [], created_at: '', updated_at: '' }],
}

const week = (day: string, tasks: number, hours: number, over: boolean, launches = tasks ? 1 : 0) => ({
  week: day,
  tasks,
  hours,
  launches,
  over,
})

const list: WorkloadList = {
  from: '2027-03-01',
  weeks: ['2027-03-01', '2027-03-08'],
  people: [
    {
      person: { id: 7, username: 'dana', full_name: 'Dana Scully' },
      departments: ['Marketing'],
      capacity_tasks_per_week: 3,
      capacity_hours_per_week: null,
      weeks: [week('2027-03-01', 2, 6, false), week('2027-03-08', 4, 0, true, 2)],
      over_allocated: true,
    },
    {
      person: { id: 8, username: 'fox', full_name: 'Fox Mulder' },
      departments: [],
      capacity_tasks_per_week: null,
      capacity_hours_per_week: null,
      weeks: [week('2027-03-01', 0, 0, false), week('2027-03-08', 1, 0, false)],
      over_allocated: false,
    },
  ],
}

const dana: WorkloadPerson = {
  person: { id: 7, username: 'dana', full_name: 'Dana Scully' },
  departments: ['Marketing'],
  capacity_tasks_per_week: 3,
  capacity_hours_per_week: null,
  from: '2027-03-01',
  to: '2027-03-02',
  days: [
    { date: '2027-03-01', tasks: 2, hours: 3, over: false },
    { date: '2027-03-02', tasks: 1, hours: 0, over: false },
  ],
  weeks: [week('2027-03-01', 2, 6, false)],
  over_allocated: false,
  tasks: [
    {
      id: 41,
      title: 'Campaign brief',
      launch: 5,
      launch_name: 'Aurora',
      department_name: 'Marketing',
      start: '2027-03-01',
      due: '2027-03-02',
      status: 'todo',
      role: 'collaborator',
      effort_hours: 6,
    },
  ],
}

function serve() {
  const seen: URL[] = []
  mockFetch({
    'GET /api/v1/auth/session/': { body: { user: lead } },
    'GET /api/v1/departments/': { body: departments },
    'GET /api/v1/workload/': (_init, url) => {
      seen.push(url)
      const over = url.searchParams.get('over') === 'true'
      return { body: over ? { ...list, people: list.people.filter((p) => p.over_allocated) } : list }
    },
    'GET /api/v1/workload/7/': { body: dana },
  })
  return seen
}

async function table() {
  return screen.findByRole('table', { name: /Open tasks per week/ })
}

describe('WorkloadView', () => {
  it('is linked from the navigation before the portfolio', async () => {
    serve()
    const { router } = renderRoute('/')
    const account = await screen.findByRole('navigation', { name: 'Account' })
    const links = within(account).getAllByRole('link').map((a) => a.textContent)
    expect(links.indexOf('Workload')).toBe(links.indexOf('Portfolio') - 1)
    fireEvent.click(within(account).getByRole('link', { name: 'Workload' }))
    await table()
    expect(router.state.location.pathname).toBe('/workload')
  })

  it('shows people by weeks, with over-allocated cells said in words', async () => {
    serve()
    renderRoute('/workload')
    const tableEl = await table()
    const headers = within(tableEl).getAllByRole('columnheader').map((h) => h.textContent)
    expect(headers).toEqual(['Person', 'Capacity', 'Week of 1 Mar', 'Week of 8 Mar'])
    const row = within(within(tableEl).getByRole('rowheader', { name: /Dana Scully/ }).closest('tr')!)
    expect(row.getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '3 tasks a week',
      '2 tasks, 6 h',
      '4 tasks in 2 launches Over capacity',
    ])
    const over = row.getAllByRole('cell')[2]
    expect(over).toHaveClass('workload-over')
    const fox = within(within(tableEl).getByRole('rowheader', { name: /Fox Mulder/ }).closest('tr')!)
    expect(fox.getAllByRole('cell').map((c) => c.textContent)).toEqual(['not set', '—', '1 task'])
  })

  it('filters by department and over-allocation, and moves by weeks, in the query it sends', async () => {
    const seen = serve()
    renderRoute('/workload')
    await table()
    fireEvent.change(await screen.findByRole('combobox', { name: 'Department' }), { target: { value: 'marketing' } })
    fireEvent.click(screen.getByRole('checkbox', { name: 'Over-allocated only' }))
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /Fox Mulder/ })).not.toBeInTheDocument())
    const last = seen[seen.length - 1]
    expect(last.searchParams.get('department')).toBe('marketing')
    expect(last.searchParams.get('over')).toBe('true')
    expect(last.searchParams.get('weeks')).toBe('8')

    fireEvent.click(screen.getByRole('button', { name: 'Next week' }))
    await waitFor(() => expect(seen[seen.length - 1].searchParams.get('from')).toBe('2027-03-08'))
    fireEvent.click(screen.getByRole('button', { name: 'Previous week' }))
    await waitFor(() => expect(seen[seen.length - 1].searchParams.get('from')).toBe('2027-02-22'))
  })

  it('opens a person’s days with their tasks linked to the launch timeline', async () => {
    serve()
    renderRoute('/workload')
    const tableEl = await table()
    fireEvent.click(within(tableEl).getByRole('button', { name: 'Dana Scully' }))
    const detail = await screen.findByRole('region', { name: 'Dana Scully' })
    const days = within(detail).getByRole('table', { name: 'Open tasks per day' })
    expect(within(days).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Monday 1 Mar', 'Tuesday 2 Mar'])
    const link = within(detail).getByRole('link', { name: 'Campaign brief' })
    expect(link).toHaveAttribute('href', '/launches/5?task=41')
    expect(detail).toHaveTextContent('Aurora, Marketing: Mon 1 Mar 2027 to Tue 2 Mar 2027, Collaborator, 6 hours')
  })

  it('has no axe violations', async () => {
    serve()
    const { container } = renderRoute('/workload?person=7')
    await table()
    await screen.findByRole('link', { name: 'Campaign brief' })
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([])
  })
})
