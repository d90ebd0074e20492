import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { ReadinessView } from './ReadinessView'

const burndown = {
  launch: 1, today: '2027-03-10', t_zero_date: '2027-03-16', baseline: null, tasks: 3, baseline_tasks: null,
  days: [
    { date: '2027-03-09', plan: 2, baseline: null, actual: 3 },
    { date: '2027-03-10', plan: 1, baseline: null, actual: 2 },
    { date: '2027-03-16', plan: 0, baseline: null, actual: null },
  ],
}

describe('ReadinessView', () => {
  it('shows per department counts, the gates at risk and the critical path', async () => {
    mockFetch({
      'GET /api/v1/launches/1/readiness/': {
        body: {
          launch: 1, today: '2027-03-10',
          departments: [{
            department: { id: 2, name: 'PR', slug: 'pr' }, workstream: 20, total: 8, done: 3, in_progress: 2, todo: 2, blocked: 1, cancelled: 0, late: 1,
            progress: { done: 3, in_progress: 2, not_started: 1, blocked: 1, late: 1 },
          }],
          gates: [{ id: 9, name: 'Go/No-Go', status: 'pending', date: '2027-03-15', days_left: 5, criteria_total: 3, criteria_done: 1, at_risk: true }],
          critical_path: [1, 2], critical_path_titles: ['Freeze', 'Ship'],
        },
      },
      'GET /api/v1/launches/1/burndown/': { body: burndown },
    })
    renderWithProviders(<ReadinessView launchId={1} />)
    const table = await screen.findByRole('table', { name: 'Tasks per department' })
    const row = within(table).getByRole('row', { name: /PR/ })
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3', '2', '1', '1', '8'])
    // The charts come in their own chunk (its first import can take a while on a busy machine).
    const progress = await screen.findByRole('figure', { name: 'Progress by department' }, { timeout: 10_000 })
    expect(within(progress).getByRole('rowheader', { name: 'PR' })).toBeInTheDocument()
    expect(await screen.findByRole('figure', { name: 'Open tasks over time' }, { timeout: 10_000 })).toHaveAccessibleDescription(
      'Today 2 of 3 tasks are open; the plan expected 1. By T-0 (Tue 16 Mar 2027) the plan leaves 0 open. No baseline is saved.',
    )
    expect(screen.getByText(/Go\/No-Go — Mon 15 Mar 2027 \(in 5 days\), 1\/3 criteria done, pending/)).toBeInTheDocument()
    expect(screen.getByText('Freeze')).toBeInTheDocument()
    expect(screen.getByText('Ship')).toBeInTheDocument()
  }, 20_000)

  it('says how long ago a past gate was, one day in the singular', async () => {
    mockFetch({
      'GET /api/v1/launches/1/readiness/': {
        body: {
          launch: 1, today: '2027-03-10', departments: [], critical_path: [], critical_path_titles: [],
          gates: [
            { id: 9, name: 'Go/No-Go', status: 'rejected', date: '2027-03-09', days_left: -1, criteria_total: 3, criteria_done: 1, at_risk: true },
            { id: 10, name: 'Ship it', status: 'pending', date: '2027-03-11', days_left: 1, criteria_total: 2, criteria_done: 2, at_risk: false },
          ],
        },
      },
    })
    renderWithProviders(<ReadinessView launchId={1} />)
    // At risk, and in the list of all gates.
    expect(await screen.findAllByText('Go/No-Go — Tue 9 Mar 2027 (1 day ago), 1/3 criteria done, rejected')).toHaveLength(2)
    expect(screen.getByText('Ship it — Thu 11 Mar 2027 (in 1 day), 2/2 criteria done, pending')).toBeInTheDocument()
  })

  it('shows the knowledge base, recruiting, communications and developer feedback blocks', async () => {
    mockFetch({
      'GET /api/v1/launches/1/readiness/': {
        body: {
          launch: 1, today: '2027-03-10', departments: [], gates: [], critical_path: [], critical_path_titles: [],
          knowledge_base: { to_write: 2, in_review: 1, published: 3, total: 6 },
          recruiting: { roles: 2, positions: 5, filled: 3 },
          communications: { draft: 1, submitted: 2, approved: 0, rejected: 0, published: 4, withdrawn: 0, total: 7 },
          feedback: { new: 5, accepted: 3, rejected: 1, duplicate: 2, done: 4, total: 15 },
        },
      },
    })
    renderWithProviders(<ReadinessView launchId={1} />)
    expect(await screen.findByText('3 of 6 articles published · 1 in review · 2 to write')).toBeInTheDocument()
    expect(screen.getByText('3 of 5 positions filled over 2 roles')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Communications (7)' })).toBeInTheDocument()
    expect(screen.getByText('Submitted: 2')).toBeInTheDocument()
    const feedback = screen.getByRole('region', { name: 'Developer feedback (15)' })
    expect(within(feedback).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'New: 5',
      'Accepted: 3',
      'Rejected: 1',
      'Duplicate: 2',
      'Done: 4',
    ])
  })

  it('leaves the feedback block out when the server does not send the counts', async () => {
    mockFetch({
      'GET /api/v1/launches/1/readiness/': {
        body: { launch: 1, today: '2027-03-10', departments: [], gates: [], critical_path: [], critical_path_titles: [] },
      },
    })
    renderWithProviders(<ReadinessView launchId={1} />)
    expect(await screen.findByRole('heading', { name: /Readiness on/ })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: /Developer feedback/ })).not.toBeInTheDocument()
  })

  it("says how many days late each gate's criteria are forecast, and T-0's slip", async () => {
    mockFetch({
      'GET /api/v1/launches/1/readiness/': {
        body: {
          launch: 1, today: '2027-03-10', departments: [], critical_path: [], critical_path_titles: [],
          gates: [
            { id: 9, name: 'Go/No-Go', status: 'pending', date: '2027-03-15', days_left: 5, criteria_total: 3, criteria_done: 1, late_days: 2, at_risk: true },
            { id: 10, name: 'Ship it', status: 'pending', date: '2027-03-20', days_left: 10, criteria_total: 1, criteria_done: 0, late_days: 0, at_risk: false },
          ],
          forecast: { status_date: '2027-03-10', forecast_tasks: 4, t_zero_slip_days: 1 },
        },
      },
    })
    renderWithProviders(<ReadinessView launchId={1} />)
    expect(await screen.findAllByText('Go/No-Go — Mon 15 Mar 2027 (in 5 days), 1/3 criteria done, pending, forecast 2 days late')).toHaveLength(2)
    expect(screen.getByText('Ship it — Sat 20 Mar 2027 (in 10 days), 0/1 criteria done, pending')).toBeInTheDocument()
    expect(screen.getByText('Forecast: work needed for launch finishes 1 day after T-0.').parentElement).toHaveTextContent(
      'Forecast: work needed for launch finishes 1 day after T-0. 4 tasks are forecast from today.',
    )
  })

  it('says the work for launch is forecast to finish by T-0 when it is', async () => {
    mockFetch({
      'GET /api/v1/launches/1/readiness/': {
        body: {
          launch: 1, today: '2027-03-10', departments: [], gates: [], critical_path: [], critical_path_titles: [],
          forecast: { status_date: '2027-03-10', forecast_tasks: 0, t_zero_slip_days: 0 },
        },
      },
    })
    renderWithProviders(<ReadinessView launchId={1} />)
    expect(await screen.findByText('Forecast: the work needed for launch finishes by T-0.')).toBeInTheDocument()
  })
})
