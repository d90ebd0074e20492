import type { ReactNode } from 'react'
import { useId, useState } from 'react'
import { Link } from 'react-router'
import { EditingBadge } from '../../../components/ui/EditingBadge'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { isApiError } from '../../../lib/api'
import { formatMoment } from '../../../lib/dates'
import { describeWriteError } from '../../../lib/errors'
import { useEditingPresence, useIsRecentlyChanged } from '../../../lib/live'
import { canDecideFor, canPlanLaunch, type Viewer } from '../../../lib/permissions'
import { useDecideGate, useGates, type Decision, type Gate, type GateApprover } from '../api/gates'
import { approverKey, approverName, GATE_STATUS_LABELS, gateWhen, personName } from './gateText'
import { ReopenGateButton } from './ReopenGateButton'

function deciderName(approver: GateApprover, viewer: Viewer): string {
  if (!approver.actor) return 'someone'
  return approver.actor.id === viewer.id ? 'you' : personName(approver.actor)
}

/**
 * The approver slots the viewer holds: the office's for the office, a department's for its lead, and their own
 * when the gate names them (whatever their role: an executive may be a viewer).
 */
export function slotsFor(viewer: Viewer, approvers: GateApprover[]): GateApprover[] {
  return approvers.filter((a) =>
    a.kind === 'named' ? a.user?.id === viewer.id : canDecideFor(viewer, a.department),
  )
}

/** Each required approver and their decision this round, on one line each. */
function ApproverDecisions({ approvers }: { approvers: GateApprover[] }) {
  return (
    <ul className="approver-list" aria-label="Required approvers">
      {approvers.map((a) => (
        <li key={approverKey(a)}>
          <span>{approverName(a)}</span>
          {a.kind === 'named' && <span className="muted"> (named approver)</span>}{' '}
          {a.decision ? (
            <span className={`decision decision-${a.decision}`}>
              {a.decision === 'approve' ? '✓ approved' : '✗ rejected'} by {a.actor ? personName(a.actor) : 'someone'}
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

/** "3/5" and a thin bar; the bar's accessible name says it in words. */
function CriteriaProgress({ gate }: { gate: Gate }) {
  const done = gate.criteria_detail.filter((c) => c.status === 'done').length
  const total = gate.criteria_detail.length
  if (total === 0) return <span className="gate-progress muted">No criteria</span>
  return (
    <span className="gate-progress">
      <span aria-hidden="true">
        {done}/{total}
      </span>
      <progress max={total} value={done} aria-label={`Criteria done: ${done} of ${total}`}>
        {done} of {total}
      </progress>
    </span>
  )
}

/** A 412: the gate is no longer the version shown; the panel has reloaded it (useDecideGate's onSettled). */
function decisionErrorText(error: unknown): string {
  if (isApiError(error) && error.code === 'precondition_failed') {
    return 'Not recorded: this gate was changed by someone else since you loaded it (a decision, a criterion or its date). It has been reloaded: check it and decide again.'
  }
  return describeWriteError(error)
}

/**
 * The decision of one approver slot the viewer holds, as its state says: Approve / Reject… while undecided;
 * "Approved by you" (done) with Reject… to change one's mind; after a rejection, Approve to supersede it. A
 * rejection asks why first. `several`: the viewer holds more than one slot, so each says whose it is.
 */
function SlotDecision({ gate, slot, viewer, launchId, several }: {
  gate: Gate
  slot: GateApprover
  viewer: Viewer
  launchId: number
  several: boolean
}) {
  const id = useId()
  const decide = useDecideGate(launchId)
  const [rejecting, setRejecting] = useState(false)
  const [comment, setComment] = useState('')
  const who = slot.kind === 'named' ? `yourself (${approverName(slot)})` : approverName(slot)

  function send(decision: Decision) {
    decide.mutate(
      {
        gate,
        decision,
        comment: decision === 'reject' ? comment : '',
        department: slot.kind === 'named' ? null : slot.department,
        asNamed: slot.kind === 'named',
      },
      {
        onSuccess: () => {
          setComment('')
          setRejecting(false)
        },
      },
    )
  }

  const decidedBy = deciderName(slot, viewer)
  return (
    <div className="gate-decision" role="group" aria-label={several ? `Decide as ${who}` : `Decide on ${gate.name}`}>
      {several && <span className="muted">As {who}:</span>}
      {slot.decision === 'approve' ? (
        <button type="button" className="button secondary" disabled>
          Approved by {decidedBy}
        </button>
      ) : (
        <button type="button" className="button" disabled={decide.isPending} onClick={() => send('approve')}>
          {slot.decision === 'reject' ? 'Approve instead' : 'Approve'}
        </button>
      )}
      {slot.decision === 'reject' && <span className="decision decision-reject">Rejected by {decidedBy}</span>}
      {slot.decision !== 'reject' && !rejecting && (
        <button
          type="button"
          className="button secondary"
          disabled={decide.isPending}
          onClick={() => {
            decide.reset()
            setRejecting(true)
          }}
        >
          Reject…
        </button>
      )}
      {rejecting && slot.decision !== 'reject' && (
        <div className="gate-reject">
          <label htmlFor={`${id}-comment`}>Comment (needed to reject)</label>
          <textarea id={`${id}-comment`} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
          <span className="row-actions">
            <button
              type="button"
              className="button danger"
              disabled={decide.isPending || !comment.trim()}
              onClick={() => send('reject')}
            >
              Reject
            </button>
            <button type="button" className="button secondary" onClick={() => setRejecting(false)}>
              Cancel
            </button>
          </span>
        </div>
      )}
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
    </div>
  )
}

/**
 * One gate on one compact row: name, when, status, criteria progress, approvers, the viewer's decision, and for
 * the office, reopening a decided gate.
 */
/** A gate's when, status, criteria progress, approvers' decisions and the viewer's decision controls. */
function GateBody({ gate, viewer, launchId, heading }: { gate: Gate; viewer: Viewer; launchId: number; heading?: ReactNode }) {
  const slots = slotsFor(viewer, gate.approvers)
  return (
    <>
      <div className="gate-row-head">
        {heading}
        <span className="muted gate-when">
          {gateWhen(gate)}
          {gate.round > 1 ? ` · round ${gate.round}` : ''}
        </span>
        <span className={`status gate-status-${gate.status}`}>{GATE_STATUS_LABELS[gate.status]}</span>
        <CriteriaProgress gate={gate} />
      </div>
      <ApproverDecisions approvers={gate.approvers} />
      {slots.map((slot) => (
        <SlotDecision
          key={approverKey(slot)}
          gate={gate}
          slot={slot}
          viewer={viewer}
          launchId={launchId}
          several={slots.length > 1}
        />
      ))}
      {canPlanLaunch(viewer) && <ReopenGateButton gate={gate} launchId={launchId} />}
      {(gate.criteria_detail.length > 0 || gate.description) && (
        <details className="gate-details">
          <summary>Criteria{gate.description ? ' and description' : ''}</summary>
          {gate.description && <p>{gate.description}</p>}
          <ul className="criteria-list">
            {gate.criteria_detail.map((c) => (
              <li key={c.id} className={c.status === 'done' ? 'criterion-done' : ''}>
                {c.status === 'done' ? '✓' : '○'} {c.title}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  )
}

function GateRow({ gate, viewer, launchId }: { gate: Gate; viewer: Viewer; launchId: number }) {
  const changed = useIsRecentlyChanged('gate', gate.id)
  return (
    <li>
      <article
        data-live-changed={changed || undefined}
        className={`gate-row gate-row-${gate.status}`}
        id={`gate-${gate.id}`}
        aria-labelledby={`gate-${gate.id}-name`}
        tabIndex={-1}
      >
        <GateBody
          gate={gate}
          viewer={viewer}
          launchId={launchId}
          heading={<h3 id={`gate-${gate.id}-name`}>{gate.name}</h3>}
        />
      </article>
    </li>
  )
}

/** One gate, for a side panel beside the timeline (the panel gives its name): the same controls as its row. */
export function GateDetails({ launchId, gateId, viewer }: { launchId: number; gateId: number; viewer: Viewer }) {
  const gates = useGates(launchId)
  useEditingPresence(launchId, { kind: 'gate', id: gateId })
  if (gates.isPending) return <Loading label="Loading the gate…" />
  if (gates.isError) return <ErrorNotice error={gates.error} />
  const gate = gates.data.results.find((g) => g.id === gateId)
  if (!gate) return <p className="muted">This gate was deleted.</p>
  return (
    <div className={`gate-details-panel gate-row-${gate.status}`}>
      <EditingBadge launchId={launchId} kind="gate" id={gate.id} />
      <GateBody gate={gate} viewer={viewer} launchId={launchId} />
    </div>
  )
}

/** A launch's gates as compact rows: when, status, criteria progress, approvers' decisions; approve, reject, reopen. */
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
        <ul className="gate-rows">
          {gates.data.results.map((gate) => (
            <GateRow key={gate.id} gate={gate} viewer={viewer} launchId={launchId} />
          ))}
        </ul>
      )}
      {canPlanLaunch(viewer) && (
        <p className="muted">
          <Link to={`/launches/${launchId}/settings#gates`}>Add or change gates in Settings</Link>
        </p>
      )}
    </section>
  )
}
