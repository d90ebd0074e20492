import { Navigate, NavLink, useLocation, useSearchParams } from 'react-router'
import { ErrorNotice } from '../../components/ui/ErrorNotice'
import { Loading } from '../../components/ui/Loading'
import type { EmbargoConflict } from '../../features/communications'
import { GateApprovalPanel, GateDetails } from '../../features/gates'
import { canUndo, UndoRedoButtons } from '../../features/history'
import { useLaunch } from '../../features/launches'
import { useMe } from '../../features/session'
import { LaunchTimeline, useTimeline, type TimelineDeepLink } from '../../features/timeline'
import { canDeleteFeedback, canTriageFeedback } from '../../lib/permissions'
import { lazyNamed } from './lazyPage'
import { useLaunchId } from './LaunchPage'

// The timeline is the first screen; the other tabs' features load when their tab is first opened (the routes
// wrap these pages in a Suspense: page() in index.tsx).
const ActivityList = lazyNamed(() => import('../../features/activity'), 'ActivityList')
const CommunicationsCalendar = lazyNamed(() => import('../../features/communications'), 'CommunicationsCalendar')
const CommunicationsBoard = lazyNamed(() => import('../../features/communications'), 'CommunicationsBoard')
const DeliverablesView = lazyNamed(() => import('../../features/deliverables'), 'DeliverablesView')
const FeedbackList = lazyNamed(() => import('../../features/feedback'), 'FeedbackList')
const ReadinessView = lazyNamed(() => import('../../features/readiness'), 'ReadinessView')
const PlanList = lazyNamed(() => import('../../features/planlist'), 'PlanList')

/** A URL's id: NaN for anything that is not a whole number (said to be missing, like an id that is gone). */
function idParam(value: string): number {
  return /^\d+$/.test(value) ? Number(value) : Number.NaN
}

/** What a calendar event's or notice's link opens on the timeline: ?task=, ?gate= or ?milestone=. */
function timelineDeepLink(search: URLSearchParams, key: string): TimelineDeepLink | null {
  for (const kind of ['task', 'gate', 'milestone'] as const) {
    const value = search.get(kind)
    if (value !== null) return { kind, id: idParam(value), key }
  }
  return null
}

function focusGate(gateId: number) {
  const card = document.getElementById(`gate-${gateId}`)
  card?.scrollIntoView({ block: 'start' })
  card?.focus()
}

/**
 * The timeline and, below it, the gates' rows; a gate's flag opens it in the timeline's side panel. Links from
 * calendar events and notices (/launches/3?task=12, ?gate=, ?milestone=) open what they name; ?communication=
 * goes on to the Communications tab, replacing this entry so that Back does not bounce there again.
 */
export function LaunchTimelinePage() {
  const launchId = useLaunchId()
  const me = useMe()
  const [search] = useSearchParams()
  const location = useLocation()
  const viewer = me.data
  const communication = search.get('communication')
  if (communication !== null) {
    return (
      <Navigate
        replace
        to={{
          pathname: `/launches/${launchId}/communications`,
          search: `?${new URLSearchParams({ communication })}`,
        }}
      />
    )
  }
  if (!viewer) return null
  return (
    <>
      <LaunchTimeline
        launchId={launchId}
        viewer={viewer}
        deepLink={timelineDeepLink(search, location.key)}
        onGateSelect={focusGate}
        renderGatePanel={(gateId) => <GateDetails launchId={launchId} gateId={gateId} viewer={viewer} />}
        toolbarExtras={canUndo(viewer) ? <UndoRedoButtons launchId={launchId} /> : undefined}
      />
      <GateApprovalPanel launchId={launchId} viewer={viewer} />
    </>
  )
}

/** The plan as a list grouped by department: what reads well on a phone. */
export function LaunchPlanListPage() {
  const launchId = useLaunchId()
  const me = useMe()
  const timeline = useTimeline(launchId)
  if (!me.data) return null
  if (timeline.isPending) return <Loading label="Loading the plan…" />
  if (timeline.isError) return <ErrorNotice error={timeline.error} />
  return <PlanList timeline={timeline.data} viewer={me.data} />
}

export function LaunchReadinessPage() {
  return <ReadinessView launchId={useLaunchId()} />
}

/** Communications by day; the timeline supplies the gates (for embargoes) and the embargo conflicts. */
export function LaunchCommunicationsPage() {
  const launchId = useLaunchId()
  const me = useMe()
  const timeline = useTimeline(launchId)
  const [search] = useSearchParams()
  const location = useLocation()
  const communication = search.get('communication')
  if (!me.data) return null
  const gates = timeline.data?.gates.map((g) => ({ id: g.id, name: g.name })) ?? []
  const conflicts: EmbargoConflict[] = (timeline.data?.conflicts ?? []).flatMap((c) =>
    c.kind === 'embargo' && typeof c.communication === 'number'
      ? [{ communication: c.communication, message: c.message }]
      : [],
  )
  return (
    <>
      {me.data.is_office && <CommunicationsViewsNav />}
      <CommunicationsCalendar
        launchId={launchId}
        viewer={me.data}
        gates={gates}
        conflicts={conflicts}
        focus={communication === null ? null : { id: idParam(communication), key: location.key }}
      />
    </>
  )
}

/** The office's two views of a launch's communications: by day, and the board (out, queued, embargoed...). */
function CommunicationsViewsNav() {
  const base = `/launches/${useLaunchId()}/communications`
  return (
    <nav className="tabs" aria-label="Communications views">
      <NavLink to={base} end>
        By day
      </NavLink>
      <NavLink to={`${base}/board`}>Board</NavLink>
    </nav>
  )
}

/**
 * /launches/:id/communications/board: the office's board. The API lets everyone who reads the launch see it;
 * the link to it is the office's.
 */
export function LaunchCommunicationsBoardPage() {
  const launchId = useLaunchId()
  const me = useMe()
  if (!me.data) return null
  return (
    <>
      {me.data.is_office && <CommunicationsViewsNav />}
      <CommunicationsBoard launchId={launchId} />
    </>
  )
}

export function LaunchFeedbackPage() {
  const launchId = useLaunchId()
  const me = useMe()
  if (!me.data) return null
  return (
    <FeedbackList launchId={launchId} canTriage={canTriageFeedback(me.data)} canDelete={canDeleteFeedback(me.data)} />
  )
}

/** The launch (already loaded by LaunchPage) gives its zone, in which the changes' moments are shown. */
export function LaunchActivityPage() {
  const launchId = useLaunchId()
  const launch = useLaunch(launchId)
  return <ActivityList launchId={launchId} timeZone={launch.data?.time_zone} />
}

/** Customer Care's knowledge base and HR's recruiting, editable by those departments and the office. */
export function LaunchDeliverablesPage() {
  const launchId = useLaunchId()
  const me = useMe()
  if (!me.data) return null
  return <DeliverablesView launchId={launchId} viewer={me.data} />
}
