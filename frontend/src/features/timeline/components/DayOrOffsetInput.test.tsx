import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import type { DayInputContext } from '../dayInput'
import { DayOrOffsetInput } from './DayOrOffsetInput'

const context: DayInputContext = {
  tZeroDate: '2027-01-05',
  calendar: { working_weekdays: [1, 2, 3, 4, 5], closed_days: [], offset_count: 'working' },
}

function Field({ initial = '', required = false, error }: { initial?: string; required?: boolean; error?: string }) {
  const [value, setValue] = useState(initial)
  return <DayOrOffsetInput label="Start" value={value} onChange={setValue} context={context} required={required} error={error} />
}

describe('DayOrOffsetInput', () => {
  it('shows the day an offset resolves to, counted in the launch working days', () => {
    render(<Field />)
    const input = screen.getByLabelText('Start')
    fireEvent.change(input, { target: { value: 'T-10' } })
    // Ten working days before Tue 5 Jan 2027 (weekends skipped).
    expect(input).toHaveAccessibleDescription('Tue 22 Dec 2026 · T-10')
  })

  it('shows the offset of a typed date', () => {
    render(<Field initial="2027-01-07" />)
    expect(screen.getByLabelText('Start')).toHaveAccessibleDescription('Thu 7 Jan 2027 · T+2')
  })

  it('waits until the field is left to say what it cannot read', () => {
    render(<Field />)
    const input = screen.getByLabelText('Start')
    fireEvent.change(input, { target: { value: 'T-' } })
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    fireEvent.blur(input)
    expect(screen.getByRole('alert')).toHaveTextContent('Type a date like 2027-01-05 or an offset like T-14.')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    fireEvent.change(input, { target: { value: 'T-1' } })
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(input).not.toHaveAttribute('aria-invalid')
  })

  it('asks for a value when required and left empty, and shows the error it is given', () => {
    const { unmount } = render(<Field required />)
    fireEvent.blur(screen.getByLabelText('Start'))
    expect(screen.getByRole('alert')).toHaveTextContent(/^Type a date/)
    unmount()
    render(<Field initial="T-1" error="The due day is before the start." />)
    expect(screen.getByRole('alert')).toHaveTextContent('The due day is before the start.')
  })
})
