import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { toast, Toaster } from './Toaster'

afterEach(() => {
  vi.useRealTimers()
})

describe('Toaster', () => {
  it('shows each toast in a labelled region, with its tone, until closed', async () => {
    render(<Toaster />)
    expect(screen.queryByRole('region')).not.toBeInTheDocument()

    act(() => {
      toast('Saved the launch.', { tone: 'success' })
      toast('The server said no.', { tone: 'error' })
    })
    const region = screen.getByRole('region', { name: /notifications/i })
    const toasts = within(region).getAllByRole('alertdialog')
    expect(toasts.map((t) => t.textContent)).toEqual(expect.arrayContaining([expect.stringContaining('Saved the launch.')]))
    const error = within(region).getByRole('alertdialog', { name: 'The server said no.' })
    expect(error).toHaveClass('toast-error')
    expect(within(region).getByRole('alertdialog', { name: 'Saved the launch.' })).toHaveClass('toast-success')

    fireEvent.click(within(error).getByRole('button', { name: 'Close' }))
    expect(within(region).queryByRole('alertdialog', { name: 'The server said no.' })).not.toBeInTheDocument()
    expect(within(region).getByRole('alertdialog', { name: 'Saved the launch.' })).toBeInTheDocument()
  })

  it('lets an info toast go by itself, but keeps an error until it is closed', () => {
    vi.useFakeTimers()
    render(<Toaster />)
    act(() => {
      toast('Copied the feed link.')
      toast('Could not save.', { tone: 'error' })
    })
    expect(screen.getAllByRole('alertdialog')).toHaveLength(2)
    act(() => vi.advanceTimersByTime(7_000))
    expect(screen.getAllByRole('alertdialog').map((t) => t.getAttribute('aria-labelledby') && document.getElementById(t.getAttribute('aria-labelledby')!)?.textContent)).toEqual([
      'Could not save.',
    ])
  })

  it('drops the toasts of a page that is gone', () => {
    const { unmount } = render(<Toaster />)
    act(() => {
      toast('Left over.')
    })
    unmount()
    render(<Toaster />)
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
  })
})
