import { useMemo, useState } from 'react'
import { formatShortDay, todayIsoDay } from '../../../lib/dates'
import type { Viewer } from '../../../lib/permissions'
import { groupByDepartment, isLate, isOpen, STATUS_LABELS, tLabel, type PlanTask, type Timeline } from '../model'

export interface PlanListProps {
  /** The timeline's data (GET /launches/{id}/timeline/), which the route loads. */
  timeline: Timeline
  viewer: Viewer
}

function PlanTaskCard({
  task,
  timeline,
  assignee,
  today,
  mine,
}: {
  task: PlanTask
  timeline: Timeline
  assignee: string | null
  today: string
  mine: boolean
}) {
  const { calendar, launch } = timeline
  const late = isLate(task, today)
  const oneDay = task.start === task.due
  const dates = oneDay ? formatShortDay(task.start) : `${formatShortDay(task.start)} – ${formatShortDay(task.due)}`
  const offsets = oneDay
    ? tLabel(task.start, calendar, launch.t_zero_date)
    : `${tLabel(task.start, calendar, launch.t_zero_date)} → ${tLabel(task.due, calendar, launch.t_zero_date)}`
  const titleId = `plan-task-${task.id}`
  return (
    <li className={`plan-task plan-task-${task.status}${late ? ' is-late' : ''}`} aria-labelledby={titleId}>
      <div className="plan-task-head">
        <h4 id={titleId} className="plan-task-title">
          {task.title}
        </h4>
        <span className={`plan-status plan-status-${task.status}`}>{STATUS_LABELS[task.status]}</span>
      </div>
      <p className="plan-task-dates">
        <time dateTime={task.start}>{dates}</time> <span className="plan-task-offset">{offsets}</span>
      </p>
      <p className="plan-task-meta">
        <span>{assignee ?? 'Unassigned'}</span>
        {(late || task.critical || task.conflict || mine) && (
          <span className="plan-task-badges">
            {late && <span className="badge badge-late">Late</span>}
            {task.critical && <span className="badge badge-critical">Critical</span>}
            {task.conflict && <span className="badge badge-conflict">Conflict</span>}
            {mine && <span className="badge badge-mine">Yours</span>}
          </span>
        )}
      </p>
    </li>
  )
}

/**
 * The plan as a list, for phones and for reading: a section per department, a card per task with its dates and
 * T-offsets, status, assignee and late / critical badges. Filters: the viewer's own tasks, open work only.
 */
export function PlanList({ timeline, viewer }: PlanListProps) {
  const [mineOnly, setMineOnly] = useState(false)
  const [openOnly, setOpenOnly] = useState(false)
  const today = timeline.forecast.status_date ?? todayIsoDay()
  const people = useMemo(() => new Map(timeline.people.map((p) => [p.id, p.full_name])), [timeline.people])
  const groups = useMemo(
    () =>
      groupByDepartment(
        timeline,
        (task) => (!mineOnly || task.assignee === viewer.id) && (!openOnly || isOpen(task)),
      ),
    [timeline, mineOnly, openOnly, viewer.id],
  )
  const shown = groups.reduce((sum, group) => sum + group.tasks.length, 0)

  return (
    <section className="plan-list" aria-labelledby="plan-list-heading">
      <div className="plan-list-head">
        <h2 id="plan-list-heading">Plan</h2>
        <div className="plan-list-filters" role="group" aria-label="Show">
          <button type="button" className="chip" aria-pressed={mineOnly} onClick={() => setMineOnly((on) => !on)}>
            My tasks
          </button>
          <button type="button" className="chip" aria-pressed={openOnly} onClick={() => setOpenOnly((on) => !on)}>
            Open only
          </button>
        </div>
      </div>
      <p className="muted" role="status">
        {shown} of {timeline.tasks.length} task{timeline.tasks.length === 1 ? '' : 's'}
      </p>
      {groups.map(({ lane, tasks }) =>
        tasks.length === 0 && (mineOnly || openOnly) ? null : (
          <section key={lane.id} className="plan-list-department" aria-labelledby={`plan-lane-${lane.id}`}>
            <h3 id={`plan-lane-${lane.id}`} className="plan-list-department-name">
              {lane.department.name} <span className="muted">({tasks.length})</span>
            </h3>
            {tasks.length === 0 ? (
              <p className="muted">No tasks yet.</p>
            ) : (
              <ul className="plan-list-tasks">
                {tasks.map((task) => (
                  <PlanTaskCard
                    key={task.id}
                    task={task}
                    timeline={timeline}
                    assignee={task.assignee === null ? null : (people.get(task.assignee) ?? null)}
                    today={today}
                    mine={task.assignee === viewer.id}
                  />
                ))}
              </ul>
            )}
          </section>
        ),
      )}
    </section>
  )
}
