import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { DepartmentReadiness } from '../api/readiness'
import { DepartmentProgressChart } from './DepartmentProgressChart'

function department(id: number, name: string, progress: DepartmentReadiness['progress']): DepartmentReadiness {
  const open = progress.in_progress + progress.not_started + progress.blocked + progress.late
  return {
    department: { id, name, slug: name.toLowerCase() },
    workstream: id,
    total: open + progress.done + 1,
    todo: progress.not_started,
    in_progress: progress.in_progress,
    blocked: progress.blocked,
    done: progress.done,
    cancelled: 1,
    late: progress.late,
    slipped: 0,
    progress,
  }
}

const FIVE = ['HR', 'PR', 'Customer Care (knowledge base)', 'Marketing', 'Engineering'].map((name, i) =>
  department(i + 1, name, { done: i, in_progress: 1, not_started: 2, blocked: i % 2, late: 5 - i }),
)

describe('DepartmentProgressChart', () => {
  it('lists every department with its segments in the text alternative', () => {
    render(<DepartmentProgressChart departments={FIVE} />)
    const figure = screen.getByRole('figure', { name: 'Progress by department' })
    const table = within(figure).getByRole('table', { name: 'Progress by department (tasks not cancelled)' })
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Department', 'Done', 'In progress', 'Not started', 'Blocked', 'Late',
    ])
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(FIVE.map((d) => d.department.name))
    expect(within(rows[2]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '1', '2', '0', '3'])
  })

  it('draws a bar row for every department, however narrow (the chart grows down, not across)', async () => {
    render(<DepartmentProgressChart departments={FIVE} />)
    const drawing = document.querySelector('.chart-drawing') as HTMLElement
    expect(drawing).toHaveAttribute('aria-hidden', 'true')
    // One category label per department, long names shortened (the table has them whole).
    const labels = await within(drawing).findAllByText(/^(HR|PR|Customer Care…|Marketing|Engineering)$/)
    expect(labels.map((l) => l.textContent)).toEqual(['HR', 'PR', 'Customer Care…', 'Marketing', 'Engineering'])
    // Its height follows the number of departments.
    const wrapper = drawing.firstElementChild as HTMLElement
    expect(parseInt(wrapper.style.height, 10)).toBe(5 * 34 + 84)
  })
})
