import { useId, useState, type FormEvent } from 'react'
import { ListBox, ListBoxItem, type Selection } from 'react-aria-components'
import { FieldError, invalidProps } from '../../../components/ui/FieldError'
import { formatTimeOfDay, type IsoDay } from '../../../lib/dates'
import { fieldErrors } from '../../../lib/errors'
import type { TaskEditLevel } from '../../../lib/permissions'
import type { TaskDetail, TaskPatch } from '../api/tasks'
import { useAssignmentWarnings } from '../api/workloadPreview'
import { TASK_STATUS_LABELS, type DayCount, type ScheduleMode, type TaskStatus } from '../api/timeline'
import { dayInputText, parseDayInput, type DayInputContext } from '../dayInput'
import { tOffset } from '../model'
import { DayOrOffsetInput } from './DayOrOffsetInput'

/** What the form holds: every field as typed. */
export interface TaskFormValues {
  title: string
  description: string
  status: TaskStatus
  assignee: number | null
  /** The people sharing the task beside its assignee (user ids). */
  collaborators: number[]
  /** Hours of work as typed, or '' for none. */
  effortHours: string
  scheduleMode: ScheduleMode
  /** "T-14" or a date (DayOrOffsetInput). */
  start: string
  due: string
  duration: string
  durationCount: DayCount
  /** "17:00", or '' for none. */
  dueTime: string
  neededForLaunch: boolean
  /** Which of due and duration sizes the task, when both could: the one edited last. */
  sizeBy: 'due' | 'duration'
}

/** The form's first values: dates as the task is anchored (an offset for an anchored task, else its date). */
export function taskFormValues(detail: TaskDetail, context: DayInputContext): TaskFormValues {
  const anchored = detail.schedule_mode === 'anchored'
  const asTyped = (day: IsoDay, offset?: number | null) =>
    anchored ? dayInputText({ offset: offset ?? tOffset(day, context.tZeroDate, context.calendar) }) : day
  return {
    title: detail.title,
    description: detail.description,
    status: detail.status,
    assignee: detail.assignee,
    collaborators: [...(detail.collaborators ?? [])],
    effortHours: detail.effort_hours == null ? '' : String(detail.effort_hours),
    scheduleMode: detail.schedule_mode,
    start: asTyped(detail.planned_start, detail.offset_days),
    due: asTyped(detail.planned_due),
    duration: String(detail.duration_days),
    durationCount: detail.duration_count,
    dueTime: detail.due_time ? formatTimeOfDay(detail.due_time) : '',
    neededForLaunch: detail.needed_for_launch,
    sizeBy: 'due',
  }
}

/** Why the form cannot be sent, by field; `dueOrder` when the due day is before the start. */
export type TaskFormProblems = Partial<Record<'title' | 'start' | 'due' | 'dueOrder' | 'duration' | 'effortHours', string>>

/** The most hours one task may take (launches/services.py MAX_EFFORT_HOURS). */
export const MAX_EFFORT_HOURS = 10_000

/** The collaborators the form would save: each once, in id order, never the assignee (who owns the task). */
export function formCollaborators(form: Pick<TaskFormValues, 'collaborators' | 'assignee'>): number[] {
  return [...new Set(form.collaborators)].filter((id) => id !== form.assignee).sort((a, b) => a - b)
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  const sorted = [...b].sort((x, y) => x - y)
  return a.length === sorted.length && a.every((id, i) => id === sorted[i])
}

/** The PATCH body of what changed, or the problems that keep it from being sent (by field). */
export function taskFormPatch(
  detail: TaskDetail,
  initial: TaskFormValues,
  form: TaskFormValues,
  context: DayInputContext,
  level: Exclude<TaskEditLevel, 'none'>,
): { patch: TaskPatch; problems: TaskFormProblems } {
  const patch: TaskPatch = {}
  const problems: TaskFormProblems = {}
  if (form.status !== detail.status) patch.status = form.status
  if (level === 'status') return { patch, problems }

  const title = form.title.trim()
  if (!title) problems.title = 'A task needs a title.'
  else if (title !== detail.title) patch.title = title
  if (form.description !== detail.description) patch.description = form.description
  if (form.assignee !== detail.assignee) patch.assignee = form.assignee
  const collaborators = formCollaborators(form)
  if (!sameIds(collaborators, detail.collaborators ?? [])) patch.collaborators = collaborators
  const effort = form.effortHours.trim()
  if (effort === '') {
    if (detail.effort_hours != null) patch.effort_hours = null
  } else {
    const hours = Number(effort)
    if (!Number.isInteger(hours) || hours < 1 || hours > MAX_EFFORT_HOURS) {
      problems.effortHours = `Effort is a whole number of hours, from 1 to ${MAX_EFFORT_HOURS.toLocaleString('en')}.`
    } else if (hours !== detail.effort_hours) patch.effort_hours = hours
  }
  if (form.neededForLaunch !== detail.needed_for_launch) patch.needed_for_launch = form.neededForLaunch
  if (form.dueTime !== initial.dueTime) patch.due_time = form.dueTime || null

  const start = parseDayInput(form.start, context)
  const due = parseDayInput(form.due, context)
  const modeChanged = form.scheduleMode !== detail.schedule_mode
  const startChanged = modeChanged || form.start !== initial.start
  const dueChanged = form.due !== initial.due
  const durationChanged = form.duration !== initial.duration || form.durationCount !== initial.durationCount

  if (startChanged) {
    if (start.kind === 'offset' || start.kind === 'date') {
      if (modeChanged) patch.schedule_mode = form.scheduleMode
      // An anchored task keeps the offset as typed (or the date's offset); a fixed one its calendar day.
      if (form.scheduleMode === 'anchored') patch.offset_days = start.offset
      else patch.start_date = start.day
    } else problems.start = start.kind === 'invalid' ? start.error : 'A task needs a start.'
  }
  if (form.sizeBy === 'duration' && durationChanged) {
    const days = Number(form.duration)
    if (!Number.isInteger(days) || days < 1) problems.duration = 'A task lasts at least one whole day.'
    else {
      if (days !== detail.duration_days) patch.duration_days = days
      if (form.durationCount !== detail.duration_count) patch.duration_count = form.durationCount
    }
  } else if (dueChanged || startChanged || durationChanged) {
    // The due day stays where it is shown when only the start (or what the duration counts) changes.
    if (due.kind === 'offset' || due.kind === 'date') {
      if (start.kind !== 'invalid' && start.kind !== 'empty' && due.day < start.day) {
        problems.dueOrder = 'The due day is before the start.'
      } else {
        patch.due_date = due.day
        if (form.durationCount !== detail.duration_count) patch.duration_count = form.durationCount
      }
    } else problems.due = due.kind === 'invalid' ? due.error : 'A task needs a due day.'
  }
  return { patch, problems }
}

interface TaskEditFormProps {
  context: DayInputContext
  detail: TaskDetail
  level: Exclude<TaskEditLevel, 'none'>
  /** The people the task can be assigned to (its department's). */
  people: { id: number; label: string }[]
  /** The people it can be shared with (anyone); the assignee's list when not given. */
  sharable?: { id: number; label: string }[]
  saving: boolean
  /** The last refused save: the server's messages go under their fields. */
  error?: unknown
  onSave: (patch: TaskPatch) => void
}

/**
 * Everything of a task its department's lead (or the office) may change, or only the status for its
 * assignee. Keyed by the task's ETag where it is used, so it starts again from the current version after a
 * save or a reload.
 */
export function TaskEditForm({ context, detail, level, people, sharable, saving, error, onSave }: TaskEditFormProps) {
  const id = useId()
  const [initial] = useState(() => taskFormValues(detail, context))
  const [form, setForm] = useState(initial)
  const [submitted, setSubmitted] = useState(false)
  const set = <K extends keyof TaskFormValues>(key: K, value: TaskFormValues[K]) =>
    setForm((current) => ({ ...current, [key]: value }))
  const { patch, problems } = taskFormPatch(detail, initial, form, context, level)
  const unchanged = Object.keys(patch).length === 0 && Object.keys(problems).length === 0
  const server = fieldErrors(error)
  const full = level === 'all'

  function submit(event: FormEvent) {
    event.preventDefault()
    setSubmitted(true)
    if (unchanged || Object.keys(problems).length > 0) return
    onSave(patch)
  }

  const serverFor = (...names: string[]) => names.flatMap((name) => server[name] ?? [])
  const titleErrors = [...(problems.title && submitted ? [problems.title] : []), ...serverFor('title')]
  const durationErrors = [...(problems.duration ? [problems.duration] : []), ...serverFor('duration_days')]
  const effortErrors = [...(problems.effortHours ? [problems.effortHours] : []), ...serverFor('effort_hours')]
  const collaboratorErrors = serverFor('collaborators')
  // Before saving: would the people newly given the task be over their weekly capacity? (Advice only.)
  const chosen = formCollaborators(form)
  const newAssignee = form.assignee !== null && form.assignee !== detail.assignee ? [form.assignee] : []
  const newCollaborators = chosen.filter((pk) => !(detail.collaborators ?? []).includes(pk))
  const warnings = useAssignmentWarnings([...newAssignee, ...newCollaborators], detail.id, full)
  const assigneeWarning = form.assignee !== null ? warnings.get(form.assignee) : undefined
  const collaboratorWarnings = newCollaborators.flatMap((pk) => warnings.get(pk) ?? [])
  const shareWith = (sharable ?? people).filter((person) => person.id !== form.assignee)

  return (
    <form className="form task-edit-form" onSubmit={submit} aria-label="Edit task" noValidate>
      {full && (
        <>
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            value={form.title}
            required
            maxLength={200}
            onChange={(e) => set('title', e.target.value)}
            {...invalidProps(`${id}-title-error`, titleErrors)}
          />
          <FieldError id={`${id}-title-error`} messages={titleErrors} />
        </>
      )}
      <div className="form-row">
        <div>
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} value={form.status} onChange={(e) => set('status', e.target.value as TaskStatus)}>
            {Object.entries(TASK_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {full && (
          <div>
            <label htmlFor={`${id}-assignee`}>Assignee</label>
            <select
              id={`${id}-assignee`}
              value={form.assignee ?? ''}
              onChange={(e) => set('assignee', e.target.value ? Number(e.target.value) : null)}
            >
              <option value="">Nobody</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.label}
                </option>
              ))}
            </select>
            {assigneeWarning && (
              <p className="assignment-warning" role="status">
                ⚠ {assigneeWarning}
              </p>
            )}
          </div>
        )}
      </div>
      {full && (
        <>
          <span className="label" id={`${id}-collaborators-label`}>
            Collaborators
          </span>
          <ListBox
            className="ui-listbox collaborator-list"
            aria-labelledby={`${id}-collaborators-label`}
            aria-describedby={collaboratorErrors.length ? `${id}-collaborators-error` : undefined}
            selectionMode="multiple"
            selectedKeys={new Set(chosen)}
            onSelectionChange={(keys: Selection) =>
              set('collaborators', keys === 'all' ? shareWith.map((person) => person.id) : [...keys].map(Number))
            }
            style={{ maxHeight: '9rem', overflowY: 'auto', border: '1px solid #d1d5db', borderRadius: 4 }}
            renderEmptyState={() => <p className="ui-empty">Nobody else to share it with.</p>}
          >
            {shareWith.map((person) => (
              <ListBoxItem key={person.id} id={person.id} className="ui-option" textValue={person.label}>
                {chosen.includes(person.id) ? '✓ ' : ''}
                {person.label}
              </ListBoxItem>
            ))}
          </ListBox>
          <FieldError id={`${id}-collaborators-error`} messages={collaboratorErrors} />
          {collaboratorWarnings.map((message) => (
            <p key={message} className="assignment-warning" role="status">
              ⚠ {message}
            </p>
          ))}
        </>
      )}
      {full && (
        <>
          <label htmlFor={`${id}-mode`}>When launch day moves</label>
          <select
            id={`${id}-mode`}
            value={form.scheduleMode}
            onChange={(e) => set('scheduleMode', e.target.value as ScheduleMode)}
          >
            <option value="anchored">The dates move with it (T-offsets)</option>
            <option value="fixed">The dates stay on the calendar</option>
          </select>
          <div className="form-row">
            <DayOrOffsetInput
              label="Start"
              value={form.start}
              onChange={(value) => set('start', value)}
              context={context}
              required
              showErrors={submitted}
              error={serverFor('offset_days', 'start_date', 'schedule_mode').join(' ') || undefined}
            />
            <DayOrOffsetInput
              label="Due"
              value={form.due}
              onChange={(value) => setForm((current) => ({ ...current, due: value, sizeBy: 'due' }))}
              context={context}
              required
              showErrors={submitted}
              error={[problems.dueOrder, ...serverFor('due_date', 'duration_count')].filter(Boolean).join(' ') || undefined}
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
                value={form.duration}
                onChange={(e) => setForm((current) => ({ ...current, duration: e.target.value, sizeBy: 'duration' }))}
                {...invalidProps(`${id}-duration-error`, durationErrors)}
              />
            </div>
            <div>
              <label htmlFor={`${id}-count`}>Counted in</label>
              <select
                id={`${id}-count`}
                value={form.durationCount}
                onChange={(e) => set('durationCount', e.target.value as DayCount)}
              >
                <option value="working">Working days</option>
                <option value="calendar">Calendar days</option>
              </select>
            </div>
            <div>
              <label htmlFor={`${id}-due-time`}>Due by (time)</label>
              <input
                id={`${id}-due-time`}
                type="time"
                value={form.dueTime}
                onChange={(e) => set('dueTime', e.target.value)}
              />
            </div>
          </div>
          <FieldError id={`${id}-duration-error`} messages={durationErrors} />
          <label htmlFor={`${id}-effort`}>Effort (hours)</label>
          <input
            id={`${id}-effort`}
            type="number"
            min={1}
            max={MAX_EFFORT_HOURS}
            step={1}
            placeholder="Not estimated"
            value={form.effortHours}
            onChange={(e) => set('effortHours', e.target.value)}
            {...invalidProps(`${id}-effort-error`, effortErrors)}
          />
          <FieldError id={`${id}-effort-error`} messages={effortErrors} />
          <p className="muted">Changing the due day sets the duration, and the other way round.</p>
          <label htmlFor={`${id}-description`}>Description</label>
          <textarea
            id={`${id}-description`}
            value={form.description}
            rows={2}
            onChange={(e) => set('description', e.target.value)}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.neededForLaunch}
              onChange={(e) => set('neededForLaunch', e.target.checked)}
            />{' '}
            Needed for launch (must be finished by T-0)
          </label>
        </>
      )}
      {!full && <p className="muted">As the assignee or a collaborator you can change the status only.</p>}
      <button className="button" type="submit" disabled={unchanged || saving}>
        {saving ? 'Saving…' : 'Save changes'}
      </button>
    </form>
  )
}
