import type { LaneRow } from '../model'

/** A department's swimlane heading, kept in view while scrolling sideways. */
export function TimelineLaneHeader({ row }: { row: LaneRow }) {
  return (
    <div className="timeline-lane" style={{ top: row.y, height: row.height }}>
      <h3 className="timeline-lane-name">
        {row.lane.department.name}{' '}
        <span className="muted">
          ({row.taskCount} task{row.taskCount === 1 ? '' : 's'})
        </span>
      </h3>
    </div>
  )
}
