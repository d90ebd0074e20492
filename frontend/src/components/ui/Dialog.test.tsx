import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { Dialog } from './Dialog'

function Page({ onClose }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Move launch day
      </button>
      {open && (
        <Dialog
          title="Move launch day"
          onClose={() => {
            onClose?.()
            setOpen(false)
          }}
        >
          <form aria-label="Move">
            <label htmlFor="day">New T-0</label>
            <input id="day" />
            <button type="submit">Preview</button>
          </form>
        </Dialog>
      )}
    </>
  )
}

function open() {
  const trigger = screen.getByRole('button', { name: 'Move launch day' })
  act(() => trigger.focus())
  fireEvent.click(trigger)
  return { trigger, dialog: screen.getByRole('dialog', { name: 'Move launch day' }) }
}

describe('Dialog', () => {
  it('is a modal dialog named by its title that opens on its first field and hides the page', () => {
    render(<Page />)
    const { dialog } = open()
    expect(screen.getByRole('heading', { level: 2, name: 'Move launch day' })).toBeInTheDocument()
    expect(screen.getByLabelText('New T-0')).toHaveFocus()
    // The page behind is out of reach of assistive technology while the dialog is open.
    expect(screen.queryByRole('button', { name: 'Move launch day' })).not.toBeInTheDocument()
    expect(dialog).toContainElement(screen.getByRole('button', { name: 'Close' }))
  })

  it('closes on Escape and gives the focus back to what opened it', async () => {
    const onClose = vi.fn()
    render(<Page onClose={onClose} />)
    const { trigger } = open()
    fireEvent.keyDown(screen.getByLabelText('New T-0'), { key: 'Escape' })
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await waitFor(() => expect(trigger).toHaveFocus())
  })

  it('closes with its close button and on a click outside, and keeps the focus inside meanwhile', async () => {
    const onClose = vi.fn()
    render(<Page onClose={onClose} />)
    open()
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(onClose).toHaveBeenCalledTimes(1)

    open()
    // Focus that leaves the dialog is brought back (React Aria's focus scope).
    act(() => screen.getByRole('button', { name: 'Move launch day', hidden: true }).focus())
    await waitFor(() => expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true))
    const backdrop = document.querySelector('.dialog-backdrop')!
    fireEvent.pointerDown(backdrop, { button: 0, pointerType: 'mouse', pointerId: 1 })
    fireEvent.click(backdrop, { button: 0 })
    expect(onClose).toHaveBeenCalledTimes(2)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
