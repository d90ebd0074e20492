import { EditingBadge } from '../../../components/ui/EditingBadge'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { describeWriteError } from '../../../lib/errors'
import { useEditingPresence } from '../../../lib/live'
import { useCommunication, useUpdateCommunication } from '../api/communication'
import { STATUS_LABELS, type Communication } from '../api/communications'
import { CommunicationDraftForm, type GateOption } from './CommunicationDraftForm'

/**
 * Edits a draft or a rejected item from its current version, read afresh with its ETag. The form is keyed by
 * that ETag: after a 412 the version someone else saved is reloaded into it, with the message saying so.
 */
export function CommunicationEditor({
  launchId,
  item,
  gates,
  onDone,
}: {
  launchId: number
  item: Communication
  gates: GateOption[]
  onDone: () => void
}) {
  const detail = useCommunication(launchId, item.id)
  const update = useUpdateCommunication(launchId)
  useEditingPresence(launchId, { kind: 'communication', id: item.id })
  if (detail.isPending) return <Loading label="Loading the communication…" />
  if (detail.isError) return <ErrorNotice error={detail.error} />

  const { data: current, etag } = detail.data
  if (current.status !== 'draft' && current.status !== 'rejected') {
    return (
      <div className="communication-edit">
        <p className="error" role="alert">
          {update.isError && `${describeWriteError(update.error)} `}
          It is {STATUS_LABELS[current.status].toLowerCase()} now and can no longer be edited.
        </p>
        <button type="button" className="button secondary" onClick={onDone}>
          Close
        </button>
      </div>
    )
  }
  return (
    <div className="communication-edit">
      <EditingBadge launchId={launchId} kind="communication" id={item.id} />
      {current.status === 'rejected' && (
        <p className="muted">Saving makes it a draft again: submit it for approval once more.</p>
      )}
      <CommunicationDraftForm
        key={etag ?? 'none'}
        launchId={launchId}
        gates={gates}
        initial={current}
        label={`Edit “${current.title}”`}
        submitLabel="Save changes"
        saving={update.isPending}
        error={update.error}
        onSave={(fields) => update.mutate({ id: item.id, etag, fields }, { onSuccess: onDone })}
        onCancel={onDone}
      />
    </div>
  )
}
