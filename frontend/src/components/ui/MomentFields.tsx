import { useId } from 'react'
import { FieldError, invalidProps } from './FieldError'
import { fromDateTimeInputValue, tMinusLabel, toDateTimeInputValue } from '../../lib/dates'

/** When a gate or a milestone is, as a form holds it: days from T-0 (moves with T-0) or a fixed moment (your zone). */
export interface MomentValue {
  mode: 'anchored' | 'fixed'
  offsetDays: string
  at: string
}

export function momentValueOf(item?: { schedule_mode?: string; offset_days?: number | null; at?: string | null }): MomentValue {
  return {
    mode: item?.schedule_mode === 'fixed' ? 'fixed' : 'anchored',
    offsetDays: item?.offset_days === null || item?.offset_days === undefined ? '' : String(item.offset_days),
    at: item?.at ? toDateTimeInputValue(item.at) : '',
  }
}

/** The API's fields: the unused one null (the server clears it anyway). */
export function momentPayload(value: MomentValue) {
  return value.mode === 'anchored'
    ? { schedule_mode: 'anchored' as const, offset_days: value.offsetDays === '' ? null : Number(value.offsetDays), at: null }
    : { schedule_mode: 'fixed' as const, offset_days: null, at: fromDateTimeInputValue(value.at) }
}

export function MomentFields({
  value,
  onChange,
  errors,
}: {
  value: MomentValue
  onChange: (value: MomentValue) => void
  /** The server's messages for the two fields, if it refused them. */
  errors: { offset_days?: string[]; at?: string[] }
}) {
  const id = useId()
  const offset = Number(value.offsetDays)
  return (
    <fieldset>
      <legend>When</legend>
      <label>
        <input
          type="radio"
          name={`${id}-mode`}
          checked={value.mode === 'anchored'}
          onChange={() => onChange({ ...value, mode: 'anchored' })}
        />{' '}
        Days from T-0 (moves with launch day)
      </label>
      <label>
        <input
          type="radio"
          name={`${id}-mode`}
          checked={value.mode === 'fixed'}
          onChange={() => onChange({ ...value, mode: 'fixed' })}
        />{' '}
        A fixed date and time
      </label>
      {value.mode === 'anchored' ? (
        <>
          <label htmlFor={`${id}-offset`}>Days from T-0 (negative: before launch day)</label>
          <input
            id={`${id}-offset`}
            type="number"
            step={1}
            required
            value={value.offsetDays}
            onChange={(e) => onChange({ ...value, offsetDays: e.target.value })}
            {...invalidProps(`${id}-offset-error`, errors.offset_days)}
          />
          {value.offsetDays !== '' && Number.isInteger(offset) && <span className="muted">{tMinusLabel(offset)}</span>}
          <FieldError id={`${id}-offset-error`} messages={errors.offset_days} />
        </>
      ) : (
        <>
          <label htmlFor={`${id}-at`}>Date and time (your time zone)</label>
          <input
            id={`${id}-at`}
            type="datetime-local"
            required
            value={value.at}
            onChange={(e) => onChange({ ...value, at: e.target.value })}
            {...invalidProps(`${id}-at-error`, errors.at)}
          />
          <FieldError id={`${id}-at-error`} messages={errors.at} />
        </>
      )}
    </fieldset>
  )
}
