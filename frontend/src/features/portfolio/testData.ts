/** A portfolio entry as the server answers it, for the portfolio's tests. */
import type { PortfolioLaunch } from './api/portfolio'

export function makePortfolioLaunch(overrides: Partial<PortfolioLaunch> = {}): PortfolioLaunch {
  return {
    id: 1,
    name: 'Aurora smart speaker',
    status: 'planning',
    t_zero: '2027-03-16T08:00:00Z',
    time_zone: 'Europe/Paris',
    days_to_t_zero: 12,
    readiness: { done: 31, total: 50, percent: 62, late: 3 },
    gates_due: [],
    gates_at_risk: [],
    open_conflicts: 0,
    forecast_slip_days: 0,
    milestones: [],
    gates: [],
    ...overrides,
  }
}
