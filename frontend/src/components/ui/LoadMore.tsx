import { ErrorNotice } from './ErrorNotice'

/** Below a paged list: "Showing n of count" and, while the server has more, a button for the next page. */
export function LoadMore({
  shown,
  count,
  noun,
  hasMore,
  loading,
  error,
  onLoadMore,
}: {
  shown: number
  count: number
  /** Plural, for "Showing 100 of 250 events". */
  noun: string
  hasMore: boolean
  loading: boolean
  /** The failure of the last "Load more", if it failed. */
  error?: unknown
  onLoadMore: () => void
}) {
  return (
    <div className="load-more">
      <p className="muted" role="status">
        Showing {shown} of {count} {noun}.
      </p>
      {hasMore && (
        <button type="button" className="button secondary" disabled={loading} onClick={onLoadMore}>
          {loading ? 'Loading…' : 'Load more'}
        </button>
      )}
      {Boolean(error) && <ErrorNotice error={error} />}
    </div>
  )
}
