import { useId, useState, type FormEvent } from 'react'
import { FieldError } from '../../../components/ui/FieldError'
import { describeWriteError, fieldErrors } from '../../../lib/errors'
import { useCreateDepartment, useRenameDepartment, type Department } from '../api/departments'

/** "Legal & Compliance" → "legal-compliance": a slug the server accepts, which the office may still edit. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
}

function RenameDepartment({ department }: { department: Department }) {
  const id = useId()
  const [name, setName] = useState(department.name)
  const rename = useRenameDepartment()
  function submit(event: FormEvent) {
    event.preventDefault()
    rename.mutate({ id: department.id, name })
  }
  return (
    <li>
      <form onSubmit={submit} aria-label={`Rename ${department.name}`}>
        <label htmlFor={`${id}-name`}>Name of {department.name}</label>{' '}
        <input id={`${id}-name`} value={name} required onChange={(e) => setName(e.target.value)} />{' '}
        <button type="submit" className="button secondary" disabled={rename.isPending || name === department.name}>
          Rename
        </button>{' '}
        <span>
          {department.lead ? `Lead: ${department.lead.full_name}` : 'No lead'}, {department.members.length}{' '}
          {department.members.length === 1 ? 'person' : 'people'}
        </span>
        {rename.isError && (
          <p className="error" role="alert">
            {describeWriteError(rename.error)}
          </p>
        )}
      </form>
    </li>
  )
}

/** The departments (data, not code): add one, rename one. */
export function DepartmentsSection({ departments }: { departments: Department[] }) {
  const id = useId()
  const create = useCreateDepartment()
  const [name, setName] = useState('')
  const [slug, setSlug] = useState('')
  const [slugEdited, setSlugEdited] = useState(false)
  const errors = fieldErrors(create.error)

  function submit(event: FormEvent) {
    event.preventDefault()
    create.mutate(
      { name, slug: slugEdited ? slug : slugify(name) },
      {
        onSuccess: () => {
          setName('')
          setSlug('')
          setSlugEdited(false)
        },
      },
    )
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Departments</h3>
      <ul>
        {departments.map((department) => (
          <RenameDepartment key={`${department.id}-${department.name}`} department={department} />
        ))}
      </ul>
      <form className="form" onSubmit={submit} aria-label="Add a department">
        <label htmlFor={`${id}-name`}>New department</label>
        <input id={`${id}-name`} value={name} required onChange={(e) => setName(e.target.value)} />
        <FieldError id={`${id}-name-error`} messages={errors.name} />
        <label htmlFor={`${id}-slug`}>Slug (for CSV files and calendar feeds)</label>
        <input
          id={`${id}-slug`}
          value={slugEdited ? slug : slugify(name)}
          required
          onChange={(e) => {
            setSlugEdited(true)
            setSlug(e.target.value)
          }}
        />
        <FieldError id={`${id}-slug-error`} messages={errors.slug} />
        <button type="submit" className="button" disabled={create.isPending}>
          Add department
        </button>
        {create.isError && Object.keys(errors).length === 0 && (
          <p className="error" role="alert">
            {describeWriteError(create.error)}
          </p>
        )}
      </form>
    </section>
  )
}
