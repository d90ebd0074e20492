import { useId, useState } from 'react'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { formatMoment } from '../../../lib/dates'
import { isApiError } from '../../../lib/api'
import { describeWriteError } from '../../../lib/errors'
import { canDecideFor, type Viewer } from '../../../lib/permissions'
import { useDecideGate, useGates, type Decision, type Gate, type GateApprover } from '../api/gates'

const STATUS_LABELS = { pending: 'Pending', approved: 'Approved', rejected: 'Rejected' } as const

function approverName(approver: GateApprover): string {
  return approver.department === null ? 'Social Business Office' : `${approver.department_name} lead`
}

function ApproverList({ approvers }: { approvers: GateApprover[] }) {
  return (
    <ul className="approver-list">
      {approvers.map((a) => (
        <li key={a.department ?? 'office'}>
          <span>{approverName(a)}</span>{' '}
          {a.decision ? (
            <span className={`decision decision-${a.decision}`}>
              {a.decision === 'approve' ? '✓ approved' : '✗ rejected'} by {a.actor?.full_name || a.actor?.username}
              {a.decided_at && <span className="muted"> · {formatMoment(a.decided_at)}</span>}
            </span>
          ) : (
            <span className="muted">not decided yet</span>
          )}
        </li>
      ))}
    </ul>
  )
}

function CriteriaProgress({ gate }: { gate: Gate }) {
  const done = gate.criteria_detail.filter((c) => c.status === 'done').length
  const total = gate.criteria_detail.length
  return (
    <div>
      <p>
        <label>
          Criteria done: {done} of {total}{' '}
          <progress max={Math.max(total, 1)} value={done}>
            {done} of {total}
          </progress>
        </label>
      </p>
      <ul className="criteria-list">
        {gate.criteria_detail.map((c) => (
          <li key={c.id} className={c.status === 'done' ? 'criterion-done' : ''}>
            {c.status === 'done' ? '✓' : '○'} {c.title}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** A 412: the gate is no longer the version shown; the panel has reloaded it (useDecideGate's onSettled). */
function decisionErrorText(error: unknown): string {
  if (isApiError(error) && error.code === 'precondition_failed') {
    return 'Not recorded: this gate was changed by someone else since you loaded it (a decision, a criterion or its date). It has been reloaded: check it and decide again.'
  }
  return describeWriteError(error)
}

function GateDecisionForm({ gate, slots, launchId }: { gate: Gate; slots: GateApprover[]; launchId: number }) {
  const id = useId()
  const [slot, setSlot] = useState(String(slots[0]?.department ?? 'office'))
  const [comment, setComment] = useState('')
  const decide = useDecideGate(launchId)
  const department = slot === 'office' ? null : Number(slot)
  // The decision the chosen approver already gave: approving twice is not offered (rejecting stays possible).
  const approved = slots.find((s) => s.department === department)?.decision === 'approve'

  function send(decision: Decision) {
    decide.mutate({ gate, decision, comment, department }, { onSuccess: () => setComment('') })
  }

  return (
    <form className="form" onSubmit={(e) => e.preventDefault()} aria-label={`Decide on ${gate.name}`}>
      {slots.length > 1 ? (
        <>
          <label htmlFor={`${id}-slot`}>Decide as</label>
          <select id={`${id}-slot`} value={slot} onChange={(e) => setSlot(e.target.value)}>
            {slots.map((s) => (
              <option key={s.department ?? 'office'} value={s.department ?? 'office'}>
                {approverName(s)}
              </option>
            ))}
          </select>
        </>
      ) : (
        <p className="muted">You decide as: {slots[0] ? approverName(slots[0]) : ''}</p>
      )}
      <label htmlFor={`${id}-comment`}>Comment (needed to reject)</label>
      <textarea id={`${id}-comment`} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      {decide.isError && (
        <p className="error" role="alert">
          {decisionErrorText(decide.error)}
        </p>
      )}
      {decide.isSuccess && (
        <p className="success" role="status">
          Your decision is recorded.
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          disabled={decide.isPending || approved}
          onClick={() => send('approve')}
        >
          {approved ? 'Approved' : 'Approve'}
        </button>
        <button
          type="button"
          className="button danger"
          disabled={decide.isPending || !comment.trim()}
          onClick={() => send('reject')}
        >
          Reject
        </button>
      </div>
    </form>
  )
}

function GateCard({ gate, viewer, launchId }: { gate: Gate; viewer: Viewer; launchId: number }) {
  const slots = gate.approvers.filter((a) => canDecideFor(viewer, a.department))
  return (
    <article className="gate-card" id={`gate-${gate.id}`} aria-labelledby={`gate-${gate.id}-name`} tabIndex={-1}>
      <header>
        <h3 id={`gate-${gate.id}-name`}>{gate.name}</h3>
        <span className={`status gate-status-${gate.status}`}>{STATUS_LABELS[gate.status]}</span>
      </header>
      <p className="muted">
        {formatMoment(gate.moment)}
        {gate.round > 1 ? ` · round ${gate.round}` : ''}
      </p>
      {gate.description && <p>{gate.description}</p>}
      <CriteriaProgress gate={gate} />
      <h4>Required approvers</h4>
      <ApproverList approvers={gate.approvers} />
      {slots.length > 0 && <GateDecisionForm gate={gate} slots={slots} launchId={launchId} />}
    </article>
  )
}

/** A launch's gates: criteria with progress, required approvers and their decisions; approve or reject. */
export function GateApprovalPanel({ launchId, viewer }: { launchId: number; viewer: Viewer }) {
  const gates = useGates(launchId)
  if (gates.isPending) return <Loading label="Loading gates…" />
  if (gates.isError) return <ErrorNotice error={gates.error} />
  return (
    <section className="gate-panel" aria-labelledby="gates-heading">
      <h2 id="gates-heading">Gates</h2>
      {gates.data.results.length === 0 ? (
        <p className="muted">This launch has no gates.</p>
      ) : (
        gates.data.results.map((gate) => <GateCard key={gate.id} gate={gate} viewer={viewer} launchId={launchId} />)
      )}
    </section>
  )
}
