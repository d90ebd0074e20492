import { memo, type KeyboardEvent } from 'react'
import type { Arrow } from '../model'

/**
 * Dependencies as elbow arrows, across lanes, from the predecessor's start or finish to the successor's start
 * or finish as the link type says; start-to-start, finish-to-finish and start-to-finish ones (and lags) are
 * labelled on their leg. Critical ones bold (when the critical path is shown), conflicting ones red. Each arrow
 * is a button (a wide invisible stroke takes the pointer; Tab reaches it) that selects the link.
 */
export const DependencyArrows = memo(function DependencyArrows({
  arrows,
  width,
  height,
  showCritical,
  selectedId,
  describe,
  onSelect,
}: {
  arrows: Arrow[]
  width: number
  height: number
  showCritical: boolean
  selectedId: number | null
  /** The arrow's accessible name: "Link from “A” to “B”, finish to start". */
  describe: (arrow: Arrow) => string
  onSelect?: (dependencyId: number) => void
}) {
  const onKey = (event: KeyboardEvent, id: number) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    onSelect?.(id)
  }
  return (
    <svg className="timeline-arrows" width={width} height={height} role="group" aria-label="Links between tasks">
      <defs>
        {(['normal', 'critical', 'conflict', 'selected'] as const).map((kind) => (
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
        const kind = arrow.conflict ? 'conflict' : showCritical && arrow.critical ? 'critical' : 'normal'
        const selected = arrow.id === selectedId
        return (
          <g
            key={arrow.id}
            className={`arrow-group${selected ? ' is-selected' : ''}`}
            data-dependency-id={arrow.id}
            data-link-type={arrow.type}
            role={onSelect ? 'button' : undefined}
            tabIndex={onSelect ? 0 : undefined}
            aria-label={describe(arrow)}
            aria-pressed={onSelect ? selected : undefined}
            onClick={onSelect ? () => onSelect(arrow.id) : undefined}
            onKeyDown={onSelect ? (e) => onKey(e, arrow.id) : undefined}
          >
            {onSelect && <path d={arrow.path} className="arrow-hit" />}
            <path
              d={arrow.path}
              className={`arrow arrow-${kind}`}
              markerEnd={`url(#arrowhead-${selected ? 'selected' : kind})`}
            />
            {arrow.label && (
              <text className={`arrow-label arrow-label-${kind}`} x={arrow.labelX + 3} y={arrow.labelY + 3} aria-hidden="true">
                {arrow.label}
              </text>
            )}
          </g>
        )
      })}
    </svg>
  )
})
