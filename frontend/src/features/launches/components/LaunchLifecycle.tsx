import { useState } from 'react'
import { Link } from 'react-router'
import { isApiError } from '../../../lib/api'
import { describeWriteError } from '../../../lib/errors'
import { LAUNCH_STATUS_LABELS, useTransitionLaunch, type Launch, type LaunchStatus } from '../api/launches'
import { LAUNCH_NEXT_STATUSES, TRANSITION_LABELS } from '../model'

/** The server's refusal in plain words; a launch held back by gates names them and points at them. */
function TransitionRefusal({ error, status, launchId }: { error: unknown; status: LaunchStatus; launchId: number }) {
  const gates =
    isApiError(error) && error.code === 'gate_not_approved' && Array.isArray(error.extra.gates)
      ? error.extra.gates.map(String)
      : []
  return (
    <div className="error" role="alert">
      <p>
        Not moved to {LAUNCH_STATUS_LABELS[status]}:{' '}
        {gates.length > 0 && isApiError(error) ? error.message : describeWriteError(error)}
      </p>
      {gates.length > 0 && (
        <p>
          {gates.length === 1 ? 'Gate' : 'Gates'} not approved yet: <strong>{gates.join(', ')}</strong>. {gates.length === 1 ? 'Its' : 'Their'} approvers
          decide under the <Link to={`/launches/${launchId}`}>timeline</Link>.
        </p>
      )}
    </div>
  )
}

/**
 * The launch's status and the moves its lifecycle allows from there (the office's); the server's refusal
 * (e.g. "launched" while a gate is not approved) is said plainly. Cancelling asks first.
 */
export function LaunchLifecycle({ launch, canEdit }: { launch: Launch; canEdit: boolean }) {
  const transition = useTransitionLaunch(launch.id)
  const [asked, setAsked] = useState<LaunchStatus | null>(null)
  const [confirmingCancel, setConfirmingCancel] = useState(false)
  const next = LAUNCH_NEXT_STATUSES[launch.status]

  function go(status: LaunchStatus) {
    setAsked(status)
    setConfirmingCancel(false)
    transition.mutate({ launch, status })
  }

  return (
    <section className="settings-section" aria-labelledby="lifecycle-heading">
      <h3 id="lifecycle-heading">Lifecycle</h3>
      <p>
        Status: <span className={`status status-${launch.status}`}>{LAUNCH_STATUS_LABELS[launch.status]}</span>
      </p>
      <p className="muted">Draft → Planning → Ready → Launched (every gate approved) → Closed; or cancelled.</p>
      {canEdit && next.length > 0 && (
        <div className="lifecycle-actions" role="group" aria-label="Move the launch to">
          {next.map((status) =>
            status === 'cancelled' ? (
              <button
                key={status}
                type="button"
                className="button danger"
                disabled={transition.isPending}
                onClick={() => setConfirmingCancel(true)}
              >
                {TRANSITION_LABELS[status]}
              </button>
            ) : (
              <button
                key={status}
                type="button"
                className="button secondary"
                disabled={transition.isPending}
                onClick={() => go(status)}
              >
                {TRANSITION_LABELS[status]}
              </button>
            ),
          )}
        </div>
      )}
      {canEdit && next.length === 0 && <p className="muted">A closed launch stays closed.</p>}
      {confirmingCancel && (
        <p role="group" aria-label="Cancel the launch?" className="confirm-delete">
          <span>Cancel “{launch.name}”? Its plan stays; it can go back to draft later.</span>{' '}
          <button type="button" className="button danger" onClick={() => go('cancelled')}>
            Yes, cancel it
          </button>{' '}
          <button type="button" className="button secondary" onClick={() => setConfirmingCancel(false)}>
            Keep it
          </button>
        </p>
      )}
      {transition.isError && asked && <TransitionRefusal error={transition.error} status={asked} launchId={launch.id} />}
      {transition.isSuccess && (
        <p className="success" role="status">
          The launch is now {LAUNCH_STATUS_LABELS[transition.data.status ?? launch.status].toLowerCase()}.
        </p>
      )}
    </section>
  )
}
