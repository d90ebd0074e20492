import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { MoveLaunchDayDialog } from './MoveLaunchDayDialog'

describe('MoveLaunchDayDialog', () => {
  it('previews what moves: task days as days, milestone and gate moments in the browser zone', async () => {
    mockFetch({
      'POST /api/v1/launches/1/move-t-zero/': {
        body: {
          launch_id: 1, preview: true, t_zero_before: '2027-03-16T09:00:00Z', t_zero_after: '2027-03-23T09:00:00Z',
          shift_days: 7,
          moved: [
            { kind: 'task', id: 200, name: 'Draft the press release', before: '2027-03-03', after: '2027-03-10' },
            // Evening in New York is the next morning in the browser's zone (UTC in tests): not the day its text starts with.
            { kind: 'milestone', id: 5, name: 'Press embargo', before: '2027-03-15T23:30:00-05:00', after: '2027-03-22T23:30:00-05:00' },
            { kind: 'gate', id: 9, name: 'Go/No-Go', before: '2027-03-15 22:00:00-04:00', after: '2027-03-22 22:00:00-04:00' },
          ],
          moved_count: 3, moved_task_count: 1,
          unchanged: [], unchanged_count: 0, new_conflicts: [], resolved_conflicts: [],
        },
      },
    })
    renderWithProviders(<MoveLaunchDayDialog launchId={1} tZero="2027-03-16T09:00:00Z" onClose={() => {}} />)

    fireEvent.change(screen.getByLabelText('New T-0 (your time zone)'), { target: { value: '2027-03-23T09:00' } })
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }))

    const preview = await screen.findByRole('region', { name: 'Preview' })
    expect(preview).toHaveTextContent('1 task and 2 milestones or gates move with it')
    const moves = within(preview).getAllByRole('listitem').map((item) => item.textContent)
    expect(moves).toEqual([
      'Draft the press release: Wed 3 Mar 2027 → Wed 10 Mar 2027',
      'Press embargo: Tue 16 Mar 2027, 04:30 → Tue 23 Mar 2027, 04:30',
      'Go/No-Go: Tue 16 Mar 2027, 02:00 → Tue 23 Mar 2027, 02:00',
    ])
  })

  it('on a large launch counts every item that moves and lists the first ones, saying how many more', async () => {
    mockFetch({
      'POST /api/v1/launches/1/move-t-zero/': {
        body: {
          launch_id: 1, preview: true, t_zero_before: '2027-03-16T09:00:00Z', t_zero_after: '2027-03-23T09:00:00Z',
          shift_days: 7,
          moved: [{ kind: 'task', id: 200, name: 'Draft the press release', before: '2027-03-03', after: '2027-03-10' }],
          moved_count: 50_002, moved_task_count: 50_000,
          unchanged: [], unchanged_count: 12, new_conflicts: [], resolved_conflicts: [],
        },
      },
    })
    renderWithProviders(<MoveLaunchDayDialog launchId={1} tZero="2027-03-16T09:00:00Z" onClose={() => {}} />)
    fireEvent.change(screen.getByLabelText('New T-0 (your time zone)'), { target: { value: '2027-03-23T09:00' } })
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }))

    const preview = await screen.findByRole('region', { name: 'Preview' })
    expect(preview).toHaveTextContent('50000 tasks and 2 milestones or gates move with it; 12 fixed-date items stay put.')
    expect(within(preview).getAllByRole('listitem')).toHaveLength(1)
    expect(within(preview).getByText('…and 50001 more.')).toBeInTheDocument()
  })

  it("shows what the move puts on a day off and T-0's forecast slip before and after", async () => {
    mockFetch({
      'POST /api/v1/launches/1/move-t-zero/': {
        body: {
          launch_id: 1, preview: true, t_zero_before: '2027-03-16T09:00:00Z', t_zero_after: '2027-03-20T09:00:00Z',
          shift_days: 4, moved: [], moved_count: 0, moved_task_count: 0, unchanged: [], unchanged_count: 0,
          new_conflicts: [], resolved_conflicts: [],
          warnings: [
            { kind: 'non_working_day', item: 't_zero', id: null, name: 'T-0', date: '2027-03-20', reason: 'Saturday', message: 'T-0 falls on 2027-03-20, a day off (Saturday).' },
          ],
          t_zero_slip_days_before: 3,
          t_zero_slip_days_after: 0,
        },
      },
    })
    renderWithProviders(<MoveLaunchDayDialog launchId={1} tZero="2027-03-16T09:00:00Z" onClose={() => {}} />)
    fireEvent.change(screen.getByLabelText('New T-0 (your time zone)'), { target: { value: '2027-03-20T09:00' } })
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }))

    const preview = await screen.findByRole('region', { name: 'Preview' })
    expect(within(preview).getByRole('heading', { name: 'On a day off after the move (1)' })).toBeInTheDocument()
    expect(within(preview).getByText('T-0 falls on 2027-03-20, a day off (Saturday).')).toBeInTheDocument()
    expect(within(preview).getByText(/^Forecast: work needed for launch finishes/)).toHaveTextContent(
      'Forecast: work needed for launch finishes 3 days after T-0 now, by T-0 after the move.',
    )
  })
})
