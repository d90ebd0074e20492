import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { SidePanel } from './SidePanel'

function Page({ onClose = () => {} }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false)
  return (
    <main>
      <button type="button" onClick={() => setOpen(true)}>
        Open the task
      </button>
      <button type="button">Another bar</button>
      {open && (
        <SidePanel
          title="Draft the press release"
          subtitle="PR · To do"
          onClose={() => {
            onClose()
            setOpen(false)
          }}
        >
          <label>
            Title <input />
          </label>
        </SidePanel>
      )}
    </main>
  )
}

describe('SidePanel', () => {
  it('is a complementary region named by its heading, which takes the focus; the page stays usable', () => {
    render(<Page />)
    const opener = screen.getByRole('button', { name: 'Open the task' })
    opener.focus()
    fireEvent.click(opener)
    const panel = screen.getByRole('complementary', { name: 'Draft the press release' })
    expect(screen.getByRole('heading', { name: 'Draft the press release' })).toHaveFocus()
    expect(panel).toHaveTextContent('PR · To do')
    // Not a modal: nothing else is hidden or inert.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Another bar' })).toBeVisible()
    expect(document.querySelector('[aria-hidden="true"], [inert]')).toBeNull()
  })

  it('closes on Escape from inside, and gives the focus back to what opened it', () => {
    const onClose = vi.fn()
    render(<Page onClose={onClose} />)
    const opener = screen.getByRole('button', { name: 'Open the task' })
    opener.focus()
    fireEvent.click(opener)
    fireEvent.keyDown(screen.getByLabelText('Title'), { key: 'Escape' })
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()
    expect(opener).toHaveFocus()
  })

  it('leaves the focus in a text field that opened it (a finder), so typing goes on', () => {
    render(<Page />)
    const finder = document.createElement('input')
    document.body.append(finder)
    finder.focus()
    fireEvent.click(screen.getByRole('button', { name: 'Open the task' }))
    expect(screen.getByRole('complementary')).toBeInTheDocument()
    expect(finder).toHaveFocus()
    finder.remove()
  })

  it('closes with its × button, named for what it closes', () => {
    const onClose = vi.fn()
    render(<Page onClose={onClose} />)
    fireEvent.click(screen.getByRole('button', { name: 'Open the task' }))
    fireEvent.click(screen.getByRole('button', { name: 'Close “Draft the press release”' }))
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('leaves the focus where the user put it when they moved on before closing', () => {
    render(<Page />)
    const opener = screen.getByRole('button', { name: 'Open the task' })
    opener.focus()
    fireEvent.click(opener)
    const other = screen.getByRole('button', { name: 'Another bar' })
    other.focus()
    fireEvent.click(screen.getByRole('button', { name: 'Close “Draft the press release”' }))
    expect(other).toHaveFocus()
  })
})
