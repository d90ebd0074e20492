import { useId, useState, type FormEvent } from 'react'
import { ConfirmDeleteButton } from '../../../components/ui/ConfirmDeleteButton'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { FieldError } from '../../../components/ui/FieldError'
import { Loading } from '../../../components/ui/Loading'
import { describeWriteError, fieldErrors } from '../../../lib/errors'
import { groupByDepartment, useLaunchTaskOptions } from '../../../lib/launchTaskOptions'
import {
  useCreateGate,
  useDeleteGate,
  useGates,
  useUpdateGate,
  type Gate,
  type GateInput,
} from '../api/gates'
import { MomentFields, momentPayload, momentValueOf, type MomentValue } from '../../../components/ui/MomentFields'
import { NamedApproversField } from '../../../components/ui/NamedApproversField'
import { approverName, GATE_STATUS_LABELS, gateWhen } from './gateText'

/** A department that can be asked to approve. */
export interface ApproverDepartment {
  id: number
  name: string
}

const GATE_FIELDS = [
  'name',
  'description',
  'schedule_mode',
  'offset_days',
  'at',
  'criteria',
  'approver_departments',
  'approver_users',
]

function toggle(ids: number[], id: number, on: boolean): number[] {
  return on ? [...new Set([...ids, id])] : ids.filter((x) => x !== id)
}

/** Name, when, criteria (the launch's tasks that must be done), the departments whose leads approve and the
 * people who approve by name. */
function GateForm({
  launchId,
  departments,
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  launchId: number
  departments: ApproverDepartment[]
  initial?: Gate
  submitLabel: string
  pending: boolean
  error: unknown
  onSubmit: (input: GateInput) => void
  onCancel: () => void
}) {
  const id = useId()
  const tasks = useLaunchTaskOptions(launchId, true)
  const [name, setName] = useState(initial?.name ?? '')
  const [description, setDescription] = useState(initial?.description ?? '')
  const [moment, setMoment] = useState<MomentValue>(() => momentValueOf(initial))
  const [criteria, setCriteria] = useState<number[]>(initial?.criteria ?? [])
  const [approvers, setApprovers] = useState<number[]>(initial?.approver_departments ?? [])
  const [named, setNamed] = useState<number[]>(initial?.approver_users ?? [])
  const errors = fieldErrors(error)
  const general = Boolean(error) && !GATE_FIELDS.some((f) => errors[f])

  function submit(event: FormEvent) {
    event.preventDefault()
    onSubmit({
      name,
      description,
      ...momentPayload(moment),
      criteria,
      approver_departments: approvers,
      approver_users: named,
    })
  }

  return (
    <form
      className="form gate-form"
      onSubmit={submit}
      aria-label={initial ? `Edit gate ${initial.name}` : 'New gate'}
    >
      <label htmlFor={`${id}-name`}>Gate name</label>
      <input
        id={`${id}-name`}
        required
        maxLength={200}
        value={name}
        placeholder="e.g. Go/No-Go"
        onChange={(e) => setName(e.target.value)}
        aria-invalid={errors.name ? true : undefined}
        aria-describedby={errors.name ? `${id}-name-error` : undefined}
      />
      <FieldError id={`${id}-name-error`} messages={errors.name} />
      <MomentFields value={moment} onChange={setMoment} errors={errors} />
      <label htmlFor={`${id}-description`}>Description</label>
      <textarea id={`${id}-description`} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      <fieldset className="gate-criteria">
        <legend>Criteria: tasks that must be done</legend>
        {tasks.isPending ? (
          <Loading label="Loading tasks…" />
        ) : tasks.isError ? (
          <ErrorNotice error={tasks.error} />
        ) : tasks.data.results.length === 0 ? (
          <p className="muted">This launch has no tasks yet.</p>
        ) : (
          groupByDepartment(tasks.data.results).map((group) => (
            <fieldset key={group.department}>
              <legend>{group.department}</legend>
              {group.tasks.map((task) => (
                <label key={task.id}>
                  <input
                    type="checkbox"
                    checked={criteria.includes(task.id)}
                    onChange={(e) => setCriteria(toggle(criteria, task.id, e.target.checked))}
                  />{' '}
                  {task.title}
                </label>
              ))}
            </fieldset>
          ))
        )}
      </fieldset>
      <FieldError id={`${id}-criteria-error`} messages={errors.criteria} />
      <fieldset>
        <legend>Required approvers</legend>
        <p className="muted">The Social Business Office always approves.</p>
        {departments.map((d) => (
          <label key={d.id}>
            <input
              type="checkbox"
              checked={approvers.includes(d.id)}
              onChange={(e) => setApprovers(toggle(approvers, d.id, e.target.checked))}
            />{' '}
            {d.name} lead
          </label>
        ))}
      </fieldset>
      <FieldError id={`${id}-approvers-error`} messages={errors.approver_departments} />
      <NamedApproversField
        description="People who approve under their own name (an executive, the reviewer), with the office."
        value={named}
        onChange={setNamed}
        initial={initial?.approver_users_detail ?? []}
        errors={errors.approver_users}
      />
      {general && (
        <p className="error" role="alert">
          {describeWriteError(error)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  )
}

function GateEditorRow({ gate, launchId, departments }: { gate: Gate; launchId: number; departments: ApproverDepartment[] }) {
  const [editing, setEditing] = useState(false)
  const update = useUpdateGate(launchId)
  const remove = useDeleteGate(launchId)
  const done = gate.criteria_detail.filter((c) => c.status === 'done').length
  if (editing) {
    return (
      <li>
        <GateForm
          launchId={launchId}
          departments={departments}
          initial={gate}
          submitLabel="Save gate"
          pending={update.isPending}
          error={update.error}
          onCancel={() => setEditing(false)}
          onSubmit={(input) => update.mutate({ gate, input }, { onSuccess: () => setEditing(false) })}
        />
      </li>
    )
  }
  return (
    <li className="settings-row">
      <span className="settings-row-name">{gate.name}</span>
      <span className="muted">{gateWhen(gate)}</span>
      <span className={`status gate-status-${gate.status}`}>{GATE_STATUS_LABELS[gate.status]}</span>
      <span>
        {done}/{gate.criteria_detail.length} criteria done
      </span>
      <span className="muted">Approvers: {gate.approvers.map(approverName).join(', ')}</span>
      <span className="row-actions">
        <button
          type="button"
          className="link-button"
          aria-label={`Edit gate ${gate.name}`}
          onClick={() => {
            update.reset()
            setEditing(true)
          }}
        >
          Edit
        </button>
        <ConfirmDeleteButton
          triggerClassName="link-button"
          label={`Delete gate ${gate.name}`}
          question={`Delete gate ${gate.name}?`}
          prompt={`Delete “${gate.name}” with its decisions? Work and communications waiting for it are released.`}
          busy={remove.isPending}
          onAsk={() => remove.reset()}
          onDelete={() => remove.mutateAsync(gate).catch(() => undefined)}
        />
      </span>
      {remove.isError && (
        <p className="error" role="alert">
          {describeWriteError(remove.error)}
        </p>
      )}
    </li>
  )
}

/** The office defines the launch's gates: when, criteria and approvers; edits and deletes them. */
export function GatesEditor({ launchId, departments }: { launchId: number; departments: ApproverDepartment[] }) {
  const gates = useGates(launchId)
  const create = useCreateGate(launchId)
  const [adding, setAdding] = useState(false)
  return (
    <section className="settings-section" id="gates" aria-labelledby="gate-editor-heading">
      <h3 id="gate-editor-heading">Gates</h3>
      {gates.isPending ? (
        <Loading label="Loading gates…" />
      ) : gates.isError ? (
        <ErrorNotice error={gates.error} />
      ) : gates.data.results.length === 0 ? (
        <p className="muted">No gates yet.</p>
      ) : (
        <ul className="settings-list">
          {gates.data.results.map((gate) => (
            <GateEditorRow key={gate.id} gate={gate} launchId={launchId} departments={departments} />
          ))}
        </ul>
      )}
      {adding ? (
        <GateForm
          launchId={launchId}
          departments={departments}
          submitLabel="Add gate"
          pending={create.isPending}
          error={create.error}
          onCancel={() => setAdding(false)}
          onSubmit={(input) => create.mutate(input, { onSuccess: () => setAdding(false) })}
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
          Add a gate
        </button>
      )}
    </section>
  )
}
