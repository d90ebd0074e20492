import { memo } from 'react'
import { formatDay, formatShortDay } from '../../../lib/dates'
import {
  COMMUNICATION_ROW_HEIGHT,
  FLAG_ROW_HEIGHT,
  markerFlagText,
  type CommunicationMarker,
  type TimelineLayout,
} from '../model'

const MARKER_LABELS = { gate: 'Gate', milestone: 'Milestone', t_zero: 'Launch day', today: 'Today' } as const

const COMMUNICATION_KINDS: Record<CommunicationMarker['kind'], string> = {
  employee_hint: 'Employee hint',
  social_post: 'Social post',
  blog: 'Blog post',
  community_post: 'Community forum post',
  press_release: 'Press release',
  newsletter: 'Newsletter',
  internal_notice: 'Internal notice',
}

/** What a communication's marker says on hover and to screen readers. */
export function communicationLabel(c: CommunicationMarker): string {
  return `${COMMUNICATION_KINDS[c.kind]} “${c.title}” (${c.status}), planned ${formatDay(c.day)}; ${c.embargo}`
}

/** A small speech bubble, and a padlock over it when the communication is under embargo. */
function CommunicationIcon({ embargoed }: { embargoed: boolean }) {
  return (
    <svg width="16" height="14" viewBox="0 0 16 14" aria-hidden="true" focusable="false">
      <path d="M1 1.5h10v7H5l-3 3v-3H1z" className="communication-bubble" />
      {embargoed && (
        <g className="communication-lock">
          <rect x="8.5" y="7" width="7" height="6" rx="1" />
          <path d="M10 7V5.5a2 2 0 0 1 4 0V7" fill="none" />
        </g>
      )}
    </svg>
  )
}

/**
 * The date scale along the top in two tiers (months and years above, days or weeks below, model.ts axisTiers),
 * the communications on their days (a padlock on those under embargo), and a flag for each gate, milestone,
 * T-0 and today; flags of nearby days are stacked in rows (model.ts stackMarkers) so that none hides another.
 */
export const TimelineAxis = memo(function TimelineAxis({
  layout,
  onGateSelect,
  onMilestoneSelect,
}: {
  layout: TimelineLayout
  onGateSelect?: (gateId: number) => void
  onMilestoneSelect?: (milestoneId: number) => void
}) {
  const { axis } = layout
  return (
    <div className="timeline-axis" style={{ width: layout.width }}>
      <div className="axis-tier axis-top" aria-hidden="true">
        {axis.top.map((cell) => (
          <div key={cell.key} className="axis-cell" style={{ left: cell.x, width: cell.width }} title={cell.title}>
            <span className="axis-cell-label">{cell.label}</span>
          </div>
        ))}
      </div>
      <div className={`axis-tier axis-bottom timeline-ticks timeline-ticks-${axis.unit}`} aria-hidden="true">
        {layout.daysOff.map((off) => (
          <span
            key={off.key}
            className={`timeline-day-off day-off-${off.kind}`}
            style={{ left: off.x, width: off.width }}
            title={off.label}
          />
        ))}
        {axis.bottom.map((cell) => (
          <span key={cell.key} className="timeline-tick" style={{ left: cell.x, width: cell.width }} title={cell.title}>
            {cell.label}
          </span>
        ))}
      </div>
      {layout.communications.length > 0 && (
        <ul
          className="timeline-communications"
          aria-label="Communications"
          style={{ height: layout.communicationRows * COMMUNICATION_ROW_HEIGHT + 2 }}
        >
          {layout.communications.map((c) => {
            const label = communicationLabel(c)
            return (
              <li
                key={c.key}
                className={`timeline-communication communication-${c.status}${c.embargoed ? ' is-embargoed' : ''}`}
                style={{ left: c.x, top: c.row * COMMUNICATION_ROW_HEIGHT }}
                data-communication-id={c.id}
              >
                <span tabIndex={0} role="img" aria-label={label} title={label}>
                  <CommunicationIcon embargoed={c.embargoed} />
                </span>
              </li>
            )
          })}
        </ul>
      )}
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
              ) : marker.kind === 'milestone' && onMilestoneSelect && marker.id !== null ? (
                <button type="button" title={title} aria-label={title} onClick={() => onMilestoneSelect(marker.id!)}>
                  {flagText}
                </button>
              ) : (
                <span title={title}>
                  <span className="visually-hidden">
                    {MARKER_LABELS[marker.kind]}: {marker.compact ? text : ''}
                  </span>
                  {marker.compact ? <span aria-hidden="true">{flagText}</span> : flagText}
                </span>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
})
