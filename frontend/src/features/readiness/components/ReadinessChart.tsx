import { READINESS_SEGMENTS, readinessSegments, type DepartmentReadiness } from '../api/readiness'

const BAR_WIDTH = 320

/** A stacked bar per department: done, in progress, to do, blocked. The table beside it has the numbers. */
export function ReadinessChart({ departments }: { departments: DepartmentReadiness[] }) {
  const rowHeight = 26
  const labelWidth = 140
  const height = departments.length * rowHeight + 4
  const width = labelWidth + BAR_WIDTH + 60
  return (
    <figure className="readiness-chart">
      {/* The viewBox lets the chart scale down to a phone's width with every department in it (issue 16). */}
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        style={{ maxWidth: '100%', height: 'auto' }}
        role="img"
        aria-label="Tasks by status for each department"
      >
        {departments.map((d, i) => {
          const counted = readinessSegments(d).reduce((sum, s) => sum + s.value, 0)
          let x = labelWidth
          return (
            <g key={d.department.id} transform={`translate(0, ${i * rowHeight})`}>
              <text x={0} y={17} className="chart-label">
                {d.department.name}
              </text>
              {readinessSegments(d).map((s) => {
                const width = counted ? (s.value / counted) * BAR_WIDTH : 0
                const rect = (
                  <rect key={s.key} x={x} y={4} width={width} height={18} className={`seg seg-${s.key}`}>
                    <title>{`${d.department.name}: ${s.value} ${s.label.toLowerCase()}`}</title>
                  </rect>
                )
                x += width
                return rect
              })}
              <text x={labelWidth + BAR_WIDTH + 6} y={17} className="chart-label">
                {d.late > 0 ? `${d.late} late` : ''}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption className="chart-legend">
        {READINESS_SEGMENTS.map((s) => (
          <span key={s.key}>
            <span className={`legend-box seg-${s.key}`} aria-hidden="true" /> {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}
