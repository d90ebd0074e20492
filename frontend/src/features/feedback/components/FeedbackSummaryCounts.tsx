import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { STATE_LABELS, useFeedbackSummary, type FeedbackState } from '../api/feedback'

/** How many feedback items of a launch are in each state. */
export function FeedbackSummaryCounts({ launchId }: { launchId: number }) {
  const summary = useFeedbackSummary(launchId)
  if (summary.isPending) return <Loading label="Loading feedback counts…" />
  if (summary.isError) return <ErrorNotice error={summary.error} />
  const { counts, total } = summary.data
  return (
    <dl className="feedback-counts" aria-label="Feedback by state">
      {(Object.keys(STATE_LABELS) as FeedbackState[]).map((state) => (
        <div key={state}>
          <dt>{STATE_LABELS[state]}</dt>
          <dd>{counts[state] ?? 0}</dd>
        </div>
      ))}
      <div>
        <dt>Total</dt>
        <dd>{total}</dd>
      </div>
    </dl>
  )
}
