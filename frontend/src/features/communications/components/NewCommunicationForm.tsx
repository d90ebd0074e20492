import { useCreateCommunication } from '../api/communications'
import { CommunicationDraftForm, type GateOption } from './CommunicationDraftForm'

/** A new draft by the signed-in user, its author; `onDone` once it is saved. */
export function NewCommunicationForm({
  launchId,
  gates,
  onDone,
}: {
  launchId: number
  gates: GateOption[]
  onDone: () => void
}) {
  const create = useCreateCommunication(launchId)
  return (
    <CommunicationDraftForm
      launchId={launchId}
      gates={gates}
      label="Draft a communication"
      submitLabel="Save draft"
      saving={create.isPending}
      error={create.error}
      onSave={(fields) => create.mutate({ launch: launchId, ...fields }, { onSuccess: onDone })}
    />
  )
}
