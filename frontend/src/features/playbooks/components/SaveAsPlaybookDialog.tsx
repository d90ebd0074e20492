import { useId, useState, type FormEvent } from 'react'
import { Dialog } from '../../../components/ui/Dialog'
import { FieldError, invalidProps } from '../../../components/ui/FieldError'
import { describeWriteError, fieldErrors } from '../../../lib/errors'
import { useSaveLaunchAsPlaybook } from '../api/playbooks'

/**
 * The office saves a launch's plan as a playbook: every task, milestone and gate on its offset from T-0
 * (docs/playbooks.md). Asks for the playbook's name and description; shows the saved playbook or the
 * server's errors under each field.
 */
export function SaveAsPlaybookDialog({
  launchId,
  launchName,
  onClose,
}: {
  launchId: number
  launchName: string
  onClose: () => void
}) {
  const id = useId()
  const save = useSaveLaunchAsPlaybook()
  const [name, setName] = useState(`${launchName} playbook`)
  const [description, setDescription] = useState('')
  const errors = fieldErrors(save.error)
  const atFields = errors.name || errors.description

  function submit(event: FormEvent) {
    event.preventDefault()
    save.mutate({ from_launch: launchId, name: name.trim(), description })
  }

  return (
    <Dialog title="Save as playbook" onClose={onClose}>
      {save.isSuccess ? (
        <>
          <p className="success" role="status">
            Saved playbook “{save.data.name}” ({save.data.task_count} tasks, {save.data.gate_count} gates). It is
            offered in “New launch from playbook”.
          </p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              Done
            </button>
          </div>
        </>
      ) : (
        <form className="form" onSubmit={submit}>
          <p className="muted">
            Saves this launch's tasks, dependencies, milestones and gates, each relative to T-0, as a template for
            new launches.
          </p>
          <label htmlFor={`${id}-name`}>Playbook name</label>
          <input
            id={`${id}-name`}
            required
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.target.value)}
            {...invalidProps(`${id}-name-error`, errors.name)}
          />
          <FieldError id={`${id}-name-error`} messages={errors.name} />
          <label htmlFor={`${id}-description`}>Description (optional)</label>
          <textarea
            id={`${id}-description`}
            rows={3}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            {...invalidProps(`${id}-description-error`, errors.description)}
          />
          <FieldError id={`${id}-description-error`} messages={errors.description} />
          {save.isError && !atFields && (
            <p className="error" role="alert">
              {describeWriteError(save.error)}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button secondary" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save playbook'}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  )
}

/** The launch header's button for the office; the API refuses everyone else (403). */
export function SaveAsPlaybookButton({ launchId, launchName }: { launchId: number; launchName: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button secondary" onClick={() => setOpen(true)}>
        Save as playbook
      </button>
      {open && <SaveAsPlaybookDialog launchId={launchId} launchName={launchName} onClose={() => setOpen(false)} />}
    </>
  )
}
