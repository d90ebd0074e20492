import { lazy, Suspense } from 'react'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { formatDay, formatDaysFromToday } from '../../../lib/dates'
import { useBurndown } from '../api/burndown'
import { useReadiness, type GateReadiness, type Readiness } from '../api/readiness'
import { ReadinessBlocks } from './ReadinessBlocks'
import { TableScroll } from '../../../components/ui/TableScroll'

// The charts and their library are a chunk of their own, fetched when readiness is first shown.
const ReadinessCharts = lazy(() => import('./ReadinessCharts'))

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`
}

function gateLine(g: GateReadiness): string {
  const late = g.late_days > 0 ? `, forecast ${days(g.late_days)} late` : ''
  return `${g.name} — ${formatDay(g.date)} (${formatDaysFromToday(g.days_left)}), ${g.criteria_done}/${g.criteria_total} criteria done, ${g.status}${late}`
}

/** Whether the forecast from today moves launch day: T-0's slip, and how many tasks it forecast. */
function ForecastSummary({ forecast }: { forecast: Readiness['forecast'] | undefined }) {
  if (!forecast) return null
  const slip = forecast.t_zero_slip_days
  const moved = forecast.forecast_tasks
  const tasks = `${moved} task${moved === 1 ? ' is' : 's are'} forecast from today`
  // Past launch nothing is forecast any more.
  if (slip <= 0 && forecast.status_date === null) return null
  if (slip > 0) {
    return (
      <p className="forecast-notice is-slipping">
        <strong>Forecast: work needed for launch finishes {days(slip)} after T-0.</strong>
        {moved > 0 && ` ${tasks}.`}
      </p>
    )
  }
  return (
    <p className="muted">
      Forecast: the work needed for launch finishes by T-0{moved > 0 ? ` (${tasks})` : ''}.
    </p>
  )
}

/** How ready a launch is: per department, per gate, and the critical path. */
export function ReadinessView({ launchId }: { launchId: number }) {
  const readiness = useReadiness(launchId)
  const burndown = useBurndown(launchId)
  if (readiness.isPending) return <Loading label="Loading readiness…" />
  if (readiness.isError) return <ErrorNotice error={readiness.error} />
  const { departments, gates, critical_path_titles, today } = readiness.data
  const atRisk = gates.filter((g) => g.at_risk)

  return (
    <section className="readiness" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">Readiness on {formatDay(today)}</h2>
      <ForecastSummary forecast={readiness.data.forecast} />
      <Suspense fallback={<Loading label="Loading the charts…" />}>
        <ReadinessCharts departments={departments} burndown={burndown} />
      </Suspense>
      <TableScroll label="Tasks per department">
        <table className="table">
          <caption className="visually-hidden">Tasks per department</caption>
          <thead>
            <tr>
              <th scope="col">Department</th>
              <th scope="col">Done</th>
              <th scope="col">In progress</th>
              <th scope="col">Late</th>
              <th scope="col">Blocked</th>
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr key={d.department.id}>
                <th scope="row">{d.department.name}</th>
                <td>{d.done}</td>
                <td>{d.in_progress}</td>
                <td className={d.late ? 'error' : ''}>{d.late}</td>
                <td className={d.blocked ? 'error' : ''}>{d.blocked}</td>
                <td>{d.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ReadinessBlocks readiness={readiness.data} />
      <h3>Gates at risk</h3>
      {atRisk.length === 0 ? (
        <p className="muted">No gate is at risk.</p>
      ) : (
        <ul className="conflict-list">
          {atRisk.map((g) => (
            <li key={g.id}>{gateLine(g)}</li>
          ))}
        </ul>
      )}
      {gates.length > atRisk.length && (
        <details>
          <summary>All gates ({gates.length})</summary>
          <ul>
            {gates.map((g) => (
              <li key={g.id}>{gateLine(g)}</li>
            ))}
          </ul>
        </details>
      )}
      <h3>Critical path</h3>
      {critical_path_titles.length === 0 ? (
        <p className="muted">No tasks yet.</p>
      ) : (
        <ol className="critical-path">
          {critical_path_titles.map((title, i) => (
            <li key={i}>{title}</li>
          ))}
        </ol>
      )}
    </section>
  )
}
