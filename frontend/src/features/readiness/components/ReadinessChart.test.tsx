import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { DepartmentReadiness } from '../api/readiness'
import { ReadinessChart } from './ReadinessChart'

const department = (id: number, name: string): DepartmentReadiness =>
  ({
    department: { id, name, slug: name.toLowerCase() },
    workstream: id,
    total: 4, todo: 1, in_progress: 1, blocked: 0, done: 2, cancelled: 0, late: 0, slipped: 0,
  }) as DepartmentReadiness

describe('ReadinessChart', () => {
  it('scales to its container with every department inside its viewBox (issue 16: 3 of 5 on a phone)', () => {
    const departments = ['HR', 'PR', 'Care', 'Marketing', 'Engineering'].map((name, i) => department(i + 1, name))
    render(<ReadinessChart departments={departments} />)
    const chart = screen.getByRole('img', { name: 'Tasks by status for each department' })
    const [, , width, height] = (chart.getAttribute('viewBox') ?? '').split(' ').map(Number)
    expect(width).toBeGreaterThan(0)
    // Every department's row lies inside the drawing, so a narrower box scales it down instead of cutting it.
    const rows = chart.querySelectorAll('g')
    expect(rows).toHaveLength(5)
    const last = rows[rows.length - 1].getAttribute('transform') ?? ''
    expect(Number(/translate\(0, (\d+)\)/.exec(last)?.[1]) + 22).toBeLessThanOrEqual(height)
    expect(chart.style.maxWidth).toBe('100%')
  })
})
