import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ConfirmDeleteButton } from './ConfirmDeleteButton'

describe('ConfirmDeleteButton', () => {
  it('asks in an alert dialog and deletes only on the second click; Keep asks nothing more', async () => {
    const onDelete = vi.fn()
    render(<ConfirmDeleteButton label="Delete “Pairing”" question="Delete “Pairing”?" prompt="Delete?" onDelete={onDelete} />)

    const trigger = screen.getByRole('button', { name: 'Delete “Pairing”' })
    act(() => trigger.focus())
    fireEvent.click(trigger)
    const ask = screen.getByRole('alertdialog', { name: 'Delete “Pairing”?' })
    expect(ask).toHaveAccessibleDescription('Delete?')
    // The harmless answer has the focus.
    expect(screen.getByRole('button', { name: 'Keep it' })).toHaveFocus()
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(onDelete).not.toHaveBeenCalled()
    // Focus goes back to the button (React Aria restores it on the next frame).
    await waitFor(() => expect(trigger).toHaveFocus())

    fireEvent.click(trigger)
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }))
    expect(onDelete).toHaveBeenCalledTimes(1)
    // A delete that returns nothing closes the question at once.
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
  })

  it('is modal: the rest of the page is hidden meanwhile, and Escape keeps the thing', () => {
    const onDelete = vi.fn()
    const onAskingChange = vi.fn()
    render(
      <>
        <button type="button">Elsewhere</button>
        <ConfirmDeleteButton question="Delete it?" prompt="For good?" onDelete={onDelete} onAskingChange={onAskingChange} />
      </>,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }))
    expect(screen.queryByRole('button', { name: 'Elsewhere' })).not.toBeInTheDocument()
    fireEvent.keyDown(screen.getByRole('button', { name: 'Keep it' }), { key: 'Escape' })
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toBeInTheDocument()
    expect(onDelete).not.toHaveBeenCalled()
    expect(onAskingChange.mock.calls).toEqual([[true], [false]])
  })

  it('keeps the question while a returned promise runs, and closes it when it fails too', async () => {
    let fail: (error: Error) => void = () => {}
    const { rerender } = render(
      <ConfirmDeleteButton
        question="Confirm deletion"
        prompt="Delete this draft for good?"
        onDelete={() => new Promise((_resolve, reject) => (fail = reject))}
      />,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }))
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }))
    expect(screen.getByRole('alertdialog', { name: 'Confirm deletion' })).toBeInTheDocument()

    // While busy, the confirm is disabled and Escape does not close.
    rerender(
      <ConfirmDeleteButton
        busy
        question="Confirm deletion"
        prompt="Delete this draft for good?"
        onDelete={() => new Promise((_resolve, reject) => (fail = reject))}
      />,
    )
    expect(screen.getByRole('button', { name: 'Yes, delete it' })).toBeDisabled()
    fireEvent.keyDown(screen.getByRole('button', { name: 'Keep it' }), { key: 'Escape' })
    expect(screen.getByRole('alertdialog', { name: 'Confirm deletion' })).toBeInTheDocument()

    await act(async () => fail(new Error('412')))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Delete' })).toBeInTheDocument()
  })
})
