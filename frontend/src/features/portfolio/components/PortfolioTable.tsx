import { Link } from 'react-router'
import { TableScroll } from '../../../components/ui/TableScroll'
import { formatMomentInZone } from '../../../lib/dates'
import type { PortfolioGate, PortfolioLaunch } from '../api/portfolio'
import { daysToTZeroLabel, isSlipping, LAUNCH_STATUS_LABELS, slipLabel } from '../model'

function GateNames({ gates, launch, risk = false }: { gates: PortfolioGate[]; launch: PortfolioLaunch; risk?: boolean }) {
  if (gates.length === 0) return <span className="muted">none</span>
  return (
    <ul className="portfolio-gates">
      {gates.map((gate) => (
        <li key={gate.id} className={risk ? 'portfolio-risk' : undefined}>
          {gate.name}{' '}
          <time className="muted" dateTime={gate.moment}>
            {formatMomentInZone(gate.moment, launch.time_zone)}
          </time>
        </li>
      ))}
    </ul>
  )
}

function PortfolioRow({ launch }: { launch: PortfolioLaunch }) {
  const { readiness } = launch
  const slip = slipLabel(launch.forecast_slip_days)
  return (
    <tr>
      <th scope="row">
        <Link to={`/launches/${launch.id}`}>{launch.name}</Link>
      </th>
      <td>
        <span className={`status status-${launch.status}`}>{LAUNCH_STATUS_LABELS[launch.status] ?? launch.status}</span>
      </td>
      <td>
        <time dateTime={launch.t_zero} title={`Launch zone: ${launch.time_zone}`}>
          {formatMomentInZone(launch.t_zero, launch.time_zone)}
        </time>
      </td>
      <td>{daysToTZeroLabel(launch.days_to_t_zero)}</td>
      <td>
        <span className="portfolio-percent">{readiness.percent}%</span>{' '}
        <span className="muted">
          {readiness.done}/{readiness.total} done
        </span>
        {', '}
        <span className={readiness.late > 0 ? 'portfolio-risk' : 'muted'}>{readiness.late} late</span>
      </td>
      <td>
        <GateNames gates={launch.gates_due} launch={launch} />
      </td>
      <td>
        <GateNames gates={launch.gates_at_risk} launch={launch} risk />
      </td>
      <td className={launch.open_conflicts > 0 ? 'portfolio-risk' : undefined}>{launch.open_conflicts}</td>
      <td className={isSlipping(launch.forecast_slip_days) ? 'portfolio-slip' : undefined}>
        {slip ?? <span className="muted">no forecast</span>}
      </td>
    </tr>
  )
}

/** One row per launch, in the server's order (by T-0); every moment in the launch's own zone. */
export function PortfolioTable({ launches }: { launches: PortfolioLaunch[] }) {
  return (
    <TableScroll label="Portfolio table">
      <table className="table portfolio-table">
        <caption>Launches by T-0 (times in each launch's zone)</caption>
        <thead>
          <tr>
            <th scope="col">Launch</th>
            <th scope="col">Status</th>
            <th scope="col">T-0</th>
            <th scope="col">Days to T-0</th>
            <th scope="col">Readiness</th>
            <th scope="col">Gates due (next 2 weeks)</th>
            <th scope="col">Gates at risk</th>
            <th scope="col">Open conflicts</th>
            <th scope="col">Forecast slip</th>
          </tr>
        </thead>
        <tbody>
          {launches.map((launch) => (
            <PortfolioRow key={launch.id} launch={launch} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
