import { useId } from 'react'
import { FieldError, invalidProps } from '../../../components/ui/FieldError'
import type { DayCount } from '../api/launches'
import { fieldMessages } from '../fieldMessages'
import { WEEKDAYS } from '../model'

/** The working calendar as the form holds it: holiday regions as the text typed ("US, DE-BY"). */
export interface WorkingCalendarValue {
  working_weekdays: number[]
  holidayRegions: string
  offset_count: DayCount
}

export const DEFAULT_WORKING_CALENDAR: WorkingCalendarValue = {
  working_weekdays: [1, 2, 3, 4, 5],
  holidayRegions: '',
  offset_count: 'calendar',
}

/**
 * Weekdays worked, the countries or regions whose public holidays are off, and what T-offsets count; the
 * server's refusal of a field (an unknown region code) shows under that field (`error`: the failed write).
 */
export function WorkingCalendarFields({
  value,
  onChange,
  error,
  disabled = false,
}: {
  value: WorkingCalendarValue
  onChange: (value: WorkingCalendarValue) => void
  error: unknown
  disabled?: boolean
}) {
  const id = useId()
  const weekdaysError = fieldMessages(error, 'working_weekdays')
  const regionsError = fieldMessages(error, 'holiday_regions')
  const countError = fieldMessages(error, 'offset_count')

  function toggleDay(day: number, on: boolean) {
    const days = on ? [...value.working_weekdays, day] : value.working_weekdays.filter((d) => d !== day)
    onChange({ ...value, working_weekdays: [...new Set(days)].sort((a, b) => a - b) })
  }

  return (
    <fieldset className="calendar-fields" disabled={disabled}>
      <legend>Working calendar</legend>
      <fieldset className="weekday-choices" {...invalidProps(`${id}-weekdays-error`, weekdaysError)}>
        <legend>Working days</legend>
        {WEEKDAYS.map(({ day, name }) => (
          <label key={day}>
            <input
              type="checkbox"
              checked={value.working_weekdays.includes(day)}
              onChange={(e) => toggleDay(day, e.target.checked)}
            />{' '}
            {name}
          </label>
        ))}
      </fieldset>
      <FieldError id={`${id}-weekdays-error`} messages={weekdaysError} />
      <label htmlFor={`${id}-regions`}>Public holidays of (country or region codes)</label>
      <input
        id={`${id}-regions`}
        value={value.holidayRegions}
        placeholder="e.g. US, DE-BY"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={regionsError ? `${id}-regions-error` : `${id}-regions-hint`}
        aria-invalid={regionsError ? true : undefined}
        onChange={(e) => onChange({ ...value, holidayRegions: e.target.value })}
      />
      {regionsError ? (
        <FieldError id={`${id}-regions-error`} messages={regionsError} />
      ) : (
        <p className="muted" id={`${id}-regions-hint`}>
          Separated by commas: US, FR, DE-BY, GB-SCT. Their public holidays are not worked.
        </p>
      )}
      <fieldset {...invalidProps(`${id}-count-error`, countError)}>
        <legend>Offsets from T-0 count</legend>
        <label>
          <input
            type="radio"
            name={`${id}-count`}
            checked={value.offset_count === 'calendar'}
            onChange={() => onChange({ ...value, offset_count: 'calendar' })}
          />{' '}
          Calendar days (T-14 is two weeks before)
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-count`}
            checked={value.offset_count === 'working'}
            onChange={() => onChange({ ...value, offset_count: 'working' })}
          />{' '}
          Working days (T-14 is 14 working days before)
        </label>
      </fieldset>
      <FieldError id={`${id}-count-error`} messages={countError} />
    </fieldset>
  )
}
