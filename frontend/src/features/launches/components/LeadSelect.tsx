import { personName, useDepartmentUsers, type Person } from '../api/people'

/**
 * The people of a department as the choices for its workstream's lead (GET /users/?department=), with "No
 * lead"; `current` keeps today's lead listed if they have left the department.
 */
export function LeadSelect({
  id,
  departmentId,
  value,
  onChange,
  current,
  disabled = false,
}: {
  id: string
  departmentId: number
  value: number | null
  onChange: (lead: number | null) => void
  current?: Person | null
  disabled?: boolean
}) {
  const users = useDepartmentUsers(departmentId)
  const people = users.data?.results ?? []
  const options = current && !people.some((p) => p.id === current.id) ? [current, ...people] : people
  return (
    <>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
      >
        <option value="">{users.isPending ? 'Loading people…' : 'No lead'}</option>
        {options.map((person) => (
          <option key={person.id} value={person.id}>
            {personName(person)}
          </option>
        ))}
      </select>
      {users.isError && (
        <span className="muted" role="status">
          {' '}
          The department's people could not be loaded.
        </span>
      )}
    </>
  )
}
