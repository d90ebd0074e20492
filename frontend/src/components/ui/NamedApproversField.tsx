/** Named approvers (gates, communications): pick active people of any role; the chosen ones can be removed. */
import { useId } from 'react'
import { personName, useActivePeople, type Person } from '../../lib/activePeople'
import { FieldError } from './FieldError'

/**
 * Named approvers (an executive, the reviewer who did the work): anyone active, whatever their role. The chosen
 * ones are listed with a remove button; a select adds one more.
 */
export function NamedApproversField({
  value,
  onChange,
  initial,
  errors,
  description,
}: {
  value: number[]
  onChange: (ids: number[]) => void
  /** Names the item already knows (a gate's approver_users_detail, an item's approvers_detail). */
  initial: Person[]
  errors?: string[]
  description: string
}) {
  const id = useId()
  const people = useActivePeople()
  const known = new Map<number, Person>(initial.map((p) => [p.id, p]))
  for (const p of people.data?.results ?? []) known.set(p.id, p)
  const choices = (people.data?.results ?? []).filter((p) => !value.includes(p.id))
  return (
    <fieldset className="gate-named-approvers">
      <legend>Named approvers</legend>
      <p className="muted">{description}</p>
      {value.length === 0 ? (
        <p className="muted">Nobody named.</p>
      ) : (
        <ul className="named-approver-list">
          {value.map((userId) => {
            const person = known.get(userId)
            const name = person ? personName(person) : `Person ${userId}`
            return (
              <li key={userId}>
                {name}{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove ${name} from the named approvers`}
                  onClick={() => onChange(value.filter((x) => x !== userId))}
                >
                  Remove
                </button>
              </li>
            )
          })}
        </ul>
      )}
      {people.isError ? (
        // Quiet: the rest of the form still saves (the chosen approvers stay as they are).
        <p className="muted">The list of people could not be loaded: reload the page to add a named approver.</p>
      ) : (
        <>
          <label htmlFor={`${id}-add`}>Add a named approver</label>
          <select
            id={`${id}-add`}
            value=""
            disabled={people.isPending}
            onChange={(e) => {
              const picked = Number(e.target.value)
              if (picked) onChange([...value, picked])
            }}
            aria-invalid={errors ? true : undefined}
            aria-describedby={errors ? `${id}-error` : undefined}
          >
            <option value="">{people.isPending ? 'Loading people…' : 'Choose a person…'}</option>
            {choices.map((p) => (
              <option key={p.id} value={p.id}>
                {personName(p)}
                {p.full_name ? ` (${p.username})` : ''}
              </option>
            ))}
          </select>
        </>
      )}
      <FieldError id={`${id}-error`} messages={errors} />
    </fieldset>
  )
}

