import { useId, useState, type FormEvent } from 'react'
import { Dialog } from '../../../components/ui/Dialog'
import { FieldError, invalidProps } from '../../../components/ui/FieldError'
import { isApiError } from '../../../lib/api'
import { describeWriteError, fieldErrors } from '../../../lib/errors'
import { REOPEN_REASON_MAX_LENGTH, useReopenGate, type Gate } from '../api/gates'

/** What a refused reopening says; the panel has reloaded the gate meanwhile (useReopenGate's onSettled). */
function reopenErrorText(error: unknown): string {
  if (isApiError(error) && error.code === 'precondition_failed') {
    return 'Not reopened: this gate was changed by someone else since you loaded it. It has been reloaded: check it before reopening it.'
  }
  if (isApiError(error) && (error.code === 'gate_not_decided' || error.code === 'launch_already_launched')) {
    return `Not reopened: ${error.message}`
  }
  return describeWriteError(error)
}

/**
 * The office's "Reopen…" on an approved or rejected gate: asks why, then starts a new round in which every
 * required approver decides again (earlier decisions stay in the history). The API refuses everyone else.
 */
export function ReopenGateButton({ gate, launchId }: { gate: Gate; launchId: number }) {
  const id = useId()
  const reopen = useReopenGate(launchId)
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const errors = fieldErrors(reopen.error)
  const decided = gate.status === 'approved' || gate.status === 'rejected'

  function submit(event: FormEvent) {
    event.preventDefault()
    reopen.mutate(
      { gate, reason: reason.trim() },
      {
        onSuccess: () => {
          setReason('')
          setOpen(false)
        },
      },
    )
  }

  return (
    <>
      {decided && (
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            reopen.reset()
            setOpen(true)
          }}
        >
          Reopen…
        </button>
      )}
      {reopen.isSuccess && !open && (
        <p className="success" role="status">
          Gate reopened: round {reopen.data.round} awaits its approvers.
        </p>
      )}
      {open && (
        <Dialog title={`Reopen “${gate.name}”`} onClose={() => setOpen(false)}>
          <form className="form" onSubmit={submit}>
            <p className="muted">
              The gate goes back to pending in a new round: every required approver decides again. The decisions so
              far stay in its history.
            </p>
            <label htmlFor={`${id}-reason`}>Why reopen it?</label>
            <textarea
              id={`${id}-reason`}
              rows={3}
              required
              maxLength={REOPEN_REASON_MAX_LENGTH}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              {...invalidProps(`${id}-reason-error`, errors.reason)}
            />
            <FieldError id={`${id}-reason-error`} messages={errors.reason} />
            {reopen.isError && !errors.reason && (
              <p className="error" role="alert">
                {reopenErrorText(reopen.error)}
              </p>
            )}
            <div className="dialog-actions">
              <button type="button" className="button secondary" onClick={() => setOpen(false)}>
                Cancel
              </button>
              <button type="submit" className="button" disabled={reopen.isPending || !reason.trim()}>
                {reopen.isPending ? 'Reopening…' : 'Reopen gate'}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </>
  )
}
