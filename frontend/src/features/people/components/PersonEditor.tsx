import { useId, useState, type FormEvent } from 'react'
import { Dialog } from '../../../components/ui/Dialog'
import { FieldError, invalidProps } from '../../../components/ui/FieldError'
import { describeWriteError, fieldErrors } from '../../../lib/errors'
import {
  useAddMembership,
  useChangeMembershipRole,
  useRemoveMembership,
  type Department,
} from '../api/departments'
import { useUpdatePerson, type MembershipRole, type Person, type PersonChange } from '../api/people'
import { ROLE_LABELS } from './labels'

/** A person's names, email and office flag; their departments and roles (through the memberships). */
export function PersonEditor({
  person,
  departments,
  isSelf,
  onClose,
}: {
  person: Person
  departments: Department[]
  isSelf: boolean
  onClose: () => void
}) {
  const id = useId()
  const update = useUpdatePerson()
  const add = useAddMembership()
  const changeRole = useChangeMembershipRole()
  const remove = useRemoveMembership()
  const [firstName, setFirstName] = useState(person.first_name)
  const [lastName, setLastName] = useState(person.last_name)
  const [email, setEmail] = useState(person.email)
  const [isOffice, setIsOffice] = useState(person.is_office)
  const [capacityTasks, setCapacityTasks] = useState(capacityText(person.capacity_tasks_per_week))
  const [capacityHours, setCapacityHours] = useState(capacityText(person.capacity_hours_per_week))
  const [newDepartment, setNewDepartment] = useState('')
  const [newRole, setNewRole] = useState<MembershipRole>('member')
  const errors = fieldErrors(update.error)
  const membershipError = add.error ?? changeRole.error ?? remove.error
  const others = departments.filter((d) => !person.departments.some((m) => m.department === d.id))

  function save(event: FormEvent) {
    event.preventDefault()
    const change: PersonChange = { first_name: firstName, last_name: lastName, email, is_office: isOffice }
    // Only a capacity that changed is sent: empty clears it.
    const tasks = capacityValue(capacityTasks)
    const hours = capacityValue(capacityHours)
    if (tasks !== person.capacity_tasks_per_week) change.capacity_tasks_per_week = tasks
    if (hours !== person.capacity_hours_per_week) change.capacity_hours_per_week = hours
    update.mutate({ person, change }, { onSuccess: onClose })
  }

  function addMembership(event: FormEvent) {
    event.preventDefault()
    if (!newDepartment) return
    add.mutate(
      { department: Number(newDepartment), user: person.id, role: newRole },
      { onSuccess: () => setNewDepartment('') },
    )
  }

  return (
    <Dialog title={`Edit ${person.full_name}`} onClose={onClose}>
      <form className="form" onSubmit={save} aria-label={`Details of ${person.full_name}`}>
        <label htmlFor={`${id}-first`}>First name</label>
        <input id={`${id}-first`} value={firstName} onChange={(e) => setFirstName(e.target.value)} />
        <label htmlFor={`${id}-last`}>Last name</label>
        <input id={`${id}-last`} value={lastName} onChange={(e) => setLastName(e.target.value)} />
        <label htmlFor={`${id}-email`}>Email</label>
        <input
          id={`${id}-email`}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          {...invalidProps(`${id}-email-error`, errors.email)}
        />
        <FieldError id={`${id}-email-error`} messages={errors.email} />
        <label>
          <input
            type="checkbox"
            checked={isOffice}
            disabled={isSelf && person.is_office}
            onChange={(e) => setIsOffice(e.target.checked)}
          />{' '}
          Social Business Office
        </label>
        {isSelf && person.is_office && <p className="hint">Another office member must remove your office flag.</p>}
        <FieldError id={`${id}-office-error`} messages={errors.is_office} />
        <fieldset>
          <legend>Weekly capacity (workload)</legend>
          <p className="hint" id={`${id}-capacity-hint`}>
            Empty: not set, and never flagged as over-allocated.
          </p>
          <label htmlFor={`${id}-capacity-tasks`}>Tasks per week</label>
          <input
            id={`${id}-capacity-tasks`}
            type="number"
            min={0}
            max={100}
            step={1}
            value={capacityTasks}
            onChange={(e) => setCapacityTasks(e.target.value)}
            aria-describedby={`${id}-capacity-hint`}
            {...invalidProps(`${id}-capacity-tasks-error`, errors.capacity_tasks_per_week)}
          />
          <FieldError id={`${id}-capacity-tasks-error`} messages={errors.capacity_tasks_per_week} />
          <label htmlFor={`${id}-capacity-hours`}>Hours per week</label>
          <input
            id={`${id}-capacity-hours`}
            type="number"
            min={0}
            max={168}
            step={1}
            value={capacityHours}
            onChange={(e) => setCapacityHours(e.target.value)}
            aria-describedby={`${id}-capacity-hint`}
            {...invalidProps(`${id}-capacity-hours-error`, errors.capacity_hours_per_week)}
          />
          <FieldError id={`${id}-capacity-hours-error`} messages={errors.capacity_hours_per_week} />
        </fieldset>
        {update.isError && (
          <p className="error" role="alert">
            {describeWriteError(update.error, { item: person.full_name })}
          </p>
        )}
        <button type="submit" className="button" disabled={update.isPending}>
          Save
        </button>
      </form>

      <h3>Departments</h3>
      {person.departments.length === 0 && <p>In no department.</p>}
      <ul>
        {person.departments.map((membership) => (
          <li key={membership.id}>
            <label htmlFor={`${id}-role-${membership.id}`}>{membership.department_name}</label>{' '}
            <select
              id={`${id}-role-${membership.id}`}
              value={membership.role}
              disabled={changeRole.isPending}
              onChange={(e) => changeRole.mutate({ id: membership.id, role: e.target.value as MembershipRole })}
            >
              <option value="member">{ROLE_LABELS.member}</option>
              <option value="lead">{ROLE_LABELS.lead}</option>
            </select>{' '}
            <button
              type="button"
              className="link-button"
              aria-label={`Remove from ${membership.department_name}`}
              disabled={remove.isPending}
              onClick={() => remove.mutate(membership.id)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <form className="form" onSubmit={addMembership} aria-label="Add to a department">
          <label htmlFor={`${id}-new-dept`}>Add to department</label>
          <select id={`${id}-new-dept`} value={newDepartment} onChange={(e) => setNewDepartment(e.target.value)}>
            <option value="">Choose…</option>
            {others.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-new-role`}>As</label>
          <select id={`${id}-new-role`} value={newRole} onChange={(e) => setNewRole(e.target.value as MembershipRole)}>
            <option value="member">{ROLE_LABELS.member}</option>
            <option value="lead">{ROLE_LABELS.lead}</option>
          </select>
          <button type="submit" className="button secondary" disabled={!newDepartment || add.isPending}>
            Add
          </button>
        </form>
      )}
      {membershipError && (
        <p className="error" role="alert">
          {describeWriteError(membershipError)}
        </p>
      )}
    </Dialog>
  )
}

function capacityText(value: number | null): string {
  return value === null ? '' : String(value)
}

/** The field's number, or null when empty (the server refuses what is out of range, naming the field). */
function capacityValue(text: string): number | null {
  return text.trim() === '' ? null : Number(text)
}
