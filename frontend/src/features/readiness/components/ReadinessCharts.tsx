/**
 * The readiness charts (recharts, docs/decisions/charts.md), loaded as their own chunk when the readiness tab
 * opens: the chart library stays out of the first screen's bundle (docs/performance.md).
 */
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import type { Burndown } from '../api/burndown'
import type { DepartmentReadiness } from '../api/readiness'
import { BurndownChart } from './BurndownChart'
import { DepartmentProgressChart } from './DepartmentProgressChart'

export interface ReadinessChartsProps {
  departments: DepartmentReadiness[]
  /** The burn-down query's state: its data, or why there is none yet. */
  burndown: { data?: Burndown; isPending: boolean; error: unknown }
}

export default function ReadinessCharts({ departments, burndown }: ReadinessChartsProps) {
  return (
    <div className="readiness-charts">
      {departments.length > 0 && <DepartmentProgressChart departments={departments} />}
      {burndown.data ? (
        <BurndownChart burndown={burndown.data} />
      ) : burndown.isPending ? (
        <Loading label="Loading the burn-down…" />
      ) : (
        <ErrorNotice error={burndown.error} />
      )}
    </div>
  )
}
