import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Popover } from './Popover'

describe('Popover', () => {
  it('opens a labelled dialog beside its button, and Escape closes it and gives focus back', async () => {
    render(
      <Popover trigger="3" triggerLabel="Who is here (3)" title="Who is here">
        <ul>
          <li>Casey Bo</li>
        </ul>
      </Popover>,
    )
    const button = screen.getByRole('button', { name: 'Who is here (3)' })
    // A click focuses the button first, as in a browser.
    act(() => button.focus())
    fireEvent.click(button)
    const dialog = screen.getByRole('dialog', { name: 'Who is here' })
    expect(dialog).toHaveTextContent('Casey Bo')
    await waitFor(() => expect(dialog).toHaveFocus())
    fireEvent.keyDown(dialog, { key: 'Escape' })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await waitFor(() => expect(button).toHaveFocus())
  })
})
