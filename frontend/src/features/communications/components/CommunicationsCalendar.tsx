import { useId, useState } from 'react'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { formatDay, formatMoment, momentDay, tMinusLabel } from '../../../lib/dates'
import { describeWriteError } from '../../../lib/errors'
import { isAuthorOrOffice, type Viewer } from '../../../lib/permissions'
import {
  EMBARGO_LABELS,
  KIND_LABELS,
  STATUS_LABELS,
  useCommunications,
  useCommunicationStep,
  type Communication,
  type CommunicationStep,
} from '../api/communications'
import { CommunicationDraftForm, type GateOption } from './CommunicationDraftForm'

/** An embargo conflict of the timeline: the communication it is about, and why. */
export interface EmbargoConflict {
  communication: number
  message: string
}

function embargoText(item: Communication, gates: GateOption[]): string {
  if (item.embargo !== 'gate') return EMBARGO_LABELS[item.embargo]
  const gate = gates.find((g) => g.id === item.embargo_gate)
  return `Not before ${gate ? `“${gate.name}”` : 'its gate'} is approved`
}

function CommunicationActions({
  item,
  viewer,
  launchId,
}: {
  item: Communication
  viewer: Viewer
  launchId: number
}) {
  const id = useId()
  const [comment, setComment] = useState('')
  const step = useCommunicationStep(launchId)
  const mine = isAuthorOrOffice(viewer, item.author)
  const run = (input: CommunicationStep) => step.mutate(input, { onSuccess: () => setComment('') })

  const canSubmit = mine && item.status === 'draft'
  const canDecide = viewer.is_office && item.status === 'submitted'
  const canPublish = mine && item.status === 'approved'
  const canWithdraw = mine && item.status !== 'published' && item.status !== 'withdrawn'
  if (!canSubmit && !canDecide && !canPublish && !canWithdraw) return null

  return (
    <div className="communication-actions">
      {canDecide && (
        <>
          <label htmlFor={`${id}-comment`}>Comment (needed to reject)</label>
          <textarea id={`${id}-comment`} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
        </>
      )}
      <div className="dialog-actions">
        {canSubmit && (
          <button type="button" className="button" disabled={step.isPending} onClick={() => run({ id: item.id, step: 'submit' })}>
            Submit for approval
          </button>
        )}
        {canDecide && (
          <>
            <button
              type="button"
              className="button"
              disabled={step.isPending}
              onClick={() => run({ id: item.id, step: 'decide', decision: 'approve', comment })}
            >
              Approve
            </button>
            <button
              type="button"
              className="button danger"
              disabled={step.isPending || !comment.trim()}
              onClick={() => run({ id: item.id, step: 'decide', decision: 'reject', comment })}
            >
              Reject
            </button>
          </>
        )}
        {canPublish && (
          <button type="button" className="button" disabled={step.isPending} onClick={() => run({ id: item.id, step: 'publish' })}>
            Publish
          </button>
        )}
        {canWithdraw && (
          <button
            type="button"
            className="button secondary"
            disabled={step.isPending}
            onClick={() => run({ id: item.id, step: 'withdraw' })}
          >
            Withdraw
          </button>
        )}
      </div>
      {step.isError && (
        <p className="error" role="alert">
          {describeWriteError(step.error)}
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
}: {
  item: Communication
  viewer: Viewer
  launchId: number
  gates: GateOption[]
  conflict: EmbargoConflict | undefined
}) {
  const lastDecision = item.decisions[item.decisions.length - 1]
  return (
    <article className="communication-card" aria-labelledby={`communication-${item.id}-title`}>
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
      {conflict && (
        <p className="error">
          <strong>Embargo conflict:</strong> {conflict.message}
        </p>
      )}
      {item.status === 'rejected' && lastDecision?.comment && <p>Rejected: {lastDecision.comment}</p>}
      <CommunicationActions item={item} viewer={viewer} launchId={launchId} />
    </article>
  )
}

/** A launch's communications by planned day (viewer's zone), with embargo conflicts and the steps you may take. */
export function CommunicationsCalendar({
  launchId,
  viewer,
  gates,
  conflicts,
}: {
  launchId: number
  viewer: Viewer
  gates: GateOption[]
  conflicts: EmbargoConflict[]
}) {
  const communications = useCommunications(launchId)
  const [drafting, setDrafting] = useState(false)
  if (communications.isPending) return <Loading label="Loading communications…" />
  if (communications.isError) return <ErrorNotice error={communications.error} />

  const items = [...communications.data.results].sort((a, b) => a.moment.localeCompare(b.moment))
  const days = new Map<string, Communication[]>()
  for (const item of items) {
    const day = momentDay(item.moment)
    days.set(day, [...(days.get(day) ?? []), item])
  }

  return (
    <section className="communications" aria-labelledby="communications-heading">
      <h2 id="communications-heading">Communications</h2>
      <button type="button" className="button secondary" aria-expanded={drafting} onClick={() => setDrafting(!drafting)}>
        {drafting ? 'Close the draft' : 'Draft a communication'}
      </button>
      {drafting && <CommunicationDraftForm launchId={launchId} gates={gates} onDone={() => setDrafting(false)} />}
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
              />
            ))}
          </section>
        ))
      )}
    </section>
  )
}
