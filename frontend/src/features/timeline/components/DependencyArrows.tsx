import type { Arrow } from '../model'

/** Finish-to-start dependencies as elbow arrows, across lanes; critical ones bold, conflicting ones red. */
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
          <path
            key={arrow.id}
            d={arrow.path}
            className={`arrow arrow-${kind}`}
            markerEnd={`url(#arrowhead-${kind})`}
            data-dependency-id={arrow.id}
          />
        )
      })}
    </svg>
  )
}
