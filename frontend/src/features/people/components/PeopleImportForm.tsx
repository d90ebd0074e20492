import { useId, useState, type FormEvent } from 'react'
import { isApiError } from '../../../lib/api'
import { describeWriteError } from '../../../lib/errors'
import { useImportPeople, type ImportRowError } from '../api/people'
import { TableScroll } from '../../../components/ui/TableScroll'

function rowErrors(error: unknown): ImportRowError[] {
  if (!isApiError(error) || !Array.isArray(error.extra.rows)) return []
  return error.extra.rows as ImportRowError[]
}

const COLUMNS = 'username, first_name, last_name, email, department (slug), role, is_office, time_zone'

/** Import people from a CSV file: all rows or none; each bad row is listed when the server refuses the file. */
export function PeopleImportForm() {
  const id = useId()
  const [file, setFile] = useState<File | null>(null)
  const [dryRun, setDryRun] = useState(false)
  const [sendInvitations, setSendInvitations] = useState(false)
  const upload = useImportPeople()
  const rows = rowErrors(upload.error)
  const result = upload.data

  function submit(event: FormEvent) {
    event.preventDefault()
    if (file) upload.mutate({ file, dryRun, sendInvitations })
  }

  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Import from CSV</h3>
      <label htmlFor={`${id}-file`}>CSV file (columns: {COLUMNS})</label>
      <input id={`${id}-file`} type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      <label>
        <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} /> Only check the file
        (add nobody)
      </label>
      <label>
        <input type="checkbox" checked={sendInvitations} onChange={(e) => setSendInvitations(e.target.checked)} /> Email
        each person their invitation
      </label>
      <button type="submit" className="button" disabled={!file || upload.isPending}>
        {dryRun ? 'Check' : 'Import'}
      </button>
      {result && (
        <div className="success" role="status">
          <p>
            {result.dry_run
              ? `The file is fine: ${result.people.length} ${result.people.length === 1 ? 'person' : 'people'} would be added.`
              : `Added ${result.created} ${result.created === 1 ? 'person' : 'people'}.`}
          </p>
          <ul>
            {result.people.map((person) => (
              <li key={person.username}>
                {person.full_name} ({person.username})
                {person.departments.length > 0 &&
                  `: ${person.departments.map((d) => `${d.department} (${d.role})`).join(', ')}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {upload.isError && (
        <p className="error" role="alert">
          {rows.length > 0 ? 'Nobody was added: fix these rows and import the file again.' : describeWriteError(upload.error)}
        </p>
      )}
      {rows.length > 0 && (
        <TableScroll label="Rows of the file">
          <table className="table">
            <caption>Problems in the file</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  <td>{r.row}</td>
                  <td>{r.field ?? '—'}</td>
                  <td>{r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </form>
  )
}
