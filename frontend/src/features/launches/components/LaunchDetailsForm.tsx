import { useId, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { FieldError, invalidProps } from '../../../components/ui/FieldError'
import { TimeZoneInput } from '../../../components/ui/TimeZoneInput'
import { formatMomentInZone, formatTZero } from '../../../lib/dates'
import { describeWriteError } from '../../../lib/errors'
import { useUpdateLaunch, type Launch } from '../api/launches'
import { errorIsAtFields, fieldMessages } from '../fieldMessages'

/**
 * Name, description and zone (the office edits; others read). T-0 is moved with the timeline's "Move launch
 * day", which previews what moves and what newly conflicts first (PRODUCT.md rule 1).
 */
export function LaunchDetailsForm({ launch, canEdit }: { launch: Launch; canEdit: boolean }) {
  const id = useId()
  const update = useUpdateLaunch(launch.id)
  const [name, setName] = useState(launch.name)
  const [description, setDescription] = useState(launch.description)
  const [timeZone, setTimeZone] = useState(launch.time_zone)
  const error = update.error
  const nameError = fieldMessages(error, 'name')
  const zoneError = fieldMessages(error, 'time_zone')
  const descriptionError = fieldMessages(error, 'description')
  const changed = name !== launch.name || description !== launch.description || timeZone !== launch.time_zone

  function submit(event: FormEvent) {
    event.preventDefault()
    update.mutate({ launch, patch: { name, description, time_zone: timeZone } })
  }

  const tZero = (
    <p>
      T-0: <time dateTime={launch.t_zero}>{formatMomentInZone(launch.t_zero, launch.time_zone)}</time>{' '}
      <span className="muted">
        ({launch.time_zone}; {formatTZero(launch.t_zero)} your time)
      </span>
    </p>
  )

  if (!canEdit) {
    return (
      <section className="settings-section" aria-labelledby="details-heading">
        <h3 id="details-heading">Launch</h3>
        <dl className="facts">
          <dt>Name</dt>
          <dd>{launch.name}</dd>
          <dt>Description</dt>
          <dd>{launch.description || <span className="muted">None</span>}</dd>
          <dt>Time zone</dt>
          <dd>{launch.time_zone}</dd>
        </dl>
        {tZero}
      </section>
    )
  }

  return (
    <section className="settings-section" aria-labelledby="details-heading">
      <h3 id="details-heading">Launch</h3>
      <form className="form" onSubmit={submit} aria-labelledby="details-heading">
        <label htmlFor={`${id}-name`}>Launch name</label>
        <input
          id={`${id}-name`}
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
          {...invalidProps(`${id}-name-error`, nameError)}
        />
        <FieldError id={`${id}-name-error`} messages={nameError} />
        <label htmlFor={`${id}-description`}>Description</label>
        <textarea
          id={`${id}-description`}
          rows={3}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          {...invalidProps(`${id}-description-error`, descriptionError)}
        />
        <FieldError id={`${id}-description-error`} messages={descriptionError} />
        <label htmlFor={`${id}-zone`}>Launch time zone</label>
        <TimeZoneInput id={`${id}-zone`} value={timeZone} onChange={setTimeZone} />
        <FieldError id={`${id}-zone-error`} messages={zoneError} />
        {error && !errorIsAtFields(error, ['name', 'description', 'time_zone']) && (
          <p className="error" role="alert">
            {describeWriteError(error)}
          </p>
        )}
        {update.isSuccess && !changed && (
          <p className="success" role="status">
            Saved.
          </p>
        )}
        <button type="submit" className="button" disabled={update.isPending || !changed}>
          Save
        </button>
      </form>
      {tZero}
      <p className="muted">
        To move launch day, use <Link to={`/launches/${launch.id}`}>Move launch day on the timeline</Link>: it shows
        what moves with it and what newly conflicts before anything changes.
      </p>
    </section>
  )
}
