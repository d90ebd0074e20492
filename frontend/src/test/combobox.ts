/** Driving the comboboxes of components/ui (TaskSelect, TimeZoneInput; React Aria) in tests, as a user does. */
import { act, fireEvent, screen } from '@testing-library/react'

/**
 * Opens the combobox's list from the keyboard and clicks the option; waits for it (the choices may still be
 * loading). The list is in a pop-up at the end of the page: look for it with `screen`, not `within(form)`.
 */
export async function chooseOption(combobox: HTMLElement, name: string | RegExp): Promise<void> {
  act(() => combobox.focus())
  fireEvent.keyDown(combobox, { key: 'ArrowDown' })
  fireEvent.click(await screen.findByRole('option', { name }))
}
