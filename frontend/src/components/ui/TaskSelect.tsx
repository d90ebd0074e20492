/**
 * A choice of one of the launch's tasks (or none): a combobox on React Aria Components that filters the tasks
 * as one types, grouped by department; a note if they could not be loaded.
 */
import type { SelectHTMLAttributes } from 'react'
import { ComboBox, Header, Input, ListBox, ListBoxItem, ListBoxSection, Popover, useFilter } from 'react-aria-components'
import { groupByDepartment, useLaunchTaskOptions } from '../../lib/launchTaskOptions'
import { ComboBoxToggle, useExternalLabel } from './comboboxParts'
import './ui.css'

interface TaskSelectProps
  extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'children' | 'multiple'> {
  id: string
  launchId: number
  /** The chosen task's id, or null for none. */
  value: number | null
  onChange: (task: number | null) => void
}

/**
 * Labelled by the caller's `<label htmlFor={id}>`. No task is an empty input (its placeholder says so): clearing
 * the text, or the clear button, chooses none. The accessibility props (aria-invalid, aria-describedby from
 * FieldError's invalidProps, aria-label), disabled, required and name go to the input.
 */
export function TaskSelect({ id, launchId, value, onChange, ...selectProps }: TaskSelectProps) {
  const tasks = useLaunchTaskOptions(launchId, true)
  const groups = groupByDepartment(tasks.data?.results ?? [])
  const { contains } = useFilter({ sensitivity: 'base' })
  const labelledBy = useExternalLabel(id, Boolean(selectProps['aria-label'] || selectProps['aria-labelledby']))
  const invalid = selectProps['aria-invalid'] === true || selectProps['aria-invalid'] === 'true'

  return (
    <>
      <ComboBox
        id={id}
        className="combobox"
        aria-label={selectProps['aria-label']}
        aria-labelledby={selectProps['aria-labelledby'] ?? labelledBy}
        aria-describedby={selectProps['aria-describedby']}
        isInvalid={invalid}
        isDisabled={selectProps.disabled}
        // Server-side errors (FieldError) are the only validation: nothing blocks the form's submit.
        validationBehavior="aria"
        name={selectProps.name}
        formValue="key"
        value={value}
        onChange={(key) => onChange(key === null ? null : Number(key))}
        defaultFilter={contains}
        allowsEmptyCollection
      >
        <Input required={selectProps.required} placeholder={tasks.isPending ? 'Loading tasks…' : 'No particular task'} />
        {value !== null && !selectProps.disabled && (
          <button type="button" className="combobox-clear" aria-label="No particular task" onClick={() => onChange(null)}>
            ×
          </button>
        )}
        <ComboBoxToggle inputId={id} label="Show the tasks" />
        <Popover className="ui-popover">
          <ListBox
            className="ui-listbox"
            renderEmptyState={() => (
              <p className="ui-empty">{tasks.isPending ? 'Loading tasks…' : groups.length ? 'No task matches.' : 'This launch has no tasks.'}</p>
            )}
          >
            {groups.map((group) => (
              <ListBoxSection key={group.department}>
                <Header>{group.department}</Header>
                {group.tasks.map((t) => (
                  <ListBoxItem key={t.id} id={t.id} className="ui-option" textValue={t.title}>
                    {t.title}
                  </ListBoxItem>
                ))}
              </ListBoxSection>
            ))}
          </ListBox>
        </Popover>
      </ComboBox>
      {tasks.isError && (
        <p className="muted" role="status">
          The launch's tasks could not be loaded; you can still save without a task.
        </p>
      )}
    </>
  )
}
