import { useId, useState, type FormEvent } from 'react'
import { FieldError, invalidProps } from '../../../components/ui/FieldError'
import { describeWriteError, fieldErrors } from '../../../lib/errors'
import { leadsDepartment, type Viewer } from '../../../lib/permissions'
import { useCreateTask, type NewTask } from '../api/tasks'
import type { DayCount, ScheduleMode, Timeline } from '../api/timeline'
import { useDepartmentUsers } from '../api/users'
import { parseDayInput } from '../dayInput'
import { DayOrOffsetInput } from './DayOrOffsetInput'
import { SidePanel } from './SidePanel'

interface NewTaskFormProps {
  timeline: Timeline
  viewer: Viewer
  /** The workstream to add to first (a lane's "add a task"); the viewer may pick another they lead. */
  workstreamId?: number
  onClose: () => void
  /** The new task's id, once the server has created it. */
  onCreated: (taskId: number) => void
}

/**
 * Adds a task to a workstream the viewer leads (the office: any): a title, a start as a T-offset or a date,
 * and a due day or a duration, an assignee of that department, whether launch needs it.
 */
export function NewTaskForm({ timeline, viewer, workstreamId, onClose, onCreated }: NewTaskFormProps) {
  const id = useId()
  const lanes = timeline.lanes.filter((lane) => leadsDepartment(viewer, lane.department.id))
  const [workstream, setWorkstream] = useState<number | null>(
    lanes.find((lane) => lane.id === workstreamId)?.id ?? lanes[0]?.id ?? null,
  )
  const [title, setTitle] = useState('')
  const [scheduleMode, setScheduleMode] = useState<ScheduleMode>('anchored')
  const [start, setStart] = useState('')
  const [due, setDue] = useState('')
  const [duration, setDuration] = useState('1')
  const [durationCount, setDurationCount] = useState<DayCount>('working')
  const [assignee, setAssignee] = useState<number | null>(null)
  const [neededForLaunch, setNeededForLaunch] = useState(false)
  const [submitted, setSubmitted] = useState(false)
  const create = useCreateTask(timeline.launch.id)
  const lane = timeline.lanes.find((l) => l.id === workstream)
  const users = useDepartmentUsers(lane?.department.id ?? -1, lane !== undefined)
  const context = { tZeroDate: timeline.launch.t_zero_date, calendar: timeline.calendar }
  const server = fieldErrors(create.error)

  const startDay = parseDayInput(start, context)
  const dueDay = parseDayInput(due, context)
  const days = Number(duration)
  const durationValid = Number.isInteger(days) && days >= 1 && days <= 3650
  const dueBeforeStart =
    (startDay.kind === 'offset' || startDay.kind === 'date') &&
    (dueDay.kind === 'offset' || dueDay.kind === 'date') &&
    dueDay.day < startDay.day
  const durationErrors =
    !durationValid && dueDay.kind === 'empty' ? ['A task lasts from 1 to 3650 days.'] : (server.duration_days ?? [])
  const titleProblem = submitted && !title.trim() ? ['A task needs a title.'] : []
  const titleErrors = [...titleProblem, ...(server.title ?? [])]

  function body(): NewTask | null {
    if (workstream === null || !title.trim()) return null
    if (startDay.kind !== 'offset' && startDay.kind !== 'date') return null
    if (dueDay.kind === 'invalid' || dueBeforeStart) return null
    const task: NewTask = {
      workstream,
      title: title.trim(),
      schedule_mode: scheduleMode,
      duration_count: durationCount,
      assignee,
      needed_for_launch: neededForLaunch,
    }
    if (scheduleMode === 'anchored') task.offset_days = startDay.offset
    else task.start_date = startDay.day
    if (dueDay.kind === 'offset' || dueDay.kind === 'date') task.due_date = dueDay.day
    else if (durationValid) task.duration_days = days
    else return null
    return task
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    setSubmitted(true)
    const task = body()
    if (!task) return
    create.mutate(task, { onSuccess: (created) => onCreated(created.id) })
  }

  return (
    <SidePanel title="New task" onClose={onClose}>
      {lanes.length === 0 ? (
        <p className="muted" role="note">
          Only the office or a department's lead can add tasks.
        </p>
      ) : (
        <form className="form new-task-form" onSubmit={submit} aria-label="New task" noValidate>
          <label htmlFor={`${id}-workstream`}>Department</label>
          <select
            id={`${id}-workstream`}
            value={workstream ?? ''}
            onChange={(e) => {
              setWorkstream(Number(e.target.value))
              setAssignee(null)
            }}
          >
            {lanes.map((l) => (
              <option key={l.id} value={l.id}>
                {l.department.name}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            value={title}
            required
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
            {...invalidProps(`${id}-title-error`, titleErrors)}
          />
          <FieldError id={`${id}-title-error`} messages={titleErrors} />
          <label htmlFor={`${id}-mode`}>When launch day moves</label>
          <select id={`${id}-mode`} value={scheduleMode} onChange={(e) => setScheduleMode(e.target.value as ScheduleMode)}>
            <option value="anchored">The dates move with it (T-offsets)</option>
            <option value="fixed">The dates stay on the calendar</option>
          </select>
          <div className="form-row">
            <DayOrOffsetInput
              label="Start"
              value={start}
              onChange={setStart}
              context={context}
              required
              showErrors={submitted}
              error={[...(server.offset_days ?? []), ...(server.start_date ?? [])].join(' ') || undefined}
            />
            <DayOrOffsetInput
              label="Due (optional)"
              value={due}
              onChange={setDue}
              context={context}
              showErrors={submitted}
              description="Or give a duration"
              error={
                [dueBeforeStart ? 'The due day is before the start.' : '', ...(server.due_date ?? [])]
                  .filter(Boolean)
                  .join(' ') || undefined
              }
            />
          </div>
          <div className="form-row">
            <div>
              <label htmlFor={`${id}-duration`}>Duration</label>
              <input
                id={`${id}-duration`}
                type="number"
                min={1}
                max={3650}
                value={duration}
                disabled={dueDay.kind === 'offset' || dueDay.kind === 'date'}
                onChange={(e) => setDuration(e.target.value)}
                {...invalidProps(`${id}-duration-error`, durationErrors)}
              />
            </div>
            <div>
              <label htmlFor={`${id}-count`}>Counted in</label>
              <select id={`${id}-count`} value={durationCount} onChange={(e) => setDurationCount(e.target.value as DayCount)}>
                <option value="working">Working days</option>
                <option value="calendar">Calendar days</option>
              </select>
            </div>
          </div>
          <FieldError id={`${id}-duration-error`} messages={durationErrors} />
          <label htmlFor={`${id}-assignee`}>Assignee</label>
          <select
            id={`${id}-assignee`}
            value={assignee ?? ''}
            onChange={(e) => setAssignee(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">Nobody</option>
            {(users.data?.results ?? []).map((person) => (
              <option key={person.id} value={person.id}>
                {person.full_name || person.username}
              </option>
            ))}
          </select>
          <label className="checkbox">
            <input type="checkbox" checked={neededForLaunch} onChange={(e) => setNeededForLaunch(e.target.checked)} />{' '}
            Needed for launch (must be finished by T-0)
          </label>
          {create.isError && (
            <p className="error" role="alert">
              {describeWriteError(create.error)}
            </p>
          )}
          <div className="dialog-actions">
            <button className="button" type="submit" disabled={create.isPending}>
              {create.isPending ? 'Adding…' : 'Add task'}
            </button>
            <button className="button secondary" type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </SidePanel>
  )
}
