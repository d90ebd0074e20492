import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ConfirmDeleteButton } from './ConfirmDeleteButton'

describe('ConfirmDeleteButton', () => {
  it('deletes only on the second click, and Keep asks nothing more', () => {
    const onDelete = vi.fn()
    render(<ConfirmDeleteButton label="Delete “Pairing”" question="Delete “Pairing”?" prompt="Delete?" onDelete={onDelete} />)

    fireEvent.click(screen.getByRole('button', { name: 'Delete “Pairing”' }))
    const ask = screen.getByRole('group', { name: 'Delete “Pairing”?' })
    expect(ask).toHaveTextContent('Delete?')
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }))
    expect(screen.queryByRole('group')).not.toBeInTheDocument()
    expect(onDelete).not.toHaveBeenCalled()

    fireEvent.click(screen.getByRole('button', { name: 'Delete “Pairing”' }))
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }))
    expect(onDelete).toHaveBeenCalledTimes(1)
    // A delete that returns nothing closes the question at once.
    expect(screen.queryByRole('group')).not.toBeInTheDocument()
  })

  it('keeps the question while a returned promise runs, and closes it when it fails too', async () => {
    let fail: (error: Error) => void = () => {}
    render(
      <ConfirmDeleteButton
        question="Confirm deletion"
        prompt="Delete this draft for good?"
        onDelete={() => new Promise((_resolve, reject) => (fail = reject))}
      />,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }))
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }))
    expect(screen.getByRole('group', { name: 'Confirm deletion' })).toBeInTheDocument()

    await act(async () => fail(new Error('412')))
    expect(screen.queryByRole('group')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Delete' })).toBeInTheDocument()
  })
})
