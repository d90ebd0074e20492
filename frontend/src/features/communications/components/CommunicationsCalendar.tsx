import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { ConfirmDeleteButton } from '../../../components/ui/ConfirmDeleteButton'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { formatDay, formatMoment, momentDay, tMinusLabel } from '../../../lib/dates'
import { describeWriteError } from '../../../lib/errors'
import { useIsRecentlyChanged } from '../../../lib/live'
import type { Viewer } from '../../../lib/permissions'
import { useDeleteCommunication } from '../api/communication'
import {
  APPROVAL_LABELS,
  DESTINATION_LABELS,
  EMBARGO_LABELS,
  KIND_LABELS,
  STATUS_LABELS,
  useCommunications,
  useCommunicationStep,
  type Communication,
  type CommunicationStep,
} from '../api/communications'
import { canDraftCommunication, communicationSteps } from '../model'
import { BriefingsSection } from './BriefingsSection'
import { CommunicationApprovals } from './CommunicationApprovals'
import { CommunicationEditor } from './CommunicationEditor'
import { CommunicationPublications } from './CommunicationPublications'
import type { GateOption } from './CommunicationDraftForm'
import { NewCommunicationForm } from './NewCommunicationForm'
import './communications.css'

/**
 * The communication a link asks for (?communication=, from a calendar event): `id` NaN when the URL's value is
 * not an id; `key` names the visit, so a reload of the list does not scroll to it again.
 */
export interface CommunicationFocus {
  id: number
  key: string
}

/** An embargo conflict of the timeline: the communication it is about, and why. */
export interface EmbargoConflict {
  communication: number
  message: string
}

function embargoText(item: Communication, gates: GateOption[]): string {
  if (item.embargo === 'task') {
    // embargo_until names the task as the server knows it: 'task “Ship it”'.
    return item.embargo_until ? `Not before ${item.embargo_until} is done` : 'Not before its task is done'
  }
  if (item.embargo !== 'gate') return EMBARGO_LABELS[item.embargo]
  const gate = gates.find((g) => g.id === item.embargo_gate)
  return `Not before ${gate ? `“${gate.name}”` : 'its gate'} is approved`
}

/** Where an item will go out by itself once approved and its embargo lifts. */
function destinationsText(item: Communication): string {
  if (item.destinations.length === 0) return 'Goes out to: no channel chosen'
  return `Goes out to: ${item.destinations.map((d) => DESTINATION_LABELS[d]).join(', ')}`
}

function CommunicationActions({
  item,
  viewer,
  launchId,
  onEdit,
}: {
  item: Communication
  viewer: Viewer
  launchId: number
  onEdit: () => void
}) {
  const id = useId()
  const [comment, setComment] = useState('')
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const step = useCommunicationStep(launchId)
  const remove = useDeleteCommunication(launchId)
  const can = communicationSteps(viewer, item)
  const busy = step.isPending || remove.isPending
  const run = (input: CommunicationStep) => {
    remove.reset()
    step.mutate(input, { onSuccess: () => setComment('') })
  }
  const failure = step.error ?? remove.error
  // After a refused write the item may have moved on (a 412 reloads it): keep the message even with no step left.
  if (!Object.values(can).some(Boolean) && !failure) return null

  return (
    <div className="communication-actions">
      {(can.decide || can.decideAsNamed) && (
        <>
          <label htmlFor={`${id}-comment`}>Comment (needed to reject)</label>
          <textarea id={`${id}-comment`} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
        </>
      )}
      <div className="dialog-actions">
        {!confirmingDelete && (
          <>
            {can.edit && (
              <button type="button" className="button secondary" disabled={busy} onClick={onEdit}>
                Edit
              </button>
            )}
            {can.submit && (
              <button type="button" className="button" disabled={busy} onClick={() => run({ item, step: 'submit' })}>
                {item.approval === 'none' ? 'Submit (no approval needed)' : 'Submit for approval'}
              </button>
            )}
            {can.decide && (
              <>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => run({ item, step: 'decide', decision: 'approve', comment })}
                >
                  Approve
                </button>
                <button
                  type="button"
                  className="button danger"
                  disabled={busy || !comment.trim()}
                  onClick={() => run({ item, step: 'decide', decision: 'reject', comment })}
                >
                  Reject
                </button>
              </>
            )}
            {can.decideAsNamed && (
              <>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => run({ item, step: 'decide', decision: 'approve', comment, asNamed: true })}
                >
                  {can.decide ? 'Approve as named approver' : 'Approve under your name'}
                </button>
                <button
                  type="button"
                  className="button danger"
                  disabled={busy || !comment.trim()}
                  onClick={() => run({ item, step: 'decide', decision: 'reject', comment, asNamed: true })}
                >
                  {can.decide ? 'Reject as named approver' : 'Reject under your name'}
                </button>
              </>
            )}
            {can.publish && (
              <button type="button" className="button" disabled={busy} onClick={() => run({ item, step: 'publish' })}>
                Publish
              </button>
            )}
            {can.withdraw && (
              <button
                type="button"
                className="button secondary"
                disabled={busy}
                onClick={() => run({ item, step: 'withdraw' })}
              >
                Withdraw
              </button>
            )}
          </>
        )}
        {(can.delete || confirmingDelete) && (
          <ConfirmDeleteButton
            question="Confirm deletion"
            prompt="Delete this draft for good?"
            busy={busy}
            asking={confirmingDelete}
            onAskingChange={setConfirmingDelete}
            onDelete={() => {
              step.reset()
              return remove.mutateAsync(item)
            }}
          />
        )}
      </div>
      {failure && (
        <p className="error" role="alert">
          {describeWriteError(failure)}
        </p>
      )}
    </div>
  )
}

function CommunicationCard({
  item,
  viewer,
  launchId,
  gates,
  conflict,
  focusKey,
  takeFocus,
}: {
  item: Communication
  viewer: Viewer
  launchId: number
  gates: GateOption[]
  conflict: EmbargoConflict | undefined
  /** Set on the card a link asked for: it is marked, scrolled into view and given the focus (once a visit). */
  focusKey?: string
  takeFocus: (key: string) => boolean
}) {
  const lastDecision = item.decisions[item.decisions.length - 1]
  const [editing, setEditing] = useState(false)
  const changed = useIsRecentlyChanged('communication', item.id)
  const card = useRef<HTMLElement>(null)
  useEffect(() => {
    if (focusKey === undefined || !takeFocus(focusKey)) return
    card.current?.scrollIntoView?.({ block: 'center' })
    card.current?.focus()
  }, [focusKey, takeFocus])
  return (
    <article
      ref={card}
      className={`communication-card${focusKey !== undefined ? ' is-linked' : ''}`}
      data-live-changed={changed || undefined}
      aria-labelledby={`communication-${item.id}-title`}
      aria-current={focusKey !== undefined || undefined}
      tabIndex={focusKey !== undefined ? -1 : undefined}
    >
      <header>
        <h4 id={`communication-${item.id}-title`}>{item.title}</h4>
        <span className={`status communication-status-${item.status}`}>{STATUS_LABELS[item.status]}</span>
      </header>
      <p className="muted">
        {KIND_LABELS[item.kind]}
        {item.channel && ` · ${item.channel}`}
        {item.audience && ` · for ${item.audience}`} · <time dateTime={item.moment}>{formatMoment(item.moment)}</time>
        {item.schedule_mode === 'anchored' && item.offset_days !== null && ` (${tMinusLabel(item.offset_days)})`}
      </p>
      <p>Embargo: {embargoText(item, gates)}</p>
      <p className="muted">
        {APPROVAL_LABELS[item.approval]} · {destinationsText(item)}
      </p>
      <CommunicationApprovals item={item} viewer={viewer} />
      <CommunicationPublications publications={item.publications} />
      {item.newsroom_url && (
        <p>
          <a href={item.newsroom_url} target="_blank" rel="noopener noreferrer">
            Read it in the newsroom
          </a>
        </p>
      )}
      {conflict && (
        <p className="error">
          <strong>Embargo conflict:</strong> {conflict.message}
        </p>
      )}
      {item.status === 'rejected' && lastDecision?.comment && <p>Rejected: {lastDecision.comment}</p>}
      {editing ? (
        <CommunicationEditor launchId={launchId} item={item} gates={gates} onDone={() => setEditing(false)} />
      ) : (
        <CommunicationActions item={item} viewer={viewer} launchId={launchId} onEdit={() => setEditing(true)} />
      )}
      <BriefingsSection launchId={launchId} item={item} viewer={viewer} />
    </article>
  )
}

/** A launch's communications by planned day (viewer's zone), with embargo conflicts and the steps you may take. */
export function CommunicationsCalendar({
  launchId,
  viewer,
  gates,
  conflicts,
  focus = null,
}: {
  launchId: number
  viewer: Viewer
  gates: GateOption[]
  conflicts: EmbargoConflict[]
  /** The communication a link asks to open (?communication=). */
  focus?: CommunicationFocus | null
}) {
  const communications = useCommunications(launchId)
  const [drafting, setDrafting] = useState(false)
  // One scroll per visit: the card may be drawn again (a reload, a new day) without taking the view back.
  const focusedFor = useRef<string | null>(null)
  const takeFocus = useCallback((key: string) => {
    if (focusedFor.current === key) return false
    focusedFor.current = key
    return true
  }, [])
  if (communications.isPending) return <Loading label="Loading communications…" />
  if (communications.isError) return <ErrorNotice error={communications.error} />

  const { results, count, next } = communications.data
  const items = [...results].sort((a, b) => a.moment.localeCompare(b.moment))
  const days = new Map<string, Communication[]>()
  for (const item of items) {
    const day = momentDay(item.moment)
    days.set(day, [...(days.get(day) ?? []), item])
  }

  const linkedMissing = focus !== null && !items.some((item) => item.id === focus.id)

  return (
    <section className="communications" aria-labelledby="communications-heading">
      <h2 id="communications-heading">Communications</h2>
      {linkedMissing && (
        <p className="muted" role="status">
          {next
            ? `This communication is not among the ${items.length} shown.`
            : 'This communication is no longer in the launch.'}
        </p>
      )}
      {canDraftCommunication(viewer) && (
        <>
          <button
            type="button"
            className="button secondary"
            aria-expanded={drafting}
            onClick={() => setDrafting(!drafting)}
          >
            {drafting ? 'Close the draft' : 'Draft a communication'}
          </button>
          {drafting && <NewCommunicationForm launchId={launchId} gates={gates} onDone={() => setDrafting(false)} />}
        </>
      )}
      {items.length === 0 ? (
        <p className="muted">No communications planned yet.</p>
      ) : (
        [...days.entries()].map(([day, dayItems]) => (
          <section key={day} className="communication-day" aria-labelledby={`communications-${day}`}>
            <h3 id={`communications-${day}`}>{formatDay(day)}</h3>
            {dayItems.map((item) => (
              <CommunicationCard
                key={item.id}
                item={item}
                viewer={viewer}
                launchId={launchId}
                gates={gates}
                conflict={conflicts.find((c) => c.communication === item.id)}
                focusKey={focus !== null && focus.id === item.id ? focus.key : undefined}
                takeFocus={takeFocus}
              />
            ))}
          </section>
        ))
      )}
      {next && (
        <p className="muted" role="status">
          Showing {items.length} of {count} communications: the launch has more than the calendar reads at once.
        </p>
      )}
    </section>
  )
}
