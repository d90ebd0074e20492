/**
 * A time zone field: free text (any IANA name the server knows) with the browser's zones as suggestions, in a
 * combobox on React Aria Components that filters them as one types.
 */
import { useMemo } from 'react'
import { ComboBox, Input, ListBox, ListBoxItem, Popover, useFilter } from 'react-aria-components'
import { timeZoneNames } from '../../lib/dates'
import { ComboBoxToggle, useExternalLabel } from './comboboxParts'
import './ui.css'

export function TimeZoneInput({
  id,
  value,
  onChange,
}: {
  id: string
  value: string
  onChange: (value: string) => void
}) {
  const zones = useMemo(() => timeZoneNames().map((zone) => ({ id: zone })), [])
  const { contains } = useFilter({ sensitivity: 'base' })
  const labelledBy = useExternalLabel(id, false)
  return (
    <ComboBox
      id={id}
      className="combobox"
      aria-labelledby={labelledBy}
      defaultItems={zones}
      // The text is the value: a zone the list does not offer is still sent (the server says if it is unknown).
      allowsCustomValue
      inputValue={value}
      onInputChange={onChange}
      defaultFilter={contains}
      validationBehavior="aria"
    >
      <Input required />
      <ComboBoxToggle inputId={id} label="Show the time zones" />
      <Popover className="ui-popover">
        <ListBox className="ui-listbox">
          {(zone: { id: string }) => (
            <ListBoxItem className="ui-option" textValue={zone.id}>
              {zone.id}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  )
}
