import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '../../../test/render'
import type { TimelineCrossLink } from '../api/crossLaunch'
import { ROW_HEIGHT, type TaskRow } from '../model'
import { crossLaunchStubs, CrossLaunchStubs, STUB_LENGTH } from './CrossLaunchStubs'

const other = {
  id: 900,
  title: 'Partner API',
  launch: 7,
  launch_name: 'Partner',
  department_name: 'Engineering',
  start: '2027-12-10',
  due: '2027-12-12',
  status: 'todo' as const,
}
const incoming: TimelineCrossLink = {
  id: 40, direction: 'incoming', task: 200, other, type: 'finish_to_start', lag_days: 0, violated: true, days_late: 4,
}
const outgoing: TimelineCrossLink = { ...incoming, id: 41, direction: 'outgoing', violated: false, days_late: 0 }
const rows = new Map([[200, { x: 100, y: 40, width: 60 } as TaskRow]])

describe('crossLaunchStubs', () => {
  it('puts an incoming stub before the bar’s start and an outgoing one after its end, mid-row', () => {
    const [into, out] = crossLaunchStubs([incoming, outgoing], rows)
    expect([into!.x, into!.y]).toEqual([100 - STUB_LENGTH, 40 + ROW_HEIGHT / 2])
    expect(into!.label).toBe('Waits on “Partner API” in Partner (due 12 Dec), late by 4 days')
    expect(into!.late).toBe(true)
    expect([out!.x, out!.late]).toEqual([160, false])
  })

  it('draws nothing for a task without a bar (its lane folded)', () => {
    expect(crossLaunchStubs([{ ...incoming, task: 999 }], rows)).toEqual([])
  })
})

describe('CrossLaunchStubs', () => {
  it('draws each stub as a link to the other launch, a late one red with the word late', () => {
    renderWithProviders(<CrossLaunchStubs links={[incoming, outgoing]} taskRows={rows} />)
    const late = screen.getByRole('link', { name: /late by 4 days/ })
    expect(late).toHaveAttribute('href', '/launches/7?task=900')
    expect(late).toHaveClass('is-late', 'is-incoming')
    expect(late).toHaveTextContent('late')
    expect(screen.getByRole('link', { name: '“Partner API” in Partner waits on it (starts 10 Dec)' })).not.toHaveClass('is-late')
  })
})
