import { ConfirmDeleteButton } from '../../../components/ui/ConfirmDeleteButton'

/** The Edit and Delete of one row of a deliverables table (shown to those who may plan them). */
export function RowActions({
  label,
  busy,
  onEdit,
  onDelete,
}: {
  label: string
  busy: boolean
  onEdit: () => void
  onDelete: () => void
}) {
  return (
    <td className="row-actions">
      <button type="button" className="link-button" aria-label={`Edit “${label}”`} onClick={onEdit}>
        Edit
      </button>
      <ConfirmDeleteButton
        label={`Delete “${label}”`}
        question={`Delete “${label}”?`}
        prompt="Delete?"
        confirmText="Yes, delete"
        cancelText="Keep"
        triggerClassName="link-button"
        busy={busy}
        onDelete={onDelete}
      />
    </td>
  )
}
