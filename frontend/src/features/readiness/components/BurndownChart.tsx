import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { formatDay, formatShortDay, type IsoDay } from '../../../lib/dates'
import type { Burndown, BurndownDay } from '../api/burndown'
import { BURNDOWN_COLORS } from './chartColors'

const HEIGHT = 260
const WEEK = 7

/** The days the text alternative lists: the first, one a week after it, today and T-0, and the last. */
function summaryDays(burndown: Burndown): BurndownDay[] {
  const { days, today, t_zero_date } = burndown
  return days.filter(
    (d, i) => i % WEEK === 0 || i === days.length - 1 || d.date === today || d.date === t_zero_date,
  )
}

function tasks(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : String(n)
}

function summary(burndown: Burndown): string {
  const { days, today, t_zero_date, baseline } = burndown
  const now = days.find((d) => d.date === today)
  const launchDay = days.find((d) => d.date === t_zero_date)
  const parts: string[] = []
  if (now && now.actual !== null) {
    const versus = baseline && now.baseline !== null ? `, the baseline ${now.baseline}` : ''
    parts.push(`Today ${now.actual} of ${burndown.tasks} tasks are open; the plan expected ${now.plan}${versus}.`)
  } else if (days.length > 0 && today < days[0].date) {
    parts.push(`Work starts on ${formatDay(days[0].date)}; ${burndown.tasks} tasks are planned.`)
  }
  if (launchDay) {
    parts.push(`By T-0 (${formatDay(t_zero_date)}) the plan leaves ${launchDay.plan} open.`)
  }
  if (!baseline) parts.push('No baseline is saved.')
  return parts.join(' ')
}

/**
 * Open tasks day by day: as planned now, as the current baseline had it, and in fact up to today; T-0 and today
 * marked. A visually hidden summary and weekly table say the same for screen readers.
 */
export function BurndownChart({ burndown }: { burndown: Burndown }) {
  const { days, today, t_zero_date, baseline } = burndown
  const inRange = (day: IsoDay) => days.length > 0 && days[0].date <= day && day <= days[days.length - 1].date
  return (
    <figure className="readiness-chart" aria-labelledby="burndown-title" aria-describedby="burndown-summary">
      <figcaption id="burndown-title" className="chart-title">
        Open tasks over time
      </figcaption>
      <p id="burndown-summary" className="muted chart-summary">
        {summary(burndown)}
      </p>
      <div className="chart-drawing" aria-hidden="true">
        <LineChart
          data={days}
          responsive
          style={{ width: '100%', height: HEIGHT }}
          margin={{ top: 16, right: 16, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e5e7eb" vertical={false} />
          <XAxis dataKey="date" tickFormatter={formatShortDay} minTickGap={24} />
          <YAxis allowDecimals={false} width={36} />
          <Tooltip labelFormatter={(day) => formatDay(String(day))} />
          <Legend verticalAlign="bottom" itemSorter={null} />
          {inRange(t_zero_date) && (
            <ReferenceLine
              x={t_zero_date}
              stroke={BURNDOWN_COLORS.tZero}
              strokeWidth={2}
              label={{ value: 'T-0', position: 'top', fill: BURNDOWN_COLORS.tZero, fontSize: 12 }}
            />
          )}
          {inRange(today) && (
            <ReferenceLine
              x={today}
              stroke={BURNDOWN_COLORS.today}
              strokeDasharray="4 3"
              label={{ value: 'Today', position: 'insideTopLeft', fill: BURNDOWN_COLORS.today, fontSize: 12 }}
            />
          )}
          <Line
            dataKey="plan"
            name="Plan"
            type="stepAfter"
            stroke={BURNDOWN_COLORS.plan}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          {baseline && (
            <Line
              dataKey="baseline"
              name={`Baseline (${baseline.name})`}
              type="stepAfter"
              stroke={BURNDOWN_COLORS.baseline}
              strokeDasharray="6 4"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          )}
          <Line
            dataKey="actual"
            name="Actual"
            type="stepAfter"
            stroke={BURNDOWN_COLORS.actual}
            strokeWidth={3}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </div>
      {/* In a box: a table is as wide as its cells whatever its own width says, so the box hides it. */}
      <div className="visually-hidden">
        <table>
          <caption>Open tasks by week</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Plan</th>
              {baseline && <th scope="col">Baseline</th>}
              <th scope="col">Actual</th>
            </tr>
          </thead>
          <tbody>
            {summaryDays(burndown).map((d) => (
              <tr key={d.date}>
                <th scope="row">
                  {formatDay(d.date)}
                  {d.date === t_zero_date ? ' (T-0)' : ''}
                  {d.date === today ? ' (today)' : ''}
                </th>
                <td>{d.plan}</td>
                {baseline && <td>{tasks(d.baseline)}</td>}
                <td>{tasks(d.actual)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  )
}
