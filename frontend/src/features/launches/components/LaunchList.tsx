import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { formatTZero } from '../../../lib/dates'
import { Link } from 'react-router'
import { LAUNCH_STATUS_LABELS, useLaunches, type Launch } from '../api/launches'

/** Done tasks out of all (cancelled ones count as tasks too). */
function LaunchReadiness({ launch }: { launch: Launch }) {
  const ratio = { done: launch.done_task_count, total: launch.task_count }
  const percent = ratio.total ? Math.round((ratio.done / ratio.total) * 100) : 0
  return (
    <span className="launch-readiness">
      <label>
        {ratio.done} of {ratio.total} tasks done{' '}
        <progress max={Math.max(ratio.total, 1)} value={ratio.done}>
          {percent}%
        </progress>
      </label>
    </span>
  )
}

function LaunchRow({ launch }: { launch: Launch }) {
  return (
    <li className="launch-row">
      <Link className="launch-name" to={`/launches/${launch.id}`}>
        {launch.name}
      </Link>
      <span className={`status status-${launch.status}`}>
        {LAUNCH_STATUS_LABELS[launch.status] ?? launch.status}
      </span>
      <time dateTime={launch.t_zero} title={`T-0 (launch zone: ${launch.time_zone})`}>
        T-0 {formatTZero(launch.t_zero)}
      </time>
      <LaunchReadiness launch={launch} />
    </li>
  )
}

/** The first page of launches the signed-in user can see: name, status and T-0 in the browser's zone. */
export function LaunchList() {
  const launches = useLaunches()

  if (launches.isPending) return <Loading label="Loading launches…" />
  if (launches.isError) return <ErrorNotice error={launches.error} />

  const { results, count } = launches.data
  if (results.length === 0) return <p>No launches yet.</p>
  return (
    <section aria-labelledby="launches-heading">
      <h2 id="launches-heading">Launches</h2>
      <ul className="launch-list">
        {results.map((launch) => (
          <LaunchRow key={launch.id} launch={launch} />
        ))}
      </ul>
      {count > results.length && (
        <p className="muted">
          Showing {results.length} of {count} launches.
        </p>
      )}
    </section>
  )
}
