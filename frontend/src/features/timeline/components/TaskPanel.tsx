import { useState } from 'react'
import { ConfirmDeleteButton } from '../../../components/ui/ConfirmDeleteButton'
import { EditingBadge } from '../../../components/ui/EditingBadge'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { formatDay, formatTimeOfDay } from '../../../lib/dates'
import { describeWriteError } from '../../../lib/errors'
import { useEditingPresence } from '../../../lib/live'
import { canAddDependency, canEditDependency, leadsDepartment, taskEditLevel, type Viewer } from '../../../lib/permissions'
import { useDeleteDependency } from '../api/dependencies'
import { useDeleteTask, useTask, useUpdateTask } from '../api/tasks'
import { TASK_STATUS_LABELS, type Timeline, type TimelineDependency, type TimelineTask } from '../api/timeline'
import { useDepartmentUsers, usePeople } from '../api/users'
import { dayCountText, tLabel, varianceText } from '../model'
import { AddDependencyForm } from './AddDependencyForm'
import { CrossLaunchLinks } from './CrossLaunchLinks'
import { DependencyEditor, dependencyEnds, lagWords } from './DependencyPanel'
import { SidePanel } from './SidePanel'
import { TaskEditForm } from './TaskEditForm'

interface TaskPanelProps {
  timeline: Timeline
  task: TimelineTask
  viewer: Viewer
  onClose: () => void
}

// How a link reads from its successor's side (docs/schedule.md).
const LINK_WORDS: Record<TimelineDependency['type'], string> = {
  finish_to_start: 'Starts after',
  start_to_start: 'Starts with the start of',
  finish_to_finish: 'Finishes with',
  start_to_finish: 'Finishes after the start of',
}

/** One link of the task: how it reads, and for its editor Edit (type and lag, inline) and Delete. */
function LinkRow({
  timeline,
  dependency,
  viewer,
  words,
}: {
  timeline: Timeline
  dependency: TimelineDependency
  viewer: Viewer
  words: string
}) {
  const [editing, setEditing] = useState(false)
  const remove = useDeleteDependency(timeline.launch.id)
  const ends = dependencyEnds(timeline, dependency)
  const mayEdit = canEditDependency(viewer, ends.successorDepartmentId)
  return (
    <li>
      <span className="link-text">{words}</span>
      {mayEdit && (
        <>
          <button
            type="button"
            className="link-button"
            aria-expanded={editing}
            aria-label={`Edit the link ${ends.title}`}
            onClick={() => setEditing(!editing)}
          >
            {editing ? 'Close' : 'Edit'}
          </button>
          <ConfirmDeleteButton
            prompt="The tasks stay; only the link goes."
            question={`Remove the link ${ends.title}?`}
            label={`Delete the link ${ends.title}`}
            confirmText="Yes, remove it"
            triggerClassName="link-button"
            busy={remove.isPending}
            onAsk={() => remove.reset()}
            onDelete={() => remove.mutateAsync({ shown: dependency }).catch(() => undefined)}
          />
        </>
      )}
      {remove.isError && (
        <p className="error" role="alert">
          {describeWriteError(remove.error, { item: ends.name })}
        </p>
      )}
      {editing && mayEdit && (
        <DependencyEditor timeline={timeline} dependency={dependency} viewer={viewer} withDelete={false} />
      )}
    </li>
  )
}

/**
 * One task beside the timeline: its dates, links and conflicts, and the edits the user's role allows
 * (rename, dates as T-offsets or dates, size, assignee, status; links; delete for its department's lead).
 */
export function TaskPanel({ timeline, task, viewer, onClose }: TaskPanelProps) {
  const launchId = timeline.launch.id
  const lane = timeline.lanes.find((l) => l.id === task.workstream)
  const departmentId = lane?.department.id ?? -1
  const level = taskEditLevel(viewer, { departmentId, assignee: task.assignee, collaborators: task.collaborators })
  const detail = useTask(launchId, task.id)
  const update = useUpdateTask(launchId)
  const remove = useDeleteTask(launchId)
  const users = useDepartmentUsers(departmentId, level === 'all')
  const everyone = usePeople(level === 'all')
  const people = new Map(timeline.people.map((p) => [p.id, p.full_name || p.username]))
  const predecessors = timeline.dependencies.filter((d) => d.successor === task.id)
  const successors = timeline.dependencies.filter((d) => d.predecessor === task.id)
  const conflicts = timeline.conflicts.filter((c) => c.task === task.id || c.predecessor === task.id)
  const t0 = timeline.launch.t_zero_date
  const calendar = timeline.calendar
  const context = { tZeroDate: t0, calendar }
  const at = (day: string) => `${formatDay(day)} (${tLabel(day, t0, calendar)})`
  const pushed = task.start !== task.planned_start
  const mayDelete = leadsDepartment(viewer, departmentId)
  const department = lane?.department.name ?? '—'
  const gone = remove.isSuccess
  // The others see who has the task open, and this panel shows who else does.
  useEditingPresence(launchId, level === 'none' || gone ? null : { kind: 'task', id: task.id })

  const label = (u: { full_name: string; username: string }) => u.full_name || u.username
  const shared = detail.data?.data.collaborators_detail ?? []
  // Anyone of a department may collaborate (a viewer only reads); until everyone is loaded, the department's
  // people and those already on the task.
  const sharable = everyone.data?.results
    .filter((u) => u.departments.length > 0 || shared.some((s) => s.id === u.id))
    .map((u) => ({ id: u.id, label: label(u) })) ?? [
    ...(users.data?.results ?? []).map((u) => ({ id: u.id, label: label(u) })),
    ...shared
      .filter((u) => !users.data?.results.some((d) => d.id === u.id))
      .map((u) => ({ id: u.id, label: label(u) })),
  ]
  const assignable =
    users.data?.results.map((u) => ({ id: u.id, label: u.full_name || u.username })) ??
    (detail.data?.data.assignee_detail
      ? [
          {
            id: detail.data.data.assignee_detail.id,
            label: detail.data.data.assignee_detail.full_name || detail.data.data.assignee_detail.username,
          },
        ]
      : [])

  return (
    <SidePanel
      title={task.title}
      subtitle={
        <>
          {department} · {TASK_STATUS_LABELS[task.status]}
          {task.critical && <strong className="critical-text"> · critical path</strong>}
        </>
      }
      onClose={onClose}
    >
      <EditingBadge launchId={launchId} kind="task" id={task.id} />
      <dl className="facts">
        <dt>Assignee</dt>
        <dd>{task.assignee !== null ? (people.get(task.assignee) ?? `#${task.assignee}`) : 'Nobody'}</dd>
        {task.collaborators.length > 0 && (
          <>
            <dt>Collaborators</dt>
            <dd>{task.collaborators.map((id) => people.get(id) ?? `#${id}`).join(', ')}</dd>
          </>
        )}
        {task.effort_hours !== null && (
          <>
            <dt>Effort</dt>
            <dd>
              {task.effort_hours} hour{task.effort_hours === 1 ? '' : 's'}
            </dd>
          </>
        )}
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
          <ul className="link-list">
            {predecessors.map((d) => (
              <LinkRow
                key={d.id}
                timeline={timeline}
                dependency={d}
                viewer={viewer}
                words={`${LINK_WORDS[d.type]} ${dependencyEnds(timeline, d).before}${lagWords(d.lag_days, d.lag_count)}`}
              />
            ))}
            {successors.map((d) => (
              <LinkRow
                key={d.id}
                timeline={timeline}
                dependency={d}
                viewer={viewer}
                words={`${dependencyEnds(timeline, d).after.replace(/^milestone/, 'Milestone')} waits for it`}
              />
            ))}
          </ul>
        </section>
      )}
      <CrossLaunchLinks timeline={timeline} task={task} viewer={viewer} />
      {gone ? (
        <p role="status">“{task.title}” was deleted.</p>
      ) : (
        <section aria-label="Change this task">
          <h3>Change</h3>
          {level === 'none' ? (
            <p className="muted" role="note">
              Read only: only the office, {lane?.department.name ?? 'this department'}'s lead, the task's assignee
              or its collaborators can change this task.
            </p>
          ) : detail.isPending ? (
            <Loading label="Loading the task…" />
          ) : detail.isError ? (
            <ErrorNotice error={detail.error} />
          ) : (
            <TaskEditForm
              key={detail.data.etag ?? 'none'}
              context={context}
              detail={detail.data.data}
              level={level}
              people={assignable}
              sharable={sharable}
              saving={update.isPending}
              error={update.error}
              onSave={(patch) => update.mutate({ taskId: task.id, etag: detail.data.etag, patch })}
            />
          )}
          {update.isError && (
            <p className="error" role="alert">
              {describeWriteError(update.error, { item: task.title })}
            </p>
          )}
          {update.isSuccess && (
            <p className="success" role="status">
              Saved. The timeline shows the change.
            </p>
          )}
          {canAddDependency(viewer, departmentId) && (
            <details className="add-dependency">
              <summary>Add a dependency</summary>
              <AddDependencyForm timeline={timeline} successor={task} />
            </details>
          )}
          {mayDelete && (
            <div className="side-panel-danger">
              <ConfirmDeleteButton
                prompt="Its links go too."
                question={`Delete “${task.title}”?`}
                label={`Delete task “${task.title}”`}
                busy={remove.isPending}
                onAsk={() => remove.reset()}
                onDelete={() => remove.mutateAsync({ task }).then(onClose, () => undefined)}
              />
            </div>
          )}
        </section>
      )}
      {remove.isError && (
        <p className="error" role="alert">
          {describeWriteError(remove.error, { item: task.title })}
        </p>
      )}
    </SidePanel>
  )
}
