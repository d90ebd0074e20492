import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Burndown } from '../api/burndown'
import { BurndownChart } from './BurndownChart'

/** Fifteen days, T-0 on the 16th (day 12), today the 10th (day 6), a baseline one task behind the plan. */
function burndown(overrides: Partial<Burndown> = {}): Burndown {
  const days = Array.from({ length: 15 }, (_, i) => {
    const date = `2027-03-${String(4 + i).padStart(2, '0')}`
    const plan = Math.max(10 - i, 0)
    return { date, plan, baseline: Math.max(9 - i, 0), actual: i <= 6 ? plan + 2 : null }
  })
  return {
    launch: 1,
    today: '2027-03-10',
    t_zero_date: '2027-03-16',
    baseline: { id: 4, name: 'Kickoff', created_at: '2027-02-01T09:00:00Z' },
    tasks: 10,
    baseline_tasks: 9,
    days,
    ...overrides,
  }
}

describe('BurndownChart', () => {
  it('summarises today against the plan and the baseline, and T-0', () => {
    render(<BurndownChart burndown={burndown()} />)
    const figure = screen.getByRole('figure', { name: 'Open tasks over time' })
    expect(figure).toHaveAccessibleDescription(
      'Today 6 of 10 tasks are open; the plan expected 4, the baseline 3. By T-0 (Tue 16 Mar 2027) the plan leaves 0 open.',
    )
  })

  it('lists a day a week, today and T-0 in its text alternative, with every line', () => {
    render(<BurndownChart burndown={burndown()} />)
    const table = screen.getByRole('table', { name: 'Open tasks by week' })
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Day', 'Plan', 'Baseline', 'Actual'])
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [within(row).getByRole('rowheader').textContent, ...within(row).getAllByRole('cell').map((c) => c.textContent)])
    // Plan, baseline (one behind), actual (two more than planned, up to today only).
    expect(rows).toEqual([
      ['Thu 4 Mar 2027', '10', '9', '12'],
      ['Wed 10 Mar 2027 (today)', '4', '3', '6'],
      ['Thu 11 Mar 2027', '3', '2', '—'],
      ['Tue 16 Mar 2027 (T-0)', '0', '0', '—'],
      ['Thu 18 Mar 2027', '0', '0', '—'],
    ])
  })

  it('leaves the baseline out when none is saved, and says so', () => {
    const days = burndown().days.map((d) => ({ ...d, baseline: null }))
    render(<BurndownChart burndown={burndown({ baseline: null, baseline_tasks: null, days })} />)
    expect(screen.getByRole('figure', { name: 'Open tasks over time' })).toHaveAccessibleDescription(/No baseline is saved\.$/)
    expect(within(screen.getByRole('table')).queryByRole('columnheader', { name: 'Baseline' })).not.toBeInTheDocument()
  })

  it('draws the plan, the baseline and the actual line, with T-0 and today marked', async () => {
    render(<BurndownChart burndown={burndown()} />)
    const drawing = document.querySelector('.chart-drawing') as HTMLElement
    expect(drawing).toHaveAttribute('aria-hidden', 'true')
    expect(await within(drawing).findByText('Plan')).toBeInTheDocument()
    expect(within(drawing).getByText('Baseline (Kickoff)')).toBeInTheDocument()
    expect(within(drawing).getByText('Actual')).toBeInTheDocument()
    expect(within(drawing).getByText('T-0')).toBeInTheDocument()
    expect(within(drawing).getByText('Today')).toBeInTheDocument()
  })
})
