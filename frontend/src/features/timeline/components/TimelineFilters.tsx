import { useId } from 'react'
import { TASK_STATUS_LABELS, type TaskStatus, type Timeline } from '../api/timeline'
import { activeFilterCount, NO_FILTERS, type TaskFilters } from '../filters'

/**
 * What the timeline shows: my tasks, a department, an assignee, a status, and only late, conflicting or
 * critical work; the tasks left out are hidden (a lane with none left shows its header only).
 */
export function TimelineFilters({
  timeline,
  filters,
  onChange,
  shown,
}: {
  timeline: Timeline
  filters: TaskFilters
  onChange: (filters: TaskFilters) => void
  shown: number
}) {
  const id = useId()
  const set = (patch: Partial<TaskFilters>) => onChange({ ...filters, ...patch })
  const active = activeFilterCount(filters)
  const people = [...timeline.people].sort((a, b) => (a.full_name || a.username).localeCompare(b.full_name || b.username))
  const toggle = (key: 'mine' | 'late' | 'conflict' | 'critical', label: string) => (
    <button type="button" className="chip" aria-pressed={filters[key]} onClick={() => set({ [key]: !filters[key] })}>
      {label}
    </button>
  )
  return (
    <div className="timeline-filters" role="group" aria-label="Filters">
      {toggle('mine', 'My tasks')}
      <label htmlFor={`${id}-department`} className="visually-hidden">
        Filter by department
      </label>
      <select
        id={`${id}-department`}
        value={filters.department ?? ''}
        onChange={(e) => set({ department: e.target.value ? Number(e.target.value) : null })}
      >
        <option value="">All departments</option>
        {timeline.lanes.map((lane) => (
          <option key={lane.id} value={lane.department.id}>
            {lane.department.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-assignee`} className="visually-hidden">
        Filter by assignee
      </label>
      <select
        id={`${id}-assignee`}
        value={filters.assignee ?? ''}
        onChange={(e) =>
          set({ assignee: e.target.value === '' ? null : e.target.value === 'none' ? 'none' : Number(e.target.value) })
        }
      >
        <option value="">Anyone</option>
        <option value="none">Nobody assigned</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.full_name || p.username}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-status`} className="visually-hidden">
        Filter by status
      </label>
      <select
        id={`${id}-status`}
        value={filters.status ?? ''}
        onChange={(e) => set({ status: (e.target.value || null) as TaskStatus | null })}
      >
        <option value="">Any status</option>
        {(Object.keys(TASK_STATUS_LABELS) as TaskStatus[]).map((s) => (
          <option key={s} value={s}>
            {TASK_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      {toggle('late', 'Late')}
      {toggle('conflict', 'In conflict')}
      {toggle('critical', 'Critical')}
      {active > 0 && (
        <>
          <span className="muted timeline-filter-count">
            {shown} of {timeline.tasks.length} task{timeline.tasks.length === 1 ? '' : 's'} shown
          </span>
          <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
            Clear filters
          </button>
        </>
      )}
    </div>
  )
}
