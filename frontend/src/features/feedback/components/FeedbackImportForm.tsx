import { useId, useState, type FormEvent } from 'react'
import { isApiError } from '../../../lib/api'
import { describeWriteError } from '../../../lib/errors'
import { useImportFeedback, type ImportRowError } from '../api/feedback'
import { TableScroll } from '../../../components/ui/TableScroll'

function rowErrors(error: unknown): ImportRowError[] {
  if (!isApiError(error) || !Array.isArray(error.extra.rows)) return []
  return error.extra.rows as ImportRowError[]
}

/** Import feedback from a CSV file: all rows or none; each bad row is listed when the server refuses. */
export function FeedbackImportForm({ launchId }: { launchId: number }) {
  const id = useId()
  const [file, setFile] = useState<File | null>(null)
  const upload = useImportFeedback(launchId)
  const rows = rowErrors(upload.error)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (file) upload.mutate({ launchId, file })
  }

  return (
    <form className="form" onSubmit={submit} aria-label="Import feedback">
      <h3>Import from a CSV file</h3>
      <label htmlFor={`${id}-file`}>CSV file (columns: source, text, reported_by, task, state)</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,text/csv"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <button type="submit" className="button" disabled={!file || upload.isPending}>
        Import
      </button>
      {upload.isSuccess && (
        <p className="success" role="status">
          Imported {upload.data.imported} item{upload.data.imported === 1 ? '' : 's'}.
        </p>
      )}
      {upload.isError && (
        <p className="error" role="alert">
          {rows.length > 0 ? 'Nothing was imported: fix these rows and import the file again.' : describeWriteError(upload.error)}
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
