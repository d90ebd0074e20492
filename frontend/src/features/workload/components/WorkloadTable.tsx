import { formatShortDay } from '../../../lib/dates'
import type { WorkloadList, WorkloadRow, WorkloadWeek } from '../api/workload'
import { capacityLabel, countLabel, hoursLabel } from '../model'

/** People by weeks: each cell the week's open tasks (and hours where effort is set); over capacity says so. */
export function WorkloadTable({ workload, onOpen }: { workload: WorkloadList; onOpen: (row: WorkloadRow) => void }) {
  return (
    <div className="table-scroll">
      <table className="workload-table">
        <caption>Open tasks per week, across launches</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Capacity</th>
            {workload.weeks.map((week) => (
              <th scope="col" key={week}>
                Week of {formatShortDay(week)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {workload.people.map((row) => (
            <tr key={row.person.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(row)}>
                  {row.person.full_name}
                </button>
                {row.departments.length > 0 && <span className="muted"> {row.departments.join(', ')}</span>}
              </th>
              <td>{capacityLabel(row.capacity_tasks_per_week, row.capacity_hours_per_week)}</td>
              {row.weeks.map((week) => (
                <WeekCell key={week.week} week={week} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function WeekCell({ week }: { week: WorkloadWeek }) {
  return (
    <td className={week.over ? 'workload-over' : undefined}>
      {week.tasks === 0 ? (
        <span className="muted">—</span>
      ) : (
        <>
          {countLabel(week.tasks, 'task')}
          {week.hours > 0 && <>, {hoursLabel(week.hours)}</>}
          {week.launches > 1 && <span className="muted"> in {week.launches} launches</span>}
        </>
      )}
      {week.over && <strong className="workload-over-label"> Over capacity</strong>}
    </td>
  )
}
