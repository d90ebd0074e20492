import { useId, useState, type FormEvent } from 'react'
import type { IsoDay } from '../../../lib/dates'
import type { TaskEditLevel } from '../../../lib/permissions'
import { useDepartmentUsers } from '../api/users'
import type { TaskDetail, TaskPatch } from '../api/tasks'
import { TASK_STATUS_LABELS, type TaskStatus } from '../api/timeline'
import { datePatch, type WorkingCalendar } from '../model'

/** The fields that changed, as the PATCH body: dates as the task's own anchor. */
function taskPatch(
  detail: TaskDetail,
  tZeroDate: IsoDay,
  form: { status: TaskStatus; assignee: number | null; start: IsoDay; due: IsoDay },
  calendar?: WorkingCalendar,
): TaskPatch {
  const patch: TaskPatch = {}
  if (form.status !== detail.status) patch.status = form.status
  if (form.assignee !== detail.assignee) patch.assignee = form.assignee
  if (form.start !== detail.planned_start || form.due !== detail.planned_due) {
    Object.assign(patch, datePatch(detail, tZeroDate, form.start, form.due, calendar))
  }
  return patch
}

interface TaskEditFormProps {
  tZeroDate: IsoDay
  /** How the launch counts offsets from T-0 (an anchored task's new start is written in them). */
  calendar?: WorkingCalendar
  detail: TaskDetail
  level: Exclude<TaskEditLevel, 'none'>
  saving: boolean
  onSave: (patch: TaskPatch) => void
}

/**
 * Status, assignee and planned dates, as far as the user may change them. Keyed by the task's ETag where it
 * is used, so it starts again from the current version after a save or a reload.
 */
export function TaskEditForm({ tZeroDate, calendar, detail, level, saving, onSave }: TaskEditFormProps) {
  const id = useId()
  const [status, setStatus] = useState<TaskStatus>(detail.status)
  const [assignee, setAssignee] = useState<number | null>(detail.assignee)
  const [start, setStart] = useState<IsoDay>(detail.planned_start)
  const [due, setDue] = useState<IsoDay>(detail.planned_due)
  const users = useDepartmentUsers(detail.department, level === 'all')
  const full = level === 'all'
  const patch = taskPatch(detail, tZeroDate, { status, assignee, start, due }, calendar)
  const unchanged = Object.keys(patch).length === 0

  function submit(event: FormEvent) {
    event.preventDefault()
    if (unchanged) return
    onSave(patch)
  }

  const people = users.data?.results ?? (detail.assignee_detail ? [detail.assignee_detail] : [])

  return (
    <form className="form task-edit-form" onSubmit={submit} aria-label="Edit task">
      <label htmlFor={`${id}-status`}>Status</label>
      <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as TaskStatus)}>
        {Object.entries(TASK_STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {full && (
        <>
          <label htmlFor={`${id}-assignee`}>Assignee</label>
          <select
            id={`${id}-assignee`}
            value={assignee ?? ''}
            onChange={(e) => setAssignee(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">Nobody</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.full_name || person.username}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-start`}>Planned start</label>
          <input
            id={`${id}-start`}
            type="date"
            required
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />
          <label htmlFor={`${id}-due`}>Planned due</label>
          <input id={`${id}-due`} type="date" required min={start} value={due} onChange={(e) => setDue(e.target.value)} />
        </>
      )}
      {!full && <p className="muted">As the assignee you can change the status only.</p>}
      <button className="button" type="submit" disabled={unchanged || saving}>
        {saving ? 'Saving…' : 'Save changes'}
      </button>
    </form>
  )
}
