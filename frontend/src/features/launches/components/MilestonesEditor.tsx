import { useId, useState, type FormEvent } from 'react'
import { ConfirmDeleteButton } from '../../../components/ui/ConfirmDeleteButton'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { FieldError, invalidProps } from '../../../components/ui/FieldError'
import { Loading } from '../../../components/ui/Loading'
import { formatMoment, tMinusLabel } from '../../../lib/dates'
import { describeWriteError } from '../../../lib/errors'
import {
  useCreateMilestone,
  useDeleteMilestone,
  useMilestones,
  useUpdateMilestone,
  type Milestone,
  type MilestoneInput,
} from '../api/milestones'
import { errorIsAtFields, fieldMessages } from '../fieldMessages'
import { MomentFields, momentPayload, momentValueOf, type MomentValue } from '../../../components/ui/MomentFields'

const MILESTONE_FIELDS = ['name', 'description', 'offset_days', 'at', 'schedule_mode']

function MilestoneForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: Milestone
  submitLabel: string
  pending: boolean
  error: unknown
  onSubmit: (input: MilestoneInput) => void
  onCancel?: () => void
}) {
  const id = useId()
  const [name, setName] = useState(initial?.name ?? '')
  const [description, setDescription] = useState(initial?.description ?? '')
  const [moment, setMoment] = useState<MomentValue>(
    initial ? momentValueOf(initial) : { mode: 'anchored', offsetDays: '', at: '' },
  )
  const nameError = fieldMessages(error, 'name')

  function submit(event: FormEvent) {
    event.preventDefault()
    onSubmit({ name, description, ...momentPayload(moment) })
  }

  return (
    <form className="form" onSubmit={submit} aria-label={initial ? `Edit milestone ${initial.name}` : 'New milestone'}>
      <label htmlFor={`${id}-name`}>Milestone name</label>
      <input
        id={`${id}-name`}
        required
        maxLength={200}
        value={name}
        onChange={(e) => setName(e.target.value)}
        {...invalidProps(`${id}-name-error`, nameError)}
      />
      <FieldError id={`${id}-name-error`} messages={nameError} />
      <MomentFields
        value={moment}
        onChange={setMoment}
        errors={{ offset_days: fieldMessages(error, 'offset_days'), at: fieldMessages(error, 'at') }}
      />
      <label htmlFor={`${id}-description`}>Description</label>
      <textarea id={`${id}-description`} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      {error !== null && error !== undefined && !errorIsAtFields(error, MILESTONE_FIELDS) && (
        <p className="error" role="alert">
          {describeWriteError(error)}
        </p>
      )}
      <div className="dialog-actions">
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="button" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  )
}

function whenLabel(milestone: Milestone): string {
  const at = formatMoment(milestone.moment)
  return milestone.schedule_mode === 'fixed' || milestone.offset_days === null
    ? `${at} (fixed)`
    : `${tMinusLabel(milestone.offset_days)} · ${at}`
}

function MilestoneRow({ milestone, launchId, canEdit }: { milestone: Milestone; launchId: number; canEdit: boolean }) {
  const [editing, setEditing] = useState(false)
  const update = useUpdateMilestone(launchId)
  const remove = useDeleteMilestone(launchId)
  if (editing) {
    return (
      <li>
        <MilestoneForm
          initial={milestone}
          submitLabel="Save milestone"
          pending={update.isPending}
          error={update.error}
          onCancel={() => setEditing(false)}
          onSubmit={(input) => update.mutate({ milestone, input }, { onSuccess: () => setEditing(false) })}
        />
      </li>
    )
  }
  return (
    <li className="settings-row">
      <span className="settings-row-name">{milestone.name}</span>
      <span className="muted">{whenLabel(milestone)}</span>
      {milestone.description && <span className="settings-row-note">{milestone.description}</span>}
      {canEdit && (
        <span className="row-actions">
          <button
            type="button"
            className="link-button"
            aria-label={`Edit milestone ${milestone.name}`}
            onClick={() => {
              update.reset()
              setEditing(true)
            }}
          >
            Edit
          </button>
          <ConfirmDeleteButton
            triggerClassName="link-button"
            label={`Delete milestone ${milestone.name}`}
            question={`Delete milestone ${milestone.name}?`}
            prompt={`Delete “${milestone.name}”? Links to it go too.`}
            busy={remove.isPending}
            onAsk={() => remove.reset()}
            onDelete={() => remove.mutateAsync(milestone).catch(() => undefined)}
          />
        </span>
      )}
      {remove.isError && (
        <p className="error" role="alert">
          {describeWriteError(remove.error)}
        </p>
      )}
    </li>
  )
}

/** The launch's milestones (T-0 itself is not one here); the office adds, edits and deletes them. */
export function MilestonesEditor({ launchId, canEdit }: { launchId: number; canEdit: boolean }) {
  const milestones = useMilestones(launchId)
  const create = useCreateMilestone(launchId)
  const [adding, setAdding] = useState(false)
  const [formKey, setFormKey] = useState(0)

  return (
    <section className="settings-section" aria-labelledby="milestones-heading">
      <h3 id="milestones-heading">Milestones</h3>
      {milestones.isPending ? (
        <Loading label="Loading milestones…" />
      ) : milestones.isError ? (
        <ErrorNotice error={milestones.error} />
      ) : milestones.data.results.length === 0 ? (
        <p className="muted">No milestones yet.</p>
      ) : (
        <ul className="settings-list">
          {[...milestones.data.results]
            .sort((a, b) => a.moment.localeCompare(b.moment))
            .map((m) => (
              <MilestoneRow key={m.id} milestone={m} launchId={launchId} canEdit={canEdit} />
            ))}
        </ul>
      )}
      {canEdit &&
        (adding ? (
          <MilestoneForm
            key={formKey}
            submitLabel="Add milestone"
            pending={create.isPending}
            error={create.error}
            onCancel={() => setAdding(false)}
            onSubmit={(input) =>
              create.mutate(input, {
                onSuccess: () => {
                  setAdding(false)
                  setFormKey((k) => k + 1)
                },
              })
            }
          />
        ) : (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              create.reset()
              setAdding(true)
            }}
          >
            Add a milestone
          </button>
        ))}
    </section>
  )
}
