import { useId, useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { Dialog } from '../../../components/ui/Dialog'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { FieldError, invalidProps } from '../../../components/ui/FieldError'
import { Loading } from '../../../components/ui/Loading'
import { TimeZoneInput } from '../../../components/ui/TimeZoneInput'
import { ApiError } from '../../../lib/api'
import { browserTimeZone, formatTZero } from '../../../lib/dates'
import { describeWriteError } from '../../../lib/errors'
import { useCreateLaunch, type Launch } from '../api/launches'
import { useDepartments, type Department } from '../api/people'
import { createWorkstream } from '../api/workstreams'
import { errorIsAtFields, fieldMessages } from '../fieldMessages'
import { parseHolidayRegions, wallClockToUtc } from '../model'
import { LeadSelect } from './LeadSelect'
import { DEFAULT_WORKING_CALENDAR, WorkingCalendarFields, type WorkingCalendarValue } from './WorkingCalendarFields'

const LAUNCH_FIELDS = [
  'name',
  'description',
  't_zero',
  'time_zone',
  'working_weekdays',
  'holiday_regions',
  'offset_count',
  'closures',
]

/** A chosen department and the lead its workstream gets. */
interface DepartmentChoice {
  department: Department
  lead: number | null
}

/** A workstream the server refused: which department, and why. */
interface Failure {
  pick: DepartmentChoice
  error: unknown
}

function DepartmentPicker({
  departments,
  picks,
  onChange,
  disabled,
}: {
  departments: Department[]
  picks: Map<number, number | null>
  onChange: (picks: Map<number, number | null>) => void
  disabled: boolean
}) {
  const id = useId()
  function set(departmentId: number, lead: number | null | undefined) {
    const next = new Map(picks)
    if (lead === undefined) next.delete(departmentId)
    else next.set(departmentId, lead)
    onChange(next)
  }
  return (
    <fieldset className="department-picks" disabled={disabled}>
      <legend>Departments and their workstream leads</legend>
      {departments.length === 0 && <p className="muted">No departments yet: add them in the admin.</p>}
      <ul className="plain-list">
        {departments.map((department) => {
          const chosen = picks.has(department.id)
          return (
            <li key={department.id} className="department-pick">
              <label>
                <input
                  type="checkbox"
                  checked={chosen}
                  onChange={(e) => set(department.id, e.target.checked ? (department.lead?.id ?? null) : undefined)}
                />{' '}
                {department.name}
              </label>
              {chosen && (
                <>
                  <label htmlFor={`${id}-${department.id}`} className="visually-hidden">
                    {department.name} lead
                  </label>
                  <LeadSelect
                    id={`${id}-${department.id}`}
                    departmentId={department.id}
                    value={picks.get(department.id) ?? null}
                    current={department.lead}
                    onChange={(lead) => set(department.id, lead)}
                  />
                </>
              )}
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}

/** After the launch was made: the workstreams that failed, named, with a retry (the others are in place). */
function WorkstreamFailures({
  launch,
  failures,
  retrying,
  onRetry,
  onOpen,
}: {
  launch: Launch
  failures: Failure[]
  retrying: boolean
  onRetry: () => void
  onOpen: () => void
}) {
  return (
    <div className="form">
      <div className="error" role="alert">
        <p>
          The launch “{launch.name}” was created, but {failures.length === 1 ? 'this workstream was' : 'these workstreams were'}{' '}
          not:
        </p>
        <ul>
          {failures.map(({ pick, error }) => (
            <li key={pick.department.id}>
              {pick.department.name}: {describeWriteError(error)}
            </li>
          ))}
        </ul>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={onOpen} disabled={retrying}>
          Open the launch without {failures.length === 1 ? 'it' : 'them'}
        </button>
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : `Retry ${failures.length === 1 ? 'it' : 'them'}`}
        </button>
      </div>
    </div>
  )
}

/**
 * The office makes a launch from nothing: name, description, T-0 on the launch zone's clock, the working
 * calendar, and its departments with each workstream's lead. The launch is created first (with no
 * workstream), then each workstream in turn; a workstream the server refuses is named, with a retry.
 */
export function NewLaunchDialog({ onClose }: { onClose: () => void }) {
  const id = useId()
  const navigate = useNavigate()
  const departments = useDepartments()
  const create = useCreateLaunch()
  const [name, setName] = useState('')
  const [description, setDescription] = useState('')
  const [tZero, setTZero] = useState('')
  const [timeZone, setTimeZone] = useState(browserTimeZone)
  const [calendar, setCalendar] = useState<WorkingCalendarValue>(DEFAULT_WORKING_CALENDAR)
  const [picks, setPicks] = useState<Map<number, number | null> | null>(null)
  const [localError, setLocalError] = useState<ApiError | null>(null)
  const [created, setCreated] = useState<Launch | null>(null)
  const [failures, setFailures] = useState<Failure[]>([])
  const [addingWorkstreams, setAddingWorkstreams] = useState(false)

  // Every department by default (as the server would), each with its own lead.
  const allDepartments = departments.data?.results ?? []
  const chosen = picks ?? new Map(allDepartments.map((d) => [d.id, d.lead?.id ?? null]))
  const error = localError ?? create.error

  /** Creates the workstreams one after the other (in the departments' order); answers those refused. */
  async function addWorkstreams(launch: Launch, todo: DepartmentChoice[]) {
    setAddingWorkstreams(true)
    const failed: Failure[] = []
    for (const pick of todo) {
      try {
        await createWorkstream({ launch: launch.id, department: pick.department.id, lead: pick.lead })
      } catch (e) {
        failed.push({ pick, error: e })
      }
    }
    setAddingWorkstreams(false)
    setFailures(failed)
    if (failed.length === 0) navigate(`/launches/${launch.id}`)
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    setLocalError(null)
    const t_zero = wallClockToUtc(tZero, timeZone)
    if (!t_zero) {
      setLocalError(
        new ApiError(400, {
          code: 'invalid',
          message: 'Give T-0 as a date and time, and a time zone the browser knows.',
          extra: { fields: { t_zero: ['Give T-0 as a date and time, and a time zone the browser knows.'] } },
        }),
      )
      return
    }
    const todo: DepartmentChoice[] = allDepartments
      .filter((d) => chosen.has(d.id))
      .map((department) => ({ department, lead: chosen.get(department.id) ?? null }))
    create.mutate(
      {
        name,
        description,
        t_zero,
        time_zone: timeZone,
        working_weekdays: calendar.working_weekdays,
        holiday_regions: parseHolidayRegions(calendar.holidayRegions),
        offset_count: calendar.offset_count,
        // The workstreams follow, each with the lead chosen here.
        departments: [],
      },
      {
        onSuccess: (launch) => {
          setCreated(launch)
          void addWorkstreams(launch, todo)
        },
      },
    )
  }

  const nameError = fieldMessages(error, 'name')
  const descriptionError = fieldMessages(error, 'description')
  const tZeroError = fieldMessages(error, 't_zero')
  const zoneError = fieldMessages(error, 'time_zone')
  const busy = create.isPending || addingWorkstreams
  const tZeroUtc = wallClockToUtc(tZero, timeZone)

  return (
    <Dialog title="New launch" onClose={onClose}>
      {created && failures.length > 0 ? (
        <WorkstreamFailures
          launch={created}
          failures={failures}
          retrying={addingWorkstreams}
          onRetry={() => void addWorkstreams(created, failures.map((f) => f.pick))}
          onOpen={() => navigate(`/launches/${created.id}`)}
        />
      ) : (
        <form className="form new-launch-form" onSubmit={submit}>
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
            rows={2}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            {...invalidProps(`${id}-description-error`, descriptionError)}
          />
          <FieldError id={`${id}-description-error`} messages={descriptionError} />
          <label htmlFor={`${id}-zone`}>Launch time zone</label>
          <TimeZoneInput id={`${id}-zone`} value={timeZone} onChange={setTimeZone} />
          <FieldError id={`${id}-zone-error`} messages={zoneError} />
          <label htmlFor={`${id}-tzero`}>T-0 (date and time in the launch time zone)</label>
          <input
            id={`${id}-tzero`}
            type="datetime-local"
            required
            value={tZero}
            onChange={(e) => setTZero(e.target.value)}
            {...invalidProps(`${id}-tzero-error`, tZeroError)}
          />
          <FieldError id={`${id}-tzero-error`} messages={tZeroError} />
          {tZeroUtc && timeZone !== browserTimeZone() && (
            <p className="muted">That is {formatTZero(tZeroUtc)} in your time zone.</p>
          )}
          <WorkingCalendarFields value={calendar} onChange={setCalendar} error={error} disabled={busy} />
          {departments.isPending ? (
            <Loading label="Loading departments…" />
          ) : departments.isError ? (
            <ErrorNotice error={departments.error} />
          ) : (
            <DepartmentPicker departments={allDepartments} picks={chosen} onChange={setPicks} disabled={busy} />
          )}
          {error && !errorIsAtFields(error, LAUNCH_FIELDS) && (
            <p className="error" role="alert">
              {describeWriteError(error)}
            </p>
          )}
          {addingWorkstreams && <Loading label="Adding the workstreams…" />}
          <div className="dialog-actions">
            <button type="button" className="button secondary" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button" disabled={busy || departments.isPending}>
              Create launch
            </button>
          </div>
        </form>
      )}
    </Dialog>
  )
}
