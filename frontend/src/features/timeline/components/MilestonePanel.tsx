import { Link } from 'react-router'
import { formatMomentInZone } from '../../../lib/dates'
import { canPlanLaunch, type Viewer } from '../../../lib/permissions'
import type { Timeline, TimelineMilestone } from '../api/timeline'
import { markerDay, tLabel } from '../model'
import { SidePanel } from './SidePanel'

/**
 * A milestone in the side panel: when it is (its day, T-offset and moment in the launch's zone, and whether it
 * moves with T-0), which tasks it waits for and which wait for it. The office changes milestones in Settings.
 */
export function MilestonePanel({
  timeline,
  milestone,
  viewer,
  onClose,
}: {
  timeline: Timeline
  milestone: TimelineMilestone
  viewer: Viewer
  onClose: () => void
}) {
  const { t_zero_date: t0, time_zone: zone, id: launchId } = timeline.launch
  const day = markerDay(milestone, t0, zone)
  const titles = new Map(timeline.tasks.map((t) => [t.id, t.title]))
  const waitsFor = timeline.dependencies.flatMap((d) =>
    d.successor_milestone === milestone.id && d.predecessor !== null ? [titles.get(d.predecessor) ?? '—'] : [],
  )
  const waitedOnBy = timeline.dependencies.flatMap((d) =>
    d.predecessor_milestone === milestone.id && d.successor !== null ? [titles.get(d.successor) ?? '—'] : [],
  )
  return (
    <SidePanel title={milestone.name} subtitle="Milestone" onClose={onClose}>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          {formatMomentInZone(milestone.moment, zone)} ({tLabel(day, t0, timeline.calendar)})
        </dd>
        <dt>Launch day moves</dt>
        <dd>{milestone.schedule_mode === 'anchored' ? 'It moves with T-0' : 'It stays on its date'}</dd>
      </dl>
      <h3>Waits for</h3>
      {waitsFor.length ? (
        <ul>
          {waitsFor.map((title, i) => (
            <li key={i}>{title}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">No task.</p>
      )}
      <h3>Tasks that wait for it</h3>
      {waitedOnBy.length ? (
        <ul>
          {waitedOnBy.map((title, i) => (
            <li key={i}>{title}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">None.</p>
      )}
      {canPlanLaunch(viewer) && (
        <p>
          <Link to={`/launches/${launchId}/settings#milestones`}>Change milestones in Settings</Link>
        </p>
      )}
    </SidePanel>
  )
}
