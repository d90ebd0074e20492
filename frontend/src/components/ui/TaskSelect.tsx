/** A choice of one of the launch's tasks (or none), grouped by department; a note if they could not be loaded. */
import type { SelectHTMLAttributes } from 'react'
import { groupByDepartment, useLaunchTaskOptions } from '../../lib/launchTaskOptions'

interface TaskSelectProps
  extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'children' | 'multiple'> {
  id: string
  launchId: number
  /** The chosen task's id, or null for none. */
  value: number | null
  onChange: (task: number | null) => void
}

/** The rest of the props (aria-invalid, aria-describedby from FieldError's invalidProps) go to the select. */
export function TaskSelect({ id, launchId, value, onChange, ...selectProps }: TaskSelectProps) {
  const tasks = useLaunchTaskOptions(launchId, true)
  const groups = groupByDepartment(tasks.data?.results ?? [])
  return (
    <>
      <select
        {...selectProps}
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
      >
        <option value="">{tasks.isPending ? 'Loading tasks…' : 'No particular task'}</option>
        {groups.map((group) => (
          <optgroup key={group.department} label={group.department}>
            {group.tasks.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {tasks.isError && (
        <p className="muted" role="status">
          The launch's tasks could not be loaded; you can still save without a task.
        </p>
      )}
    </>
  )
}
