import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { TimeZoneInput } from './TimeZoneInput'

function ZoneField({ initial = 'UTC', onValue }: { initial?: string; onValue?: (zone: string) => void }) {
  const [zone, setZone] = useState(initial)
  return (
    <form aria-label="Zone">
      <label htmlFor="zone">Launch time zone</label>
      <TimeZoneInput
        id="zone"
        value={zone}
        onChange={(next) => {
          setZone(next)
          onValue?.(next)
        }}
      />
    </form>
  )
}

describe('TimeZoneInput', () => {
  it('is one required combobox named by its label, and suggests the zones that match what is typed', () => {
    const values: string[] = []
    render(<ZoneField onValue={(zone) => values.push(zone)} />)
    const input = screen.getByLabelText('Launch time zone')
    expect(input).toHaveRole('combobox')
    expect(input).toBeRequired()
    expect(input).toHaveValue('UTC')

    act(() => input.focus())
    fireEvent.change(input, { target: { value: 'europe/par' } })
    const list = screen.getByRole('listbox')
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['Europe/Paris'])
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(input).toHaveValue('Europe/Paris')
    expect(values.at(-1)).toBe('Europe/Paris')
  })

  it('keeps a name the list does not offer (the server judges it)', () => {
    const values: string[] = []
    render(<ZoneField onValue={(zone) => values.push(zone)} />)
    const input = screen.getByLabelText('Launch time zone')
    act(() => input.focus())
    fireEvent.change(input, { target: { value: 'Mars/Olympus' } })
    fireEvent.blur(input)
    expect(input).toHaveValue('Mars/Olympus')
    expect(values.at(-1)).toBe('Mars/Olympus')
  })

  it('has a toggle out of the tab order, which the field label does not name (TaskSelect opens with it)', () => {
    render(<ZoneField />)
    const toggle = screen.getByRole('button', { name: 'Show the time zones' })
    expect(toggle).toHaveAttribute('tabindex', '-1')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.getAllByLabelText('Launch time zone')).toEqual([screen.getByRole('combobox')])
  })
})
