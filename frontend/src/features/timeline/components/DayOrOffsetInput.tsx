import { useId, useState } from 'react'
import { DAY_INPUT_HINT, describeResolvedDay, parseDayInput, type DayInputContext } from '../dayInput'

interface DayOrOffsetInputProps {
  label: string
  /** What is typed: "T-14", "t+3", "2027-01-05", "5 Jan 2027"… (the parent reads it with parseDayInput). */
  value: string
  onChange: (value: string) => void
  context: DayInputContext
  required?: boolean
  /** A refusal the parent knows of (the due day before the start), shown like a parse error. */
  error?: string
  /** Show a parse error before the field is left (after a submit). */
  showErrors?: boolean
  /** Extra words for screen readers about what the field sets. */
  description?: string
}

/**
 * A day typed as an offset from launch day or as a calendar date, with the day it resolves to beside it
 * ("Tue 22 Dec 2026 · T-14") and, once the field is left, what it cannot read.
 */
export function DayOrOffsetInput({
  label,
  value,
  onChange,
  context,
  required = false,
  error,
  showErrors = false,
  description,
}: DayOrOffsetInputProps) {
  const id = useId()
  const [left, setLeft] = useState(false)
  const parsed = parseDayInput(value, context)
  // What it cannot read waits until the field is left (or the form submitted): "T-" is on its way to "T-14".
  const settled = left || showErrors
  const shownProblem =
    parsed.kind === 'invalid'
      ? settled
        ? parsed.error
        : undefined
      : parsed.kind === 'empty' && required && settled
        ? `${DAY_INPUT_HINT}.`
        : error
  const hintId = `${id}-hint`
  const errorId = `${id}-error`

  return (
    <div className="day-input">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        placeholder="T-14 or 2027-01-05"
        value={value}
        required={required}
        aria-invalid={shownProblem ? true : undefined}
        aria-describedby={[hintId, shownProblem ? errorId : null].filter(Boolean).join(' ')}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => setLeft(true)}
      />
      <p className="day-input-resolved" id={hintId}>
        {parsed.kind === 'offset' || parsed.kind === 'date'
          ? describeResolvedDay(parsed)
          : (description ?? 'A date, or an offset from launch day like T-14')}
      </p>
      {shownProblem && (
        <p className="error" id={errorId} role="alert">
          {shownProblem}
        </p>
      )}
    </div>
  )
}
