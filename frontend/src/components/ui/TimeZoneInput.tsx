/** A time zone field: free text (any IANA name the server knows) with the browser's zones as suggestions. */
import { useId, useMemo } from 'react'
import { timeZoneNames } from '../../lib/dates'

export function TimeZoneInput({
  id,
  value,
  onChange,
}: {
  id: string
  value: string
  onChange: (value: string) => void
}) {
  const listId = `${useId()}-zones`
  const zones = useMemo(timeZoneNames, [])
  return (
    <>
      <input
        id={id}
        required
        list={listId}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={listId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  )
}
