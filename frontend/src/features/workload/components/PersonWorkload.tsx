import { Link } from 'react-router'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { formatDay, formatShortDay, formatWeekday, shiftDay } from '../../../lib/dates'
import { usePersonWorkload, type WorkloadPerson } from '../api/workload'
import { capacityLabel, countLabel, hoursLabel } from '../model'

const ROLE_LABELS = { assignee: 'Assignee', collaborator: 'Collaborator' } as const

/** One person's four weeks from `from`: open tasks and hours per day, and their tasks, linked to the timeline. */
export function PersonWorkload({ personId, from, onClose }: { personId: number; from: string; onClose: () => void }) {
  const workload = usePersonWorkload(personId, from, shiftDay(from, 27))
  return (
    <section className="workload-person" aria-labelledby="workload-person-heading">
      {workload.isPending && <Loading label="Loading their days…" />}
      {workload.isError && <ErrorNotice error={workload.error} />}
      {workload.data && <PersonDetail data={workload.data} />}
      <button type="button" className="button secondary" onClick={onClose}>
        Close
      </button>
    </section>
  )
}

function PersonDetail({ data }: { data: WorkloadPerson }) {
  return (
    <>
      <h3 id="workload-person-heading">{data.person.full_name}</h3>
      <p>
        Capacity: {capacityLabel(data.capacity_tasks_per_week, data.capacity_hours_per_week)}.
        {data.over_allocated && <strong> Over capacity in at least one week.</strong>}
      </p>
      <div className="table-scroll">
        <table className="workload-days">
          <caption>Open tasks per day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Tasks</th>
              <th scope="col">Hours</th>
              <th scope="col">Week</th>
            </tr>
          </thead>
          <tbody>
            {data.days.map((day) => (
              <tr key={day.date} className={day.over ? 'workload-over' : undefined}>
                <th scope="row">
                  {formatWeekday(day.date)} {formatShortDay(day.date)}
                </th>
                <td>{day.tasks}</td>
                <td>{day.hours > 0 ? hoursLabel(day.hours) : '—'}</td>
                <td>{day.over ? <strong>Over capacity</strong> : 'Within capacity'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>Tasks</h4>
      {data.tasks.length === 0 ? (
        <p className="muted">No open task on these days.</p>
      ) : (
        <ul className="workload-tasks">
          {data.tasks.map((task) => (
            <li key={`${task.id}-${task.role}`}>
              <Link to={`/launches/${task.launch}?task=${task.id}`}>{task.title}</Link>{' '}
              <span className="muted">
                {task.launch_name}, {task.department_name}: {formatDay(task.start)} to {formatDay(task.due)},{' '}
                {ROLE_LABELS[task.role]}
                {task.effort_hours !== null && `, ${countLabel(task.effort_hours, 'hour')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
