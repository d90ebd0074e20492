import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Tooltip } from './Tooltip'

afterEach(() => {
  vi.useRealTimers()
})

describe('Tooltip', () => {
  // First: once a tooltip has shown, React Aria shows the next ones at once for a while (a page-wide warm-up).
  it('shows on hover after its delay, and goes when the pointer leaves', () => {
    vi.useFakeTimers()
    render(
      <Tooltip content="Download the plan" delay={300}>
        <a href="/plan.csv">Plan</a>
      </Tooltip>,
    )
    const link = screen.getByRole('link', { name: 'Plan' })
    fireEvent.pointerMove(link, { pointerType: 'mouse' })
    fireEvent.pointerEnter(link, { pointerType: 'mouse' })
    fireEvent.mouseEnter(link)
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
    act(() => vi.advanceTimersByTime(350))
    expect(screen.getByRole('tooltip')).toHaveTextContent('Download the plan')

    fireEvent.pointerLeave(link, { pointerType: 'mouse' })
    fireEvent.mouseLeave(link)
    act(() => vi.advanceTimersByTime(3000))
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
  })

  it('shows on keyboard focus and describes its child, and Escape hides it', () => {
    render(
      <Tooltip content="Critical: no slack to T-0">
        <button type="button">Freeze features</button>
      </Tooltip>,
    )
    const button = screen.getByRole('button', { name: 'Freeze features' })
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()

    // A keyboard user tabs to it.
    fireEvent.keyDown(document.body, { key: 'Tab' })
    act(() => button.focus())
    expect(screen.getByRole('tooltip')).toHaveTextContent('Critical: no slack to T-0')
    expect(button).toHaveAccessibleDescription('Critical: no slack to T-0')
    expect(button).toHaveAccessibleName('Freeze features')

    fireEvent.keyDown(button, { key: 'Escape' })
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
  })
})
