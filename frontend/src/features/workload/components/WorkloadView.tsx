import { useSearchParams } from 'react-router'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { formatShortDay, shiftDay } from '../../../lib/dates'
import { useDepartments, useWorkload, type WorkloadFilters } from '../api/workload'
import { filtersFromSearch, searchWithFilters, thisMonday } from '../model'
import { PersonWorkload } from './PersonWorkload'
import { WorkloadTable } from './WorkloadTable'
import './workload.css'

/**
 * Everyone's open work per week across launches, against their capacity (members and viewers: only their own
 * row, as the server answers). Filters, the first week and the person opened live in the URL.
 */
export function WorkloadView() {
  const [search, setSearch] = useSearchParams()
  const filters = filtersFromSearch(search)
  const workload = useWorkload(filters)
  const departments = useDepartments()
  const personParam = Number(search.get('person'))
  const personId = Number.isInteger(personParam) && personParam > 0 ? personParam : null
  const from = workload.data?.from ?? filters.from ?? thisMonday()

  function change(next: WorkloadFilters) {
    setSearch(searchWithFilters(search, next), { replace: true })
  }

  function openPerson(id: number | null) {
    const next = new URLSearchParams(search)
    if (id === null) next.delete('person')
    else next.set('person', String(id))
    setSearch(next)
  }

  let content
  if (workload.isPending) content = <Loading label="Loading the workload…" />
  else if (workload.isError) content = <ErrorNotice error={workload.error} />
  else if (workload.data.people.length === 0)
    content = <p className="muted">{filters.overOnly ? 'Nobody is over capacity in these weeks.' : 'No open work in these weeks.'}</p>
  else content = <WorkloadTable workload={workload.data} onOpen={(row) => openPerson(row.person.id)} />

  return (
    <section className="workload" aria-labelledby="workload-heading">
      <h2 id="workload-heading">Workload</h2>
      <form className="filters workload-filters" aria-label="Workload filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Department{' '}
          <select
            value={filters.department ?? ''}
            onChange={(e) => change({ ...filters, department: e.target.value || null })}
          >
            <option value="">All departments</option>
            {(departments.data?.results ?? []).map((d) => (
              <option key={d.id} value={d.slug}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={filters.overOnly}
            onChange={(e) => change({ ...filters, overOnly: e.target.checked })}
          />{' '}
          Over-allocated only
        </label>
      </form>
      <nav className="workload-weeks" aria-label="Weeks">
        <button type="button" className="button secondary" onClick={() => change({ ...filters, from: shiftDay(from, -7) })}>
          Previous week
        </button>
        <button type="button" className="button secondary" onClick={() => change({ ...filters, from: null })}>
          This week
        </button>
        <button type="button" className="button secondary" onClick={() => change({ ...filters, from: shiftDay(from, 7) })}>
          Next week
        </button>
        <span className="muted"> From the week of {formatShortDay(from)}</span>
      </nav>
      {workload.isPlaceholderData && <Loading label="Updating…" />}
      {content}
      {personId !== null && <PersonWorkload personId={personId} from={from} onClose={() => openPerson(null)} />}
    </section>
  )
}
