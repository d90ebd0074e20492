import { formatShortDay } from '../../../lib/dates'
import { FLAG_ROW_HEIGHT, markerFlagText, type TimelineLayout } from '../model'

const MARKER_LABELS = { gate: 'Gate', milestone: 'Milestone', t_zero: 'Launch day', today: 'Today' } as const

/**
 * The date scale along the top, with a flag for each gate, milestone, T-0 and today; flags of nearby days
 * are stacked in rows (model.ts stackMarkers) so that none hides another.
 */
export function TimelineAxis({
  layout,
  onGateSelect,
}: {
  layout: TimelineLayout
  onGateSelect?: (gateId: number) => void
}) {
  return (
    <div className="timeline-axis" style={{ width: layout.width }}>
      <div className={`timeline-ticks timeline-ticks-${layout.tickUnit}`} aria-hidden="true">
        {layout.daysOff.map((off) => (
          <span
            key={off.key}
            className={`timeline-day-off day-off-${off.kind}`}
            style={{ left: off.x, width: off.width }}
            title={off.label}
          />
        ))}
        {layout.ticks.map((tick) => (
          <span
            key={tick.day}
            className="timeline-tick"
            style={{ left: tick.x, width: layout.tickUnit === 'day' ? layout.pxPerDay : undefined }}
          >
            {tick.label}
          </span>
        ))}
      </div>
      <ul
        className="timeline-flags"
        aria-label="Gates and milestones"
        style={{ height: layout.flagRows * FLAG_ROW_HEIGHT + 4 }}
      >
        {layout.markers.map((marker) => {
          const text = `${marker.name}${marker.status ? ` (${marker.status})` : ''}`
          const flagText = markerFlagText(marker)
          const title = `${MARKER_LABELS[marker.kind]}: ${text}, ${formatShortDay(marker.day)}`
          return (
            <li
              key={marker.key}
              className={`timeline-flag flag-${marker.kind}${marker.status ? ` gate-${marker.status}` : ''}`}
              style={{ left: marker.x, top: marker.row * FLAG_ROW_HEIGHT }}
            >
              {marker.kind === 'gate' && onGateSelect && marker.id !== null ? (
                <button type="button" title={title} aria-label={title} onClick={() => onGateSelect(marker.id!)}>
                  {flagText}
                </button>
              ) : (
                <span title={title}>
                  <span className="visually-hidden">{MARKER_LABELS[marker.kind]}: </span>
                  {flagText}
                </span>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
