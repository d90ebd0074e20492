import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { Menu } from './Menu'

describe('Menu', () => {
  it('opens from its button, chooses an item with a click, and closes', async () => {
    const csv = vi.fn()
    const pdf = vi.fn()
    render(
      <Menu
        label="Export"
        items={[
          { label: 'CSV', onSelect: csv },
          { label: 'PDF', onSelect: pdf, disabled: true },
          { label: 'Spreadsheet', href: '/api/v1/launches/1/export.xlsx', download: true },
        ]}
      />,
    )
    const button = screen.getByRole('button', { name: /Export/ })
    expect(button).toHaveAttribute('aria-haspopup', 'true')
    fireEvent.click(button)

    const menu = screen.getByRole('menu', { name: /Export/ })
    const items = within(menu).getAllByRole('menuitem')
    expect(items.map((i) => i.textContent)).toEqual(['CSV', 'PDF', 'Spreadsheet'])
    expect(items[1]).toHaveAttribute('aria-disabled', 'true')
    expect(items[2]).toHaveAttribute('href', '/api/v1/launches/1/export.xlsx')
    expect(items[2]).toHaveAttribute('download')

    fireEvent.click(items[1]!)
    expect(pdf).not.toHaveBeenCalled()
    fireEvent.click(items[0]!)
    expect(csv).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    await waitFor(() => expect(button).toHaveFocus())
  })

  it('works from the keyboard: arrows move, Enter chooses, Escape closes', async () => {
    const first = vi.fn()
    const second = vi.fn()
    render(<Menu label="Export" items={[{ label: 'CSV', onSelect: first }, { label: 'Calendar', onSelect: second }]} />)
    const button = screen.getByRole('button', { name: /Export/ })
    fireEvent.keyDown(button, { key: 'ArrowDown' })
    fireEvent.keyUp(button, { key: 'ArrowDown' })
    const menu = await screen.findByRole('menu')
    await waitFor(() => expect(within(menu).getByRole('menuitem', { name: 'CSV' })).toHaveFocus())
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' })
    expect(within(menu).getByRole('menuitem', { name: 'Calendar' })).toHaveFocus()
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' })
    fireEvent.keyUp(document.activeElement!, { key: 'Enter' })
    expect(second).toHaveBeenCalledTimes(1)
    expect(first).not.toHaveBeenCalled()

    fireEvent.keyDown(button, { key: 'ArrowDown' })
    fireEvent.keyUp(button, { key: 'ArrowDown' })
    await screen.findByRole('menu')
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' })
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    expect(first).not.toHaveBeenCalled()
  })
})
