/**
 * What TaskSelect and TimeZoneInput share around React Aria's ComboBox: they are labelled by their users' own
 * `<label htmlFor={id}>`, and have a toggle button that the mouse uses (the keyboard opens the list with the
 * arrow keys).
 */
import { useContext, useLayoutEffect, useState } from 'react'
import { ComboBoxStateContext } from 'react-aria-components'

/**
 * React Aria names the input and its list box through aria-labelledby: this gives the caller's label an id
 * (when it has none) and returns it, so the pop-up list is named too and React Aria does not warn of a
 * missing label. `named`: the caller gave an aria-label or aria-labelledby of its own.
 */
export function useExternalLabel(inputId: string, named: boolean): string | undefined {
  const [labelId, setLabelId] = useState<string | undefined>(named ? undefined : `${inputId}-label`)
  useLayoutEffect(() => {
    if (named) return
    const input = document.getElementById(inputId)
    const label = input instanceof HTMLInputElement ? input.labels?.[0] : undefined
    if (!label) {
      setLabelId(undefined)
      return
    }
    if (!label.id) label.id = `${inputId}-label`
    setLabelId(label.id)
  }, [inputId, named])
  return labelId
}

/**
 * Opens or closes the list. Not React Aria's combobox button, which it labels with the field's label too: the
 * field's label names the input alone (so `getByLabelText` and a screen reader's form list find one control).
 * Out of the tab order, as in the WAI-ARIA combobox pattern; it keeps the focus in the input.
 */
export function ComboBoxToggle({ inputId, label }: { inputId: string; label: string }) {
  const state = useContext(ComboBoxStateContext)
  return (
    <button
      type="button"
      className="combobox-toggle"
      tabIndex={-1}
      aria-label={label}
      aria-expanded={state?.isOpen ?? false}
      disabled={!state}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        document.getElementById(inputId)?.focus()
        state?.toggle(null, 'manual')
      }}
    >
      ▾
    </button>
  )
}
