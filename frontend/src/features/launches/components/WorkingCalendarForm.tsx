import { useId, useState, type FormEvent } from 'react'
import { ConfirmDeleteButton } from '../../../components/ui/ConfirmDeleteButton'
import { FieldError, invalidProps } from '../../../components/ui/FieldError'
import { formatDay } from '../../../lib/dates'
import { describeWriteError } from '../../../lib/errors'
import { useUpdateLaunch, type Closure, type Launch } from '../api/launches'
import { errorIsAtFields, fieldMessages } from '../fieldMessages'
import { parseHolidayRegions, WEEKDAYS } from '../model'
import { WorkingCalendarFields, type WorkingCalendarValue } from './WorkingCalendarFields'

const CALENDAR_FIELDS = ['working_weekdays', 'holiday_regions', 'offset_count']

function calendarOf(launch: Launch): WorkingCalendarValue {
  return {
    working_weekdays: launch.working_weekdays,
    holidayRegions: launch.holiday_regions.join(', '),
    offset_count: launch.offset_count,
  }
}

function sameCalendar(a: WorkingCalendarValue, b: WorkingCalendarValue): boolean {
  return (
    a.offset_count === b.offset_count &&
    a.working_weekdays.join() === b.working_weekdays.join() &&
    parseHolidayRegions(a.holidayRegions).join() === parseHolidayRegions(b.holidayRegions).join()
  )
}

function closureLabel(closure: Closure): string {
  const days = closure.start === closure.end ? formatDay(closure.start) : `${formatDay(closure.start)} – ${formatDay(closure.end)}`
  return closure.name ? `${closure.name}: ${days}` : days
}

/** The launch's own days off: named ranges (inclusive), each added or removed at once. */
function ClosuresEditor({ launch, canEdit }: { launch: Launch; canEdit: boolean }) {
  const id = useId()
  const update = useUpdateLaunch(launch.id)
  const [name, setName] = useState('')
  const [start, setStart] = useState('')
  const [end, setEnd] = useState('')
  const closuresError = fieldMessages(update.error, 'closures')

  function save(closures: Closure[], onSuccess?: () => void) {
    update.mutate({ launch, patch: { closures } }, { onSuccess })
  }

  function add(event: FormEvent) {
    event.preventDefault()
    save([...launch.closures, { name, start, end: end || start }], () => {
      setName('')
      setStart('')
      setEnd('')
    })
  }

  return (
    <div className="closures">
      <h4 id={`${id}-heading`}>Days off of this launch</h4>
      {launch.closures.length === 0 ? (
        <p className="muted">None beyond the weekends and public holidays above.</p>
      ) : (
        <ul className="settings-list" aria-labelledby={`${id}-heading`}>
          {launch.closures.map((closure, index) => (
            <li key={`${closure.start}-${closure.end}-${index}`} className="settings-row">
              <span>{closureLabel(closure)}</span>
              {canEdit && (
                <ConfirmDeleteButton
                  triggerClassName="link-button"
                  label={`Delete ${closure.name || 'closure'} ${closure.start}`}
                  question={`Remove ${closure.name || 'this closure'}?`}
                  prompt={`Work again on ${closureLabel(closure)}?`}
                  confirmText="Yes, remove it"
                  busy={update.isPending}
                  onAsk={() => update.reset()}
                  onDelete={() =>
                    update
                      .mutateAsync({ launch, patch: { closures: launch.closures.filter((_, i) => i !== index) } })
                      .catch(() => undefined)
                  }
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form className="form closure-form" onSubmit={add} aria-label="Add days off">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} maxLength={200} value={name} placeholder="e.g. Company offsite" onChange={(e) => setName(e.target.value)} />
          <label htmlFor={`${id}-start`}>First day off</label>
          <input
            id={`${id}-start`}
            type="date"
            required
            value={start}
            onChange={(e) => setStart(e.target.value)}
            {...invalidProps(`${id}-error`, closuresError)}
          />
          <label htmlFor={`${id}-end`}>Last day off (inclusive; empty: one day)</label>
          <input
            id={`${id}-end`}
            type="date"
            min={start || undefined}
            value={end}
            onChange={(e) => setEnd(e.target.value)}
            {...invalidProps(`${id}-error`, closuresError)}
          />
          <FieldError id={`${id}-error`} messages={closuresError} />
          {update.error && !closuresError && (
            <p className="error" role="alert">
              {describeWriteError(update.error)}
            </p>
          )}
          <button type="submit" className="button secondary" disabled={update.isPending}>
            Add days off
          </button>
        </form>
      )}
    </div>
  )
}

/** Weekdays worked, public holidays and what offsets count (saved together), and the launch's own days off. */
export function WorkingCalendarForm({ launch, canEdit }: { launch: Launch; canEdit: boolean }) {
  const update = useUpdateLaunch(launch.id)
  const [calendar, setCalendar] = useState<WorkingCalendarValue>(() => calendarOf(launch))
  const changed = !sameCalendar(calendar, calendarOf(launch))

  function submit(event: FormEvent) {
    event.preventDefault()
    update.mutate({
      launch,
      patch: {
        working_weekdays: calendar.working_weekdays,
        holiday_regions: parseHolidayRegions(calendar.holidayRegions),
        offset_count: calendar.offset_count,
      },
    })
  }

  return (
    <section className="settings-section" aria-labelledby="calendar-heading">
      <h3 id="calendar-heading">Working calendar</h3>
      {canEdit ? (
        <form className="form" onSubmit={submit} aria-labelledby="calendar-heading">
          <WorkingCalendarFields value={calendar} onChange={setCalendar} error={update.error} />
          {update.error && !errorIsAtFields(update.error, CALENDAR_FIELDS) && (
            <p className="error" role="alert">
              {describeWriteError(update.error)}
            </p>
          )}
          {update.isSuccess && !changed && (
            <p className="success" role="status">
              Saved: working days are counted with this calendar.
            </p>
          )}
          <button type="submit" className="button" disabled={update.isPending || !changed}>
            Save the working calendar
          </button>
        </form>
      ) : (
        <dl className="facts">
          <dt>Working days</dt>
          <dd>
            {WEEKDAYS.filter((d) => launch.working_weekdays.includes(d.day))
              .map((d) => d.name)
              .join(', ')}
          </dd>
          <dt>Public holidays of</dt>
          <dd>{launch.holiday_regions.join(', ') || <span className="muted">None</span>}</dd>
          <dt>Offsets from T-0 count</dt>
          <dd>{launch.offset_count === 'working' ? 'Working days' : 'Calendar days'}</dd>
        </dl>
      )}
      <ClosuresEditor launch={launch} canEdit={canEdit} />
    </section>
  )
}
