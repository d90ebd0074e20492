import { Suspense, useState } from 'react'
import { NavLink, Outlet, useMatch, useParams } from 'react-router'
import { ErrorNotice } from '../../components/ui/ErrorNotice'
import { Loading } from '../../components/ui/Loading'
import { LAUNCH_STATUS_LABELS, LaunchNotFound, useLaunch } from '../../features/launches'
import { LiveNotes, OfflineNotice, PresenceBar, useLaunchLive } from '../../features/live'
import { useMe } from '../../features/session'
import { usePrefetchTimeline } from '../../features/timeline'
import { isApiError } from '../../lib/api'
import { formatTZero } from '../../lib/dates'
import { canPlanLaunch } from '../../lib/permissions'
import { lazyNamed } from './lazyPage'

// Not on the first screen: loaded on first use (lazyPage.tsx).
const CalendarFeedsDialog = lazyNamed(() => import('../../features/calendar'), 'CalendarFeedsDialog')
const ExportMenu = lazyNamed(() => import('../../features/export'), 'ExportMenu')
const SaveAsPlaybookButton = lazyNamed(() => import('../../features/playbooks'), 'SaveAsPlaybookButton')

/** The launch id from the URL; NaN for anything that is not a whole number. */
export function useLaunchId(): number {
  const { launchId } = useParams()
  return /^\d+$/.test(launchId ?? '') ? Number(launchId) : Number.NaN
}

/** One launch: its name, status and T-0, and tabs for its views and settings; an unknown id says so. */
export function LaunchPage() {
  const launchId = useLaunchId()
  const launch = useLaunch(launchId)
  const me = useMe()
  const [feedsOpen, setFeedsOpen] = useState(false)
  // The timeline is the launch's first tab: its data loads alongside the launch's, not after it.
  usePrefetchTimeline(launchId, useMatch('/launches/:launchId') !== null)
  // Others' changes show without a reload, and who else is here (docs/live.md).
  useLaunchLive(launchId)

  if (Number.isNaN(launchId)) return <LaunchNotFound />
  if (launch.isPending) return <Loading label="Loading the launch…" />
  if (launch.isError) {
    return isApiError(launch.error) && launch.error.status === 404 ? (
      <LaunchNotFound />
    ) : (
      <ErrorNotice error={launch.error} />
    )
  }

  return (
    <div className="launch-page">
      <header className="launch-header">
        <div>
          <h2>{launch.data.name}</h2>
          <PresenceBar launchId={launchId} />
          <p>
            <span className={`status status-${launch.data.status}`}>{LAUNCH_STATUS_LABELS[launch.data.status]}</span>{' '}
            <time dateTime={launch.data.t_zero}>T-0 {formatTZero(launch.data.t_zero)}</time>{' '}
            <span className="muted">(launch zone {launch.data.time_zone})</span>
          </p>
        </div>
        <div className="launch-actions">
          {me.data && canPlanLaunch(me.data) && (
            <Suspense fallback={null}>
              <SaveAsPlaybookButton launchId={launchId} launchName={launch.data.name} />
            </Suspense>
          )}
          <Suspense fallback={null}>
            <ExportMenu launchId={launchId} launchName={launch.data.name} />
          </Suspense>
          <button type="button" className="button secondary" onClick={() => setFeedsOpen(true)}>
            Calendar feeds
          </button>
        </div>
      </header>
      <OfflineNotice />
      <LiveNotes launchId={launchId} />
      <nav className="tabs" aria-label="Launch views">
        <NavLink to="" end>
          Timeline
        </NavLink>
        <NavLink to="list">List</NavLink>
        <NavLink to="readiness">Readiness</NavLink>
        <NavLink to="communications">Communications</NavLink>
        <NavLink to="deliverables">Deliverables</NavLink>
        <NavLink to="feedback">Feedback</NavLink>
        <NavLink to="activity">Activity</NavLink>
        <NavLink to="settings">Settings</NavLink>
      </nav>
      <Outlet />
      {feedsOpen && (
        <Suspense fallback={null}>
          <CalendarFeedsDialog launchId={launchId} onClose={() => setFeedsOpen(false)} />
        </Suspense>
      )}
    </div>
  )
}
