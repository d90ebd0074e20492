import { useId, useState, type ReactNode } from 'react'
import { ConfirmDeleteButton } from '../../../components/ui/ConfirmDeleteButton'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { LoadMore } from '../../../components/ui/LoadMore'
import { isApiError } from '../../../lib/api'
import { describeWriteError } from '../../../lib/errors'
import { loadedEntries } from '../../../lib/pagination'
import {
  SOURCE_LABELS,
  STATE_LABELS,
  useDeleteFeedback,
  useFeedbackItems,
  useTriageFeedback,
  type FeedbackFilters,
  type FeedbackItem,
  type FeedbackSource,
  type FeedbackState,
} from '../api/feedback'
import { FeedbackForm } from './FeedbackForm'
import { FeedbackImportForm } from './FeedbackImportForm'
import { FeedbackSummaryCounts } from './FeedbackSummaryCounts'

/** State (and original) of one item; `children` below the inputs. */
function FeedbackTriageForm({
  item,
  saving,
  onSave,
  children,
}: {
  item: FeedbackItem
  saving: boolean
  onSave: (state: FeedbackState, duplicateOf: number | null) => void
  children?: ReactNode
}) {
  const id = useId()
  const [state, setState] = useState<FeedbackState>(item.state)
  const [duplicateOf, setDuplicateOf] = useState(item.duplicate_of ? String(item.duplicate_of) : '')
  const needsOriginal = state === 'duplicate' && !duplicateOf

  return (
    <form
      className="feedback-triage"
      aria-label={`Triage feedback ${item.id}`}
      onSubmit={(e) => {
        e.preventDefault()
        onSave(state, state === 'duplicate' ? Number(duplicateOf) : null)
      }}
    >
      <label htmlFor={`${id}-state`}>State</label>
      <select id={`${id}-state`} value={state} onChange={(e) => setState(e.target.value as FeedbackState)}>
        {Object.entries(STATE_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {state === 'duplicate' && (
        <>
          <label htmlFor={`${id}-dup`}>Duplicate of item #</label>
          <input
            id={`${id}-dup`}
            type="number"
            min={1}
            required
            value={duplicateOf}
            onChange={(e) => setDuplicateOf(e.target.value)}
          />
        </>
      )}
      <button type="submit" className="button secondary" disabled={saving || needsOriginal}>
        Save
      </button>
      {children}
    </form>
  )
}

/**
 * Triage with the version the list shows (If-Match). The form is keyed by that version, so when a save is
 * refused because someone else changed the item (412), the reloaded item resets it, with the message kept.
 */
function FeedbackTriage({ item, launchId }: { item: FeedbackItem; launchId: number }) {
  const triage = useTriageFeedback(launchId)
  return (
    <FeedbackTriageForm
      key={item.updated_at}
      item={item}
      saving={triage.isPending}
      onSave={(state, duplicateOf) => triage.mutate({ item, state, duplicate_of: duplicateOf })}
    >
      {triage.isError && (
        <p className="error" role="alert">
          {describeWriteError(triage.error)}
        </p>
      )}
    </FeedbackTriageForm>
  )
}

/** Why a delete was refused, in plain words: the 412 and 409 say what happened and what to do. */
function deleteErrorText(error: unknown, item: FeedbackItem): string {
  if (isApiError(error) && error.code === 'precondition_failed') {
    return `Not deleted: someone else changed feedback #${item.id} since you loaded it. The current version is now shown: check it and delete it again if you still want to.`
  }
  if (isApiError(error) && error.code === 'protected') {
    return `Not deleted: other feedback items are marked as duplicates of #${item.id}. Triage those first.`
  }
  return describeWriteError(error)
}

/** Delete in two steps (ask, then delete) with If-Match of the version the list shows. */
function FeedbackDelete({ item, launchId }: { item: FeedbackItem; launchId: number }) {
  const remove = useDeleteFeedback(launchId)
  return (
    <div className="feedback-delete">
      <ConfirmDeleteButton
        label={`Delete feedback #${item.id}`}
        question={`Delete feedback #${item.id}?`}
        prompt={`Delete feedback #${item.id} for good?`}
        busy={remove.isPending}
        onAsk={() => remove.reset()}
        onDelete={() => remove.mutateAsync(item)}
      />
      {remove.isError && (
        <p className="error" role="alert">
          {deleteErrorText(remove.error, item)}
        </p>
      )}
    </div>
  )
}

interface FeedbackListProps {
  launchId: number
  /** Add, import and triage (lib/permissions.ts canTriageFeedback). */
  canTriage: boolean
  /** Delete (lib/permissions.ts canDeleteFeedback). */
  canDelete: boolean
}

/** A launch's feedback: counts per state, filters; adding, triage, the CSV import and deleting for those who may. */
export function FeedbackList({ launchId, canTriage, canDelete }: FeedbackListProps) {
  const id = useId()
  const [filters, setFilters] = useState<FeedbackFilters>({ state: '', source: '' })
  const items = useFeedbackItems(launchId, filters)
  const { entries, count } = loadedEntries(items.data)

  return (
    <section className="feedback" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">Feedback</h2>
      <FeedbackSummaryCounts launchId={launchId} />
      {canTriage && (
        <>
          <FeedbackForm launchId={launchId} />
          <FeedbackImportForm launchId={launchId} />
        </>
      )}
      <div className="filters" role="group" aria-label="Filter feedback">
        <label htmlFor={`${id}-state`}>State</label>
        <select
          id={`${id}-state`}
          value={filters.state}
          onChange={(e) => setFilters({ ...filters, state: e.target.value as FeedbackState | '' })}
        >
          <option value="">Any</option>
          {Object.entries(STATE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-source`}>Source</label>
        <select
          id={`${id}-source`}
          value={filters.source}
          onChange={(e) => setFilters({ ...filters, source: e.target.value as FeedbackSource | '' })}
        >
          <option value="">Any</option>
          {Object.entries(SOURCE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {items.isPending ? (
        <Loading label="Loading feedback…" />
      ) : items.isError && !items.data ? (
        <ErrorNotice error={items.error} />
      ) : entries.length === 0 ? (
        <p className="muted">No feedback matches.</p>
      ) : (
        <>
          <ul className="feedback-list">
            {entries.map((item) => (
              <li key={item.id}>
                <p>
                  <strong>#{item.id}</strong> {item.text}
                </p>
                <p className="muted">
                  {SOURCE_LABELS[item.source]}
                  {item.reported_by && ` · from ${item.reported_by}`}
                  {item.task_title && ` · task: ${item.task_title}`} · {STATE_LABELS[item.state]}
                  {item.duplicate_of !== null && ` of #${item.duplicate_of}`}
                </p>
                {canTriage && <FeedbackTriage item={item} launchId={launchId} />}
                {canDelete && <FeedbackDelete item={item} launchId={launchId} />}
              </li>
            ))}
          </ul>
          <LoadMore
            shown={entries.length}
            count={count}
            noun="feedback items"
            hasMore={items.hasNextPage}
            loading={items.isFetchingNextPage}
            error={items.isFetchNextPageError ? items.error : undefined}
            onLoadMore={() => items.fetchNextPage()}
          />
        </>
      )}
    </section>
  )
}
