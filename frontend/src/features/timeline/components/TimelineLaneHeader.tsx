import { formatShortDay } from '../../../lib/dates'
import type { LaneRow } from '../model'
import { LaneHeading } from './TaskList'

/**
 * A department's swimlane header row across the chart: a summary bar over the span of its tasks (the whole
 * lane's when folded), and, when the task list is hidden, the lane's heading kept in view while scrolling
 * sideways.
 */
export function TimelineLaneHeader({
  row,
  showHeading,
  onToggle,
}: {
  row: LaneRow
  showHeading: boolean
  onToggle: (laneId: number) => void
}) {
  const { summary } = row
  return (
    <div className={`timeline-lane${row.collapsed ? ' is-collapsed' : ''}`} style={{ top: row.y, height: row.height }}>
      {summary && (
        <div
          className="lane-summary"
          style={{ left: summary.x, width: Math.max(summary.width, 4) }}
          title={`${row.lane.department.name}: ${formatShortDay(summary.start)} to ${formatShortDay(summary.due)}`}
          data-summary-of={row.lane.id}
        />
      )}
      {showHeading && <LaneHeading row={row} onToggle={onToggle} />}
    </div>
  )
}
