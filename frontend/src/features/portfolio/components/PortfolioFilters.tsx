import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { useDepartments, type LaunchStatus, type PortfolioFilters as Filters } from '../api/portfolio'
import { LAUNCH_STATUSES, LAUNCH_STATUS_LABELS } from '../model'

/** Status checkboxes (none ticked: every active launch) and one department. */
export function PortfolioFilters({ filters, onChange }: { filters: Filters; onChange: (next: Filters) => void }) {
  const departments = useDepartments()

  function toggle(status: LaunchStatus, on: boolean) {
    const chosen = new Set(filters.statuses)
    if (on) chosen.add(status)
    else chosen.delete(status)
    onChange({ ...filters, statuses: LAUNCH_STATUSES.filter((s) => chosen.has(s)) })
  }

  const list = departments.data?.results ?? []
  // A department from the URL that the list does not hold (yet) stays selectable, so the select shows the filter.
  const unknownDepartment = filters.department !== null && !list.some((d) => d.id === filters.department)

  return (
    <form className="filters portfolio-filters" aria-label="Portfolio filters" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Status</legend>
        {LAUNCH_STATUSES.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              checked={filters.statuses.includes(status)}
              onChange={(e) => toggle(status, e.target.checked)}
            />{' '}
            {LAUNCH_STATUS_LABELS[status]}
          </label>
        ))}
        {filters.statuses.length === 0 && <span className="muted">(none ticked: every active launch)</span>}
      </fieldset>
      <label>
        Department{' '}
        <select
          value={filters.department ?? ''}
          onChange={(e) => onChange({ ...filters, department: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">All departments</option>
          {unknownDepartment && <option value={filters.department ?? ''}>Department {filters.department}</option>}
          {list.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      {departments.isError && <ErrorNotice error={departments.error} />}
    </form>
  )
}
