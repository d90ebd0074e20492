import { useId, useState, type FormEvent } from 'react'
import { FieldError, invalidProps } from '../../../components/ui/FieldError'
import { isApiError } from '../../../lib/api'
import { changedFields } from '../../../lib/changedFields'
import { describeWriteError, fieldErrors } from '../../../lib/errors'
import {
  RECRUITMENT_STATUS_LABELS,
  useCreateRecruitmentRole,
  useUpdateRecruitmentRole,
  type RecruitmentRole,
  type RecruitmentStatus,
  type RoleInput,
} from '../api/recruitmentRoles'

const FIELDS = ['skill', 'count', 'status'] as const

interface RoleFormProps {
  launchId: number
  /** The role to edit, as the list showed it; a new role without it. */
  role?: RecruitmentRole
  onDone?: () => void
  /** Starts the edit again from the current version (after a 412). */
  onReload?: () => void
}

/** Add a role HR recruits for, or edit one: skill, how many people, status; server errors under each field. */
export function RoleForm({ launchId, role, onDone, onReload }: RoleFormProps) {
  const id = useId()
  const [skill, setSkill] = useState(role?.skill ?? '')
  const [count, setCount] = useState(String(role?.count ?? 1))
  const [status, setStatus] = useState<RecruitmentStatus>(role?.status ?? 'open')
  const create = useCreateRecruitmentRole(launchId)
  const update = useUpdateRecruitmentRole(launchId)
  const mutation = role ? update : create
  const errors = fieldErrors(mutation.error)
  const atFields = FIELDS.some((field) => errors[field])
  const stale = isApiError(mutation.error) && mutation.error.code === 'precondition_failed'
  // An empty count is NaN, sent as null: the server's 400 names the field.
  const body: RoleInput = { skill, count: count.trim() === '' ? Number.NaN : Number(count), status }
  const patch: Partial<RoleInput> = role ? changedFields(role, body, FIELDS) : body
  const unchanged = Object.keys(patch).length === 0

  function submit(event: FormEvent) {
    event.preventDefault()
    if (role) {
      if (!unchanged) update.mutate({ role, patch }, { onSuccess: () => onDone?.() })
      return
    }
    create.mutate(body, {
      onSuccess: () => {
        setSkill('')
        setCount('1')
        setStatus('open')
      },
    })
  }

  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{role ? `Edit role “${role.skill}”` : 'Add a role'}</h4>
      <label htmlFor={`${id}-skill`}>Skill</label>
      <input
        id={`${id}-skill`}
        required
        maxLength={200}
        value={skill}
        onChange={(e) => setSkill(e.target.value)}
        {...invalidProps(`${id}-skill-error`, errors.skill)}
      />
      <FieldError id={`${id}-skill-error`} messages={errors.skill} />
      <label htmlFor={`${id}-count`}>People to recruit</label>
      <input
        id={`${id}-count`}
        type="number"
        min={1}
        max={100000}
        step={1}
        required
        value={count}
        onChange={(e) => setCount(e.target.value)}
        {...invalidProps(`${id}-count-error`, errors.count)}
      />
      <FieldError id={`${id}-count-error`} messages={errors.count} />
      <label htmlFor={`${id}-status`}>Status</label>
      <select
        id={`${id}-status`}
        value={status}
        onChange={(e) => setStatus(e.target.value as RecruitmentStatus)}
        {...invalidProps(`${id}-status-error`, errors.status)}
      >
        {Object.entries(RECRUITMENT_STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-status-error`} messages={errors.status} />
      {stale ? (
        <p className="error" role="alert">
          Someone else changed this role since you loaded it; nothing was saved.{' '}
          <button type="button" className="link-button" onClick={onReload}>
            Reload it
          </button>{' '}
          and make your change again.
        </p>
      ) : (
        mutation.isError &&
        !atFields && (
          <p className="error" role="alert">
            {describeWriteError(mutation.error)}
          </p>
        )
      )}
      <div className="dialog-actions">
        {role && (
          <button type="button" className="button secondary" onClick={onDone}>
            Cancel
          </button>
        )}
        <button type="submit" className="button" disabled={mutation.isPending || unchanged}>
          {role ? 'Save role' : 'Add role'}
        </button>
      </div>
    </form>
  )
}
