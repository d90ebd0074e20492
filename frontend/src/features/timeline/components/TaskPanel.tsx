import { Dialog } from '../../../components/ui/Dialog'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { formatDay, formatTimeOfDay } from '../../../lib/dates'
import { describeWriteError } from '../../../lib/errors'
import { canAddDependency, taskEditLevel, type Viewer } from '../../../lib/permissions'
import { useTask, useUpdateTask } from '../api/tasks'
import {
  TASK_STATUS_LABELS,
  type DayCount,
  type Timeline,
  type TimelineDependency,
  type TimelineTask,
} from '../api/timeline'
import { dayCountText, tLabel, varianceText } from '../model'
import { AddDependencyForm } from './AddDependencyForm'
import { TaskEditForm } from './TaskEditForm'

interface TaskPanelProps {
  timeline: Timeline
  task: TimelineTask
  viewer: Viewer
  onClose: () => void
}

/** One task: its dates, links and conflicts, and the edits the user's role allows. */
// How a link reads from its successor's side (docs/schedule.md).
const LINK_WORDS: Record<TimelineDependency['type'], string> = {
  finish_to_start: 'Starts after',
  start_to_start: 'Starts with the start of',
  finish_to_finish: 'Finishes with',
  start_to_finish: 'Finishes after the start of',
}

function lagWords(lag: number, count: DayCount): string {
  if (lag > 0) return ` + ${dayCountText(lag, count)}`
  if (lag < 0) return `, ${dayCountText(-lag, count)} ahead`
  return ''
}

export function TaskPanel({ timeline, task, viewer, onClose }: TaskPanelProps) {
  const launchId = timeline.launch.id
  const detail = useTask(launchId, task.id)
  const update = useUpdateTask(launchId)
  const lane = timeline.lanes.find((l) => l.id === task.workstream)
  const departmentId = lane?.department.id ?? -1
  const level = taskEditLevel(viewer, { departmentId, assignee: task.assignee })
  const people = new Map(timeline.people.map((p) => [p.id, p.full_name || p.username]))
  const titles = new Map(timeline.tasks.map((t) => [t.id, t.title]))
  const milestones = new Map(timeline.milestones.map((m) => [m.id, m.name]))
  const gates = new Map(timeline.gates.map((g) => [g.id, g.name]))
  // A link's other end: a task, or a milestone or gate (a moment on the timeline).
  const before = (d: TimelineDependency) =>
    d.predecessor !== null
      ? `“${titles.get(d.predecessor)}”`
      : d.predecessor_milestone !== null
        ? `milestone “${milestones.get(d.predecessor_milestone)}”`
        : `gate “${gates.get(d.predecessor_gate ?? -1)}”`
  const after = (d: TimelineDependency) =>
    d.successor !== null ? `“${titles.get(d.successor)}”` : `Milestone “${milestones.get(d.successor_milestone)}”`
  const predecessors = timeline.dependencies.filter((d) => d.successor === task.id)
  const successors = timeline.dependencies.filter((d) => d.predecessor === task.id)
  const conflicts = timeline.conflicts.filter((c) => c.task === task.id || c.predecessor === task.id)
  const t0 = timeline.launch.t_zero_date
  const calendar = timeline.calendar
  const at = (day: string) => `${formatDay(day)} (${tLabel(day, t0, calendar)})`
  const pushed = task.start !== task.planned_start

  return (
    <Dialog title={task.title} onClose={onClose}>
      <dl className="facts">
        <dt>Department</dt>
        <dd>{lane?.department.name ?? '—'}</dd>
        <dt>Assignee</dt>
        <dd>{task.assignee !== null ? (people.get(task.assignee) ?? `#${task.assignee}`) : 'Nobody'}</dd>
        <dt>Status</dt>
        <dd>{TASK_STATUS_LABELS[task.status]}</dd>
        <dt>Dates</dt>
        <dd>
          {at(task.start)} to {at(task.due)}
          {task.due_time && (
            <>
              , due by <time>{formatTimeOfDay(task.due_time)}</time> ({timeline.launch.time_zone})
            </>
          )}
          {pushed && !task.forecast && (
            <span className="muted"> — planned from {formatDay(task.planned_start)}, pushed by its predecessors</span>
          )}
        </dd>
        {task.forecast && (
          <>
            <dt>Forecast</dt>
            <dd className="forecast-text">
              Forecast from today: open work that should have started or finished by now
              {task.start !== task.planned_start || task.due !== task.planned_due
                ? ` (planned ${formatDay(task.planned_start)} to ${formatDay(task.planned_due)})`
                : ''}
            </dd>
          </>
        )}
        {task.baseline_start && task.baseline_due && (
          <>
            <dt>Baseline</dt>
            <dd>
              {formatDay(task.baseline_start)} to {formatDay(task.baseline_due)}
              {task.variance_days !== null && (
                <strong className={task.variance_days > 0 ? 'variance-late' : 'variance-ok'}>
                  {' '}
                  · {varianceText(task.variance_days)}
                </strong>
              )}
            </dd>
          </>
        )}
        <dt>Duration</dt>
        <dd>
          {dayCountText(task.duration_days, task.duration_count)}
          {task.duration_count === 'calendar' && <span className="muted"> (runs over days off)</span>}
        </dd>
        <dt>Slack</dt>
        <dd>
          {task.slack} day{task.slack === 1 ? '' : 's'}
          {task.critical && <strong className="critical-text"> · on the critical path</strong>}
        </dd>
      </dl>
      {conflicts.length > 0 && (
        <section aria-label="Conflicts">
          <h3>Conflicts</h3>
          <ul className="conflict-list">
            {conflicts.map((c, i) => (
              <li key={i}>{c.message}</li>
            ))}
          </ul>
        </section>
      )}
      {(predecessors.length > 0 || successors.length > 0) && (
        <section aria-label="Dependencies">
          <h3>Dependencies</h3>
          <ul>
            {predecessors.map((d) => (
              <li key={d.id}>
                {LINK_WORDS[d.type]} {before(d)}
                {lagWords(d.lag_days, d.lag_count)}
              </li>
            ))}
            {successors.map((d) => (
              <li key={d.id}>{after(d)} waits for it</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Change this task">
        <h3>Change</h3>
        {level === 'none' ? (
          <p className="muted" role="note">
            Read only: only the office, {lane?.department.name ?? 'this department'}'s lead or the task's assignee
            can change this task.
          </p>
        ) : detail.isPending ? (
          <Loading label="Loading the task…" />
        ) : detail.isError ? (
          <ErrorNotice error={detail.error} />
        ) : (
          <TaskEditForm
            key={detail.data.etag ?? 'none'}
            tZeroDate={t0}
            calendar={calendar}
            detail={detail.data.data}
            level={level}
            saving={update.isPending}
            onSave={(patch) => update.mutate({ taskId: task.id, etag: detail.data.etag, patch })}
          />
        )}
        {update.isError && (
          <p className="error" role="alert">
            {describeWriteError(update.error)}
          </p>
        )}
        {update.isSuccess && (
          <p className="success" role="status">
            Saved. The timeline shows the change.
          </p>
        )}
        {canAddDependency(viewer, departmentId) && (
          <AddDependencyForm launchId={launchId} successor={task} tasks={timeline.tasks} />
        )}
      </section>
    </Dialog>
  )
}
