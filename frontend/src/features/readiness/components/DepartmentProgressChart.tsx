import { Bar, BarChart, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { PROGRESS_SEGMENTS, type DepartmentReadiness } from '../api/readiness'
import { PROGRESS_COLORS } from './chartColors'

const ROW_HEIGHT = 34
// Axis, legend and margins: the legend wraps to two lines on a phone.
const CHROME_HEIGHT = 84
const LABEL_WIDTH = 104
const LABEL_CHARACTERS = 14

function shortName(name: string): string {
  return name.length > LABEL_CHARACTERS ? `${name.slice(0, LABEL_CHARACTERS - 1)}…` : name
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`
}

/**
 * A horizontal bar per department, each its whole work (100%) split into done, in progress, not started, blocked
 * and late. Every department has its row whatever the width (the rows stack down, the bars shrink); the table
 * under it (visually hidden) says the same in numbers for screen readers.
 */
export function DepartmentProgressChart({ departments }: { departments: DepartmentReadiness[] }) {
  const rows = departments.map((d) => ({ name: d.department.name, ...d.progress }))
  const height = departments.length * ROW_HEIGHT + CHROME_HEIGHT
  return (
    <figure className="readiness-chart" aria-labelledby="progress-chart-title">
      <figcaption id="progress-chart-title" className="chart-title">
        Progress by department
      </figcaption>
      {/* The drawing repeats the table below for sighted readers. */}
      <div className="chart-drawing" aria-hidden="true">
        <BarChart
          layout="vertical"
          data={rows}
          stackOffset="expand"
          responsive
          style={{ width: '100%', height }}
          margin={{ top: 4, right: 12, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <XAxis type="number" tickFormatter={percent} ticks={[0, 0.25, 0.5, 0.75, 1]} domain={[0, 1]} />
          <YAxis type="category" dataKey="name" width={LABEL_WIDTH} tickFormatter={shortName} interval={0} />
          <Tooltip formatter={(value, name) => [`${String(value)} task${value === 1 ? '' : 's'}`, name]} />
          {/* In the bars' order (the default sorts by name). */}
          <Legend verticalAlign="bottom" itemSorter={null} />
          {PROGRESS_SEGMENTS.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="tasks"
              fill={PROGRESS_COLORS[s.key]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </div>
      {/* In a box: a table is as wide as its cells whatever its own width says, so the box hides it. */}
      <div className="visually-hidden">
        <table>
          <caption>Progress by department (tasks not cancelled)</caption>
          <thead>
            <tr>
              <th scope="col">Department</th>
              {PROGRESS_SEGMENTS.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr key={d.department.id}>
                <th scope="row">{d.department.name}</th>
                {PROGRESS_SEGMENTS.map((s) => (
                  <td key={s.key}>{d.progress[s.key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  )
}
