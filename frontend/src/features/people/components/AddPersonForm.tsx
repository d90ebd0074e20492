import { useId, useState, type FormEvent } from 'react'
import { FieldError, invalidProps } from '../../../components/ui/FieldError'
import { TimeZoneInput } from '../../../components/ui/TimeZoneInput'
import { describeWriteError, fieldErrors } from '../../../lib/errors'
import type { Department } from '../api/departments'
import { useCreatePerson, type MembershipRole } from '../api/people'
import { absoluteLink } from './labels'

type Choice = MembershipRole | ''

const EMPTY = { username: '', first_name: '', last_name: '', email: '', time_zone: 'UTC' }

/** Add a person, invited: their departments with a role each, the office flag, and the invitation by email. */
export function AddPersonForm({ departments }: { departments: Department[] }) {
  const id = useId()
  const create = useCreatePerson()
  const [fields, setFields] = useState(EMPTY)
  const [isOffice, setIsOffice] = useState(false)
  const [invite, setInvite] = useState(true)
  const [roles, setRoles] = useState<Record<number, Choice>>({})
  const errors = fieldErrors(create.error)
  const set = (name: keyof typeof EMPTY) => (value: string) => setFields((current) => ({ ...current, [name]: value }))

  function submit(event: FormEvent) {
    event.preventDefault()
    const chosen = Object.entries(roles).filter((entry): entry is [string, MembershipRole] => entry[1] !== '')
    create.mutate(
      {
        ...fields,
        is_office: isOffice,
        send_invitation: invite,
        departments: chosen.map(([department, role]) => ({ department: Number(department), role })),
      },
      {
        onSuccess: () => {
          setFields(EMPTY)
          setIsOffice(false)
          setRoles({})
        },
      },
    )
  }

  const text = (name: keyof typeof EMPTY, label: string, type = 'text') => (
    <>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type={type}
        value={fields[name]}
        required={name === 'username' || (name === 'email' && invite)}
        onChange={(e) => set(name)(e.target.value)}
        {...invalidProps(`${id}-${name}-error`, errors[name])}
      />
      <FieldError id={`${id}-${name}-error`} messages={errors[name]} />
    </>
  )

  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Add a person</h3>
      {text('username', 'Username')}
      {text('first_name', 'First name')}
      {text('last_name', 'Last name')}
      {text('email', 'Email', 'email')}
      <label htmlFor={`${id}-zone`}>Time zone</label>
      <TimeZoneInput id={`${id}-zone`} value={fields.time_zone} onChange={set('time_zone')} />
      <FieldError id={`${id}-time_zone-error`} messages={errors.time_zone} />
      <fieldset>
        <legend>Departments</legend>
        {departments.map((department) => (
          <div key={department.id}>
            <label htmlFor={`${id}-dept-${department.id}`}>{department.name}</label>
            <select
              id={`${id}-dept-${department.id}`}
              value={roles[department.id] ?? ''}
              onChange={(e) => setRoles((current) => ({ ...current, [department.id]: e.target.value as Choice }))}
            >
              <option value="">Not in it</option>
              <option value="member">Member</option>
              <option value="lead" disabled={department.lead !== null}>
                {department.lead ? `Lead (${department.lead.full_name} leads it)` : 'Lead'}
              </option>
            </select>
          </div>
        ))}
        <FieldError id={`${id}-departments-error`} messages={errors.departments} />
      </fieldset>
      <label>
        <input type="checkbox" checked={isOffice} onChange={(e) => setIsOffice(e.target.checked)} /> Social Business
        Office
      </label>
      <label>
        <input type="checkbox" checked={invite} onChange={(e) => setInvite(e.target.checked)} /> Invite by email
      </label>
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? 'Adding…' : 'Add person'}
      </button>
      {create.isError && (
        <p className="error" role="alert">
          {describeWriteError(create.error)}
        </p>
      )}
      {create.isSuccess && (
        <div className="success" role="status">
          <p>
            Added {create.data.full_name}.{' '}
            {create.variables.send_invitation ? 'The invitation is on its way by email.' : 'No email was sent.'}
          </p>
          <p>
            Their one-time link to set a password: <code>{absoluteLink(create.data.set_password_path)}</code>
          </p>
        </div>
      )}
    </form>
  )
}
