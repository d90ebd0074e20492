import { useId, useState } from 'react'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { LoadMore } from '../../../components/ui/LoadMore'
import { formatMoment } from '../../../lib/dates'
import { loadedEntries } from '../../../lib/pagination'
import { ACTION_LABELS, describeChanges, useActivity, useDepartments } from '../api/activity'

/**
 * Who changed what, when: the launch's audit history, filterable by department. Moments in changes are shown in
 * the launch's `timeZone` when given (the browser's otherwise).
 */
export function ActivityList({ launchId, timeZone }: { launchId: number; timeZone?: string }) {
  const id = useId()
  const [department, setDepartment] = useState<number | null>(null)
  const departments = useDepartments()
  const activity = useActivity(launchId, department)
  const { entries, count } = loadedEntries(activity.data)

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Activity</h2>
      <label htmlFor={`${id}-dept`}>Department</label>{' '}
      <select
        id={`${id}-dept`}
        value={department ?? ''}
        onChange={(e) => setDepartment(e.target.value ? Number(e.target.value) : null)}
      >
        <option value="">All departments</option>
        {departments.data?.results.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
      {activity.isPending ? (
        <Loading label="Loading activity…" />
      ) : activity.isError && !activity.data ? (
        <ErrorNotice error={activity.error} />
      ) : entries.length === 0 ? (
        <p className="muted">No activity yet.</p>
      ) : (
        <>
          <ol className="activity-list">
            {entries.map((event) => (
              <li key={event.id}>
                <time dateTime={event.created_at}>{formatMoment(event.created_at)}</time>{' '}
                <strong>{event.actor?.full_name || event.actor?.username || 'System'}</strong> {ACTION_LABELS[event.action]}{' '}
                {event.entity} “{event.entity_label}”
                {event.department_name && <span className="muted"> · {event.department_name}</span>}
                {Object.keys(event.changes).length > 0 && <div className="muted">{describeChanges(event.changes, timeZone)}</div>}
                {event.message && <div>“{event.message}”</div>}
              </li>
            ))}
          </ol>
          <LoadMore
            shown={entries.length}
            count={count}
            noun="events"
            hasMore={activity.hasNextPage}
            loading={activity.isFetchingNextPage}
            error={activity.isFetchNextPageError ? activity.error : undefined}
            onLoadMore={() => activity.fetchNextPage()}
          />
        </>
      )}
    </section>
  )
}
