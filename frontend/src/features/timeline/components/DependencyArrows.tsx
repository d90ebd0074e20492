import type { Arrow } from '../model'

/**
 * Dependencies as elbow arrows, across lanes, from the predecessor's start or finish to the successor's start
 * or finish as the link type says; start-to-start, finish-to-finish and start-to-finish ones (and lags) are
 * labelled on their vertical leg. Critical ones bold, conflicting ones red.
 */
export function DependencyArrows({ arrows, width, height }: { arrows: Arrow[]; width: number; height: number }) {
  return (
    <svg className="timeline-arrows" width={width} height={height} aria-hidden="true">
      <defs>
        {(['normal', 'critical', 'conflict'] as const).map((kind) => (
          <marker
            key={kind}
            id={`arrowhead-${kind}`}
            viewBox="0 0 8 8"
            refX="8"
            refY="4"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L8,4 L0,8 z" className={`arrowhead-${kind}`} />
          </marker>
        ))}
      </defs>
      {arrows.map((arrow) => {
        const kind = arrow.conflict ? 'conflict' : arrow.critical ? 'critical' : 'normal'
        return (
          <g key={arrow.id} data-dependency-id={arrow.id} data-link-type={arrow.type}>
            <path d={arrow.path} className={`arrow arrow-${kind}`} markerEnd={`url(#arrowhead-${kind})`} />
            {arrow.label && (
              <text className={`arrow-label arrow-label-${kind}`} x={arrow.labelX + 3} y={arrow.labelY + 3}>
                {arrow.label}
              </text>
            )}
          </g>
        )
      })}
    </svg>
  )
}
