import { fireEvent, screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../test/fetch'
import { renderWithProviders } from '../../test/render'
import { NamedApproversField } from './NamedApproversField'

const people = [
  { id: 42, username: 'ceo', full_name: 'Grace Hopper' },
  { id: 7, username: 'reviewer', full_name: '' },
]

function Harness({ onValue }: { onValue: (ids: number[]) => void }) {
  const [value, setValue] = useState<number[]>([42])
  return (
    <NamedApproversField
      description="People who approve by name."
      value={value}
      initial={[people[0]]}
      errors={undefined}
      onChange={(ids) => {
        setValue(ids)
        onValue(ids)
      }}
    />
  )
}

describe('NamedApproversField', () => {
  it('lists the chosen people, adds anyone active and removes one', async () => {
    mockFetch({ 'GET /api/v1/users/': { body: { count: 2, next: null, previous: null, results: people } } })
    let last: number[] = []
    renderWithProviders(<Harness onValue={(ids) => (last = ids)} />)
    expect(screen.getByText('Grace Hopper')).toBeInTheDocument()
    const add = screen.getByLabelText('Add a named approver')
    expect(await screen.findByRole('option', { name: 'reviewer' })).toBeInTheDocument()
    // The one chosen already is not offered again.
    expect(screen.queryByRole('option', { name: /Grace Hopper/ })).not.toBeInTheDocument()
    fireEvent.change(add, { target: { value: '7' } })
    expect(last).toEqual([42, 7])
    fireEvent.click(screen.getByRole('button', { name: 'Remove Grace Hopper from the named approvers' }))
    expect(last).toEqual([7])
  })

  it('shows the field errors the API named', () => {
    mockFetch({})
    renderWithProviders(
      <NamedApproversField description="" value={[]} initial={[]} errors={['Invalid pk "9"']} onChange={() => {}} />,
    )
    expect(screen.getByText('Nobody named.')).toBeInTheDocument()
    expect(screen.getByText('Invalid pk "9"')).toBeInTheDocument()
  })
})
